"""Paths and helpers every test shares: the repository, its examples, the shared material.

The shared material (real report texts, Ofsted's outcome files, real PDFs) is not part of
the repository. It is found in ``$INSPECTION_SCHEMA_SHARED`` if that is set, otherwise in a
folder named ``shared`` beside the repository or beside any folder above it.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
EXAMPLES_DIR = REPO / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.json"))
"""The hand-checked instances of two real reports."""
EXAMPLE_NAMES = ("2515609-full-2021-10-12", "1252023-full-2023-01-31")
SUITE = REPO / "conformance"
REFERENCE_DOCS = REPO / "docs" / "reference"


def _find_shared() -> Path:
    configured = os.environ.get("INSPECTION_SCHEMA_SHARED")
    if configured:
        return Path(configured)
    for folder in REPO.parents:
        candidate = folder / "shared"
        if (candidate / "reports").is_dir():
            return candidate
    return REPO.parent / "shared"


SHARED = _find_shared()
REPORTS = SHARED / "reports"
REAL_PDFS = SHARED / "real-pdfs"
OFSTED_OUTCOMES = SHARED / "ofsted-outcomes"


def load_example(name: str | Path) -> dict[str, Any]:
    """A fresh copy of a hand-checked instance, by path or by name (with or without .json)."""
    path = name if isinstance(name, Path) else EXAMPLES_DIR / f"{name.removesuffix('.json')}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def report_text(name: str) -> str:
    """The text of a real report in the shared material."""
    return (REPORTS / f"{name}.txt").read_text(encoding="utf-8")


def secure_home_1_1(**judgements: str) -> dict[str, Any]:
    """A real full report turned into a 1.1 secure children's home, with the given extra grades."""
    document = load_example(EXAMPLES[0])
    document["schema_version"] = "1.1"
    document["provision_type"] = "secure_childrens_home"
    document["judgements"] = {**document["judgements"], **judgements}
    return document


def blank_pdf(*, pages: int = 1, password: str | None = None) -> bytes:
    """A PDF of blank pages (no text layer), optionally encrypted."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def text_pdf(text: str) -> bytes:
    """A simple PDF of the given text, one line per line of text, with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = 800.0
    for line in text.splitlines():
        if y < 60:
            page.showPage()
            y = 800.0
        page.setFont("Helvetica", 10)
        page.drawString(50, y, line[:110])
        y -= 14
    page.save()
    return buffer.getvalue()
