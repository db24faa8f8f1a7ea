"""The arguments of a contact trigger: who took part, where, on what occasion, about what.

Each actor mention in the trigger's clause gets a role from the dependency path that joins
it to the clause: a place after "in"/"at" is the location, an actor after "on"/"about" is a
topic, an actor after "to" of a visit is the host, and the rest are participants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors import TokenMention

# Clauses below the trigger's clause that report something else ("..., Beijing said").
OTHER_CLAUSE = {"ccomp", "parataxis", "advcl", "relcl", "acl", "csubj", "xcomp"}
LOCATIVE = {"in", "at", "near", "inside", "outside"}
TOPICAL = {"on", "about", "over", "regarding", "concerning", "including"}
DESTINATION = {"to", "into"}


@dataclass(frozen=True)
class Role:
    mention: TokenMention
    role: str  # subject, object, participant, location, destination, topic


SUBJECTS = {"nsubj", "nsubjpass", "agent", "csubj"}
LIGHT_OBJECTS = {"exchange", "views", "talks", "discussion", "discussions", "conversation",
                 "call", "meeting", "dialogue", "consultations", "contacts", "contact",
                 "hours", "hour", "round", "rounds", "days", "weeks", "session"}
PARTY_PREPOSITIONS = {"with", "between", "among", "alongside", "by", "of", "and"}
APPRAISALS = {"welcome", "welcomes", "welcomed", "praise", "praised", "praises", "hailed",
              "hails", "criticised", "criticized", "criticises", "criticizes", "condemned",
              "condemns", "lauded", "applauded", "denounced", "slammed", "questioned",
              "described", "called",
              # telling of a contact is not taking part in it: "the spokesman announced the talks"
              "announced", "announces", "confirmed", "confirms", "reported", "reports",
              "disclosed", "revealed", "denied", "denies", "recalled", "mentioned"}
HOSTED = {"hosted", "chaired", "convened", "organised", "organized", "co-hosted", "cohosted"}
# "a delegation led by Abubakar": the one who leads a party takes part for it.
LED = {"led", "headed"}
# Participle clauses whose agent takes part: "talks hosted by X", "a delegation led by Y".
PARTY_CLAUSES = HOSTED | LED
DELEGATIONS = {"delegation", "delegations", "mission", "team", "envoys", "delegates"}
SETTINGS = {"sidelines", "margins", "side", "summit", "meeting", "conference", "forum",
            "assembly", "talks", "gathering", "session", "visit", "trip", "ceremony", "event"}


def clause_head(token: Any) -> Any:
    """The verb that heads the trigger's clause (the trigger itself when it is a verb)."""
    current = token
    while not current.tag_.startswith("VB") and current.head.i != current.i:
        if current.dep_ in OTHER_CLAUSE:
            break
        current = current.head
    return current


def roles(trigger: Any, sense: str, weak: bool, mentions: Sequence[TokenMention],
          sent: Any) -> list[Role]:
    """Each mention of the sentence that belongs to the trigger, with its role."""
    out = []
    people = {i for m in mentions if m.actor.kind == "person" and m.how != "pronoun"
              for i in range(m.start, m.end)}
    # "after talks with Radev and a working lunch with Borisov": the lunch is had like the talks
    first = trigger
    while first.dep_ == "conj" and first.head.tag_.startswith("NN") and first.head.i != first.i:
        first = first.head
    verbal = trigger.tag_.startswith("VB") or _light_verb_object(first, clause_head(first))
    controllers = _controlling_subjects(first) if verbal else set()
    for mention in mentions:
        if sent.start <= mention.start < sent.end:
            root = _title_stands_in(sent.doc[mention.start:mention.end].root, mention)
            if mention.actor.kind != "person" and (_titles(root, people - {root.i})
                                                   or _posting(root)):
                continue  # "UN Secretary-General Antonio Guterres": a title, not a party
            role = role_of(root, trigger, sense, weak, mention.actor.kind)
            if role is None and not controllers.isdisjoint(range(mention.start, mention.end)):
                role = "subject"  # any word of it: the parser splits some names up
            if role:
                out.append(Role(mention, role))
    if _first_owner_joined(trigger):
        # "Mr Modi and Mr Sharif's conversation": the parser joins the noun to the first
        # owner as its conjunct
        out += [Role(m, "participant") for m in mentions if m.start <= trigger.head.i < m.end
                and m.actor.kind == "person" and all(r.mention != m for r in out)]
    listed = _listed_among(trigger, sent)
    out += [Role(m, "participant") for m in mentions if listed and m.actor.kind == "person"
            and listed[0] <= m.start < listed[1] and all(r.mention != m for r in out)]
    callee = called_to(trigger)
    if callee is not None:  # "Sisi called to congratulate him"
        out += [Role(m, "object") for m in mentions if m.start <= callee.i < m.end]
    for antecedent in relative_antecedents(trigger, mentions):
        if antecedent not in [r.mention for r in out]:
            out.append(Role(antecedent, "subject" if _active(trigger) else "object"))
    if verbal and not any(r.role == "subject" for r in out):
        out += [Role(m, "subject") for m in _fronted_subject(trigger, mentions, sent)]
    opener = _list_opener(trigger, mentions, sent) if verbal else None
    if opener is not None and all(r.mention != opener for r in out):
        out.append(Role(opener, "subject"))
    return _places_hung_on_people(out, sent.doc)


