"""Stage 1, sources: paths (files, directories, JSONL) to `Document`s.

Each input yields documents or typed `InputError`s, one per bad file or bad JSON line, so
that a batch always goes on. Documents keep their original bytes; `raw_text` is the
flattened text before cleaning (the `clean` stage fills `text` and, for plain text, `title`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
            yield NotFoundError(str(path), "no such file or directory; check the path")


def _walk(directory: Path, seen: set[str]) -> Iterator[Path | InputError]:
    try:
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield UnreadableError(str(directory), f"cannot list directory ({exc.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.suffix.lower() in SUPPORTED:
            yield entry


def read_path(path: Path, options: SourceOptions) -> Iterator[Document | InputError]:
    """All documents in one file: one for .txt/.html, one per line for .jsonl."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield UnsupportedFormatError(
            str(path), f"unsupported file type {suffix or '(none)'}; "
            "give .txt, .html/.htm or .jsonl files"
        )
        return
    try:
        if suffix in JSONL_SUFFIXES:
            # A JSON Lines file is a batch, not a document: it is read line by line and the
            # size limit applies to each record.
            yield from _jsonl_documents(path, options)
            return
        data = _read_bytes(path, options.max_document_bytes)
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


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise TooLargeError(
                str(path), f"file is {size:,} bytes, over the limit of {limit:,}; "
                "split it or raise the max_document_bytes setting"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except InputError:
        raise
    except IsADirectoryError as exc:
        raise UnreadableError(str(path), "is a directory") from exc
    except OSError as exc:
        raise UnreadableError(
            str(path), f"cannot read file ({exc.strerror}); check its permissions"
        ) from exc
    if not data.strip():
        raise EmptyInputError(str(path), "file is empty; nothing to ingest")
    return data


def _text_document(path: Path, data: bytes) -> Document:
    text = decode.decode_text(str(path), data)
    return Document(
        id=document_id(text), path=str(path), title="", text="", raw_text=text,
        original=data, media_type="text/plain",
    )


def _html_document(path: Path, data: bytes) -> Document:
    page = html.extract_page(str(path), data)
    return Document(
        id=document_id(page.text), path=str(path), title=page.title, text="",
        raw_text=page.text, original=data, media_type="text/html", url=page.url,
        published=_metadata_date(page.published),
    )


def _jsonl_documents(path: Path, options: SourceOptions) -> Iterator[Document | InputError]:
    found = False
    for number, raw in enumerate(_lines(path), start=1):
        if not raw.strip():
            continue
        found = True
        where = f"{path}:{number}"
        try:
            if len(raw) > options.max_document_bytes:
                raise TooLargeError(where, "record is over the max_document_bytes setting")
            yield _jsonl_record(path, where, decode.decode_text(where, raw), options)
        except InputError as error:
            yield error
    if not found:
        yield EmptyInputError(str(path), "no JSON lines in file; nothing to ingest")


def _lines(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as handle:
            yield from handle
    except OSError as exc:
        raise UnreadableError(str(path), f"cannot read file ({exc.strerror}); check its "
                              "permissions") from exc


def _jsonl_record(path: Path, where: str, line: str, options: SourceOptions) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(
            where, f"invalid JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
        ) from exc
    if not isinstance(record, dict):
        raise MalformedInputError(where, "a JSON line must be an object with a \"text\" field")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise MalformedInputError(where, "record has no \"text\" string; add the article text")
    if len(body.encode("utf-8")) > options.max_document_bytes:
        raise TooLargeError(where, "record text is over the max_document_bytes setting")
    given_id = _optional_str(record, "id", where)
    return Document(
        id=given_id or document_id(body), path=str(path),
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
        raise MalformedInputError(where, f"field {key!r} must be a string")
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
