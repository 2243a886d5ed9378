"""Open a PDF with pypdf: refuse what cannot be read, and hear what pypdf only warns about.

pypdf, reading leniently, logs a warning and carries on where a stream fails to
decompress; a page read that way would come out short without a word. Its warnings are
collected here instead of reaching standard error, so that reading can refuse a page
whose content could not be decoded (:meth:`Warnings.damaged`). An encrypted file is read
when its user password is empty (AES needs the ``cryptography`` package, a dependency)
and refused otherwise.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inspection_schema.extract.errors import DamagedPdf, EncryptedPdf, NoPages

__all__ = ["Warnings", "open_pdf", "pypdf_warnings"]

_DECODING = "pypdf.filters"
"""The logger pypdf's stream filters report decoding failures to."""


class Warnings(logging.Handler):
    """The warnings pypdf logged while reading."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def damaged(self) -> bool:
        """Whether a stream failed to decode since the last call."""
        failed = any(record.name.startswith(_DECODING) for record in self.records)
        self.records.clear()
        return failed


@contextmanager
def pypdf_warnings() -> Iterator[Warnings]:
    """Collect pypdf's warnings (kept off standard error: an error says what matters)."""
    logger = logging.getLogger("pypdf")
    handler = Warnings()
    saved = logger.level, logger.propagate
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def open_pdf(data: bytes) -> tuple[Any, list[Any]]:
    """The reader and the pages of a PDF's bytes."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        pages = list(reader.pages)
    except (EncryptedPdf, DamagedPdf):
        raise
    except Exception:  # noqa: BLE001 (pypdf raises many kinds on damaged files)
        raise DamagedPdf() from None
    if not pages:
        raise NoPages()
    return reader, pages


def _decrypt(reader: Any) -> None:
    try:
        unlocked = reader.decrypt("")
    except Exception as error:  # noqa: BLE001 (pypdf raises many kinds on failed decryption)
        if "cryptography" in str(error):
            raise DamagedPdf(
                "is encrypted with AES, which needs the cryptography package"
            ) from None
        unlocked = 0
    if not unlocked:
        raise EncryptedPdf()