def _list_opener(trigger: Any, mentions: Sequence[TokenMention], sent: Any
                 ) -> TokenMention | None:
    """"Yoon, Kishida and Biden then held a summit": the parser leaves out the first name of
    a subject list that opens the sentence (as an adverb, say); it is a subject too."""
    first = next((m for m in mentions if m.start == sent.start), None)
    doc = sent.doc
    if first is None or first.actor.kind != "person" or first.end + 1 >= sent.end or (
            doc[first.end].text != ","):
        return None
    if doc[first.start:first.end].root.dep_ in SUBJECTS | {"conj"}:
        return None  # the parser has it already
    subject = doc[first.end + 1]
    return first if (subject.dep_ in SUBJECTS and subject.head.i == clause_head(trigger).i
                     and any(c.dep_ == "conj" for c in subject.children)) else None


def _places_hung_on_people(found: list[Role], doc: Any) -> list[Role]:
    """"met Blinken in Riga", "talks with Paetongtarn at Government House in Bangkok": with
    two parties named, a state's place after "in" or "at" that the parser hung on the person
    met is where they met, not a third party."""
    def party(role: Role) -> str:
        return role.mention.actor.country or role.mention.actor.name

    bodies = {i for r in found if r.mention.actor.kind == "organisation"
              for i in range(r.mention.start, r.mention.end)}
    out = []
    for role in found:
        root = doc[role.mention.start:role.mention.end].root
        others = {party(r) for r in found if r is not role
                  and r.role in {"subject", "object", "participant"}}
        on = _locative_host(root)
        # "were received by Sheikh Mohamed in Abu Dhabi": hung on the agent, a subject
        met = {"object", "participant"} | (
            {"subject"} if on is not None and on.head.dep_ == "agent" else set())
        if (role.role in met and role.mention.actor.kind == "country"
                and len(others) >= 2 and on is not None and on.i not in bodies):
            role = Role(role.mention, "location")  # not "the summit of CELAC in Buenos Aires"
        out.append(role)
    return out


# Why one calls someone: "called to congratulate him", "phoned to thank Modi".
PHONE_VERBS = {"call", "calls", "called", "calling", "phone", "phones", "phoned", "phoning",
               "telephone", "telephoned", "dial", "dials", "dialled", "dialed", "rang"}
CALL_PURPOSES = {"congratulate", "thank", "discuss", "offer", "express", "convey", "wish",
                 "invite", "brief", "update", "inform", "condole", "console", "reassure",
                 "apologise", "apologize", "urge", "assure", "ask"}


def called_to(token: Any) -> Any | None:
    """The person a phone verb without an object was placed to, named by the object of its
    purpose clause: "Sisi called to congratulate him" -> him."""
    if token.lower_ not in PHONE_VERBS or any(c.dep_ == "dobj" for c in token.children):
        return None
    for clause in (c for c in token.children if c.dep_ in {"xcomp", "advcl"}
                   and c.lower_ in CALL_PURPOSES):
        if any(a.lower_ == "to" for a in clause.children):
            return next((o for o in clause.children if o.dep_ == "dobj"), None)
    return None


# Title words the parser can split from the name after them: "talks with PM Modi".
_SPLIT_TITLES = {"pm", "fm", "eam", "president", "premier", "minister", "chancellor"}


