"""Write the non-diplomatic articles of the triage benchmark (`nondiplomatic/*.txt`).

Forty short made-up reports on sport, weather, business, science and local life, combined
from the sentence pools below with a fixed seed, so the files are the same on every run:

    .venv/bin/python benchmarks/data/make_nondiplomatic.py
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent / "nondiplomatic"

TOPICS: dict[str, dict[str, list[str]]] = {
    "sport": {
        "title": ["Late goal lifts {team} to away win", "{team} fall short in cup semi-final",
                  "Record crowd sees {team} clinch the title"],
        "body": [
            "{team} scored twice in the final ten minutes to turn the match around.",
            "The goalkeeper made three saves in stoppage time to keep the lead.",
            "Supporters stayed in the stands long after the whistle to applaud the squad.",
            "The coach said the players had shown patience and belief in the second half.",
            "An injury to the captain forced a reshuffle of the back four before the break.",
            "The striker has now scored in six consecutive league games.",
            "Ticket sales for the next home game opened on Thursday morning.",
            "The referee reviewed the penalty decision on the pitch-side monitor.",
            "The squad will visit Madrid for the return leg a week on Wednesday.",
        ]},
    "weather": {
        "title": ["Heavy rain expected across the {region}", "Heatwave to peak on Sunday",
                  "Early frost catches growers in the {region} by surprise"],
        "body": [
            "Forecasters expect up to 40 millimetres of rain in some valleys overnight.",
            "Temperatures will climb above 35 degrees in the afternoon before storms arrive.",
            "Residents were advised to secure garden furniture ahead of strong gusts.",
            "Rivers in the {region} rose quickly after two days of downpours.",
            "The weather service issued an amber warning for fog on the coastal roads.",
            "Farmers said the frost came three weeks earlier than usual this year.",
            "Drier air should return by the middle of next week.",
            "Schools in the hill towns opened two hours late because of ice.",
        ]},
    "business": {
        "title": ["{company} shares jump after strong quarter", "{company} to cut 400 jobs",
                  "Retail sales slow for a second month"],
        "body": [
            "{company} reported revenue of 2.4 billion, ahead of analysts' estimates.",
            "The chief executive said demand for its cloud services kept growing.",
            "Shares rose 7 percent in early trading before settling slightly lower.",
            "The firm plans to close two warehouses and automate its packing lines.",
            "Consumer spending on clothing and furniture fell for the second month running.",
            "Economists said higher mortgage costs were weighing on household budgets.",
            "The board approved a dividend of 35 cents a share.",
            "A union spokesperson said members would vote on the offer next week.",
            "Executives will hold a meeting with investors in London next month.",
        ]},
    "science": {
        "title": ["Astronomers spot a comet heading for the inner solar system",
                  "New enzyme breaks down plastic bottles in days",
                  "Fossil find pushes back the origin of flowering plants"],
        "body": [
            "The object was first seen in images taken by a survey telescope in March.",
            "Researchers said the enzyme worked best at around 60 degrees.",
            "The fossil, a tiny flower preserved in amber, is about 100 million years old.",
            "The team published its findings in a peer-reviewed journal on Wednesday.",
            "Further observations will show whether the comet survives its pass by the sun.",
            "Scaling the process up to industrial plants could take several years.",
            "Other scientists called the result exciting but urged caution.",
            "The laboratory plans to share its data with other groups later this year.",
        ]},
    "local": {
        "title": ["Town library reopens after renovation", "Council approves new cycle lanes",
                  "Bakery celebrates fifty years on the high street"],
        "body": [
            "The library now has a children's reading room and longer opening hours.",
            "The new lanes will connect the railway station with the hospital.",
            "The bakery still uses the original oven installed by its founder.",
            "Residents queued from early morning for the reopening ceremony.",
            "Work on the first stretch of the route is due to begin in the spring.",
            "A local choir performed in the square to mark the occasion.",
            "The project cost 1.2 million and was partly paid for by donations.",
            "Volunteers repainted the benches and planted trees along the street.",
        ]},
}
NAMES = {"team": ["Riverside Rovers", "the Harbour Hawks", "Millbrook United", "the Valley Owls"],
         "region": ["north-west", "southern uplands", "eastern plains", "coastal belt"],
         "company": ["Northwind Logistics", "Brightleaf Foods", "Calder Software",
                     "Oakhurst Retail"]}


def articles(count: int = 40, seed: int = 11) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    names = sorted(TOPICS)
    out = []
    for n in range(count):
        topic = TOPICS[names[n % len(names)]]
        fill = {key: rng.choice(values) for key, values in NAMES.items()}
        title = rng.choice(topic["title"]).format(**fill)
        body = [s.format(**fill) for s in rng.sample(topic["body"], 5)]
        out.append((f"{n:02d}-{names[n % len(names)]}.txt",
                    title + "\n\n" + "\n\n".join(body) + "\n"))
    return out


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, text in articles():
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
