import gzip
import json
from pathlib import Path

import pytest

from readout.errors import InputError
from readout.records import Document
from readout.sources import SourceOptions, document_id, read_paths

OPTIONS = SourceOptions(max_document_bytes=10_000)


def _read(*paths: Path) -> list[Document | InputError]:
    return list(read_paths(paths, OPTIONS))


def test_text_file_keeps_its_original_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title line\nBody of the article.\n")
    [document] = _read(path)
    assert isinstance(document, Document)
    assert document.original == b"Title line\nBody of the article.\n"
    assert document.raw_text.startswith("Title line")
    assert document.media_type == "text/plain"


def test_same_text_same_id_whatever_the_name(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Ministers met.\nThey talked.")
    (tmp_path / "two.txt").write_text("Ministers met.\r\nThey   talked.")
    first, second = _read(tmp_path / "one.txt", tmp_path / "two.txt")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id == document_id("Ministers met. They talked.")


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "T", "text": "Body one.", "published": "2024-11-20",
                    "url": "https://example.org/a1", "source": "Wire"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Body two.", "published": "yesterday"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Body three."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    results = _read(path)
    documents = [r for r in results if isinstance(r, Document)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [d.raw_text for d in documents] == ["Body one.", "Body three."]
    assert documents[0].id == "a1"
    assert documents[0].published is not None and documents[0].published.date == "2024-11-20"
    assert documents[0].published.source == "metadata"
    assert [e.code for e in errors] == ["malformed"] * 4
    assert [e.path for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5)]


@pytest.mark.parametrize(("name", "data", "code"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n", "empty"),
    ("blob.txt", bytes(range(256)) * 8, "binary"),
    ("huge.txt", b"word " * 5000, "too-large"),
    ("notes.docx", b"whatever", "unsupported-format"),
    ("page.html", b"<html><body><script>var x = 1;</script></body></html>", "malformed"),
    # gzip: not gzip at all, a small file that unpacks past the limit, nothing inside, and
    # compressed JSON Lines (read line by line, so not unpacked)
    ("page.html.gz", b"not gzip", "malformed"),
    ("bomb.txt.gz", gzip.compress(b"a" * 50_000), "too-large"),
    ("hollow.txt.gz", gzip.compress(b"  \n"), "empty"),
    ("batch.jsonl.gz", gzip.compress(b'{"text": "x"}'), "unsupported-format"),
])
def test_bad_inputs_are_typed_errors(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [error] = _read(path)
    assert isinstance(error, InputError)
    assert error.code == code
    assert str(path) in str(error)
    assert "\n" not in str(error)


def test_missing_path(tmp_path: Path) -> None:
    [error] = _read(tmp_path / "nowhere.txt")
    assert isinstance(error, InputError) and error.code == "not-found"


def test_directory_walk_is_sorted_recursive_and_survives_a_link_loop(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.\nText two.")
    (tmp_path / "one.txt").write_text("One.\nText one.")
    (tmp_path / "skip.md").write_text("# not an article")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    results = _read(tmp_path)
    assert [Path(r.path).name for r in results if isinstance(r, Document)] == ["two.txt",
                                                                                "one.txt"]


def test_html_page_gives_text_title_and_date(tmp_path: Path) -> None:
    body = " ".join(["The two ministers met in Geneva on Tuesday to discuss the ceasefire."] * 5)
    page = (
        "<html><head><title>Ministers meet in Geneva</title>"
        '<meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Ministers meet</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>All rights reserved</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    [document] = _read(path)
    assert isinstance(document, Document)
    assert "Geneva on Tuesday" in document.raw_text
    assert "Home | World" not in document.raw_text
    assert document.title.startswith("Ministers meet")
    assert document.published is not None and document.published.date == "2023-05-02"


def test_jsonl_limit_applies_per_record(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    small = [json.dumps({"id": f"r{n}", "text": "Ministers met in Geneva. " * 40})
             for n in range(20)]  # each about 1 kB, the file about 20 kB
    big = json.dumps({"id": "huge", "text": "word " * 5000})
    path.write_text("\n".join([*small, big]) + "\n")
    results = _read(path)
    assert sum(isinstance(r, Document) for r in results) == 20
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.code == "too-large" and error.path == f"{path}:21"


def test_gzipped_pages_and_texts_are_read(tmp_path: Path) -> None:
    text = "Leaders meet\nXi Jinping met Vladimir Putin in Moscow on Monday.\n"
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(text.encode()))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(
        b"<html><head><title>Talks</title></head><body><article><p>Xi Jinping met Vladimir "
        b"Putin in Moscow on Monday, and the two leaders signed a joint statement on trade."
        b"</p></article></body></html>"))
    packed, plain, page = _read(tmp_path / "a.txt.gz", tmp_path / "a.txt",
                                tmp_path / "page.html.gz")
    assert isinstance(packed, Document) and isinstance(plain, Document)
    assert packed.id == plain.id and packed.raw_text == plain.raw_text
    assert isinstance(page, Document) and "Vladimir Putin" in page.raw_text
    # a folder walk finds them too
    assert len(_read(tmp_path)) == 3


def test_a_page_precision_finds_nothing_in_is_read_for_recall(shared: Path) -> None:
    # A real page (Zyte benchmark) whose article trafilatura's precision mode drops whole.
    pages = sorted((shared / "data" / "article-extraction" / "html").glob("c00962aa*.html.gz"))
    if not pages:
        pytest.skip("the article-extraction pages are not in ../shared")
    [page] = read_paths(pages, SourceOptions())
    assert isinstance(page, Document) and "rocket" in page.raw_text.lower()