def _title_stands_in(root: Any, mention: TokenMention) -> Any:
    """"held talks with PM Modi": the parser may take the title for the object and leave
    the name hanging off the main verb; the title stands where the name belongs."""
    if mention.start == 0:
        return root
    title = root.doc[mention.start - 1]
    if title.lower_ not in _SPLIT_TITLES or title.dep_ not in {"pobj", "dobj"}:
        return root
    # "a phone call from Syrian President Bashar al-Assad": no word of the name hangs on
    # the title, so the parser split the two
    name = range(mention.start, mention.end)
    split = root.dep_ == "dep" or not any(t.head.i == title.i or title.head.i in name
                                          for t in root.doc[mention.start:mention.end])
    return title if split else root


def _first_owner_joined(trigger: Any) -> bool:
    return (trigger.tag_.startswith("NN") and trigger.dep_ == "conj"
            and any(c.dep_ == "poss" for c in trigger.children)
            and any(c.dep_ == "cc" for c in trigger.head.children))


def _relative_antecedent(trigger: Any, mentions: Sequence[TokenMention]
                         ) -> TokenMention | None:
    """"Kufuor, who was hosted by Bush", "Scholz, who held talks with Fernandez": the
    person a relative clause is about takes part in the contact the clause reports."""
    head = clause_head(trigger)
    if head.dep_ != "relcl" or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in head.children):
        return None
    noun = head.head
    return next((m for m in mentions if m.start <= noun.i < m.end), None)


def relative_antecedents(trigger: Any, mentions: Sequence[TokenMention]
                         ) -> list[TokenMention]:
    """The antecedent of a relative clause and the people coordinated with it: "Widodo and
    Muhyiddin, who met in Jakarta"."""
    first = _relative_antecedent(trigger, mentions)
    if first is None:
        return []
    noun = clause_head(trigger).head
    others = {t.i for t in noun.conjuncts}
    return [first] + [m for m in mentions if any(m.start <= i < m.end for i in others)]


# The words that open the members of a group just named: "with several leaders, among them
# Buhari and Touadera", "with Gulf rulers, including the Emir of Qatar".
_AMONG = ("among them", "amongst them", "including", "among whom")


def _listed_among(trigger: Any, sent: Any) -> tuple[int, int] | None:
    """The token range of the members listed after a "with" group of the trigger ("held
    meetings with several leaders, among them A and B"), up to the clause's end."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"):
        group = next((g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
        if group is None or group.i + 3 >= sent.end:
            continue
        after = sent.doc[group.i + 1:group.i + 4].text.lower().lstrip(", ")
        if after.startswith(_AMONG):
            end = next((t.i for t in sent.doc[group.i + 2:sent.end] if t.text in {";", "."}),
                       sent.end)
            return group.i + 1, end
    return None


def _active(trigger: Any) -> bool:
    return not any(c.dep_ == "nsubjpass" for c in clause_head(trigger).children)


_MODIFIERS = {"compound", "poss", "amod", "nmod", "det"}


def _titles(root: Any, people: set[int]) -> bool:
    """The token modifies a person's name, directly or through a title: "NATO Secretary
    General Jens Stoltenberg", "Russia's Foreign Minister Sergei Lavrov"."""
    current = root
    for _ in range(4):
        if current.head.i in people or (current.i != root.i and any(
                c.dep_ == "appos" and c.i in people for c in current.children)):
            return True  # also "the AU Commission chairperson, Moussa Faki"
        if current.dep_ not in _MODIFIERS or current.head.i == current.i:
            return False
        current = current.head
    return False


ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "representative", "commissioner",
          "consul", "charge", "chargé", "emissary", "delegate"}


def _posting(root: Any) -> bool:
    """"Kenya's ambassador to Ethiopia": the state an envoy is posted to is part of the title."""
    return (root.dep_ == "pobj" and root.head.lower_ == "to"
            and root.head.head.lower_ in ENVOYS)


