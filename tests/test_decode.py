import codecs

import pytest

from readout.decode import decode_text
from readout.errors import BinaryInputError, InputError


@pytest.mark.parametrize(("data", "expected"), [
    (b"Talks in Kyiv.\n", "Talks in Kyiv.\n"),
    (codecs.BOM_UTF8 + b"Talks.\r\n", "Talks.\n"),
    ("Talks in Zürich.".encode("utf-16"), "Talks in Zürich."),
    ("Le ministre a rencontré son homologue à Genève, où il a été reçu.".encode("latin-1"),
     "Le ministre a rencontré son homologue à Genève, où il a été reçu."),
    (b"line one\rline two", "line one\nline two"),
])
def test_decodes_text(data: bytes, expected: str) -> None:
    assert decode_text("a.txt", data) == expected


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 4,
    b"\x00\x01\x02PK\x03\x04" + b"\x00" * 100,
])
def test_refuses_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError) as caught:
        decode_text("blob.txt", data)
    assert "blob.txt" in str(caught.value)
    assert isinstance(caught.value, InputError)
