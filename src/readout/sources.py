"""Stage 1, sources: paths (files, directories, JSONL) to `Document`s.

Each input yields documents or typed `InputError`s, one per bad file or bad JSON line, so
that a batch always goes on. Documents keep their original bytes; `raw_text` is the
flattened text before cleaning (the `clean` stage fills `text` and, for plain text, `title`).
"""

from __future__ import annotations

import codecs
import errno
import gzip
import hashlib
import io
import json
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from readout import decode, html
from readout.dates import parse_iso_prefix
from readout.errors import (
    EmptyInputError,
    InputError,
    MalformedInputError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
    UnsupportedFormatError,
)
from readout.records import Document, PublishedDate

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Gzip-compressed pages and texts ("page.html.gz", as web archives store them).
GZIP_SUFFIX = ".gz"


@dataclass(frozen=True)
class SourceOptions:
    max_document_bytes: int = 20_000_000


def document_id(text: str) -> str:
    """A content hash: the same text always gets the same id, whatever its file name."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files as given; directories walked recursively for supported files, in sorted order.

    Symbolic links are followed once: a directory already seen (a link loop) is skipped.
    """
    seen_dirs: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, seen_dirs)
        elif path.exists():
            yield path
        else:
            yield _missing(path)


def display(path: str | Path) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not
    UTF-8 are shown as escapes (`caf\\xe9.txt`) instead of breaking the output."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _missing(path: Path) -> InputError:
    """Why a path given on the command line cannot be used: missing, or a broken link."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return UnreadableError(display(path), "is a symbolic link loop; fix or remove "
                                   "the link")
        if path.is_symlink():
            return NotFoundError(display(path), "is a symbolic link to a missing file; fix "
                                 "or remove the link")
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
            return UnreadableError(display(path), f"cannot read ({exc.strerror}); check "
                                   "its permissions")
    return NotFoundError(display(path), "no such file or directory; check the path")


def _walk(directory: Path, seen: set[str]) -> Iterator[Path | InputError]:
    try:
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield UnreadableError(display(directory), f"cannot list directory ({exc.strerror}); "
                              "check its permissions")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif _kind(entry) in SUPPORTED:
            yield entry


def _kind(path: Path) -> str:
    """The suffix that says what a file holds: ".html" for "page.html" and "page.html.gz"."""
    suffix = path.suffix.lower()
    return Path(path.stem).suffix.lower() if suffix == GZIP_SUFFIX else suffix


def read_path(path: Path, options: SourceOptions) -> Iterator[Document | InputError]:
    """All documents in one file: one for .txt/.html (also gzipped), one per line for
    .jsonl."""
    suffix = _kind(path)
    packed = path.suffix.lower() == GZIP_SUFFIX
    if suffix not in SUPPORTED or (packed and suffix in JSONL_SUFFIXES):
        yield UnsupportedFormatError(
            display(path), f"unsupported file type {''.join(path.suffixes[-2:]) or '(none)'}; "
            "give .txt, .html/.htm or .jsonl files (.txt and .html may be gzipped)"
        )
        return
    try:
        if suffix in JSONL_SUFFIXES:
            # A JSON Lines file is a batch, not a document: it is read line by line and the
            # size limit applies to each record.
            yield from _jsonl_documents(path, options)
            return
        data = _read_bytes(path, options.max_document_bytes)
        if packed:
            data = _gunzip(path, data, options.max_document_bytes)
        if suffix in HTML_SUFFIXES:
            yield _html_document(path, data)
        else:
            yield _text_document(path, data)
    except InputError as error:
        yield error


def read_paths(
    paths: Iterable[str | Path], options: SourceOptions
) -> Iterator[Document | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, options)


def document_from_bytes(data: bytes, url: str, media_type: str,
                        options: SourceOptions) -> Document:
    """A fetched page: the same code path as a local file of that media type. The document's
    path is the URL it was fetched from; its url the page's canonical URL, else that one."""
    if len(data) > options.max_document_bytes:
        raise TooLargeError(url, f"page is {len(data):,} bytes, over the limit of "
                            f"{options.max_document_bytes:,}; raise max_document_bytes")
    if not data.strip():
        raise EmptyInputError(url, "the server sent an empty page; nothing to ingest")
    if media_type in {"text/html", "application/xhtml+xml"}:
        document = _html_document(url, data)
        return replace(document, url=document.url or url)
    if media_type == "text/plain":
        return replace(_text_document(url, data), url=url)
    raise UnsupportedFormatError(url, f"unsupported media type {media_type or '(none)'}; "
                                 "give the URL of an HTML page, a text file or a feed")