def _fronted_subject(trigger: Any, mentions: Sequence[TokenMention], sent: Any
                     ) -> list[TokenMention]:
    """"Yoon, who attended the summit as a guest, also met Zelensky": the parser often
    loses the subject of a verb that follows a relative clause or an apposition. A person
    opening the sentence, set off by a comma, is then the subject of a verb that has none;
    so is a person the parser hung as an apposition on the name closing a fronted phrase
    ("At the invitation of Premier Li Qiang, Prime Minister Luxon paid a visit")."""
    verb = clause_head(trigger)
    while verb.dep_ == "conj" and verb.head.tag_.startswith("VB"):
        verb = verb.head  # "paid a visit to China and held talks": the first verb's subject
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # "Min Aung Hlaing, Commander-in-Chief, called on Mr Xi": a finite verb the parser
        # hung on the name before it as a clause of that name; the name is its subject
        return [m for m in mentions if m.start <= verb.head.i < m.end
                and m.actor.kind == "person"]
    if not verb.tag_.startswith("VB") or verb.dep_ not in {"ROOT", "dep"}:
        return []
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children):
        return []
    apposed = [m for m in mentions if m.end == verb.i and m.actor.kind == "person"
               and sent.doc[m.start:m.end].root.dep_ == "appos"]
    if apposed:
        return apposed
    if verb.i != trigger.i:
        return []
    first = next((m for m in mentions if m.start == sent.start), None)
    if first is None or first.actor.kind != "person" or first.end >= trigger.i:
        return []
    return [first] if sent.doc[first.end].text == "," else []


def _controlling_subjects(trigger: Any) -> set[int]:
    """"Modi is due to hold talks", "X wants to meet Y", "he called on the President before
    sitting down with Y": the subject of the verb that controls the trigger's infinitive or
    participle clause, and its conjuncts."""
    head = clause_head(trigger)
    current = head
    for _ in range(5):
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head  # "before sitting down": the verb the preposition is on
        elif current.dep_ not in {"xcomp", "acomp", "advcl", "conj"} or (
                current.head.i == current.i):
            break
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            break  # the clause has a subject of its own
        current = current.head
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return {t.i for s in subjects for t in s.subtree}
    return set()


# Place nouns a state's name or adjective can modify: "the Latvian capital", "Ukraine's capital".
PLACE_NOUNS = {"capital", "city", "town", "port", "resort"}


def role_of(root: Any, trigger: Any, sense: str, weak: bool, kind: str) -> str | None:
    if kind != "person" and _led_for(root):
        return None  # "a delegation of ECOWAS led by Abubakar": he stands for it
    path = path_to(root, trigger, trigger)
    if kind == "country" and root.dep_ in {"amod", "poss", "compound"} and (
            root.head.lower_ in PLACE_NOUNS):
        # "met Blinken in the Latvian capital": where, not with whom
        return "location" if path is not None else None
    if path and _what_it_was_about(path):
        return "topic"
    if path and _hosted(path):
        # "talks hosted by Stoltenberg", "talks in the Angolan capital hosted by Lourenco"
        # (the parser hangs the host on the place): the host took part
        return "participant"
    if trigger.tag_.startswith("VB"):
        return None if path is None else _verb_role(path, sense, weak, kind)
    if path is not None:
        return "participant" if _caller(path, sense, kind) else _noun_role(path, sense)
    head = clause_head(trigger)
    if not _light_verb_object(trigger, head) or (
            head.lower_ in APPRAISALS and trigger.dep_ == "dobj"):
        # "the spokesman welcomed the visit": he judged it, he was not in it (but they
        # "hailed the cooperation in a phone call": in it)
        return None
    # "X held talks with Y", "X had a phone call with Y": the light verb's subject and
    # its "with" objects take part in the nominal event.
    path = path_to(root, head, trigger)
    if path and (_caller(path, sense, kind) or _hosted(path)):
        # "received a phone call on Monday from Biden", "the meeting was held under the
        # chairmanship of Berdimuhamedov"
        return "participant"
    if path and len(path) >= 2 and path[-1].dep_ == "dobj" and path[-1].lower_ in LIGHT_OBJECTS:
        path = path[:-1]  # "had an exchange of views with X": the "with" belongs to the event
        return "participant" if path[-1].dep_ == "prep" and path[-1].lower_ in {
            "with", "between", "among"} else None
    if path and path[-1].dep_ == "dative":
        return "participant"  # "gave a warm welcome to Ramaphosa", "paid a visit to Cuba"
    if path and _joined_to_the_partner(path[-1], trigger):
        return "participant"
    role = None if path is None else _verb_role(path, sense, True, kind)
    if role == "topic" and kind == "person" and path and _met_in_it(path, trigger):
        return "participant"
    if role == "location" and path and len(path) == 2 and path[1].lower_ in LOCATIVE:
        return role  # "In Bishkek, Abe held talks with ...": the light verb's own place
    return role if role in {"subject", "participant"} else None


