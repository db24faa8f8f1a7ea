"""Offices that speak for a leader are the speaker, not the state they stand for.

Each row is a short text of our own, a fragment of its quote and the speaker it must get.
"""

from __future__ import annotations

import pytest

DAY = "2024-05-06"

CASES = [
    ('Joe Biden spoke with Mexican President Andres Manuel Lopez Obrador. "The presidents '
     'agreed to meet soon," the Office of the Presidency said in a statement.', "agreed to meet",
     "Office of the President of Mexico"),
    ('The Kremlin said the talks had been "frank and useful".', "frank and useful",
     "Kremlin"),
    ('Downing Street said the two leaders spoke for an hour. "They agreed to stay in close '
     'touch," it said.', "close touch", "Office of the Prime Minister of the United Kingdom"),
    ('Kenya\'s presidency said in a statement: "The two presidents agreed to deepen trade '
     'ties."', "deepen trade", "Office of the President of Kenya"),
    ('The Ghanaian presidency described the visit as "historic and fruitful".',
     "historic and fruitful", "Office of the President of Ghana"),
    ('Erdogan\'s office said the two leaders had discussed Gaza. "Turkey will continue its '
     'efforts for a ceasefire," it said.', "efforts for a ceasefire",
     "Office of the President of Turkey"),
    ('King Abdullah II received Antony Blinken in Amman. The royal court said the king had '
     '"warned against the consequences of any escalation".', "consequences",
     "Royal Hashemite Court"),
    ('The presidency in Nairobi said the visit was a success. "Kenya values this '
     'partnership above all," the presidency said.', "values this partnership",
     "Office of the President of Kenya"),
    ('The White House said Biden had "made clear that the United States stands with its '
     'allies".', "stands with its allies", "White House"),
    # "the Presidency" alone: the office of the president named before
    ('President William Ruto received a trade delegation. "Kenya values this partnership '
     'above all," the Presidency said.', "values this partnership",
     "Office of the President of Kenya"),
    # ... unless the story is datelined in a state with a presidency of its own
    ('PRETORIA (Reuters) - South Africa sent two envoys to Harare on Thursday.\n\nAngolan '
     'President Joao Lourenco called for calm. "SADC will continue to monitor the situation '
     'closely," the Presidency said.', "monitor the situation", "Office of the President of "
     "South Africa"),
    ('South Africa sent two envoys to Harare on Thursday.\n\nAngolan President Joao Lourenco '
     'called for calm. "SADC will continue to monitor the situation closely," the Presidency '
     'said.', "monitor the situation", "Office of the President of Angola"),
    # Not an office: a state holding a presidency, a government's cabinet.
    ('South Africa, which holds the G20 presidency, said the summit would be "a turning '
     'point for the continent".', "turning point", "South Africa"),
    ('Foreign Minister Penny Wong said: "The region needs more dialogue, not less."',
     "more dialogue", "Penny Wong"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_office_speaker(speaker_of, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment, DAY) == speaker
