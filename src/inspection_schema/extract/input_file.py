"""An input file's bytes and, for a text, its characters: read within a limit, decoded strictly.

Reading goes through :mod:`inspection_schema.reading`: at most ``max_bytes`` are read
(:data:`DEFAULT_MAX_BYTES` unless ``--max-size`` says otherwise), whatever the file is,
standard input included (:func:`read_stream`); a named pipe with no writer is refused
after a bounded wait; a path that cannot be read gives the operating system's own reason.

A text is UTF-8 (a byte-order mark allowed), or UTF-16 or UTF-32 when it starts with that
encoding's byte-order mark. Nothing is guessed: a byte sequence that is not valid in the
encoding is refused with its offset, never decoded again in another encoding, and a NUL
byte (binary data, or UTF-16 without a byte-order mark) is refused as not text.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from inspection_schema.extract.refusals import TooLarge, UnreadableInput
from inspection_schema.reading import (
    InputError,
    InputTooLarge,
    open_input,
    os_error_message,
    read_at_most,
)

__all__ = ["DEFAULT_MAX_BYTES", "decode_text", "read_input", "read_stream"]

DEFAULT_MAX_BYTES = 4 * 1_048_576
"""The largest input ``extract-report`` reads by default (``--max-size``): 4 MB."""

_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte-order marks, UTF-32's first: its little-endian mark starts with UTF-16's."""


def read_input(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path``, at most ``max_bytes``; refusals are one line each."""
    try:
        handle = open_input(path)
    except InputError as error:
        raise UnreadableInput(error.message) from None
    with handle:
        return read_stream(handle, max_bytes)


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an open input (standard input, say), at most ``max_bytes``.

    Refusals are one line each: :class:`TooLarge` past the limit, :class:`UnreadableInput`
    for a failure while reading.
    """
    try:
        return read_at_most(stream, max_bytes, what="one input")
    except InputTooLarge as error:
        raise TooLarge(error.message) from None
    except OSError as error:  # a failure while reading, such as an I/O error
        raise UnreadableInput(os_error_message(error)) from None


def decode_text(data: bytes) -> str:
    """The characters of a text input; raise :class:`UnreadableInput` if it is not text."""
    encoding, name, start = "utf-8", "UTF-8", 0
    for mark, codec, label in _MARKS:
        if data.startswith(mark):
            encoding, name, start = codec, label, len(mark)
            break
    body = data[start:]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        offset = start + error.start
        raise UnreadableInput(
            f"is not {name} text (byte 0x{data[offset]:02x} at offset {offset} is not valid {name})"
        ) from None
    if "\0" in text:
        where = start + len(text[: text.index("\0")].encode(encoding))
        raise UnreadableInput(
            f"is not text: it holds a NUL byte at offset {where} "
            "(binary data, or UTF-16 text without a byte-order mark?)"
        )
    return text
