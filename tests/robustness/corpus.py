"""Generated inputs for the robustness tests and `benchmarks/robustness.py`.

Nothing here is committed as data: good articles and bad inputs are written into a folder
at test time. Good articles are tiny (three sentences) but each reports one meeting or call
between two states on a different date, so every one of them produces an event.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0

# (country, adjective, capital) triples that the bundled knowledge base knows.
STATES = (
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"),
    ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasilia"), ("Kenya", "Kenyan", "Nairobi"),
    ("Canada", "Canadian", "Ottawa"), ("Egypt", "Egyptian", "Cairo"),
    ("Mexico", "Mexican", "Mexico City"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Turkey", "Turkish", "Ankara"), ("Poland", "Polish", "Warsaw"),
    ("Nigeria", "Nigerian", "Abuja"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Sweden", "Swedish", "Stockholm"),
)
TOPICS = ("trade", "energy security", "climate finance", "migration", "fisheries",
          "grain exports", "cyber security", "rail links")

ENGLISH_BODY = (
    "The two ministers discussed trade, energy and the situation in the region, and they "
    "agreed to meet again before the end of the year. Officials said the talks had been "
    "useful and that both sides would work on a joint statement for the next summit."
)


@dataclass(frozen=True)
class Article:
    name: str
    text: str


def article(number: int) -> Article:
    """The number-th generated article. Articles come in pairs: 2k and 2k+1 report the same
    meeting or call (two states, a date, a topic) in different words, so merging matters."""
    event, variant = divmod(number, 2)
    rng = random.Random(event)
    (host, host_adj, city), (guest, guest_adj, _) = rng.sample(STATES, 2)
    day = dt.date(2015, 1, 1) + dt.timedelta(days=event * 5 + rng.randrange(3))
    when = f"{day.day} {day:%B %Y}"
    topic = rng.choice(TOPICS)
    if event % 3 == 0:
        lead = (f"The {host_adj} foreign minister spoke by phone with the {guest_adj} foreign "
                f"minister on {when} about {topic}." if variant == 0 else
                f"The foreign ministers of {host} and {guest} held a phone call on {when}, "
                f"officials said, with {topic} high on the agenda.")
    else:
        lead = (f"The foreign ministers of {host} and {guest} met in {city} on {when} to "
                f"discuss {topic}." if variant == 0 else
                f"On {when} the {guest_adj} foreign minister held talks in {city} with the "
                f"{host_adj} foreign minister on {topic}.")
    quote = (f"\"We agreed to keep talking about {topic},\" the {host_adj} minister told "
             "reporters afterwards." if variant == 0 else
             f"\"The talks were useful,\" the {guest_adj} minister said.")
    title = f"{host} and {guest} discuss {topic} (report {number})"
    return Article(f"article-{number:04d}.txt", f"{title}\n\n{when}\n{lead}\n{quote}\n")


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        item = article(number)
        path = folder / item.name
        path.write_text(item.text, encoding="utf-8")
        paths.append(path)
    return paths


# -- bad inputs ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BadInput:
    """One bad input: how to make it, the code of its failures (None: it must be read
    without failing) and how many documents can still be read from it."""

    name: str
    make: Callable[[Path], None]
    code: str | None
    note: str = ""
    documents: int = -1  # -1: one document when `code` is None, else none

    @property
    def readable(self) -> int:
        if self.documents >= 0:
            return self.documents
        return 1 if self.code is None else 0

    def expected(self) -> tuple[str | None, int]:
        """The failure code and the number of readable documents, here and now: as root, a
        file with mode 000 can still be read."""
        if self.make is _unreadable and ROOT_USER:
            return None, 1
        return self.code, self.readable


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _huge(path: Path) -> None:
    """100 MB of real text, written in blocks (never held in memory at once)."""
    block = (ENGLISH_BODY + "\n").encode() * 4096
    with path.open("wb") as handle:
        written = 0
        while written < 100_000_000:
            handle.write(block)
            written += len(block)


def _huge_jsonl_line(path: Path) -> None:
    """A JSON Lines file whose second line is 30 MB long, between two good records."""
    good = json.dumps({"id": "huge-1", "text": _english_article("Paris")})
    with path.open("w", encoding="utf-8") as handle:
        handle.write(good + "\n")
        handle.write('{"id": "huge-2", "text": "' + "word " * 6_000_000 + '"}\n')
        handle.write(json.dumps({"id": "huge-3", "text": _english_article("Rome")}) + "\n")


def _english_article(city: str) -> str:
    return (f"Ministers meet in {city}\n\nThe foreign ministers of France and Japan met in "
            f"{city} on 3 March 2021. {ENGLISH_BODY}")


def _nested_html(path: Path) -> None:
    body = "<div>" * 50_000 + "<p>" + ENGLISH_BODY + "</p>" + "</div>" * 50_000
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def _malformed_html(path: Path) -> None:
    path.write_text("<html><head><title>Broken</tit<body><p>Text <b><i>with</b> tags</p"
                    "<<<>>><script>for(;;){}</scr<table><tr><td>" + "&#xZZ;" * 50,
                    encoding="utf-8")


def _quote_marks(path: Path) -> None:
    """An article with a line of 10,000 straight quote marks, a line of mixed marks and a
    paragraph of 1,000 short quotes."""
    marks = "\"" * 10_000 + "\n" + "“”«»‘’' „" * 1_500 + "\n"
    path.write_text(_english_article("Riga") + "\n" + marks + "\"We agreed,\" he said.\n"
                    + "\"Yes,\" he said. " * 1_000 + "\n", encoding="utf-8")


def _marks_only(path: Path) -> None:
    path.write_text("\"" * 10_000 + "\n", encoding="utf-8")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)  # a link to itself


def _unreadable(path: Path) -> None:
    path.write_text(_english_article("Bergen"), encoding="utf-8")
    path.chmod(0)


def _german(path: Path) -> None:
    path.write_text(
        "Außenminister treffen sich in Berlin\n\nDie Außenminister Frankreichs und Japans "
        "haben sich am Dienstag in Berlin getroffen, um über den Handel, die Energiepolitik "
        "und die Lage in der Region zu sprechen. Beide Seiten vereinbarten, sich noch vor "
        "dem Ende des Jahres erneut zu treffen. Die Gespräche seien nützlich gewesen, sagten "
        "Beamte nach dem Treffen, und beide Regierungen wollen eine gemeinsame Erklärung für "
        "den nächsten Gipfel vorbereiten.\n", encoding="utf-8")


def _chinese(path: Path) -> None:
    path.write_text(
        "中法外长在北京会谈\n\n" + "中国外交部长与法国外交部长星期二在北京举行会谈，双方就贸易、"
        "能源和地区局势交换了意见。双方同意在年底前再次会面，并将为下一次峰会准备联合声明。"
        * 3 + "\n", encoding="utf-8")


def _jsonl_mixed(path: Path) -> None:
    """Good records among broken ones; one good record is written in Latin-1, not UTF-8."""
    latin = json.dumps({"id": "mixed-latin", "text": _english_article("Zürich")},
                       ensure_ascii=False).encode("latin-1")
    lines = [
        json.dumps({"id": "mixed-ok-1", "text": _english_article("Madrid")}).encode(),
        b'{"id": "mixed-bad", "text": "unterminated',
        b"[1, 2, 3]",
        json.dumps({"id": "mixed-ok-2", "text": _english_article("Lisbon")}).encode(),
        latin,
        b'{"id": "deep", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"id": "mixed-truncated", "te',
    ]
    path.write_bytes(b"\n".join(lines))


def bad_inputs() -> list[BadInput]:
    """The corpus of bad inputs, in the order the tests report them."""
    latin1 = _english_article("Zürich").replace("met", "met at the Café Genève").encode("latin-1")
    return [
        BadInput("empty.txt", _bytes(b""), "empty"),
        BadInput("whitespace.txt", _bytes(b" \n\t\n  \r\n"), "empty"),
        BadInput("binary.txt", _bytes(bytes(range(256)) * 64), "binary"),
        BadInput("image.html", _bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096)), "binary"),
        BadInput("huge.txt", _huge, "too-large"),
        BadInput("huge-line.jsonl", _huge_jsonl_line, "too-large", "a 30 MB JSON line",
                 documents=2),
        BadInput("invalid-utf8.txt", _bytes(b"Title\n\x81\x8d\x8f\x90\x9d" * 200), "encoding"),
        BadInput("latin1.txt", _bytes(latin1), None, "decoded as Windows-1252"),
        BadInput("utf16-bom.txt", _bytes(codecs.BOM_UTF16_LE + _english_article(
            "Geneva").encode("utf-16-le")), None, "decoded as UTF-16"),
        BadInput("utf16-bom-be.html", _bytes(codecs.BOM_UTF16_BE + (
            "<html><body><article><p>" + _english_article("Vienna") + "</p></article>"
            "</body></html>").encode("utf-16-be")), None, "decoded as UTF-16"),
        BadInput("bad-utf16.txt", _bytes(codecs.BOM_UTF16_LE + b"\x00\xd8" * 9 + b"A"),
                 "encoding"),
        BadInput("malformed.html", _malformed_html, "malformed"),
        BadInput("nested.html", _nested_html, "malformed", "50,000 nested divs"),
        BadInput("no-text.html", _bytes(b"<html><body><nav>Home</nav></body></html>"),
                 "bad-input"),
        BadInput("quotes.txt", _quote_marks, None, "10,000 quote marks in an article"),
        BadInput("marks-only.txt", _marks_only, "bad-input", "a page of 10,000 quote marks"),
        BadInput("truncated.jsonl", _bytes(b'{"id": "t1", "text": "Ministers me'), "malformed"),
        BadInput("invalid.jsonl", _bytes(b"not json at all\n{]\n"), "malformed"),
        BadInput("mixed.jsonl", _jsonl_mixed, "malformed", "good records among broken ones",
                 documents=3),
        BadInput("german.txt", _german, "not-english"),
        BadInput("chinese.txt", _chinese, "not-english"),
        BadInput("name with spaces ünïcødé 北京.txt", _bytes(_english_article(
            "Kyiv").encode()), None, "a file name with spaces and Unicode"),
        BadInput(os.fsdecode(b"undecodable-name-caf\xe9.txt"), _bytes(_english_article(
            "Oslo").encode()), None, "a file name that is not valid UTF-8"),
        BadInput("fifo.txt", _fifo, "unreadable", "a named pipe: reading it would block"),
        BadInput("loop.txt", _symlink_loop, "unreadable", "a symbolic link loop"),
        BadInput("unreadable.txt", _unreadable, "unreadable", "mode 000"),
        BadInput("notes.docx", _bytes(b"PK\x03\x04"), "unsupported-format"),
    ]
