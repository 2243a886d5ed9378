"""Hypothesis strategies for valid, realistic inspection reports (the ``testing`` extra).

For downstream teams that test code which reads or writes canonical instances::

    from hypothesis import given
    from inspection_schema.testing import strategies

    @given(strategies.report_documents(kind="full"))
    def test_my_loader(document):
        assert my_loader(document).urn == document["urn"]

Entry points:

- :func:`reports` — model objects (``FullReport``, ``InterimReport``, …) of one kind or of
  every kind, declaring one schema version or any shipped version;
- :func:`report_documents` — the same as JSON-compatible dicts, exactly what
  ``inspection_schema.model.converter.unstructure`` writes.

Every generated report is valid under the schema version it declares and breaks none of the
semantic rules in ``schemas/rules.json``, warnings included:

- inspection dates: start ≤ end; a full inspection lasts at most three days, an interim one
  day; interim inspections fall before April 2022 and assurance inspections after it;
- the inspection history is strictly before the inspection, newest first, without repeats,
  and each row's judgement fits its type (full → four-point scale, interim → improved,
  sustained or declined effectiveness or not judged, assurance → ungraded);
  ``last_inspection`` repeats the newest row;
- the judgements obey the limiting rules (helped and protected inadequate ⇒ overall
  inadequate; leaders inadequate ⇒ overall requires improvement or inadequate), the summary
  sentence is Ofsted's wording for the overall grade and the area narratives carry the
  table's grades;
- requirements cite regulations 1–52 with a reference text that is built from, and agrees
  with, the parsed provisions (``Regulation 13 (1)(a) (2)(b)(c)`` ↔ ``13(1)(a)``, ``13(2)(b)``,
  ``13(2)(c)``); a "The <name> standard is that…" opening appears only with its own
  regulation (6–14); due dates fall 14–84 days after the last day on site;
- recommendations cite the Guide with page and paragraphs; inspectors have known roles;
  every code comes from its codelist;
- a report declaring 1.1 may carry the fields 1.1 added: an event number (seven or eight
  digits), a publication date 5–60 days after the last day on site and, for a full report on
  a secure children's home, always the education and learning and the health judgements;
- a report declaring 1.2 may carry the fields 1.2 added: a sector; structured home facts,
  always stated by the 'Information about this children's home' paragraphs in Ofsted's
  wordings (:mod:`inspection_schema.testing.rendering.home_facts`; the manager registered
  before the inspection, the last visit — a monitoring, assurance or emergency visit of its
  period — after the newest history row); a monitoring report's grades (some of the three
  areas, obeying the limiting rules); and a secure children's home's education or health
  'not judged'. Reports of every version may state home facts in their paragraphs; only
  1.2 holds them as ``home_facts``.

Text is realistic but generated: printable, without leading, trailing or double spaces, line
breaks, curly quotes or ``<``, so that rendering a report to text and extracting it again
gives the same report.

The building blocks (:func:`urns`, :func:`inspection_dates`, :func:`regulation_references`,
:func:`requirements`, …) are public too, for tests that need one part of a report.
"""

from __future__ import annotations

from inspection_schema.spec.regulations import quality_standards
from inspection_schema.testing.strategies.dates import dates, inspection_dates
from inspection_schema.testing.strategies.history import (
    enforcement_actions,
    history_entries,
    inspection_histories,
)
from inspection_schema.testing.strategies.home import home_facts, home_information, sectors
from inspection_schema.testing.strategies.identity import inspectors, provenances, providers, urns
from inspection_schema.testing.strategies.judgements import (
    AREAS,
    GRADES,
    INTERIM_JUDGEMENTS,
    SUMMARY_SENTENCES,
    area_narratives,
    judgements,
    summary_sentences,
)
from inspection_schema.testing.strategies.reports import report_documents, reports
from inspection_schema.testing.strategies.requirements import (
    guide_references,
    recommendations,
    regulation_references,
    requirements,
)
from inspection_schema.testing.strategies.text import (
    addresses,
    clauses,
    paragraphs,
    person_names,
    provider_names,
    sentences,
)

__all__ = [
    "AREAS",
    "GRADES",
    "INTERIM_JUDGEMENTS",
    "SUMMARY_SENTENCES",
    "addresses",
    "area_narratives",
    "clauses",
    "dates",
    "enforcement_actions",
    "guide_references",
    "history_entries",
    "home_facts",
    "home_information",
    "inspection_dates",
    "inspection_histories",
    "inspectors",
    "judgements",
    "paragraphs",
    "person_names",
    "provenances",
    "provider_names",
    "providers",
    "quality_standards",
    "recommendations",
    "regulation_references",
    "report_documents",
    "reports",
    "requirements",
    "sectors",
    "sentences",
    "summary_sentences",
    "urns",
]
