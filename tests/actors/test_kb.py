import pytest

from readout.actors import KnowledgeBase, load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_bundled_coverage(kb: KnowledgeBase) -> None:
    assert len(kb.countries) >= 195
    assert {"UN", "NATO", "EU", "G20", "BRICS", "SCO", "ASEAN"} <= kb.organisations.keys()
    assert len(kb.people) > 1000 and len(kb.terms) > 1000


@pytest.mark.parametrize(("office", "country", "day", "expected"), [
    ("foreign_minister", "CHN", "2023-03-01", "Qin Gang"),
    ("foreign_minister", "CHN", "2023-09-01", "Wang Yi"),
    ("head_of_government", "GBR", "2022-10-01", "Liz Truss"),
    ("head_of_government", "GBR", "2022-11-01", "Rishi Sunak"),
    ("head_of_government", "DEU", "2021-11-01", "Angela Merkel"),
    ("un_secretary_general", "UN", "2016-06-01", "Ban Ki-moon"),
])
def test_holders_on_a_day(kb: KnowledgeBase, office: str, country: str, day: str,
                          expected: str) -> None:
    assert [kb.people[p].name for p in kb.holders(office, country, day)] == [expected]


@pytest.mark.parametrize(("name", "country"), [
    ("Tunxi", "CHN"), ("Kyiv", "UKR"), ("kiev", "UKR"), ("Rio de Janeiro", "BRA"),
    ("Brazil", "BRA"),
])
def test_places(kb: KnowledgeBase, name: str, country: str) -> None:
    place = kb.place(name)
    assert place is not None and place.country == country


def test_indexes(kb: KnowledgeBase) -> None:
    assert kb.local_titles["taoiseach"] == ("head_of_government", "IRL")
    assert kb.adjectives["Chinese"] == "CHN"
    assert any(short == "G20" for _, short in kb.short_names)
    assert kb.organisation_ref("mfa:RUS").name == "Ministry of Foreign Affairs of Russia"


def test_names_news_shortens() -> None:
    from readout.actors.kb import _double_surname, _without_house

    assert _double_surname("Luis Lacalle Pou", "URY", ()) == ("Lacalle Pou",)
    assert _double_surname("Luiz Inácio Lula da Silva", "BRA", ()) == ()
    assert _without_house("Faisal bin Farhan Al Saud", ()) == ("Faisal bin Farhan",)
    assert _without_house("Saud al-Faisal", ()) == ()
