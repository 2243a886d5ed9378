"""Render a report the way Ofsted lays it out: as text, and as an A4 PDF.

``render_text(report)`` gives the layout of a published report's text;
``render_pdf(report, path_or_file)`` and ``render_pdf_bytes(report)`` give the same
content as a PDF made with reportlab (a development dependency, imported only when a PDF
is rendered). Both are lossless, given text as the strategies make it (one line, single
spaces, no tabs, no leading or trailing space), for every field except ``provenance``,
``schema_version`` (an extractor writes the version asked for) and what Ofsted's data gives
rather than a report's text: ``event_number``, ``publication_date`` and ``sector``. The
structured ``home_facts`` are not printed apart: a report states them in its
``home_information`` paragraphs, which are printed verbatim
(:mod:`inspection_schema.testing.rendering.home_facts` has the sentences that state them).

Layout contract (what appears where)
------------------------------------
Text form: blocks separated by exactly one blank line; a block is one paragraph or heading
on one line, or a table (one row per line, cells separated by tabs), or the inspector lines.
Blocks, in order; a block marked [if x] is left out when ``x`` is absent (``None``):

1. ``<urn>``; ``Registered provider: <provider.name>``; the title line, the report-kind
   codelist's label (``Full inspection``, ``Interim inspection``, ``Monitoring
   inspection``, ``Assurance visit``, ``Emergency inspection``); [if framework] the
   framework label ("Inspected under the social care common inspection framework"; an
   unknown code is printed as the code).
2. [if home_information] ``Information about this children's home``, then one block per
   paragraph.
3. ``Inspection dates: 12 to 13 October 2021`` (``31 January to 1 February 2023``,
   ``30 December 2022 to 2 January 2023``); a one-day visit: ``Inspection date: 12 October
   2021``.
4. Full: a table ``<area>\\t<grade>``, a row for each area graded, in the judgement-area
   codelist's order: overall (its label followed by ", taking into account"), helped and
   protected, leaders and managers and, for a secure children's home, education and
   learning, and health; grades are the judgement codelist labels in lower case ("not
   judged" for an area not judged); then the summary paragraph.
   Monitoring [if judgements]: the same table, with a row for each area graded.
   Interim: ``Interim judgement: <interim-judgement label>``, then [if judgement_statement]
   the statement. Assurance: [if outcome_statement] ``Outcome: <outcome_statement>``.
5. [if last_inspection] ``Date of last inspection: 25 October 2022``, then [if its
   overall_judgement] ``Overall judgement at last inspection: <outcome label>``.
6. [if enforcement_action] ``Enforcement action since last inspection: none`` (taken false)
   or ``Enforcement action since last inspection:`` (taken true); then [if description]
   the description as one paragraph.
7. [if inspection_history] ``Recent inspection history``, then a table: the header
   ``Inspection date\\tInspection type\\tInspection judgement`` and one row per entry in list
   order (the data keeps newest first): ``DD/MM/YYYY\\t<type>\\t<judgement>``. The type is
   the shortest wording of the inspection-type codelist (``Full``, ``Interim``,
   ``Monitoring``, ``Assurance``, ``Emergency``, ``Random``); the judgement is the outcome
   label in sentence case, or empty (the row ends with a tab) when absent.
   An empty list prints the heading and the header row only.
8. Full [if area_narratives]: ``Inspection judgements``, then per narrative the heading
   ``<area label>: <grade in lower case>`` and one block per paragraph.
   Other kinds [if findings]: ``Findings`` and one block per paragraph.
9. [if requirements_preamble, requirements or recommendations]
   ``What does the children's home need to do to improve?``; then [if requirements_preamble
   or requirements] ``Statutory requirements``, [if requirements_preamble] the preamble,
   [if requirements] the table: the header ``Requirement\\tDue date``, then for each
   requirement one row per paragraph. Its first row is ``<paragraph>\\t<due date>``
   (``1 April 2023``; ``—`` when there is no due date), every later row is ``<paragraph>\\t``
   (empty due-date cell): a non-empty due-date cell starts a requirement. The paragraphs
   are the text paragraphs, the last one followed by a space and the references in
   brackets, joined by "; " — ``... plans. (Regulation 5 (a)(b)(c))`` — then the gloss
   paragraphs. The bracket closing a paragraph is what separates text from gloss
   (``()`` when the requirement cites no regulation; a lone ``(Regulation …)`` row when it
   has no text). Regulation numbers and provisions, like the Guide's page and paragraphs,
   are parsed from the printed text.
   [if recommendations] ``Recommendation`` (one) or ``Recommendations`` (none or several),
   then one bullet block each: ``- <text> (<guide_reference.text>).``, or ``- <text>``
   without a citation (the citation is the last bracket group before the final full stop
   that the renderer adds).
10. [if inspection_information] ``Information about this inspection`` and the paragraph.
11. ``Children's home details``; ``Unique reference number: <urn>``; [if provision_type]
    ``Provision sub-type: <label>``; ``Registered provider: <name>``; [if address]
    ``Registered provider address: <address>``; [if responsible_individual]
    ``Responsible individual: <name>``; [if registered_manager] ``Registered manager:
    <name>``.
12. ``Inspector`` (one) or ``Inspectors``, then one line per inspector, ``<name>, <role
    label>``, with no blank line between them (split on the last ", ").
13. [if copyright_year] ``© Crown copyright YYYY``.

A code that an open codelist does not list is printed as the code itself. Ofsted's
boilerplate (the paragraph about Ofsted, the address block) is not printed.

PDF form (A4, reportlab): the same blocks in the same order. As ``pypdf``'s
``page.extract_text()`` returns them:

* each page's text starts with two lines of furniture: ``Inspection report for children's
  home: <urn>`` and the page number (``1``, ``2``, …);
* every block ends with a whitespace-only line (`` ``): blocks are separated by runs of
  whitespace-only lines, and the lines of one block are joined with one space (lines break
  only at spaces; no line ends in a letter and a hyphen, because the space after such a
  word is a no-break space). A block carries on across a page break until its
  whitespace-only line (the newline that ends a page's text ends no line);
* every table cell is a block of its own, in reading order (row by row, left to right);
  an empty cell gives no block. Judgements table: label, grade, per row. History: the three
  header cells, then per row a ``DD/MM/YYYY`` block, the type block and, if not empty, the
  judgement block. Requirements: ``Requirement``, ``Due date``, then per requirement its
  first paragraph, its due date (or ``—``), its other paragraphs; each requirement's last
  paragraph is followed by two whitespace-only lines instead of one. A paragraph taller
  than a third of a page is cut into continuation rows (never mid-line) and reads on as
  one block;
* recommendations start with ``• `` instead of ``- ``; the inspectors are one block each;
* cells of a table row share the baseline of their first line, so a reader that uses
  positions can rebuild ``cell\\tcell`` rows.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from inspection_schema.testing.rendering.text import render_text

if TYPE_CHECKING:
    from os import PathLike

    from inspection_schema.model import Report

__all__ = ["render_pdf", "render_pdf_bytes", "render_text"]


def render_pdf(report: Report, path_or_file: str | PathLike[str] | IO[bytes]) -> None:
    """Write the report as an A4 PDF to a path or a binary file object."""
    from inspection_schema.testing.rendering.pdf import render_pdf as render

    render(report, path_or_file)


def render_pdf_bytes(report: Report) -> bytes:
    """The report as the bytes of an A4 PDF."""
    from inspection_schema.testing.rendering.pdf import render_pdf_bytes as render

    return render(report)
