"""The Word-like corpus (``tests/data/word-corpus``): PDFs as a word processor makes them.

Each PDF was written as a .docx in one of several layouts and converted by LibreOffice,
tagged or untagged (see the corpus README). The tests here read only the committed files:

* extracting each PDF gives exactly the instance that its source gives, field for field,
  provenance aside (the source is a real report's text, read with ``extract_text``, or a
  stored generated report);
* each PDF holds its source's text, in order (read with pypdf's own ``extract_text``), so
  the fixtures themselves are known to be right;
* the manifest and the files agree, and the corpus covers what it must;
* the layouts differ as the manifest says, checked in each .docx and PDF.
"""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from inspection_schema.extract import ExtractionError, extract_pdf_bytes, extract_text
from inspection_schema.model import REPORT_CLASSES, Report
from inspection_schema.model.converter import structure, unstructure
from inspection_schema.testing.rendering.layout import (
    Heading,
    Lines,
    Para,
    Requirements,
    Rows,
    layout,
)

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "word-corpus"
MANIFEST: dict[str, Any] = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
ENTRIES: list[dict[str, Any]] = MANIFEST["files"]
LAYOUTS: dict[str, Any] = MANIFEST["layouts"]
REAL_SOURCES = sorted(
    path.relative_to(REPO).as_posix() for path in (REPO / "examples" / "reports").glob("*.txt")
)
MIN_LAYOUTS = 6
MIN_GENERATED = 20


def _name(entry: dict[str, Any]) -> str:
    return Path(entry["file"]).stem


def _settings(entry: dict[str, Any]) -> dict[str, Any]:
    settings: dict[str, Any] = LAYOUTS[entry["layout"]]["settings"]
    return settings


@cache
def _source_report(source: str) -> Report:
    path = REPO / source
    if path.suffix == ".txt":
        return extract_text(path.read_text(encoding="utf-8"), source_name=path.name)
    report: Report = structure(json.loads(path.read_text(encoding="utf-8")))
    return report


def _without_provenance(instance: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in instance.items() if key != "provenance"}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:150] + " …" + text[-8:]


def differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """One line per differing field, named by its JSON Pointer."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        lines: list[str] = []
        for key in [*expected, *(key for key in actual if key not in expected)]:
            place = f"{where}/{key}"
            if key not in actual:
                lines.append(f"{place}: missing; expected {_short(expected[key])}")
            elif key not in expected:
                lines.append(f"{place}: not expected; found {_short(actual[key])}")
            else:
                lines.extend(differences(expected[key], actual[key], place))
        return lines
    if isinstance(expected, list) and isinstance(actual, list):
        lines = (
            []
            if len(expected) == len(actual)
            else [f"{where}: {len(actual)} items; expected {len(expected)}"]
        )
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            lines.extend(differences(left, right, f"{where}/{index}"))
        return lines
    return (
        []
        if expected == actual
        else [f"{where or '/'}: found {_short(actual)}; expected {_short(expected)}"]
    )


def test_differences_name_each_field() -> None:
    expected = {"urn": "1234567", "dates": {"start": "2021-10-12"}, "list": ["a", "b"]}
    actual = {"urn": "1234567", "dates": {"start": "2021-10-13"}, "list": ["a"], "extra": 1}
    assert differences(expected, actual) == [
        '/dates/start: found "2021-10-13"; expected "2021-10-12"',
        "/list: 1 items; expected 2",
        "/extra: not expected; found 1",
    ]
    assert differences(expected, expected) == []


@pytest.mark.parametrize("entry", ENTRIES, ids=_name)
def test_pdf_gives_the_instance_of_its_source(entry: dict[str, Any]) -> None:
    source = _source_report(entry["source"])
    expected = _without_provenance(unstructure(source))
    pdf = REPO / entry["file"]
    try:
        report = extract_pdf_bytes(
            pdf.read_bytes(), source_name=pdf.name, schema_version=source.schema_version
        )
    except ExtractionError as error:
        tagging = "tagged" if entry["tagged"] else "untagged"
        pytest.fail(f"{pdf.name} ({entry['layout']}, {tagging}) refused: {error}")
    found = differences(expected, _without_provenance(unstructure(report)))
    assert not found, f"{pdf.name} differs from {entry['source']}:\n" + "\n".join(found)


# --- the fixtures hold their sources' text -------------------------------------------------

_STRAIGHT = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": None}
)
_GLYPHS = re.compile("[\ue000-\uf8ff\u2022\u25a0\u25aa\u25fc\u25cf]")
_HEADER_LINE = re.compile(
    r"(?m)^[ \t]*Inspection report for children's home: \S+"
    r"(?:[ \t]+(?:Page )?\d+(?: of \d+)?)?[ \t]*$"
)
_PAGE_LINE = re.compile(r"(?m)^[ \t]*(?:Page \d+ of \d+|\d{1,3})[ \t]*$")
_NUMBER_LABEL = re.compile(r"(?m)^[ \t]*\d{1,2}\.(?=\s)")
_CLOSING = re.compile(r"TheOfficeforStandardsinEducation.*?(?=\u00a9Crowncopyright|$)", re.DOTALL)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(_STRAIGHT))


def _pieces(report: Report) -> tuple[list[str], list[str], list[str]]:
    """The report's text pieces in drawing order, its table header rows, its due dates."""
    pieces: list[str] = []
    headers: list[str] = []
    dues: list[str] = []
    for element in layout(report):
        if isinstance(element, Heading | Para):
            pieces.append(element.text)
        elif isinstance(element, Rows):
            headers.extend([] if element.header is None else ["".join(element.header)])
            pieces.extend(cell for row in element.rows for cell in row)
        elif isinstance(element, Requirements):
            headers.append("RequirementDue date")
            for item in element.items:
                pieces.extend(item.paragraphs)
                dues.append(item.due)
        elif isinstance(element, Lines):
            pieces.extend(element.lines)
    return pieces, headers, dues


@pytest.mark.parametrize("entry", ENTRIES, ids=_name)
def test_pdf_holds_the_text_of_its_source(entry: dict[str, Any]) -> None:
    pieces, headers, dues = _pieces(_source_report(entry["source"]))
    text = "\n".join(
        page.extract_text() for page in PdfReader(REPO / entry["file"]).pages
    ).translate(_STRAIGHT)
    text = _PAGE_LINE.sub("", _HEADER_LINE.sub("", _GLYPHS.sub("", text)))
    if _settings(entry)["bullets"] == "numbered":
        text = _NUMBER_LABEL.sub("", text)
    drawn = _CLOSING.sub("", _squeeze(text))
    wanted = _squeeze("".join(pieces))
    # A due date is drawn after the part of its row's first cell that is on the same page.
    for removed in sorted(
        {_squeeze(due) for due in dues} | {_squeeze(row) for row in headers}, key=len, reverse=True
    ):
        if removed:
            assert drawn.count(removed) >= wanted.count(removed), f"{removed!r} is missing"
            drawn, wanted = drawn.replace(removed, ""), wanted.replace(removed, "")
    if drawn != wanted:
        at = next(
            (i for i, (a, b) in enumerate(zip(drawn, wanted, strict=False)) if a != b),
            min(len(drawn), len(wanted)),
        )
        pytest.fail(
            f"the PDF's text departs from its source at {at}:\n"
            f"  pdf:    {drawn[max(0, at - 60) : at + 60]}\n"
            f"  source: {wanted[max(0, at - 60) : at + 60]}"
        )


# --- the manifest, the files and what the corpus covers ---------------------------------------


