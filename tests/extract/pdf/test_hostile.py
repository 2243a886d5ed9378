"""Bad and hostile PDFs: a page that cannot be read, encryption, and content streams built to
make reading slow or deep. Each gets one clear refusal (or a correct reading), never a hang,
a traceback or a silently shorter text."""

from __future__ import annotations

import io

import pytest

from inspection_schema.extract import extract_pdf_bytes
from inspection_schema.extract.errors import DamagedPdf, EncryptedPdf, NotAnInspectionReport
from inspection_schema.extract.pdf import read_pdf_pages
from tests.extract.pdf.minipdf import build

REPORT = [
    b"BT /F1 12 Tf 72 760 Td (Inspection report for children's home: 1234567) Tj ET",
    b"BT /F1 12 Tf 72 760 Td (Registered provider: Oak Homes Limited) Tj ET",
    b"BT /F1 12 Tf 72 760 Td (Inspection dates: 12 to 13 October 2021) Tj ET",
]


@pytest.mark.parametrize("page", [0, 1, 2])
def test_a_page_that_cannot_be_decoded_refuses_the_document(page: int) -> None:
    data = build(REPORT, damaged={page})
    with pytest.raises(DamagedPdf) as raised:
        extract_pdf_bytes(data)
    assert raised.value.message == f"is damaged: page {page + 1} cannot be read"


def test_the_first_page_damaged_is_not_called_another_kind_of_document() -> None:
    with pytest.raises(DamagedPdf) as raised:
        extract_pdf_bytes(build(REPORT, damaged={0}))
    assert not isinstance(raised.value, NotAnInspectionReport)


def _encrypted(user: str, algorithm: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build(REPORT))))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_an_empty_user_password_is_read(algorithm: str) -> None:
    pages = read_pdf_pages(_encrypted("", algorithm))
    assert "Registered provider: Oak Homes Limited" in pages.texts[1]


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_real_password_is_refused_as_encrypted(algorithm: str) -> None:
    with pytest.raises(EncryptedPdf):
        read_pdf_pages(_encrypted("secret", algorithm))


def test_forty_thousand_pieces_are_read_in_one_pass() -> None:
    # Every piece a word of its own, placed where the one before ends, as a writer that
    # positions each glyph run would draw them; no piece is compared with every other.
    words = [b"(w%d) Tj ( ) Tj" % (number % 10) for number in range(20_000)]
    lines = []
    for row in range(400):
        chunk = b" ".join(words[row * 50 : (row + 1) * 50])
        lines.append(b"BT /F1 4 Tf 20 %d Td %s ET" % (820 - 2 * row, chunk))
    texts = read_pdf_pages(build([b"\n".join(lines)])).texts
    assert sum(text.count("w") for text in texts) == 20_000


def test_a_huge_text_array_is_refused_as_too_complex() -> None:
    array = b"[" + b"(a) -1 " * 3_000_000 + b"] TJ"
    with pytest.raises(DamagedPdf) as raised:
        read_pdf_pages(build([b"BT /F1 10 Tf 72 700 Td " + array + b" ET"]))
    assert raised.value.message == "is too complex to read (page 1)"


def test_deep_save_nesting_is_bounded() -> None:
    content = b"q " * 100_000 + b"BT /F1 10 Tf 72 700 Td (Still read) Tj ET" + b" Q" * 100_000
    assert read_pdf_pages(build([content])).texts[0].strip() == "Still read"


def test_forms_that_draw_each_other_are_not_followed_round() -> None:
    forms = {
        "Fa": b"/Fb Do BT /F1 10 Tf 72 700 Td (Form a) Tj ET",
        "Fb": b"/Fa Do /Fb Do BT /F1 10 Tf 72 650 Td (Form b) Tj ET",
    }
    text = read_pdf_pages(build([b"/Fa Do"], forms=forms)).texts[0]
    assert (text.count("Form a"), text.count("Form b")) == (1, 1)


def test_forms_nested_to_multiply_work_run_out_of_budget() -> None:
    # Each form draws the next one twenty times: reading all of it would take 20^6 draws.
    forms = {f"F{level}": b"/F%d Do " % (level + 1) * 20 for level in range(6)}
    forms["F6"] = b"BT /F1 10 Tf 72 700 Td (deep) Tj ET"
    with pytest.raises(DamagedPdf) as raised:
        read_pdf_pages(build([b"/F0 Do"], forms=forms))
    assert raised.value.message == "is too complex to read (page 1)"
