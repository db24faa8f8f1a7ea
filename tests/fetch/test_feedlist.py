"""The feed list file: the shipped example loads; mistakes are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout.errors import SettingsError
from readout.feedlist import load_feed_list

ROOT = Path(__file__).resolve().parents[2]


def test_example_list_loads() -> None:
    feeds = load_feed_list(ROOT / "feeds.example.toml")
    official = {f.origin.speaks_for for f in feeds if f.origin.source_kind == "official"}
    assert {"US", "GB", "RU", "IN", "UN"} <= official
    assert sum(f.origin.source_kind == "news" for f in feeds) >= 5
    assert all(f.url.startswith(("http://", "https://")) and f.origin.source for f in feeds)
    assert len({f.url for f in feeds}) == len(feeds)


@pytest.mark.parametrize(("text", "message"), [
    ("", "no \\[\\[feed\\]\\] tables"),
    ("[[feed]]\nurl = 'ftp://x.example/feed'\n", "must be an http"),
    ("[[feed]]\nurl = 'https://x.example/f'\nsource_kind = 'blog'\n", "source_kind must be"),
    ("[[feed]]\nurl = 'https://x.example/f'\nsource_kind = 'official'\n", "needs 'government'"),
    ("[[feed]]\nurl = 'https://x.example/f'\nsource_kind = 'official'\ngovernment = 'C'\n",
     "is not a code"),
    ("[[feed]]\nurl = 'https://x.example/f'\ncolour = 'red'\n", "unknown key"),
    ("[[feed]]\nurl = 'https://x.example/f'\nname = 3\n", "'name' must be a string"),
    ("[[feed]\n", "cannot read the feed list"),
])
def test_bad_lists(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(text)
    with pytest.raises(SettingsError, match=message):
        load_feed_list(path)


def test_news_is_the_default(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text("[[feed]]\nurl = 'https://x.example/f'\n\n[[feed]]\n"
                    "url = 'https://mfa.example/rss'\nname = 'MFA'\nsource_kind = 'official'\n"
                    "government = 'jp'\n")
    news, official = load_feed_list(path)
    assert (news.origin.source_kind, news.origin.speaks_for, news.origin.source) == (
        "news", None, None)
    assert (official.origin.source_kind, official.origin.speaks_for,
            official.origin.source) == ("official", "JP", "MFA")
