"""Fixtures for the extractor's tests: the shared reports, the examples, bad PDFs."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
REPORTS = SHARED / "reports"
REAL_PDFS = SHARED / "real-pdfs"
EXAMPLES = REPO / "examples"
NAMES = ("2515609-full-2021-10-12", "1252023-full-2023-01-31")


def example(name: str) -> dict[str, Any]:
    """The hand-checked instance for a report."""
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def report_text(name: str) -> str:
    """The text of a real report."""
    return (REPORTS / f"{name}.txt").read_text(encoding="utf-8")


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


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder beside the repository (the real reports and PDFs)."""
    if not REPORTS.is_dir():
        pytest.fail(f"the shared folder must be beside the repository: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def load_example() -> Any:
    """``load_example(name)``: the hand-checked instance."""
    return example


@pytest.fixture(scope="session")
def load_report(shared: Path) -> Any:
    """``load_report(name)``: the text of a real report."""
    return report_text


@pytest.fixture(scope="session")
def make_blank_pdf() -> Any:
    """``make_blank_pdf(pages=1, password=None)``: blank pages, no text layer."""
    return blank_pdf


@pytest.fixture(scope="session")
def make_text_pdf() -> Any:
    """``make_text_pdf(text)``: a plain PDF with the text's lines."""
    return text_pdf


@pytest.fixture(scope="session")
def real_pdfs(shared: Path) -> list[Path]:
    """The real Word-made Ofsted PDFs (focused-visit letters)."""
    return sorted(REAL_PDFS.glob("*.pdf"))
