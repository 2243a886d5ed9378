"""Names and messages shown on one line, whatever the input holds.

A file name may hold bytes that are not UTF-8 (Python keeps them as lone surrogates) and
any character but ``/`` and NUL, line breaks included; a document's keys may hold any
character. Shown as they are, they would make invalid UTF-8 in a JSON report, or forge an
extra line of text output. Here they are escaped as Python escapes them: a byte that is
not UTF-8 as ``\\xe9`` (:func:`decodable_name`, enough for JSON, which escapes the rest
itself), and for text output also a line break as ``\\n``, other control characters (C0,
DEL, C1) and the Unicode line and paragraph separators as ``\\x1b``, ``\\u2028``.
"""

from __future__ import annotations

import os
import re

__all__ = ["decodable_name", "one_line", "shown_name"]

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def one_line(text: str) -> str:
    """``text`` with every control character and line separator escaped."""
    return _CONTROL.sub(_escaped, text)


def shown_name(name: str | os.PathLike[str]) -> str:
    """A file name as it can be printed: undecodable bytes and control characters escaped."""
    return one_line(decodable_name(name))


def decodable_name(name: str | os.PathLike[str]) -> str:
    """A file name as valid Unicode text: bytes that are not UTF-8 escaped, nothing else."""
    text = os.fspath(name)
    if _SURROGATE.search(text):
        try:
            raw = os.fsencode(text)
        except UnicodeEncodeError:  # a surrogate that stands for no byte
            raw = text.encode("utf-8", "backslashreplace")
        text = raw.decode("utf-8", "backslashreplace")
    return text