def test_manifest_and_files_agree() -> None:
    listed = [entry["file"] for entry in ENTRIES]
    assert len(listed) == len(set(listed)), "a PDF is listed twice"
    on_disk = sorted(path.relative_to(REPO).as_posix() for path in (CORPUS / "pdf").glob("*.pdf"))
    assert sorted(listed) == on_disk
    for entry in ENTRIES:
        for key in ("file", "docx", "source"):
            assert (REPO / entry[key]).is_file(), f"{entry[key]} is listed but missing"
        assert entry["layout"] in LAYOUTS
        assert entry["report_kind"] == _source_report(entry["source"]).report_kind
    stored = sorted(
        path.relative_to(REPO).as_posix() for path in (CORPUS / "generated").glob("*.json")
    )
    assert (
        sorted({entry["source"] for entry in ENTRIES if entry["origin"] == "generated"}) == stored
    )


def test_corpus_covers_every_layout_and_kind() -> None:
    assert len(LAYOUTS) >= MIN_LAYOUTS
    assert {entry["layout"] for entry in ENTRIES} == set(LAYOUTS)
    real = {
        (entry["source"], entry["layout"], entry["tagged"])
        for entry in ENTRIES
        if entry["origin"] == "real"
    }
    assert len(REAL_SOURCES) == 2
    assert real == {
        (source, name, tagged)
        for source in REAL_SOURCES
        for name in LAYOUTS
        for tagged in (True, False)
    }
    generated = [entry for entry in ENTRIES if entry["origin"] == "generated"]
    assert len(generated) >= MIN_GENERATED
    assert {entry["report_kind"] for entry in generated} == set(REPORT_CLASSES)
    assert {entry["layout"] for entry in generated} == set(LAYOUTS)
    assert {entry["tagged"] for entry in generated} == {True, False}


def test_layouts_differ() -> None:
    choices = [
        {k: v for k, v in layout_["settings"].items() if k != "name"}
        for layout_ in LAYOUTS.values()
    ]
    assert all(a != b for i, a in enumerate(choices) for b in choices[i + 1 :]), (
        "two layouts are the same"
    )
    for key in choices[0]:
        assert len({json.dumps(choice[key]) for choice in choices}) > 1, f"no layout varies {key}"
    fonts = {choice["font"] for choice in choices}
    assert {"Arial", "Times New Roman"} <= fonts
    assert {choice["size"] for choice in choices} == {10, 11, 12}
    assert 0 in {choice["cell_space_after"] for choice in choices}
    assert {choice["bullets"] for choice in choices} == {"symbol", "wingdings", "numbered"}


# --- each layout is what the manifest says: checked in the .docx and the PDF -----------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
TWIPS_PER_POINT = 20
TWIPS_PER_CM = 1440 / 2.54


def _found(element: ElementTree.Element, path: str) -> ElementTree.Element:
    """The element at ``path`` (tags without their namespace), which must be there."""
    node = element.find("/".join(f"{W}{tag}" for tag in path.split("/")))
    assert node is not None, f"no {path}"
    return node


def _value(element: ElementTree.Element, path: str, attribute: str = "val") -> str | None:
    return _found(element, path).get(f"{W}{attribute}")