def _open_regular(path: Path) -> IO[bytes]:
    """Open a regular file for reading, never blocking: a named pipe, socket or device with
    a text file's name is refused instead of waiting forever for a writer."""
    name = display(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableError(name, "is a symbolic link loop; fix or remove the link"
                                  ) from exc
        if exc.errno == errno.EISDIR:
            raise UnreadableError(name, "is a directory; give the folder itself") from exc
        raise UnreadableError(name, f"cannot read file ({exc.strerror}); check its "
                              "permissions") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file (a pipe, " \
            "socket or device)"
        raise UnreadableError(name, f"is {kind}; give a regular text file")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read_bytes(path: Path, limit: int) -> bytes:
    with _open_regular(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise TooLargeError(
                    display(path), f"file is {size:,} bytes, over the limit of {limit:,}; "
                    "split it or raise the max_document_bytes setting"
                )
            data = handle.read(limit + 1)
        except OSError as exc:
            raise UnreadableError(display(path), f"cannot read file ({exc.strerror}); "
                                  "check its permissions") from exc
    if len(data) > limit:  # grew while being read
        raise TooLargeError(display(path), f"file is over the limit of {limit:,} bytes; "
                            "split it or raise the max_document_bytes setting")
    if not data.strip():
        raise EmptyInputError(display(path), "file is empty; nothing to ingest")
    return data


def _gunzip(path: Path, data: bytes, limit: int) -> bytes:
    """The bytes a gzip file holds, read no further than the size limit (a small file may
    unpack to gigabytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            out = unpacked.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedInputError(display(path), f"not a valid gzip file ({exc}); give the "
                                  "file uncompressed or re-compress it") from exc
    if len(out) > limit:
        raise TooLargeError(display(path), f"unpacks to over the limit of {limit:,} bytes; "
                            "split it or raise the max_document_bytes setting")
    if not out.strip():
        raise EmptyInputError(display(path), "file unpacks to nothing; nothing to ingest")
    return out


def _text_document(path: str | Path, data: bytes) -> Document:
    text = decode.decode_text(display(path), data)
    return Document(
        id=document_id(text), path=display(path), title="", text="", raw_text=text,
        original=data, media_type="text/plain",
    )


def _html_document(path: str | Path, data: bytes) -> Document:
    page = html.extract_page(display(path), data)
    return Document(
        id=document_id(page.text), path=display(path), title=page.title, text="",
        raw_text=page.text, original=data, media_type="text/html", url=page.url,
        published=_metadata_date(page.published),
    )


def _jsonl_documents(path: Path, options: SourceOptions) -> Iterator[Document | InputError]:
    found = False
    limit = options.max_document_bytes
    for number, raw in enumerate(_lines(path, limit), start=1):
        if raw is not None and not raw.strip():
            continue
        found = True
        where = f"{display(path)}:{number}"
        try:
            if raw is None or len(raw.rstrip(b"\r\n")) > limit:
                raise TooLargeError(where, f"record is over the limit of {limit:,} bytes; "
                                    "shorten it or raise the max_document_bytes setting")
            yield _jsonl_record(path, where, decode.decode_text(where, raw), options)
        except InputError as error:
            yield error
    if not found:
        yield EmptyInputError(display(path), "no JSON lines in file; nothing to ingest")


def _lines(path: Path, limit: int) -> Iterator[bytes | None]:
    """The lines of a JSON Lines file as UTF-8 bytes; None for a line over `limit` bytes,
    which is skipped without being held in memory. UTF-16 files (with a BOM) are read too."""
    with _open_regular(path) as handle:
        try:
            start = handle.peek(4)[:4] if isinstance(handle, io.BufferedReader) else b""
            if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield from _utf16_lines(handle, limit)
                return
            while line := handle.readline(limit + 2):
                if len(line) > limit + 1 and not line.endswith(b"\n"):
                    _skip_line(handle)
                    yield None
                else:
                    yield line
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "it is not valid UTF-16"
            raise UnreadableError(display(path), f"cannot read file ({reason}); check it"
                                  ) from exc


def _skip_line(handle: IO[bytes]) -> None:
    while chunk := handle.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _utf16_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    text = io.TextIOWrapper(handle, encoding="utf-16", newline="")
    while line := text.readline(limit + 2):
        if len(line) > limit + 1 and not line.endswith("\n"):
            while (more := text.readline(1 << 20)) and not more.endswith("\n"):
                pass
            yield None
        else:
            yield line.encode("utf-8", "surrogatepass")


def _jsonl_record(path: Path, where: str, line: str, options: SourceOptions) -> Document:
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
        raise MalformedInputError(
            where, f"invalid JSON ({reason} at column {exc.colno}); fix or remove the line"
        ) from exc
    except RecursionError as exc:
        raise MalformedInputError(where, "JSON nested too deeply; fix or remove the line"
                                  ) from exc
    if not isinstance(record, dict):
        raise MalformedInputError(where, "not a JSON object; give one object with a \"text\" "
                                  "field per line")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise MalformedInputError(where, "record has no \"text\" string; add the article text")
    if len(body.encode("utf-8")) > options.max_document_bytes:
        raise TooLargeError(where, "record text is over the max_document_bytes setting")
    given_id = _optional_str(record, "id", where)
    return Document(
        id=given_id or document_id(body), path=display(path),
        title=_optional_str(record, "title", where) or "", text="", raw_text=body,
        original=line.encode("utf-8"), media_type="application/jsonl",
        url=_optional_str(record, "url", where),
        published=_metadata_date(_optional_str(record, "published", where), where),
        source=_optional_str(record, "source", where),
    )


def _optional_str(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (int, float)) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise MalformedInputError(where, f"field {key!r} is not a string; fix the record")
    return value.strip() or None


def _metadata_date(value: str | None, where: str = "") -> PublishedDate | None:
    """A published date given by metadata, kept at the precision it was given."""
    if not value:
        return None
    parsed = parse_iso_prefix(value)
    if parsed is None:
        if where:
            raise MalformedInputError(
                where, f"field 'published' is not a date: {value!r}; use YYYY-MM-DD"
            )
        return None
    date, precision = parsed
    return PublishedDate(date=date, precision=precision, source="metadata")
