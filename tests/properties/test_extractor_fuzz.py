"""Random bytes and damaged PDFs given to extract-report: one line and exit 2, or an instance.

Inputs are random bytes (as a ``.pdf`` and as a ``.txt``), and real inputs damaged: the
renderer's PDF of a real report, PDFs made with pypdf and reportlab (blank, encrypted, a
report's text), any PDF committed under ``tests/data/``, and the report texts, each with
bytes flipped, cut off, deleted, repeated or inserted. The command runs in-process as a
user runs it; whatever the input, it either writes one valid instance (exit 0) or writes
nothing to standard output and one line naming the input on standard error (exit 2).
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from inspection_schema.cli.extract import main
from inspection_schema.model.converter import structure
from inspection_schema.testing.rendering import render_pdf_bytes
from inspection_schema.validate.checker import validate
from tests.support import EXAMPLES_DIR, REPO, blank_pdf, load_example, text_pdf

NAME = "2515609-full-2021-10-12"


@cache
def _originals() -> tuple[tuple[str, bytes], ...]:
    """Real inputs to damage, each with the suffix it is given."""
    text = (EXAMPLES_DIR / "reports" / f"{NAME}.txt").read_bytes()
    pdfs = [
        render_pdf_bytes(structure(load_example(NAME))),
        blank_pdf(),
        blank_pdf(password="secret"),
        text_pdf(text.decode("utf-8")[:3000]),
        *(path.read_bytes() for path in sorted((REPO / "tests" / "data").glob("*.pdf"))),
    ]
    return (*((".pdf", data) for data in pdfs), (".txt", text))


@st.composite
def _damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix, data = draw(st.sampled_from(_originals()))
    for _ in range(draw(st.integers(1, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        span = draw(st.integers(1, 64))
        how = draw(st.sampled_from(["flip", "cut", "delete", "repeat", "insert"]))
        if how == "flip":
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif how == "cut":
            data = data[:at]
        elif how == "delete":
            data = data[:at] + data[at + span :]
        elif how == "repeat":
            data = data[:at] + data[at : at + span] * draw(st.integers(2, 50)) + data[at:]
        else:
            data = data[:at] + draw(st.binary(min_size=1, max_size=span)) + data[at:]
    return suffix, data


_INPUTS = st.one_of(
    st.tuples(st.sampled_from([".pdf", ".txt"]), st.binary(max_size=4096)),
    st.tuples(st.just(".pdf"), st.binary(max_size=512).map(lambda tail: b"%PDF-1.7\n" + tail)),
    _damaged(),
)


@given(given_input=_INPUTS)
def test_any_input_gives_one_line_and_exit_2_or_a_valid_instance(
    given_input: tuple[str, bytes],
) -> None:
    suffix, data = given_input
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(path)])
    if status == 0:
        assert err.getvalue() == ""
        instance = json.loads(out.getvalue())
        assert [f for f in validate(instance) if f.code.startswith("schema-")] == []
    else:
        assert status == 2
        assert out.getvalue() == ""
        (line,) = err.getvalue().splitlines()
        assert line.startswith(f"extract-report: {path}: ")