class Docx:
    """The parts of a .docx that say how it looks, read with the standard library."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.parts = {
                name: archive.read(name)
                for name in archive.namelist()
                if name.endswith((".xml", ".rels"))
            }
        self.body = _found(ElementTree.fromstring(self.parts["word/document.xml"]), "body")
        self.styles = {
            style.get(f"{W}styleId"): style
            for style in ElementTree.fromstring(self.parts["word/styles.xml"])
        }
        rels = ElementTree.fromstring(self.parts["word/_rels/document.xml.rels"])
        self.targets = {rel.get("Id"): "word/" + str(rel.get("Target")) for rel in rels}

    def style_value(self, style: str, path: str, attribute: str) -> str | None:
        node = self.styles[style].find(path)
        return None if node is None else node.get(f"{W}{attribute}")

    def furniture(self, kind: str, which: str = "default") -> ElementTree.Element | None:
        for reference in self.body.iter(f"{W}{kind}Reference"):
            if reference.get(f"{W}type") == which:
                return ElementTree.fromstring(
                    self.parts[self.targets[str(reference.get(f"{R}id"))]]
                )
        return None

    def runs(self) -> list[list[tuple[str, str | None]]]:
        """Each paragraph's runs: their text and named font, in order."""
        paragraphs = []
        for paragraph in self.body.iter(f"{W}p"):
            runs = []
            for run in paragraph.findall(f"{W}r"):
                fonts = run.find(f"{W}rPr/{W}rFonts")
                text = "".join(node.text or "" for node in run.iter(f"{W}t"))
                runs.append((text, None if fonts is None else fonts.get(f"{W}ascii")))
            paragraphs.append(runs)
        return paragraphs

    def list_level(self) -> ElementTree.Element | None:
        """The level definition of the list the recommendations use."""
        used = {node.get(f"{W}val") for node in self.body.iter(f"{W}numId")}
        numbering = ElementTree.fromstring(self.parts["word/numbering.xml"])
        abstract = {
            num.get(f"{W}numId"): _value(num, "abstractNumId") for num in numbering.iter(f"{W}num")
        }
        for node in numbering.iter(f"{W}abstractNum"):
            if node.get(f"{W}abstractNumId") in {abstract[num] for num in used}:
                return node.find(f"{W}lvl")
        return None


def _text(element: ElementTree.Element | None) -> str:
    return "" if element is None else "".join(node.text or "" for node in element.iter(f"{W}t"))


def _fields(element: ElementTree.Element | None) -> str:
    return (
        ""
        if element is None
        else " ".join(node.text or "" for node in element.iter(f"{W}instrText"))
    )


def _requirement_share(document: Docx) -> float:
    for table in document.body.iter(f"{W}tbl"):
        if _text(table.find(f"{W}tr")).startswith("Requirement"):
            widths = [int(str(column.get(f"{W}w"))) for column in table.iter(f"{W}gridCol")]
            return widths[0] / sum(widths)
    raise AssertionError("no requirements table")


REAL_DOCX = [(name, source) for name in LAYOUTS for source in REAL_SOURCES]


