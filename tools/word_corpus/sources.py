"""The reports the corpus lays out: the two real reports, the generated ones stored beside the PDFs.

Real reports are read from their published text (``examples/reports/*.txt``) with the
text extractor. Generated reports are drawn once from the Hypothesis strategies with fixed
seeds and stored as JSON, so the corpus is rebuilt from stored sources alone: the stored
JSON, not a new draw, is what a rebuild lays out.
"""

from __future__ import annotations

import json
from pathlib import Path

from attrs import frozen
from hypothesis import HealthCheck, Phase, given, seed, settings

from tools.word_corpus.project import Report, extract_text, reports, structure, unstructure

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "word-corpus"
GENERATED = CORPUS / "generated"
REAL_TEXTS = REPO / "examples" / "reports"
CLOSING_SOURCE = REAL_TEXTS / "2515609-full-2021-10-12.txt"
"""The published text whose closing boilerplate every document ends with.

Its address keeps its lines.
"""
CLOSING_START = "The Office for Standards in Education"
CLOSING_END = "\u00a9 Crown copyright"
KINDS = ("full", "interim", "monitoring", "assurance", "emergency")
GENERATED_COUNT = 20
DRAWS = 25
"""Reports drawn per seed; the one with the most text is kept, so tables break across pages."""


@frozen
class Source:
    """A report and the file it comes from."""

    name: str
    path: Path
    report: Report

    @property
    def relative(self) -> str:
        return self.path.relative_to(REPO).as_posix()


def real_sources() -> list[Source]:
    """The real reports, as the text extractor reads their published text."""
    return [
        Source(
            path.stem, path, extract_text(path.read_text(encoding="utf-8"), source_name=path.name)
        )
        for path in sorted(REAL_TEXTS.glob("*.txt"))
    ]


def generated_name(index: int, kind: str) -> str:
    return f"generated-{index:02d}-{kind}"


def generated_sources() -> list[Source]:
    """The stored generated reports, in order."""
    found = []
    for path in sorted(GENERATED.glob("*.json")):
        report = structure(json.loads(path.read_text(encoding="utf-8")))
        found.append(Source(path.stem, path, report))
    return found


def draw_generated() -> list[Path]:
    """Draw the generated reports with fixed seeds and store them as JSON; returns the files."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(1, GENERATED_COUNT + 1):
        kind = KINDS[(index - 1) % len(KINDS)]
        report = _draw(kind, index)
        path = GENERATED / f"{generated_name(index, kind)}.json"
        path.write_text(
            json.dumps(unstructure(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def _draw(kind: str, seed_value: int) -> Report:
    drawn: list[Report] = []

    @seed(seed_value)
    @settings(
        max_examples=DRAWS,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(reports(kind, "1.0"))
    def collect(report: Report) -> None:
        drawn.append(report)

    collect()
    return max(drawn, key=lambda report: len(json.dumps(unstructure(report))))


def closing_blocks() -> tuple[tuple[str, ...], ...]:
    """Ofsted's closing boilerplate as published: paragraphs, each a tuple of its lines."""
    text = CLOSING_SOURCE.read_text(encoding="utf-8")
    start = text.index(CLOSING_START)
    end = text.index(CLOSING_END, start)
    blocks = (block.strip() for block in text[start:end].split("\n\n"))
    return tuple(tuple(block.splitlines()) for block in blocks if block)
