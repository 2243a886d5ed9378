"""The PDF layout: A4 pages with furniture, tables, and text that pypdf reads back intact."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import attrs
import pypdf
import pytest

from inspection_schema.model import (
    EmergencyReport,
    FullReport,
    InterimReport,
    Report,
    Requirement,
)
from inspection_schema.model.converter import structure
from inspection_schema.testing.rendering import render_pdf, render_pdf_bytes, render_text
from tests.support import EXAMPLES_DIR

EXAMPLES = EXAMPLES_DIR
A4 = (595.2756, 841.8898)
SPACE = re.compile(r"\s+")


def _example(name: str) -> FullReport:
    report = structure(json.loads((EXAMPLES / name).read_text(encoding="utf-8")))
    assert isinstance(report, FullReport)
    return report


def _pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


def _body(pages: list[str]) -> list[str]:
    """The lines of every page without the two lines of furniture (a final newline ends no line)."""
    return [line for text in pages for line in text.removesuffix("\n").split("\n")[2:]]


def _flat(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def _pdf_blocks(pages: list[str]) -> list[str]:
    """Blocks as the contract defines them: split on whitespace-only lines, lines joined."""
    blocks, current = [], []
    for line in _body(pages):
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(_flat(" ".join(current)))
            current = []
    if current:
        blocks.append(_flat(" ".join(current)))
    return blocks


def _text_blocks(text: str) -> list[str]:
    """What the PDF blocks should be, from the text form."""
    blocks: list[str] = []
    for line in text.split("\n"):
        if not line:
            continue
        shown = "• " + line[2:] if line.startswith("- ") else line
        blocks.extend(cell for cell in shown.split("\t") if cell)
    return blocks


@pytest.fixture(scope="module", params=sorted(p.name for p in EXAMPLES.glob("*.json")))
def rendered(request: pytest.FixtureRequest) -> tuple[FullReport, bytes]:
    report = _example(request.param)
    return report, render_pdf_bytes(report)


def test_pages_are_a4_with_furniture(rendered: tuple[FullReport, bytes]) -> None:
    report, data = rendered
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 1
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)
        lines = page.extract_text().split("\n")
        assert lines[0] == f"Inspection report for children's home: {report.urn}"
        assert lines[1] == str(number)


def test_every_requirement_is_intact(rendered: tuple[FullReport, bytes]) -> None:
    report, data = rendered
    body = _flat(" ".join(_body(_pages(data))))
    assert report.requirements
    for requirement in report.requirements:
        for paragraph in (*requirement.text, *(requirement.gloss or ())):
            assert _flat(paragraph) in body
        for reference in requirement.regulations:
            assert f"({reference.text})" in body


def test_em_dash_survives(rendered: tuple[FullReport, bytes]) -> None:
    report, data = rendered
    body = "\n".join(_pages(data))
    assert "—" in body
    assert body.count("—") == render_text(report).count("—")


def test_blocks_follow_the_text_layout(rendered: tuple[FullReport, bytes]) -> None:
    report, data = rendered
    assert _pdf_blocks(_pages(data)) == _text_blocks(render_text(report))


def test_symbols_survive(rendered: tuple[FullReport, bytes]) -> None:
    report, _ = rendered
    odd = attrs.evolve(report, summary="Curly ‘single’ and “double” quotes, © and — survive.")
    body = _flat(" ".join(_body(_pages(render_pdf_bytes(odd)))))
    assert "Curly ‘single’ and “double” quotes, © and — survive." in body
    assert f"© Crown copyright {report.copyright_year}" in body


def test_requirement_longer_than_a_page_breaks_across_pages() -> None:
    report = _example("2515609-full-2021-10-12.json")
    words = [f"word{number}" for number in range(1400)]
    giant = " ".join(words) + "."
    requirement = Requirement(
        text=["The registered person must ensure—", giant, "and staff—", *[giant[:900]] * 3],
        regulations=report.requirements[0].regulations,  # type: ignore[index]
        gloss=["This particularly refers to a long requirement."],
        due_date=report.requirements[0].due_date,  # type: ignore[index]
    )
    data = render_pdf_bytes(attrs.evolve(report, requirements=[requirement]))
    pages = _pages(data)
    spread = {index for index, text in enumerate(pages) if re.search(r"\bword\d+\b", text)}
    assert len(spread) >= 2, "the giant paragraph should run over more than one page"
    body = _flat(" ".join(_body(pages)))
    assert giant in body
    assert _flat(giant[:900]) in body
    blocks = _pdf_blocks(pages)
    assert giant in blocks
    assert blocks == _text_blocks(render_text(attrs.evolve(report, requirements=[requirement])))


def test_render_pdf_to_path_and_file(tmp_path: Path) -> None:
    report = _example("1252023-full-2023-01-31.json")
    target = tmp_path / "report.pdf"
    render_pdf(report, target)
    buffer = io.BytesIO()
    render_pdf(report, buffer)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert buffer.getvalue()[:5] == b"%PDF-"


def _kinds(report: FullReport) -> list[Report]:
    keep = {f.name for f in attrs.fields(EmergencyReport)} - {"report_kind", "findings"}
    common = {name: getattr(report, name) for name in keep}
    one_day = attrs.evolve(report.inspection_dates, end=report.inspection_dates.start)
    return [
        report,
        InterimReport(
            **common | {"inspection_dates": one_day},
            interim_judgement="sustained_effectiveness",
            findings=["The home has sustained its effectiveness."],
        ),
        EmergencyReport(**common, findings=["Inspectors visited after a concern."]),
    ]


@pytest.mark.parametrize("index", range(3))
def test_every_kind_renders_to_pdf(index: int) -> None:
    report = _kinds(_example("1252023-full-2023-01-31.json"))[index]
    pages = _pages(render_pdf_bytes(report))
    assert _pdf_blocks(pages) == _text_blocks(render_text(report))