def _joined_to_the_partner(top: Any, trigger: Any) -> bool:
    """"held talks with the council's chair, H.E. Leblanc Fils, and Prime Minister Conille":
    the parser joins the last name of a long "with" list to the light verb; it is one more
    partner of the talks. After a relative clause ("with Costa, who took office in December,
    and von der Leyen") it may hang there as a bare noun phrase."""
    joined = top.dep_ == "conj" or (top.dep_ == "npadvmod" and _after_and(top))
    return (joined and top.tag_ in {"NNP", "NNPS"} and trigger.dep_ == "dobj"
            and top.head.i == trigger.head.i and top.i > trigger.i
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children))


def _after_and(word: Any) -> bool:
    """Whether "and", hung on the word's head, comes just before the word's phrase."""
    before = word.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
    return before is not None and before.lower_ == "and" and before.head.i == word.head.i


def in_presence_of(word: Any, clause: Any) -> bool:
    """Whether a word names one "in the presence of" whom the clause's contact was held."""
    path = path_to(word, clause, clause) or []
    return bool(path) and path[-1].lower_ == "in" and any(
        t.lower_ == "presence" for t in path)


def _caller(path: list[Any], sense: str, kind: str) -> bool:
    """"a phone call from Erdogan", "received a call on Monday from Biden" (the parser hangs
    "from" on the noun or on the verb): the one it came from. Only a person: a call "from
    Kabul" came from a place."""
    return (sense == "call" and kind == "person" and path[-1].dep_ == "prep"
            and path[-1].lower_ == "from")


def _met_in_it(path: list[Any], trigger: Any) -> bool:
    """"Putin thanked Modi during a phone call", "Xi told Biden in their meeting": the
    person the speaker addressed in the contact took part in it (when the contact names
    no party of its own)."""
    return (len(path) == 1 and path[0].dep_ in {"dobj", "dative"}
            and trigger.dep_ == "pobj" and trigger.head.lower_ in {"during", "in", "at"}
            and trigger.head.head.i == path[0].head.i
            and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"}
                        for c in trigger.children))


def _hosted(path: list[Any]) -> bool:
    """"talks hosted by X", "met under the chairmanship of X", "signed under his auspices":
    the host, chair or mediator took part."""
    chaired = any(t.lower_ in PRESIDING and t.head.lower_ == "under" for t in path)
    return chaired or (any(t.dep_ == "acl" and t.lower_ in PARTY_CLAUSES for t in path)
                       and any(t.dep_ == "agent" for t in path))


# What one presides over a meeting "under": its chair, its host or its mediator.
PRESIDING = {"chairmanship", "co-chairmanship", "chairpersonship", "chairwomanship",
             "auspices", "mediation"}


def _led_for(token: Any) -> bool:
    """The state or body a delegation comes from, when a named person leads it."""
    while token.dep_ in {"appos", "compound"}:
        token = token.head
    party = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if party is None or party.lower_ not in DELEGATIONS:
        return False
    noun = token  # "a delegation of ECOWAS led by": the parser may hang "led" on either
    return any(c.dep_ == "acl" and c.lower_ in LED and any(
        a.dep_ == "agent" and any(t.ent_type_ == "PERSON" for t in a.subtree)
        for a in c.children) for c in (*party.children, *noun.children))


PASSIVE_HOLDING = {"held", "convened", "conducted"}
TAKE = {"take", "takes", "took", "taken", "taking"}
_COPULAS = {"was", "is", "were", "are", "will", "be"}


def _light_verb_object(trigger: Any, head: Any) -> bool:
    """"held talks", "had a call", "during talks", "the meeting was held under the
    chairmanship of X": the noun hangs right off its verb."""
    if _held_subject(trigger, head):
        return True
    if trigger.dep_ in SUBJECTS or head.i == trigger.i or not head.tag_.startswith("VB"):
        return False
    current = trigger
    for _ in range(6):  # "hailed the cooperation ... in a phone call": prepositions only
        if current.head.i == head.i:
            return current.dep_ in {"dobj", "pobj", "prep", "attr", "npadvmod"}
        if current.dep_ not in {"pobj", "prep", "dobj"}:
            return False  # a coordinated or subject noun is an event of its own
        if current.lower_ == "of" and current.head.lower_ not in LIGHT_OBJECTS:
            return False  # "gave no details of the talks": about the talks, not in them
        current = current.head
    return False


