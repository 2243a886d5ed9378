"""Convert .docx files to PDF with LibreOffice headless, tagged or untagged.

LibreOffice 7.4 takes the PDF export options as JSON after the filter name; ``UseTaggedPDF``
writes the structure tree (``/StructTreeRoot``, ``/MarkInfo``) that Word writes. Each run
uses a profile folder of its own, so it neither needs nor disturbs a LibreOffice already
running.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

TAGGED_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {"UseTaggedPDF": {"type": "boolean", "value": "true"}}
)
UNTAGGED_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {"UseTaggedPDF": {"type": "boolean", "value": "false"}}
)
TIMEOUT = 600


class ConversionError(RuntimeError):
    """LibreOffice is missing or did not write a PDF it was asked for."""


def soffice() -> str:
    """The LibreOffice program."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError(
        "LibreOffice (soffice) is not installed; it is needed to build the corpus"
    )


def convert(documents: Sequence[Path], *, tagged: bool) -> dict[Path, bytes]:
    """The PDF of each document, by document."""
    if not documents:
        return {}
    with tempfile.TemporaryDirectory(prefix="word-corpus-") as work:
        folder = Path(work)
        out = folder / "out"
        command = [
            soffice(),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            TAGGED_FILTER if tagged else UNTAGGED_FILTER,
            "--outdir",
            str(out),
            *(str(path) for path in documents),
        ]
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
        pdfs = {}
        for path in documents:
            pdf = out / f"{path.stem}.pdf"
            if not pdf.is_file():
                raise ConversionError(
                    f"{path.name}: LibreOffice wrote no PDF ({finished.stderr.strip()[-300:]})"
                )
            pdfs[path] = pdf.read_bytes()
        return pdfs
