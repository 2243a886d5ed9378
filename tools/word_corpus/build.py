"""The corpus matrix: which report goes through which layout, tagged or not; build; manifest.

Both real reports go through every layout, tagged and untagged. Generated report number
``i`` (from 1) goes through layout ``(i - 1) mod 6``, tagged on its first pass through the
layouts and untagged on the second, and so on, so every layout sees generated reports both
ways and every report kind meets several layouts.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from tools.word_corpus.convert import convert, soffice
from tools.word_corpus.document import write_docx
from tools.word_corpus.layouts import LAYOUTS, Layout
from tools.word_corpus.sources import (
    CORPUS,
    REPO,
    Source,
    closing_blocks,
    generated_sources,
    real_sources,
)

DOCX = CORPUS / "docx"
PDF = CORPUS / "pdf"
MANIFEST = CORPUS / "manifest.json"


@frozen
class Entry:
    """One PDF of the corpus."""

    source: Source
    layout: Layout
    tagged: bool

    @property
    def stem(self) -> str:
        return f"{self.source.name}--{self.layout.name}"

    @property
    def docx(self) -> Path:
        return DOCX / f"{self.stem}.docx"

    @property
    def pdf(self) -> Path:
        return PDF / f"{self.stem}--{'tagged' if self.tagged else 'untagged'}.pdf"

    def record(self) -> dict[str, Any]:
        return {
            "file": _relative(self.pdf),
            "docx": _relative(self.docx),
            "layout": self.layout.name,
            "tagged": self.tagged,
            "source": self.source.relative,
            "origin": "real" if self.source.path.suffix == ".txt" else "generated",
            "report_kind": self.source.report.report_kind,
        }


def _relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def plan(real: Sequence[Source], generated: Sequence[Source]) -> list[Entry]:
    """Every PDF of the corpus, in manifest order."""
    entries = [
        Entry(source, layout, tagged)
        for source in real
        for layout in LAYOUTS
        for tagged in (True, False)
    ]
    for index, source in enumerate(generated):
        layout = LAYOUTS[index % len(LAYOUTS)]
        entries.append(Entry(source, layout, tagged=(index // len(LAYOUTS)) % 2 == 0))
    return entries


def full_plan() -> list[Entry]:
    return plan(real_sources(), generated_sources())


def build(entries: Iterable[Entry]) -> list[Entry]:
    """Write the .docx and PDF of each entry; returns the entries built."""
    chosen = list(entries)
    soffice()  # fail before writing anything if LibreOffice is missing
    DOCX.mkdir(parents=True, exist_ok=True)
    PDF.mkdir(parents=True, exist_ok=True)
    closing = closing_blocks()
    written: set[Path] = set()
    for entry in chosen:
        if entry.docx not in written:
            write_docx(entry.source.report, entry.layout, closing, entry.docx)
            written.add(entry.docx)
    for tagged in (True, False):
        batch = [entry for entry in chosen if entry.tagged is tagged]
        with tempfile.TemporaryDirectory(prefix="word-corpus-docx-") as work:
            # LibreOffice names each PDF after its document, and one .docx may be converted both
            # ways.
            copies = {}
            for entry in batch:
                copy = Path(work) / entry.pdf.with_suffix(".docx").name
                copy.write_bytes(entry.docx.read_bytes())
                copies[copy] = entry
            for copy, data in convert(list(copies), tagged=tagged).items():
                copies[copy].pdf.write_bytes(data)
    return chosen


def write_manifest(entries: Sequence[Entry]) -> dict[str, Any]:
    """The manifest of the entries whose PDF is on disk."""
    present = [entry for entry in entries if entry.pdf.is_file()]
    used = {entry.layout.name for entry in present}
    manifest = {
        "description": (
            "Word-like PDFs of inspection reports: .docx files written with python-docx in several "
            "layouts and converted by LibreOffice headless. "
            "Paths are relative to the repository root."
        ),
        "layouts": {
            layout.name: {"varies": layout.describe(), "settings": layout.settings()}
            for layout in LAYOUTS
            if layout.name in used
        },
        "files": [entry.record() for entry in present],
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest
