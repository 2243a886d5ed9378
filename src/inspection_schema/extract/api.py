"""Extraction entry points: a path, text or PDF bytes in, a canonical report out.

Every problem raises an :class:`~inspection_schema.extract.refusals.ExtractionError` whose
message is one line; its class says whether the input was unreadable, refused or failed
(see :mod:`inspection_schema.extract.refusals`). The instance is checked against the JSON
Schema before it is returned; it is converted to JSON once, and
:func:`extract_instance` returns that JSON form.

Each entry point takes ``schema_version``: the instance declares that version and holds only
what that version has (:func:`~inspection_schema.model.pinning.restrict_to_version`). By
default it is :data:`DEFAULT_SCHEMA_VERSION`. A version this package does not ship raises
:class:`~inspection_schema.spec.versions.UnknownSchemaVersion` before the input is read.
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
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.model.pinning import restrict_to_version
from inspection_schema.spec.versions import check_version, latest_version

__all__ = [
    "DEFAULT_SCHEMA_VERSION",
    "Extraction",
    "extract_instance",
    "extract_instance_from_bytes",
    "extract_path",
    "extract_pdf_bytes",
    "extract_text",
]

DEFAULT_SCHEMA_VERSION = latest_version()
"""The schema version an instance declares when no version is asked for: the newest."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """An extracted report, checked against the schema, and its JSON form."""

    report: Report
    instance: dict[str, Any]


def _version(schema_version: str | None) -> str:
    return check_version(DEFAULT_SCHEMA_VERSION if schema_version is None else schema_version)


def _extract(
    pages: list[str],
    source: bytes,
    source_name: str | None,
    *,
    pdf: bool,
    version: str,
    carried: list[bool] | None = None,
) -> Extraction:
    refuse_other_documents("\n".join(pages[:3]) if pdf else pages[0])
    blocks = blocks_from_pages(pages, numbered=pdf, carried=carried)
    report, section_pages = build_report(split_sections(blocks))
    if version != report.schema_version:
        report = structure(restrict_to_version(unstructure(report), version))
    kept = {
        name: page
        for name, page in section_pages.items()
        if getattr(report, name, None) is not None
    }
    provenance = make_provenance(source, source_name, kept if pdf else None)
    report = evolve(report, provenance=provenance)
    instance = unstructure(report)
    check_instance(instance)
    return Extraction(report, instance)


def _from_pdf(data: bytes, source_name: str | None, version: str) -> Extraction:
    from inspection_schema.extract.pdf import read_pdf_pages

    pages = read_pdf_pages(data)
    return _extract(
        pages.texts, data, source_name, pdf=True, version=version, carried=pages.carried
    )


def _from_path(path: str | Path, version: str) -> Extraction:
    source = Path(path)
    try:
        data = source.read_bytes()
    except IsADirectoryError:
        raise UnreadableInput("is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableInput("does not exist") from None
    except OSError as error:
        raise UnreadableInput(f"cannot be read ({error.strerror or error})") from None
    return _from_bytes(data, source.name, version, pdf=source.suffix.lower() == ".pdf")


def _from_bytes(
    data: bytes, source_name: str | None, version: str, *, pdf: bool = False
) -> Extraction:
    if pdf or data[:5] == b"%PDF-":
        return _from_pdf(data, source_name, version)
    if not data:
        raise EmptyInput()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableInput("is neither a PDF nor UTF-8 text") from None
    return _extract([text], data, source_name, pdf=False, version=version)


def extract_text(
    text: str, *, source_name: str | None = None, schema_version: str | None = None
) -> Report:
    """Extract a report from its text (as the report text files hold it)."""
    version = _version(schema_version)
    return _extract([text], text.encode("utf-8"), source_name, pdf=False, version=version).report


def extract_pdf_bytes(
    data: bytes, *, source_name: str | None = None, schema_version: str | None = None
) -> Report:
    """Extract a report from the bytes of a PDF."""
    return _from_pdf(data, source_name, _version(schema_version)).report


def extract_path(path: str | Path, *, schema_version: str | None = None) -> Report:
    """Extract a report from a ``.pdf`` or a text file (any other suffix is read as text)."""
    return _from_path(path, _version(schema_version)).report


def extract_instance(path: str | Path, *, schema_version: str | None = None) -> dict[str, Any]:
    """A file's canonical instance as JSON data, as extract-report writes it."""
    return _from_path(path, _version(schema_version)).instance


def extract_instance_from_bytes(
    data: bytes, *, source_name: str | None = None, schema_version: str | None = None
) -> dict[str, Any]:
    """The canonical instance of a PDF's or a text's bytes (standard input, for example).

    Bytes that start as a PDF does are read as a PDF, any others as text.
    """
    return _from_bytes(data, source_name, _version(schema_version)).instance
