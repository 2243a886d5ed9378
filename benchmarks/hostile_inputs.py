"""Hostile inputs benchmark: inputs built to make reading slow take bounded time.

    python benchmarks/hostile_inputs.py

Times, best of three, on one core:

* a PDF page of 40,000 pieces of text (20,000 words, each followed by a space of its own),
  read by the PDF reading stage, against pypdf's own ``extract_text`` of the same page;
* a 101 KB line of "- " checked for page furniture (a quadratic pattern took 52 s);
* a PDF whose forms each draw the next twenty times, six deep (64 million draws), refused
  as too complex.

The PDFs are written by the tests' minimal PDF writer (``tests/extract/pdf/minipdf.py``).
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.extract.pdf.minipdf import build


def best_of(run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def many_pieces() -> bytes:
    words = [b"(w%d) Tj ( ) Tj" % (number % 10) for number in range(20_000)]
    lines = [
        b"BT /F1 4 Tf 20 %d Td %s ET" % (820 - 2 * row, b" ".join(words[row * 50 : row * 50 + 50]))
        for row in range(400)
    ]
    return build([b"\n".join(lines)])


def nested_forms() -> bytes:
    forms = {f"F{level}": b"/F%d Do " % (level + 1) * 20 for level in range(6)}
    forms["F6"] = b"BT /F1 10 Tf 72 700 Td (deep) Tj ET"
    return build([b"/F0 Do"], forms=forms)


def main() -> int:
    from pypdf import PdfReader

    from inspection_schema.extract.errors import DamagedPdf
    from inspection_schema.extract.normalise import is_furniture
    from inspection_schema.extract.pdf import read_pdf_pages

    pieces = many_pieces()
    ours = best_of(lambda: read_pdf_pages(pieces))

    def pypdf_text() -> None:
        PdfReader(io.BytesIO(pieces)).pages[0].extract_text()  # a fresh reader each time

    theirs = best_of(pypdf_text)
    print(f"40,000 pieces: {ours:.3f} s (pypdf extract_text {theirs:.3f} s)")
    line = "- " * 50_500

    def check() -> None:
        is_furniture(line)

    print(f"101 KB of '- ' checked for furniture: {best_of(check):.4f} s")
    forms = nested_forms()

    def refuse() -> None:
        try:
            read_pdf_pages(forms)
        except DamagedPdf:
            return
        raise AssertionError("nested forms were read")

    print(f"forms drawn 64 million times, refused: {best_of(refuse):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