def _held_subject(trigger: Any, head: Any) -> bool:
    """The noun as the subject of a verb that only says it happened: "the meeting was held
    in Seoul", "took place in Seoul", "was with Karzai"."""
    if trigger.dep_ == "nsubjpass":
        return head.lower_ in PASSIVE_HOLDING
    if trigger.dep_ != "nsubj":
        return False
    if head.lower_ in TAKE:
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    return head.lower_ in _COPULAS and any(c.dep_ == "prep" and c.lower_ == "with"
                                           for c in head.children)


def path_to(token: Any, stop: Any, trigger: Any) -> list[Any] | None:
    """Tokens from `token` up to (not including) `stop`; None when `stop` is not above it
    or the way crosses into another clause."""
    path = []
    current = token
    while current.i != stop.i:
        if (current.dep_ in OTHER_CLAUSE and not _contains(current, trigger)
                and not (current.dep_ == "acl" and current.lower_ in PARTY_CLAUSES)):
            return None
        if current.head.i == current.i:
            return None
        path.append(current)
        current = current.head
    return path


def _contains(token: Any, other: Any) -> bool:
    return bool(token.left_edge.i <= other.i <= token.right_edge.i)


def joined_clause(node: Any, trigger: Any) -> bool:
    """Whether a token is a verb joined by "and" to the clause of a trigger it does not hold:
    "met in Davos, and sealed the deal in a telephone call" — "sealed" is its own clause."""
    return node.dep_ == "conj" and node.tag_.startswith("VB") and not _contains(node, trigger)


def _verb_role(path: list[Any], sense: str, weak: bool, kind: str) -> str | None:
    if not path:
        return None
    top = path[-1]
    if top.dep_ == "nsubjpass" and weak:
        return "topic"  # "Taiwan and Ukraine were also discussed"
    if top.dep_ in SUBJECTS:
        return "subject"
    if top.dep_ in {"dobj", "dative", "attr", "oprd"}:
        if len(path) > 1 and top.lower_ in _SENT:
            return None  # "delivered a message from the president": the sender was not there
        if len(path) == 3 and path[1].lower_ in LOCATIVE and top.tag_ in {"NNP", "NNPS"}:
            return "location"  # "met President Zelensky in Hiroshima": the parser hangs
            # the place on the person met, but it is where the meeting was
        if sense == "visit" and kind == "country":
            return "destination"
        if _owns_the_object(path):
            return "topic"  # "welcomed Reagan's statement": Reagan was not received
        return "topic" if weak else "object"
    if top.dep_ == "conj" and top.tag_.startswith("NN") and any(
            c.dep_ == "dobj" for c in top.head.children):
        # "met Abiy and then President Sahle-Work Zewde": a second object the parser
        # joined to the verb
        return "topic" if weak else "object"
    if top.dep_ == "prep" or (top.dep_ == "conj" and top.tag_ == "IN"):
        # "spoke first with Hun Manet and then with Phumtham": the second "with" is parsed
        # as a conjunct of the verb
        return _prep_role(top, path, sense)
    return None


def _what_it_was_about(path: list[Any]) -> bool:
    """"met Erdogan, mostly about Syria and Iran": the parser hangs the subject matter on
    the person met; what a topical preposition below the argument takes is a topic, not a
    party ("including" is not topical here: "met several leaders, including Modi"; nor is
    a place or a meal a topic: "over dinner with Lula")."""
    first = next((i for i, t in enumerate(path) if t.dep_ != "conj"), len(path))
    return first + 2 < len(path) and path[first].dep_ == "pobj" and (
        path[first + 1].lower_ in TOPICAL - {"including"})


# Objects that are people sent by the owner: "received Putin's envoy" receives Russia.
_SENT_PEOPLE = {"envoy", "envoys", "emissary", "delegation", "delegations", "representative",
                "representatives", "counterpart", "minister", "adviser", "advisor", "aide",
                "aides", "team", "officials", "delegates", "deputy", "special"}


def _owns_the_object(path: list[Any]) -> bool:
    """The actor is the possessor of the trigger's object, and the object is a thing."""
    return len(path) >= 2 and path[-2].dep_ == "poss" and path[-1].lower_ not in _SENT_PEOPLE


