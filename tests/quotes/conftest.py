"""The speaker a quote gets, for the tables of attribution cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def speaker_of(annotate) -> Callable[[str, str, str], str | None]:  # type: ignore[no-untyped-def]
    """`speaker_of(text, fragment, day)`: the name of the speaker of the first direct quote
    that holds the fragment (the test fails when no quote holds it)."""
    def find(text: str, fragment: str, day: str) -> str | None:
        result = annotate(text, day)
        found = [q for q in result.quotes if q.direct and fragment in q.text]
        assert found, f"no quote holds {fragment!r}: {[q.text for q in result.quotes]}"
        return found[0].speaker.name if found[0].speaker else None
    return find