@pytest.mark.parametrize(
    ("name", "source"), REAL_DOCX, ids=[f"{Path(s).stem}--{n}" for n, s in REAL_DOCX]
)
def test_docx_is_laid_out_as_claimed(name: str, source: str) -> None:
    claim = LAYOUTS[name]["settings"]
    document = Docx(CORPUS / "docx" / f"{Path(source).stem}--{name}.docx")
    normal = "Normal"
    assert document.style_value(normal, f"{W}rPr/{W}rFonts", "ascii") == claim["font"]
    assert document.style_value(normal, f"{W}rPr/{W}sz", "val") == str(round(claim["size"] * 2))
    assert document.style_value(normal, f"{W}pPr/{W}spacing", "line") == str(
        round(240 * claim["line_spacing"])
    )
    after = 0 if claim["blank_paragraphs"] else claim["space_after"]
    assert document.style_value(normal, f"{W}pPr/{W}spacing", "after") == str(
        round(after * TWIPS_PER_POINT)
    )
    assert (document.style_value(normal, f"{W}pPr/{W}jc", "val") == "both") is claim["justified"]
    cell_after = document.style_value("TableText", f"{W}pPr/{W}spacing", "after")
    assert cell_after == str(round(claim["cell_space_after"] * TWIPS_PER_POINT))
    empty = [p for p in document.body.findall(f"{W}p") if not _text(p)]
    assert (len(empty) > 10) is claim["blank_paragraphs"]

    header, footer = document.furniture("header"), document.furniture("footer")
    assert ("Inspection report for children" in _text(header).translate(_STRAIGHT)) is claim[
        "running_header"
    ]
    numbered = header if claim["page_number"] == "header-right" else footer
    assert "PAGE" in _fields(numbered).split()
    assert ("NUMPAGES" in _fields(numbered)) is claim["page_of"]
    if claim["page_number"] != "header-right":
        align = {"footer-right": "right", "footer-centre": "center"}[claim["page_number"]]
        assert footer is not None
        assert _value(footer, "p/pPr/jc") == align
    assert (document.body.find(f"{W}sectPr/{W}titlePg") is not None) is claim[
        "different_first_page"
    ]
    if claim["different_first_page"]:
        first = document.furniture("header", "first"), document.furniture("footer", "first")
        assert not any(_text(part) or _fields(part) for part in first)
    margin = _value(document.body, "sectPr/pgMar", "left")
    assert abs(int(str(margin)) - claim["margin_cm"] * TWIPS_PER_CM) <= 1

    assert (next(document.body.iter(f"{W}tblHeader"), None) is not None) is claim[
        "repeat_header_rows"
    ]
    assert _requirement_share(document) == pytest.approx(claim["requirement_share"], abs=0.005)
    if _source_report(source).recommendations:
        level = document.list_level()
        assert level is not None
        number_format, glyph = _value(level, "numFmt"), _value(level, "lvlText")
        glyph_font = level.find(f"{W}rPr/{W}rFonts")
        expected_list = {
            "numbered": ("decimal", "%1.", None),
            "symbol": ("bullet", "\uf0b7", "Symbol"),
            "wingdings": ("bullet", "\uf06e", "Wingdings"),
        }[claim["bullets"]]
        assert (
            number_format,
            glyph,
            None if glyph_font is None else glyph_font.get(f"{W}ascii"),
        ) == expected_list

    paragraphs = document.runs()
    runs = [run for paragraph in paragraphs for run in paragraph]
    text = "".join(run_text for run_text, _ in runs)
    assert ("\u2019" in text) is claim["curly_quotes"]
    assert (next(document.body.iter(f"{W}br"), None) is not None) is claim["inspector_breaks"]
    marks = [
        font for run_text, font in runs if run_text in {"\u2019", "\u2014", "\u201c", "\u2018"}
    ]
    cut_words = [
        left
        for paragraph in paragraphs
        for (left, _), (right, _) in itertools.pairwise(paragraph)
        if left[-1:].isalpha() and right[:1].isalpha()
    ]
    spaces = [run_text for run_text, _ in runs if run_text == " "]
    if claim["word_runs"]:
        assert marks
        assert set(marks) == {claim["mark_font"]}
        assert len(cut_words) > 20
        assert len(spaces) > 20
    else:
        assert not marks
        assert not cut_words
        assert not spaces


@pytest.mark.parametrize("entry", ENTRIES, ids=_name)
def test_pdf_is_laid_out_as_claimed(entry: dict[str, Any]) -> None:
    claim = _settings(entry)
    reader = PdfReader(REPO / entry["file"])
    root = reader.root_object
    assert ("/StructTreeRoot" in root) is entry["tagged"]
    assert root.get("/MarkInfo", {}).get("/Marked", False) == entry["tagged"]
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts.update(
            str(font.get_object()["/BaseFont"]) for font in resources.get("/Font", {}).values()
        )
    assert any(claim["pdf_font"] in font for font in fonts), fonts
    pages = [page.extract_text().translate(_STRAIGHT) for page in reader.pages]
    assert len(pages) >= 2
    header = f"Inspection report for children's home: {_source_report(entry['source']).urn}"
    assert (header in pages[1]) is claim["running_header"]
    assert (re.search(rf"Page 2 of {len(pages)}\b", pages[1]) is not None) is claim["page_of"]
    first_page_furniture = header in pages[0] or f"Page 1 of {len(pages)}" in pages[0]
    assert first_page_furniture is (
        not claim["different_first_page"] and (claim["running_header"] or claim["page_of"])
    )
