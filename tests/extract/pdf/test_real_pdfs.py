"""Real PDFs made by Microsoft Word (Ofsted's focused-visit letters, in tests/data/real-pdfs):
the reading stage gives pypdf's own words, with no space inside a word, and the documents
are still refused as not children's home reports."""

from __future__ import annotations

import difflib
import io
import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspection_schema.extract import extract_pdf_bytes
from inspection_schema.extract.errors import NotAnInspectionReport
from inspection_schema.extract.pdf import read_pdf_pages

FOLDER = Path(__file__).resolve().parents[2] / "data" / "real-pdfs"
PDFS = sorted(FOLDER.glob("*.pdf"))
_SET_ASIDE = re.compile(r"^(?:[0-9]+|[\u2022\u25aa\u25cf\u25e6\u25fc\u00b7\uf000-\uf0ff-]+)$")
_COMPOUND = re.compile(r"(?<=[^\W\d_]-)\s+(?=[^\W\d_])")


def _words(text: str) -> list[str]:
    """Words with page numbers and bullet glyphs set aside, and a compound's hyphen at a
    line end joined to the rest of the word (reports are not hyphenated by their
    typesetter)."""
    text = _COMPOUND.sub("", text.replace("<p>", " ").replace("</p>", " "))
    return [word for word in text.split() if not _SET_ASIDE.match(word)]


def test_the_four_real_pdfs_are_here() -> None:
    assert len(PDFS) == 4


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.stem)
def test_words_agree_with_pypdf(path: Path) -> None:
    data = path.read_bytes()
    ours = _words("\n".join(read_pdf_pages(data).texts))
    theirs = _words("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    assert same >= 0.99 * len(theirs)
    # No space inside a word: no two of our words make one of pypdf's that we lack.
    missing = set(theirs) - set(ours)
    split = {first + second for first, second in itertools.pairwise(ours)}
    assert not (missing & split)


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.stem)
def test_they_are_refused_as_focused_visit_letters(path: Path) -> None:
    with pytest.raises(NotAnInspectionReport) as raised:
        extract_pdf_bytes(path.read_bytes(), source_name=path.name)
    assert raised.value.message == (
        "is not a children's home inspection report "
        "(it reads as a local-authority focused visit letter)"
    )
