"""Paths and helpers every test shares: the repository, its examples, the real documents.

Every real document the tests read is in the repository, with its source and licence:
the two report texts in ``examples/reports/``, older reports' opening pages and real PDFs
in ``tests/data/`` (see its README), Ofsted's outcome files in ``data/ofsted-outcomes/``.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
EXAMPLES_DIR = REPO / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.json"))
"""The hand-checked instances of two real reports."""
EXAMPLE_NAMES = ("2515609-full-2021-10-12", "1252023-full-2023-01-31")
TWINS_DIR = EXAMPLES_DIR / "1.2"
"""The same two reports as schema 1.2 instances, with what Ofsted's data adds."""
SUITE = REPO / "conformance"
REFERENCE_DOCS = REPO / "docs" / "reference"
TEST_DATA = REPO / "tests" / "data"
REPORTS = EXAMPLES_DIR / "reports"
"""The texts of two real, published full reports, as their PDFs yield them."""
REPORT_EXCERPTS = TEST_DATA / "report-excerpts"
"""The opening pages of ten real reports in older layouts (2010–2017)."""
REAL_PDFS = TEST_DATA / "real-pdfs"
"""Four real Word-made Ofsted PDFs (local-authority focused-visit letters)."""


def run_module(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m inspection_schema ARGS`` in a process of its own, in ``cwd``: its exit
    status, output and errors as text (five minutes at most)."""
    return subprocess.run(
        [sys.executable, "-m", "inspection_schema", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def load_example(name: str | Path) -> dict[str, Any]:
    """A fresh copy of a hand-checked instance, by path or by name (with or without .json)."""
    path = name if isinstance(name, Path) else EXAMPLES_DIR / f"{name.removesuffix('.json')}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def report_text(name: str) -> str:
    """The text of a real report (``examples/reports/<name>.txt``)."""
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
