"""Provenance: the source's hash and name, the extractor's name and version, pages."""

from __future__ import annotations

import hashlib

from inspection_schema import __version__
from inspection_schema.model import Provenance

__all__ = ["EXTRACTOR", "make_provenance"]

EXTRACTOR = f"inspection-schema {__version__}"


def make_provenance(
    source: bytes, source_name: str | None, section_pages: dict[str, int] | None
) -> Provenance:
    """Provenance for a source; ``section_pages`` only for a PDF."""
    return Provenance(
        source_sha256=hashlib.sha256(source).hexdigest(),
        source_name=source_name or None,
        extractor=EXTRACTOR,
        section_pages=section_pages or None,
    )