def _noun_role(path: list[Any], sense: str) -> str | None:
    if not path:
        return None
    top = path[-1]
    if top.dep_ in {"poss", "compound", "amod", "nmod", "appos"}:
        return "participant"
    if top.dep_ == "acl" and any(t.dep_ == "agent" for t in path[:-1]):
        return "participant"  # "talks conducted by Stoltenberg"
    if top.dep_ == "prep":
        return _prep_role(top, path, sense)
    if top.dep_ == "conj" and _second_of_between(top):
        return "participant"
    return None


def _second_of_between(conj: Any) -> bool:
    """"The meeting between Park and Abe took place": the parser hangs the second party on
    the noun, beside it, not on the first party."""
    siblings = [c for c in conj.head.children if c.i < conj.i]
    between = any(c.dep_ == "prep" and c.lower_ == "between"
                  and any(o.dep_ == "pobj" for o in c.children) for c in siblings)
    return between and any(c.dep_ == "cc" and c.lower_ == "and" for c in siblings)


def _prep_role(prep: Any, path: list[Any], sense: str) -> str | None:
    # "travel on to Ukraine": the preposition that takes the actor decides, not "on".
    nearest = next((t for t in path if t.dep_ == "prep" and t.lower_ != "of"), prep)
    if nearest.i != prep.i and prep.lower_ in {"on", "onward", "back"}:
        prep = nearest
    word = prep.lower_
    if (len(path) >= 3 and path[0].dep_ == "pobj" and path[1].lower_ in LOCATIVE
            and path[0].ent_type_ in {"GPE", "LOC", "FAC"} and path[2].ent_type_ == "PERSON"):
        return "location"  # "dinner with King Mohammed VI in Rabat": hung on the person met
    if sense == "call_on" and word in {"on", "upon"}:
        return "participant"  # "called on the President", "a courtesy call on the King"
    if _through_a_feeling(path):
        return None  # "met Putin, to the dismay of other EU leaders"
    if word == "in" and any(t.lower_ in {"honour", "honor", "presence"} for t in path):
        # "hosted a banquet in honour of President Samia", "the meeting was held in the
        # presence of the crown prince"
        return "participant"
    if word in LOCATIVE:
        return "location"
    if word in DESTINATION:
        return "destination" if sense == "visit" else "participant"
    if word in PARTY_PREPOSITIONS:
        return "participant"
    if word in TOPICAL or word in {"at", "during", "ahead"}:
        setting = path[-2] if len(path) >= 2 else None
        if setting is not None and setting.lower_ in SETTINGS:
            return _in_setting(path[:-2])
        return "topic" if word in TOPICAL else None
    return None


# Reactions an event causes: those who feel them were not in it.
FEELINGS = {"dismay", "anger", "surprise", "delight", "alarm", "concern", "frustration",
            "annoyance", "irritation", "chagrin", "displeasure", "satisfaction", "relief",
            "consternation", "fury", "outrage", "disappointment"}


# What an envoy carries from someone who is not there.
_SENT = {"letter", "letters", "message", "messages", "invitation", "greetings"}


def _through_a_feeling(path: list[Any]) -> bool:
    return any(t.lower_ in FEELINGS for t in path)


def _in_setting(path: list[Any]) -> str | None:
    """Inside "on the sidelines of the G20 meeting in Brazil": the place is the location."""
    for token in reversed(path):
        if token.dep_ == "prep" and token.lower_ in LOCATIVE:
            return "location"
    return None


def in_clause(token: Any, trigger: Any) -> bool:
    """Whether a token (a date, say) belongs to the trigger's clause."""
    head = clause_head(trigger)
    return token.i == head.i or path_to(token, head, trigger) is not None


def location_tokens(trigger: Any, sense: str, sent: Any) -> list[Any]:
    """Place-name entities in the trigger's clause after "in"/"at" (or "to" for visits); the
    small model often calls a venue an organisation ("talks at Hyderabad House"), and the
    gazetteer decides whether it is a place (a person too: "met at Panmunjom")."""
    out = []
    for ent in sent.ents:
        if ent.label_ in {"GPE", "LOC", "FAC", "ORG", "PERSON"}:
            role = role_of(ent.root, trigger, sense, False, "country")
            if role in {"location", "destination"}:
                out.append(ent)
    return out


