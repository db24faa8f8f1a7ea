"""Which states a group of leaders stands for: "Gulf Arab leaders", "leaders of the BRICS group",
"South American presidents". Membership of organisations (by the knowledge base's ids) and of
regions (by the words news uses for them), as ISO alpha-3 codes.

Facts of membership, with the day a late member joined (or a member left) where it matters.
"""

from __future__ import annotations

from collections.abc import Iterable

_AFRICA = ("DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB "
           "GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN "
           "SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE")
_EUROPE = ("ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA XKX "
           "LVA LIE LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU SMR SRB SVK SVN ESP SWE CHE "
           "UKR GBR VAT ARM AZE GEO TUR")
_EU = ("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
       "ROU SVK SVN ESP SWE GBR<2020-01-31")
_SOUTH_AMERICA = "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN"
_CENTRAL_AMERICA = "BLZ CRI SLV GTM HND NIC PAN"
_CARIBBEAN = "ATG BHS BRB BLZ CUB DMA DOM GRD GUY HTI JAM KNA LCA VCT SUR TTO"
_ASEAN = "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS>2025-10-26"
_GCC = "SAU ARE QAT KWT BHR OMN"
_ARAB = ("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE "
         "YEM")
_CENTRAL_ASIA = "KAZ KGZ TJK TKM UZB"
_SOUTH_ASIA = "AFG BGD BTN IND MDV NPL PAK LKA"
_PACIFIC = "AUS NZL FJI PNG SLB VUT WSM TON TUV KIR NRU MHL FSM PLW"
_NATO = ("ALB BEL BGR CAN HRV CZE DNK EST FIN>2023-04-04 FRA DEU GRC HUN ISL ITA LVA LTU LUX "
         "MNE NLD MKD NOR POL PRT ROU SVK SVN ESP SWE>2024-03-07 TUR GBR USA")
_G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
_APEC = "AUS BRN CAN CHL CHN IDN JPN KOR MYS MEX NZL PNG PER PHL RUS SGP TWN THA USA VNM"

ORGANISATIONS: dict[str, str] = {
    "BRICS": "BRA RUS IND CHN ZAF EGY>2024-01-01 ETH>2024-01-01 IRN>2024-01-01 "
             "ARE>2024-01-01 IDN>2025-01-06",
    "G7": "USA GBR FRA DEU ITA JPN CAN",
    "G8": "USA GBR FRA DEU ITA JPN CAN RUS<2014-03-25",
    "G20": _G20,
    "ASEAN": _ASEAN,
    "GCC": _GCC,
    "SCO": "CHN RUS KAZ KGZ TJK UZB IND>2017-06-09 PAK>2017-06-09 IRN>2023-07-04 "
           "BLR>2024-07-04",
    "BIMSTEC": "BGD BTN IND MMR NPL LKA THA",
    "SAARC": _SOUTH_ASIA,
    "EU": _EU,
    "EUROPEAN_COUNCIL": _EU,
    "NATO": _NATO,
    "AU": _AFRICA,
    "ARAB_LEAGUE": _ARAB,
    "CSTO": "ARM BLR KAZ KGZ RUS TJK",
    "EAEU": "ARM BLR KAZ KGZ RUS",
    "CIS": "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB TKM",
    "OTS": "TUR AZE KAZ KGZ UZB",
    "QUAD": "USA JPN IND AUS",
    "AUKUS": "AUS GBR USA",
    "MERCOSUR": "ARG BRA PRY URY BOL>2024-07-08",
    "CELAC": f"{_SOUTH_AMERICA} {_CENTRAL_AMERICA} {_CARIBBEAN} MEX",
    "ECOWAS": "BEN CPV CIV GMB GHA GIN GNB LBR MLI<2025-01-29 NER<2025-01-29 NGA SEN SLE TGO "
              "BFA<2025-01-29",
    "SADC": "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    "EAC": "BDI KEN RWA SSD TZA UGA COD>2022-03-29 SOM>2024-03-04",
    "IGAD": "DJI ERI ETH KEN SOM SSD SDN UGA",
    "PACIFIC_ISLANDS_FORUM": _PACIFIC,
    "CHINA_CENTRAL_ASIA": f"CHN {_CENTRAL_ASIA}",
    "APEC": _APEC,
    "EPC": _EUROPE,
}

# Longest forms are tried first, so "South African" (a state) is never "African" (a region).
REGIONS: dict[str, str] = {
    "south american": _SOUTH_AMERICA, "south america": _SOUTH_AMERICA,
    "latin american": f"{_SOUTH_AMERICA} {_CENTRAL_AMERICA} CUB DOM HTI MEX",
    "latin america": f"{_SOUTH_AMERICA} {_CENTRAL_AMERICA} CUB DOM HTI MEX",
    "central american": _CENTRAL_AMERICA, "central america": _CENTRAL_AMERICA,
    "caribbean": _CARIBBEAN,
    "southeast asian": _ASEAN, "south-east asian": _ASEAN, "south east asian": _ASEAN,
    "southeast asia": _ASEAN, "south-east asia": _ASEAN,
    "central asian": _CENTRAL_ASIA, "central asia": _CENTRAL_ASIA,
    "south asian": _SOUTH_ASIA, "south asia": _SOUTH_ASIA,
    "gulf arab": _GCC, "gulf": _GCC,
    "arab": _ARAB,
    "west african": ORGANISATIONS["ECOWAS"], "west africa": ORGANISATIONS["ECOWAS"],
    "east african": ORGANISATIONS["EAC"], "east africa": ORGANISATIONS["EAC"],
    "southern african": ORGANISATIONS["SADC"],
    "african": _AFRICA, "africa": _AFRICA,
    "european": _EUROPE, "europe": _EUROPE,
    "nordic": "DNK FIN ISL NOR SWE", "baltic": "EST LVA LTU",
    "western balkan": "ALB BIH MNE MKD SRB XKX", "western balkans": "ALB BIH MNE MKD SRB XKX",
    "balkan": "ALB BIH MNE MKD SRB XKX HRV SVN BGR GRC ROU",
    "pacific island": _PACIFIC, "pacific islands": _PACIFIC, "pacific": _PACIFIC,
}


def members(table: str, day: str | None) -> frozenset[str]:
    """The codes of a membership string on a day ("FIN>2023-04-04": a member from that day,
    "GBR<2020-01-31": up to that day); every one of them when the day is not known."""
    return frozenset(_current(table.split(), day))


def _current(entries: Iterable[str], day: str | None) -> Iterable[str]:
    for entry in entries:
        code, _, rest = entry.partition(">")
        if rest:
            if day is None or day >= rest:
                yield code
            continue
        code, _, until = entry.partition("<")
        if not until or day is None or day[:len(until)] <= until:
            yield code
