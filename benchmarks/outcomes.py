"""Cross-check speed: validate-report with and without --outcomes on the same documents.

    python benchmarks/outcomes.py [--documents 10000] [--outcomes data/ofsted-outcomes] [--repeat 3]

Builds report documents (schema 1.1) from Ofsted's own outcome data: each is a full
inspection of a children's home of the outcome files, carrying that event's URN, dates,
publication date and grades (and, for every other document, its event number, so both
ways of matching are timed), with a history of the URN's earlier events back to the
previous full inspection. One document in ten has one grade changed. Then, on one core
and in the same run, times validate-report on them as one JSON Lines file without and
with ``--outcomes`` (which reads every outcome file once, then matches every document),
alternately, the fastest of ``--repeat`` runs of each counting, and, in this process,
reading the outcome files and the cross-check alone. Prints the
figures and the findings the cross-check added; the target is that the cross-check adds
under 10 seconds for 10,000 documents. Asserts nothing.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from _common import BIN, ROOT, one_core, run_timed

from inspection_schema.outcomes import OutcomeEvent, OutcomeIndex, cross_check, load_outcomes
from inspection_schema.spec.codelists import judgement_areas, overall_area, summary_sentences

TEMPLATE = ROOT / "examples" / "1252023-full-2023-01-31.json"
TARGET_SECONDS = 10.0
AREAS = judgement_areas()[:3]  # the three areas of every children's home


def _is_candidate(event: OutcomeEvent) -> bool:
    return (
        event.event_type == "full"
        and event.provision_type == "childrens_home"
        and event.inspection_date is not None
        and all(event.grades.get(area) in summary_sentences_by_grade() for area in AREAS)
    )


@cache
def summary_sentences_by_grade() -> dict[str, str]:
    """The four-point grades and the first standard summary sentence of each."""
    grades = ("outstanding", "good", "requires_improvement_to_be_good", "inadequate")
    return {grade: summary_sentences(grade)[0] for grade in grades}


def _history(record: OutcomeIndex, event: OutcomeEvent) -> list[dict[str, str]]:
    """The URN's earlier events, newest first, back to and including the previous full one."""
    assert event.inspection_date is not None
    rows: list[dict[str, str]] = []
    earlier = [e for e in record.for_urn(event.urn) if e.inspection_date and e.row != event.row]
    for before in reversed(earlier):
        if before.inspection_date is None or before.inspection_date >= event.inspection_date:
            continue
        row = {
            "date": before.inspection_date.isoformat(),
            "inspection_type": str(before.event_type),
        }
        grade = before.grades.get(overall_area())
        if grade is not None:
            row["judgement"] = grade
        rows.append(row)
        if before.event_type == "full":
            break
    return rows


@cache
def template() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    return data


def make_document(record: OutcomeIndex, event: OutcomeEvent, *, numbered: bool) -> dict[str, Any]:
    """A 1.1 full report of one event, as consistent with Ofsted's record as the data allows."""
    assert event.inspection_date is not None
    document: dict[str, Any] = copy.deepcopy(template())
    start = event.inspection_date
    shift = start - datetime.date.fromisoformat(document["inspection_dates"]["start"])
    document["schema_version"] = "1.1"
    document["urn"] = event.urn
    document["inspection_dates"] = {
        "start": start.isoformat(),
        "end": (start + datetime.timedelta(days=1)).isoformat(),
    }
    if numbered and event.event_number:
        document["event_number"] = event.event_number
    if event.publication_date:
        document["publication_date"] = event.publication_date.isoformat()
    document["judgements"] = {area: event.grades[area] for area in AREAS}
    for narrative in document["area_narratives"]:
        narrative["judgement"] = event.grades[narrative["area"]]
    document["summary"] = summary_sentences_by_grade()[event.grades[overall_area()]]
    history = _history(record, event)
    document["inspection_history"] = history
    document.pop("last_inspection", None)
    if history:
        document["last_inspection"] = {"date": history[0]["date"]}
        if "judgement" in history[0]:
            document["last_inspection"]["overall_judgement"] = history[0]["judgement"]
    for requirement in document.get("requirements", []):
        due = datetime.date.fromisoformat(requirement["due_date"]) + shift
        requirement["due_date"] = due.isoformat()
    document["copyright_year"] = start.year
    return document


def make_documents(record: OutcomeIndex, count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    candidates = [event for event in record if _is_candidate(event)]
    chosen = [candidates[rng.randrange(len(candidates))] for _ in range(count)]
    documents = []
    for index, event in enumerate(chosen):
        document = make_document(record, event, numbered=index % 2 == 0)
        if index % 10 == 9:
            area = AREAS[(index // 10) % len(AREAS)]
            grade = document["judgements"][area]
            document["judgements"][area] = "good" if grade != "good" else "outstanding"
        documents.append(document)
    return documents


def _codes(report: str) -> Counter[str]:
    documents = json.loads(report)["documents"]
    return Counter(f["code"] for d in documents for f in d["findings"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--outcomes", type=Path, default=ROOT / "data" / "ofsted-outcomes")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    args = parser.parse_args()

    started = time.perf_counter()
    record = load_outcomes(args.outcomes)
    load_seconds = time.perf_counter() - started
    documents = make_documents(record, args.documents)
    print(
        f"{len(documents)} documents built from {len(record):,} events of "
        f"{len(record.files)} outcome files; every tenth has one grade changed"
    )
    print(f"cores: pinned to one ({'taskset' if one_core() else 'not available: unpinned'})")

    started = time.perf_counter()
    added = [finding for document in documents for finding in cross_check(document, record)]
    check_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as temp:
        lines = Path(temp) / "documents.jsonl"
        lines.write_text("\n".join(json.dumps(d) for d in documents) + "\n", encoding="utf-8")
        validate = [str(BIN / "validate-report"), "--format", "json"]
        plain_times, outcome_times = [], []
        for _ in range(args.repeat):  # alternated, so that a busy moment slows both alike
            seconds, plain = run_timed([*validate, str(lines)])
            plain_times.append(seconds)
            seconds, checked = run_timed([*validate, "--outcomes", str(args.outcomes), str(lines)])
            outcome_times.append(seconds)
        plain_seconds, outcomes_seconds = min(plain_times), min(outcome_times)
    difference = _codes(checked.stdout) - _codes(plain.stdout)

    print()
    print(f"{'run (the fastest of ' + str(args.repeat) + ')':<58} {'seconds':>8}")
    print(f"{'validate-report, one JSON Lines file':<58} {plain_seconds:8.2f}")
    print(f"{'validate-report --outcomes, the same file':<58} {outcomes_seconds:8.2f}")
    extra = outcomes_seconds - plain_seconds
    verdict = "met" if extra < TARGET_SECONDS else "NOT met"
    print(f"{'the cross-check added':<58} {extra:8.2f}  (target < {TARGET_SECONDS:.0f}: {verdict})")
    print(f"{'  of which reading the outcome files (in process)':<58} {load_seconds:8.2f}")
    print(f"{'  of which matching and comparing (in process)':<58} {check_seconds:8.2f}")
    print()
    print("findings the cross-check added (in process, and as validate-report reported them):")
    for code, count in sorted(Counter(f.code for f in added).items()):
        print(f"  {code:<32} {count:6d} {difference.get(code, 0):6d}")
    print(f"(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
