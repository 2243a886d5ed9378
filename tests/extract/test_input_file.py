"""Reading an input for extraction: a size limit while reading, and text decoded strictly."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from inspection_schema.extract import TooLarge, UnreadableInput, extract_instance
from inspection_schema.extract.input_file import decode_text
from inspection_schema.reading import opening
from tests.support import EXAMPLES_DIR, load_example

NAME = "2515609-full-2021-10-12"
TEXT = (EXAMPLES_DIR / "reports" / f"{NAME}.txt").read_text(encoding="utf-8")


def _instance(path: Path) -> dict[str, object]:
    instance = extract_instance(path, schema_version="1.0")  # the example's version
    instance.pop("provenance")
    return instance


def test_one_invalid_byte_is_refused_with_its_offset(tmp_path: Path) -> None:
    """One bad byte once made the whole text be decoded as cp1252, with mojibake throughout."""
    data = TEXT.encode("utf-8")
    offset = data.index(b"Registered provider")
    path = tmp_path / "report.txt"
    path.write_bytes(data[:offset] + b"\xe9" + data[offset:])
    with pytest.raises(UnreadableInput) as raised:
        extract_instance(path)
    assert raised.value.message == (
        f"is not UTF-8 text (byte 0xe9 at offset {offset} is not valid UTF-8)"
    )


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_a_text_with_a_byte_order_mark_is_read_in_its_encoding(
    tmp_path: Path, encoding: str, mark: bytes
) -> None:
    """UTF-16 text was once refused as "not a children's home report"."""
    path = tmp_path / "report.txt"
    path.write_bytes(mark + TEXT.encode(encoding))
    assert _instance(path) == load_example(NAME)


def test_utf16_without_a_byte_order_mark_is_refused_as_not_text() -> None:
    with pytest.raises(UnreadableInput, match="holds a NUL byte at offset 1 ") as raised:
        decode_text("Full inspection".encode("utf-16-le"))
    assert "UTF-16 text without a byte-order mark" in raised.value.message


def test_broken_utf16_is_refused_with_its_offset() -> None:
    data = codecs.BOM_UTF16_LE + "Full".encode("utf-16-le") + b"\x00"
    with pytest.raises(UnreadableInput, match=r"^is not UTF-16 text \(byte 0x00 at offset 10 "):
        decode_text(data)


def test_an_input_over_the_limit_is_refused_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    size = len(TEXT.encode("utf-8"))
    with pytest.raises(TooLarge) as raised:
        extract_instance(path, max_bytes=1000)
    assert raised.value.message == (
        f"is {size:,} bytes, larger than the limit of 1,000 bytes for one input (see --max-size)"
    )
    assert extract_instance(path, max_bytes=size)["urn"] == "2515609"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_is_refused_at_the_limit() -> None:
    with pytest.raises(TooLarge, match=r"is over 1\.0 MB"):
        extract_instance("/dev/zero", max_bytes=1_048_576)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_without_writer_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "PIPE_WAIT_SECONDS", 0.1)
    pipe = tmp_path / "report.txt"
    os.mkfifo(pipe)
    with pytest.raises(UnreadableInput, match="named pipe"):
        extract_instance(pipe)


def test_a_file_name_that_is_not_utf8_is_recorded_escaped(tmp_path: Path) -> None:
    """The raw name once went into the instance, which could not then be written as UTF-8."""
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt"))
    path.write_bytes(TEXT.encode("utf-8"))
    provenance = extract_instance(path)["provenance"]
    assert isinstance(provenance, dict)
    assert provenance["source_name"] == "caf\\xe9.txt"
