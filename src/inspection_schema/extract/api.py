"""Extraction entry points: a path, text or PDF bytes in, a canonical report out.

Every problem raises an :class:`~inspection_schema.extract.errors.ExtractionError`
whose message is one line. The instance is checked against the JSON Schema
before it is returned.
"""

from __future__ import annotations

from pathlib import Path

from inspection_schema.extract.build import build_report
from inspection_schema.extract.errors import EmptyInput, UnreadableInput
from inspection_schema.extract.normalise import blocks_from_pages
from inspection_schema.extract.provenance import make_provenance
from inspection_schema.extract.refusal import check_document
from inspection_schema.extract.sections import split_sections
from inspection_schema.extract.validate import check_instance
from inspection_schema.model import Report
from inspection_schema.model.converter import unstructure

__all__ = ["extract_path", "extract_pdf_bytes", "extract_text"]


def _extract(
    pages: list[str],
    source: bytes,
    source_name: str | None,
    *,
    pdf: bool,
    carried: list[bool] | None = None,
) -> Report:
    check_document("\n".join(pages[:3]) if pdf else pages[0])
    blocks = blocks_from_pages(pages, numbered=pdf, carried=carried)
    report, section_pages = build_report(split_sections(blocks))
    report = _with_provenance(
        report, make_provenance(source, source_name, section_pages if pdf else None)
    )
    check_instance(unstructure(report))
    return report


def _with_provenance(report: Report, provenance: object) -> Report:
    from attrs import evolve

    return evolve(report, provenance=provenance)


def extract_text(text: str, *, source_name: str | None = None) -> Report:
    """Extract a report from its text (as the report text files hold it)."""
    return _extract([text], text.encode("utf-8"), source_name, pdf=False)


def extract_pdf_bytes(data: bytes, *, source_name: str | None = None) -> Report:
    """Extract a report from the bytes of a PDF."""
    from inspection_schema.extract.pdf_text import read_pdf_pages

    pages = read_pdf_pages(data)
    return _extract(pages.texts, data, source_name, pdf=True, carried=pages.carried)


def extract_path(path: str | Path) -> Report:
    """Extract a report from a ``.pdf`` or a text file (any other suffix is read as text)."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableInput("does not exist") from None
    except OSError as error:
        raise UnreadableInput(f"cannot be read ({error.strerror or error})") from None
    if source.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        return extract_pdf_bytes(data, source_name=source.name)
    if not data:
        raise EmptyInput()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableInput("is neither a PDF nor UTF-8 text") from None
    return _extract([text], data, source.name, pdf=False)