def _locative_host(root: Any) -> Any | None:
    """"met Blinken in the Latvian capital, Riga", "talks with Paetongtarn at Government House
    in Bangkok": the proper noun (a person met, or a venue) that a place after "in" or "at"
    is hung on, if it is."""
    token = root
    for _ in range(4):
        if token.dep_ == "appos" or (token.dep_ == "pobj" and token.head.lower_ not in LOCATIVE
                                     and token.head.head.ent_type_ in {"FAC", "ORG"}):
            token = token.head if token.dep_ == "appos" else token.head.head
            continue
        if (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE
                and token.head.head.tag_ in {"NNP", "NNPS"}):
            return token.head.head
        return None
    return None


def occasion(trigger: Any, sent: Any) -> str | None:
    """"on the sidelines of the G20 summit", "at the SCO summit", "during the BRICS summit"."""
    for token in sent:
        if token.lower_ in {"sidelines", "margins"}:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return _phrase(objects[0])
    for token in sent:
        if (token.lower_ in {"summit", "conference", "forum", "assembly"}
                and token.head.lower_ in {"at", "during", "for", "ahead", "before"}
                and token.i != trigger.i):
            return _phrase(token)
    return None


def _phrase(token: Any) -> str:
    """A noun phrase without its determiner, a bracketed aside, and what follows a comma or
    "in <place>"."""
    words = []
    depth = 0
    for t in token.subtree:
        if t.i > token.i and ((t.is_punct and t.text in ",;") or
                              (t.dep_ == "prep" and t.lower_ in LOCATIVE | {"on", "to"})):
            break
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.dep_ not in {"det", "poss", "case"} and t.text != ")":
            words.append(t)
    return _join(words)


def _join(words: list[Any]) -> str:
    """Tokens back to text, with a space wherever a token was left out between two."""
    out = ""
    for k, t in enumerate(words):
        if k and (words[k - 1].i + 1 != t.i or words[k - 1].whitespace_):
            out += " "
        out += t.text
    return out.strip()


def setting_places(sent: Any) -> list[Any]:
    """Places inside the occasion phrase: "the sidelines of the G20 meeting in Brazil"."""
    out = []
    for token in sent:
        if token.lower_ in SETTINGS:
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in LOCATIVE):
                out += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {
                    "GPE", "LOC", "FAC"}]
    return out


def topics(trigger: Any, sent: Any) -> tuple[str, ...]:
    """What was discussed: the objects of discuss/exchange views on/focus on, split at 'and'."""
    heads = []
    for token in sent:
        if token.lower_ in TOPIC_VERBS:
            heads += [c for c in token.children if c.dep_ == "dobj" and c.lower_ != "views"]
            heads += _preposition_objects(token, {"on", "about", "over"})
    heads += _preposition_objects(trigger, TOPICAL - {"including"})
    out: list[str] = []
    for head in heads:
        for item in [head, *_conjuncts(head)]:
            text = _topic_text(item)
            if text and text.lower() not in {t.lower() for t in out}:
                out.append(text)
    return tuple(out[:10])


TOPIC_VERBS = {"discussed", "discuss", "discussing", "discusses", "touched", "focused",
               "focusing", "covered", "views", "spanned", "addressed", "reviewed"}


def _preposition_objects(token: Any, words: set[str]) -> list[Any]:
    out = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in words):
        out += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in
                {"DATE", "TIME"} and c.lower_ not in {"sidelines", "margins"}]
    return out


def _conjuncts(token: Any) -> list[Any]:
    """Coordinated items; an apposition in a list ("ties, the conflict ...") counts too."""
    out = []
    for child in token.children:
        if child.dep_ in {"conj", "appos"}:
            out += [child, *_conjuncts(child)]
    return out


def _topic_text(token: Any) -> str:
    """The item's own words, without its coordinated siblings or an attached setting."""
    skip = {t.i for c in _conjuncts(token) for t in c.subtree}
    skip |= {t.i for p in token.subtree if p.dep_ == "prep" and any(
        o.lower_ in SETTINGS | {"sidelines", "margins"} for o in p.children) for t in p.subtree}
    words = [t for t in token.subtree if t.i not in skip and t.dep_ not in {"cc", "det"}
             and not (t.is_punct and t.text in ",;")]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    return _join(words)
