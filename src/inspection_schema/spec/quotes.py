"""The forms of quotes and dashes Ofsted's documents use, and their plain forms.

Reports and outcome files write apostrophes and quotes in several ways (curly, primes,
backticks, low quotes) and dashes as en or em dashes. Wordings are compared, and text is
normalised, in the plain forms: ``'``, ``"`` and ``-``.
"""

from __future__ import annotations

from collections.abc import Mapping

STRAIGHT_QUOTES: Mapping[str, str] = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark (the usual apostrophe)
    "\u201a": "'",  # single low-9 quotation mark
    "\u201b": "'",  # single high-reversed-9 quotation mark
    "\u2032": "'",  # prime
    "\u2017": "'",  # double low line, as some PDFs encode an apostrophe
    "\u05f3": "'",  # Hebrew punctuation geresh, as some PDFs encode an apostrophe
    "`": "'",
    "\u201c": '"',  # left double quotation mark
    "\u201d": '"',  # right double quotation mark
    "\u201e": '"',  # double low-9 quotation mark
    "\u201f": '"',  # double high-reversed-9 quotation mark
    "\u2033": '"',  # double prime
}
"""Each quote or apostrophe form, to its straight quote."""

PLAIN_DASHES: Mapping[str, str] = {
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
}
"""Each dash, to a hyphen-minus."""
