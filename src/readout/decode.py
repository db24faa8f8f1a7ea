"""Bytes to text: BOMs, UTF-8, then a detected legacy encoding; binary data refused."""

from __future__ import annotations

import codecs

from readout.errors import BinaryInputError, EncodingError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(range(32)).translate(None, b"\t\n\x0c\r")


def decode_text(path: str, data: bytes) -> str:
    """Decode a file's bytes, or raise a typed error saying what to do."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(path, _normalise(data.decode(encoding)))
            except UnicodeDecodeError as exc:
                raise EncodingError(path, f"starts with a {encoding} mark but does not "
                                    "decode; re-save it as UTF-8") from exc
    if _looks_binary(data):
        raise _binary(path)
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _checked(path, _normalise(_decode_legacy(path, data)))


def _binary(path: str) -> BinaryInputError:
    return BinaryInputError(path, "looks like a binary file, not text; "
                            "give .txt, .html or .jsonl text files")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(sample) // 100)


def _checked(path: str, text: str) -> str:
    """Text decoded from a byte-order mark or a legacy encoding passes the same test as
    bytes: NUL or many control characters mean binary data that happened to decode."""
    if _looks_binary(text[:8192].encode("utf-8", "surrogatepass")):
        raise _binary(path)
    return text


def _decode_legacy(path: str, data: bytes) -> str:
    """A legacy encoding when UTF-8 fails: Windows-1252 (a superset of Latin-1 for text,
    and what English-language sites used before UTF-8), else a detected one."""
    from charset_normalizer import from_bytes

    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in {"utf_8", "ascii"}:
        raise EncodingError(path, "is not valid UTF-8 and no other text encoding fits; "
                            "re-save it as UTF-8")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise EncodingError(path, f"is not valid UTF-8 and does not decode as "
                            f"{best.encoding}; re-save it as UTF-8") from exc


def _normalise(text: str) -> str:
    """Unify line ends so that offsets are the same whatever the platform wrote."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
