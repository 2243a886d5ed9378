"""Extraction entry points: a path, text or PDF bytes in, a canonical report out.

Every problem raises an :class:`~inspection_schema.extract.refusals.ExtractionError` whose
message is one line; its class says whether the input was unreadable, refused or failed
(see :mod:`inspection_schema.extract.refusals`). The instance is checked against the JSON
Schema before it is returned; it is converted to JSON once, and
:func:`extract_instance` returns that JSON form.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attrs import evolve

from inspection_schema.extract.build import build_report
from inspection_schema.extract.normalise import blocks_from_pages
from inspection_schema.extract.provenance import make_provenance
from inspection_schema.extract.refusals import EmptyInput, UnreadableInput, refuse_other_documents
from inspection_schema.extract.schema_check import check_instance
from inspection_schema.extract.sections import split_sections
from inspection_schema.model import Report
from inspection_schema.model.converter import unstructure

__all__ = ["Extraction", "extract_instance", "extract_path", "extract_pdf_bytes", "extract_text"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """An extracted report, checked against the schema, and its JSON form."""

    report: Report
    instance: dict[str, Any]


def _extract(
    pages: list[str],
    source: bytes,
    source_name: str | None,
    *,
    pdf: bool,
    carried: list[bool] | None = None,
) -> Extraction:
    refuse_other_documents("\n".join(pages[:3]) if pdf else pages[0])
    blocks = blocks_from_pages(pages, numbered=pdf, carried=carried)
    report, section_pages = build_report(split_sections(blocks))
    provenance = make_provenance(source, source_name, section_pages if pdf else None)
    report = evolve(report, provenance=provenance)
    instance = unstructure(report)
    check_instance(instance)
    return Extraction(report, instance)


def _from_pdf(data: bytes, source_name: str | None) -> Extraction:
    from inspection_schema.extract.pdf_text import read_pdf_pages

    pages = read_pdf_pages(data)
    return _extract(pages.texts, data, source_name, pdf=True, carried=pages.carried)


def _from_path(path: str | Path) -> Extraction:
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
        return _from_pdf(data, source.name)
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


def extract_text(text: str, *, source_name: str | None = None) -> Report:
    """Extract a report from its text (as the report text files hold it)."""
    return _extract([text], text.encode("utf-8"), source_name, pdf=False).report


def extract_pdf_bytes(data: bytes, *, source_name: str | None = None) -> Report:
    """Extract a report from the bytes of a PDF."""
    return _from_pdf(data, source_name).report


def extract_path(path: str | Path) -> Report:
    """Extract a report from a ``.pdf`` or a text file (any other suffix is read as text)."""
    return _from_path(path).report


def extract_instance(path: str | Path) -> dict[str, Any]:
    """A file's canonical instance as JSON data, as extract-report writes it."""
    return _from_path(path).instance
