"""Who said a quote: the subject of its reporting verb, or the source after "according to".

Pronouns and descriptors are resolved by the actors stage; "it added" and "the statement
said" go to the author of the last statement the document mentioned, "what it called" to
the state or body the sentence is about. "TASS quoted Lavrov as saying" gives Lavrov, the
one quoted. A descriptor the actors stage left open ("the Russian minister said") goes to
the latest person named before it who fits its nationality.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors import TokenMention
from readout.actors.anaphora import PERSON_NOUNS, after_a_quote
from readout.quotes.marks import DOUBLE_CLOSE, DOUBLE_OPEN
from readout.records import ActorRef

CUES = {
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes",
    "stressed", "stresses", "warned", "warns", "remarked", "commented", "emphasized",
    "emphasised", "emphasizes", "explained", "insisted", "urged", "wrote", "writes", "declared",
    "stated", "asked", "replied", "continued", "concluded", "reported", "announced", "argued",
    "believes", "pointed", "acknowledged", "affirmed", "reiterated", "underlined", "recalled",
    "observed", "suggested", "claimed", "hailed", "praised", "described", "called", "vowed",
    "pledged", "rejected", "highlighted", "quoted", "talked", "spoke", "agreed",
    "tweeted", "posted", "admitted", "conceded", "complained", "cautioned", "promised",
    "predicted", "demanded", "responded", "answered", "countered", "quipped", "joked",
    "lamented", "dismissed", "denounced", "assured", "confirmed", "denied", "maintained",
    "explains", "insists", "argues", "adding", "telling", "writing", "cited", "dubbed",
    "branded", "termed", "labelled", "labeled", "greeted", "recounted", "pleaded",
    "conveyed", "expressed", "blamed", "accused", "condemned", "criticised", "criticized",
    "describing", "calling", "welcomed",
}
REMARKS = {"remarks", "remark", "comments", "words"}
# Verbs that report an agreement or a deed more than words: when a speech verb also holds
# the quote ("Putin agreed 'in principle', the UN said"), the speech verb's subject speaks.
WEAK_CUES = {"agreed"}
# "Xinhua quoted Xi as saying", "TASS cited Lavrov": the object is the one quoted.
QUOTING = {"quoted", "cited"}
STATEMENT_WORDS = {"statement", "readout", "communique", "communiqué", "post", "release",
                   "report", "transcript", "message", "note"}
SELF_WORDS = {"it", "statement", "readout", "ministry", "communique", "communiqué", "release",
              "report", "post", "they", "note"}
OUTLETS = {"cctv", "xinhua", "tass", "ria", "reuters", "afp", "interfax", "ria novosti",
           "global times", "kyodo", "yonhap", "anadolu", "irna", "wam", "spa", "bernama"}


@dataclass(frozen=True)
class Attribution:
    actor: ActorRef | None
    mention: TokenMention | None
    cue: str | None
    inferred: bool = False


@dataclass(frozen=True)
class Context:
    """What the document said before a sentence: who issued the last statement, the people
    named so far (latest last), and the state an adjective names ("Russian" -> Russia)."""

    author: ActorRef | None = None
    people: tuple[ActorRef, ...] = ()
    country_of: Callable[[str], str | None] = lambda adjective: None
    # the latest person the text gave a role noun to: "Bassam Rady, the Official Spokesman
    # for the Presidency" makes a later "the Spokesman stated" him
    roles: tuple[tuple[str, ActorRef], ...] = ()
    bodies: tuple[ActorRef, ...] = ()  # the organisations named so far, latest last


def attribute(sent: Any, inside: set[int], mentions: Sequence[TokenMention],
              context: Context) -> Attribution | None:
    """The speaker of the quote whose tokens are `inside`, from the sentence around it."""
    if not inside:
        return None  # the sentence only touches the quote (a mark at its edge)
    cues = [t for t in sent if t.i not in inside and t.lower_ in CUES and t.tag_.startswith("VB")]
    cues.sort(key=lambda t: _distance_to_quote(t, inside))
    for cue in cues:
        found = _subject_of(cue, inside, mentions, context)
        if found:
            return found
    return _according_to(sent, inside, mentions, context.author)


def has_cue(sent: Any, inside: set[int]) -> bool:
    """Whether a reporting verb outside the quote could attribute it."""
    return any(t.i not in inside and t.lower_ in CUES and t.tag_.startswith("VB")
               for t in sent) or any(t.lower_ == "according" for t in sent)


def _distance_to_quote(cue: Any, inside: set[int]) -> tuple[int, int, int]:
    """Prefer the cue whose clause holds the quote, a speech verb before an agreement,
    innermost first; then the nearest."""
    words = [i for i in inside if not cue.doc[i].is_punct] or sorted(inside)
    holds = cue.left_edge.i <= min(words) and max(words) <= cue.right_edge.i
    size = cue.right_edge.i - cue.left_edge.i
    gap = min(abs(cue.i - i) for i in inside)
    return (0, int(cue.lower_ in WEAK_CUES), size) if holds else (1, 0, gap)


def _subject_of(cue: Any, inside: set[int], mentions: Sequence[TokenMention],
                context: Context) -> Attribution | None:
    quoted = _quoted_person(cue, mentions)
    if quoted is not None:
        return Attribution(quoted.actor, quoted, cue.lower_)
    subjects = [_antecedent(s, cue) for s in _subjects(cue)] or _misplaced_subject(cue)
    found = [m for m in (_mention_in(s, mentions) for s in subjects) if m]
    if found:
        best = min(found, key=lambda m: _RANK.get(m.actor.kind if m.how != "metonym"
                                                  else "metonym", 3))
        return Attribution(best.actor, best, cue.lower_)
    if not subjects:
        beside = (_beside(cue, mentions) or _named_after_quote(cue, inside, mentions)
                  or _fronted(cue, inside, mentions))
        if beside is not None:
            return Attribution(beside.actor, beside, cue.lower_)
    for subject in subjects:
        if subject.lower_ in {"it", "they"}:
            body = _body_before(subject, [m for m in mentions if m.start not in inside])
            if body is not None:
                return Attribution(body.actor, _self_mention(subject), cue.lower_)
        if subject.lower_ in SELF_WORDS and context.author is not None:
            return Attribution(context.author, _self_mention(subject), cue.lower_)
        person = _descriptor(subject, context) or _body_descriptor(subject, context)
        if person is not None:
            return Attribution(person, _self_mention(subject), cue.lower_)
        body = _unlisted_body(subject)
        if body is not None:
            return Attribution(body.actor, body, cue.lower_)
    return None


def _antecedent(subject: Any, verb: Any) -> Any:
    """"Surin Pitsuwan, who called the treaty 'a real milestone'": the one "who" stands
    for."""
    if subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _misplaced_subject(verb: Any) -> list[Any]:
    """"Duque, who has become one of Maduro's critics, called the day '...'": a past-tense
    verb the parser hung on a noun inside a relative clause is the clause's antecedent's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD":
        return []
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    return [] if clause is None else [clause.head]


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects; a verb without one shares its head's: "and stressed",
    "welcomed the treaty, saying", "remarks he made describing"."""
    joined = False
    for _ in range(3):
        # a closing quote mark the parser took for the subject ("«...,» declared the French
        # President") is none
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and not c.is_punct]
        # "He repeated that there could be no peace ..., and called the invasion 'an
        # imperialist war'": the parser joins "called" to the reported "be", whose subject
        # is only an expletive; the one who called is the reporter's subject
        expletive = joined and verb.dep_ == "ccomp" and any(
            c.dep_ == "expl" for c in verb.children)
        if subjects or verb.head.i == verb.i or (
                verb.dep_ not in {"conj", "xcomp", "advcl"} and not expletive):
            return subjects
        joined = verb.dep_ == "conj"
        verb = verb.head
    return []


def held_by_speech(sent: Any, inside: set[int], verbs: set[str]) -> bool:
    """Whether one of these speech verbs (outside the quote) has the quote in its clause."""
    return any(t.i not in inside and t.lower_ in verbs and t.tag_.startswith("VB")
               and _distance_to_quote(t, inside)[0] == 0 for t in sent)


def reports(sent: Any) -> bool:
    """Whether a sentence reports speech: a speech verb or "the remarks", "his words"."""
    return any((t.lower_ in CUES and t.tag_.startswith("VB")) or t.lower_ in REMARKS
               for t in sent)


def sentence_subject(sent: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """The actor a sentence is about: the subject of its main verb ("Ramaphosa was blunt",
    "Zelenskyy thanked Turkey"), a person before a state."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
    subjects = [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    found = [m for m in (_mention_in(s, mentions) for s in subjects) if m and m.actor.name]
    if not found:
        return None
    return min(found, key=lambda m: _RANK.get(m.actor.kind if m.how != "metonym"
                                              else "metonym", 3))


def subject_before_colon(sent: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """The subject of the clause a sentence's last colon closes ("Lula was blunt: ..."),
    whatever the parser made of the words after it."""
    colon = next((t for t in reversed(sent) if t.text == ":"), None)
    if colon is None:
        return None
    words = [t for t in sent if t.i < colon.i]
    heads = [t for t in words if not sent.start <= t.head.i < colon.i or t.head.i == t.i]
    subjects = [c for h in heads for c in h.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i < colon.i]
    found = [m for m in (_mention_in(s, mentions) for s in subjects) if m and m.actor.name]
    return found[0] if found else None


# Cues written before their speaker anywhere in a sentence: "..., said Lavrov".
_INVERTED = {"said", "says", "added", "wrote", "writes", "told", "tells"}


def _beside(cue: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """When the parse gives the cue no subject (the small model often fails on a sentence
    that opens with a quote: '"...," Trump posted on X'), the actor named just before the
    verb, or just after it ('"...," said Lavrov')."""
    for mention in mentions:
        if not mention.actor.name:
            continue
        if mention.end == cue.i or (mention.start == cue.i + 1 and (
                cue.lower_ in _INVERTED or after_a_quote(cue))):
            return mention
    return None


def _fronted(cue: Any, inside: set[int], mentions: Sequence[TokenMention]
             ) -> TokenMention | None:
    """"Modi, for his part, said ...": the parser loses the subject set off by a comma from
    its verb. The person opening the sentence, followed by a comma, speaks through the main
    verb when nothing but a phrase stands between them."""
    sent = cue.sent
    if cue.i != sent.root.i or any(i < cue.i for i in inside):
        return None
    first = next((m for m in mentions if m.start == sent.start), None)
    if (first is None or first.actor.kind != "person" or not first.actor.name
            or first.end >= cue.i or cue.doc[first.end].text != ","):
        return None
    return first


def _named_after_quote(cue: Any, inside: set[int],
                       mentions: Sequence[TokenMention]) -> TokenMention | None:
    """'"...," Ruto, who has led Kenya since 2022, told reporters': the parser hangs the
    name on the quote and leaves the verb without a subject. The actor named right after
    the closing mark speaks when the verb follows the comma that closes the name's
    apposition."""
    end = max(inside)
    if cue.i <= end or cue.doc[cue.i - 1].text != ",":
        return None
    first = end + 1 if not cue.doc[end + 1].is_punct else end + 2
    for mention in mentions:
        if mention.actor.name and mention.start == first and mention.end < cue.i:
            return mention
    return None


def _quoted_person(cue: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """"TASS quoted Lavrov as saying", "Xinhua cited Xi": the object of the quoting verb
    (also when the cue found is the "saying" under it)."""
    verb = cue
    if cue.lower_ == "saying" and cue.head.lower_ == "as":
        verb = cue.head.head
    if verb.lower_ not in QUOTING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    found = [m for m in (_mention_in(o, mentions) for o in objects) if m]
    return found[0] if found else None


def _body_before(pronoun: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """"Baku objected to what it called ...": the state or body that is the subject of the
    sentence before the pronoun speaks for "it" (never one inside the quote)."""
    for mention in reversed(mentions):
        if mention.end > pronoun.i or mention.start < pronoun.sent.start:
            continue
        root = pronoun.doc[mention.end - 1]
        if mention.actor.kind != "person" and root.dep_ in {"nsubj", "nsubjpass"}:
            return mention
    return None


def _unlisted_body(subject: Any) -> TokenMention | None:
    """"The opposition Democratic Alliance called on Zuma to '...'": a body the knowledge
    base does not know (a party, an NGO), named as the speech verb's subject, speaks under
    the name the parser marks as an organisation's."""
    if subject.ent_type_ != "ORG" or subject.tag_ not in {"NNP", "NNPS"}:
        return None
    name = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    if name is None:
        return None
    words = list(name)
    while words and words[0].tag_ not in {"NNP", "NNPS"}:
        words = words[1:]  # "The" of "The Vanuatu Climate Action Network"
    text = "".join(t.text_with_ws for t in words).strip()
    if not text or text.lower() in OUTLETS:
        return None  # "Reuters said" tells where it was read, not who spoke
    return TokenMention(words[0].i, name.end, ActorRef(text, None, "organisation"), "name")


def _descriptor(subject: Any, context: Context) -> ActorRef | None:
    """"the Russian minister said" when the actors stage left it open: the latest person
    named before it, of that nationality when the descriptor gives one."""
    if subject.lower_ not in PERSON_NOUNS or not any(
            c.lower_ == "the" for c in subject.children):
        return None
    states = {context.country_of(c.text) for c in subject.children
              if c.dep_ in {"amod", "compound"}} - {None}
    titled = [actor for noun, actor in context.roles if noun == _role_key(subject.lower_)]
    if titled and not states:
        return titled[-1]
    for person in reversed(context.people):
        if not states or person.country in states:
            return person
    return None


# Nouns that name a body by its kind: "the agency said", "the group added".
BODY_NOUNS = {"agency", "group", "organisation", "organization", "network", "movement",
              "alliance", "coalition", "council", "committee", "body", "bloc", "union",
              "militia", "association", "commission", "front", "rebels", "bank", "fund",
              "institute", "foundation", "court", "parliament", "assembly"}


def _body_descriptor(subject: Any, context: Context) -> ActorRef | None:
    """"the agency said", "the group said": the latest body named before whose name ends
    in that noun ("the Korean Central News Agency"), else the latest body named."""
    if subject.lower_ not in BODY_NOUNS or not any(
            c.lower_ == "the" for c in subject.children) or not context.bodies:
        return None
    if any(c.tag_ in {"NNP", "NNPS"} for c in subject.lefts):
        return None  # a body's own name ("The Vanuatu Climate Action Network")
    for body in reversed(context.bodies):
        if body.name.lower().split()[-1] == subject.lower_:
            return body
    return context.bodies[-1]


# Role nouns a text gives one person and then uses alone: "the Spokesman stated".
_ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador"}


def _role_key(noun: str) -> str:
    return "spokesperson" if noun.startswith("spokes") else noun


def roles_given(sent: Any, mentions: Sequence[TokenMention]) -> list[tuple[str, ActorRef]]:
    """The role nouns the sentence gives people it names: in apposition ("Bassam Rady, the
    Official Spokesman for the Presidency") or as a title before the name ("spokesman
    Bassam Rady")."""
    out = []
    for mention in mentions:
        if not sent.start <= mention.start < sent.end or mention.actor.kind != "person" or (
                mention.how == "pronoun"):
            continue
        root = sent.doc[mention.start:mention.end].root
        near = [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
        near += [t for t in sent.doc[max(sent.start, mention.start - 3):mention.start]]
        if root.dep_ == "appos":
            near.append(root.head)
        out += [(_role_key(t.lower_), mention.actor) for t in near if t.lower_ in _ROLE_NOUNS]
    return out + _unnamed_officials(sent, mentions)


# Those a text leaves unnamed but places in a body: "an official at the Saudi foreign
# ministry", then "the official said".
_UNNAMED = {"official", "spokesman", "spokeswoman", "spokesperson", "diplomat"}
_PLACED = {"at", "of", "from", "in"}


def _unnamed_officials(sent: Any, mentions: Sequence[TokenMention]
                       ) -> list[tuple[str, ActorRef]]:
    out = []
    for noun in sent:
        if noun.lower_ not in _UNNAMED or not any(
                c.lower_ in {"a", "an"} for c in noun.children):
            continue
        office = next((m.actor for m in mentions if m.how == "office" and any(
            m.start <= c.i < m.end for c in noun.children if c.dep_ == "compound")), None)
        if office is not None:  # "a Downing Street spokesperson", then "the spokesperson"
            out.append((_role_key(noun.lower_), office))
            continue
        # the parser often hangs "at the ministry" on the verb: the word after is enough
        after = sent.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        preps = [c for c in noun.children if c.lower_ in _PLACED] + (
            [after] if after is not None and after.lower_ in _PLACED else [])
        for prep in preps:
            body = next((m.actor for m in mentions if prep.i < m.start <= prep.right_edge.i
                         and m.actor.kind == "organisation"), None)
            if body is not None:
                out.append((_role_key(noun.lower_), body))
                break
    return out


# A person named in the subject speaks, rather than the state in "China's top diplomat".
_RANK = {"person": 0, "organisation": 1, "metonym": 2, "country": 3}


def _mention_in(token: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """The actor mention at a subject's head, else the first inside its phrase."""
    left, right = token.left_edge.i, token.right_edge.i
    inside = [m for m in mentions if left <= m.start and m.end - 1 <= right]
    # "The prime minister's chief of staff, Fitsum Arega", "The Foreign Office Spokesman,
    # Mr. Masood Khan": the name in apposition, not the one it works for nor the holder the
    # title alone would stand for.
    named = next((m for appos in token.children if appos.dep_ == "appos" for m in inside
                  if m.start <= appos.i < m.end and m.actor.kind == "person"), None)
    for mention in inside:
        if mention.start <= token.i < mention.end:
            if named is not None and mention.how == "title":
                return named
            return _office_behind(mention, inside) or mention
    if named is not None:
        return named
    if token.lower_ in PERSON_NOUNS:
        # "A spokeswoman for Tshisekedi, Tina Salama, said": the parser hangs the name on
        # the one she speaks for, but she is the one named in apposition
        for mention in inside:
            root = token.doc[mention.start:mention.end].root
            if mention.actor.kind == "person" and root.dep_ == "appos" and root.head.i != token.i:
                return mention
    people = [m for m in inside if m.actor.kind != "country" or m.how == "metonym"]
    ranked = people or inside
    return ranked[0] if ranked else None


def _office_behind(title: TokenMention, inside: list[TokenMention]) -> TokenMention | None:
    """"a No 10 spokesperson said": a spokesperson the text leaves unnamed speaks for the
    office named in the phrase, not for the state the title falls back to."""
    if title.how != "title" or title.actor.kind != "country":
        return None
    return next((m for m in inside if m.how == "office"), None)


def _self_mention(token: Any) -> TokenMention:
    return TokenMention(token.left_edge.i, token.i + 1, ActorRef("", None, "organisation"),
                        "descriptor")


def _according_to(sent: Any, inside: set[int], mentions: Sequence[TokenMention],
                  last_author: ActorRef | None) -> Attribution | None:
    for token in sent:
        if token.lower_ == "according" and token.i not in inside:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
            for obj in objects:
                mention = _mention_in(obj, mentions)
                if mention:
                    return Attribution(mention.actor, mention, "according to")
                if obj.lower_ in STATEMENT_WORDS and last_author is not None:
                    return Attribution(last_author, None, "according to", inferred=True)
    return None


def statement_author(sent: Any, mentions: Sequence[TokenMention],
                     ministry_of: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """"a statement from Russia's foreign ministry", "the Chinese foreign ministry said in a
    statement", "the Russian readout": the body the statement speaks for."""
    if not any(t.lower_ in STATEMENT_WORDS | {"ministry", "said"} for t in sent):
        return None
    quoted = _quoted_words(sent)
    ranked = sorted((m for m in mentions if sent.start <= m.start < sent.end
                     and m.actor.kind == "organisation" and m.start not in quoted
                     and not _modifier(sent.doc[m.start:m.end].root)),
                    key=lambda m: m.start)
    if ranked:
        return ranked[0].actor
    speaking = _speaking_state(sent, mentions)
    if speaking is not None:
        return speaking
    for token in sent:
        # "the Russian readout", "a Chinese statement": the state's foreign ministry, which
        # issues the readouts of diplomatic contacts.
        if token.lower_ in STATEMENT_WORDS and (token.tag_.startswith("NN") or token.dep_ in {
                "nsubj", "nsubjpass", "pobj", "dobj"}):
            for child in token.children:
                found = ministry_of(child.text) if child.dep_ in {"amod", "compound"} else None
                if found:
                    return found
    return None


def _quoted_words(sent: Any) -> set[int]:
    """The words between double quote marks in a sentence: a body named in what the
    statement says ("... NATO's open-door policy," the statement added) did not issue it.
    A straight mark opens or closes by turns."""
    inside, words = False, set()
    for token in sent:
        if token.text == '"':
            inside = not inside
        elif token.text in DOUBLE_OPEN or token.text in DOUBLE_CLOSE:
            inside = token.text in DOUBLE_OPEN and token.text not in DOUBLE_CLOSE
        elif inside:
            words.add(token.i)
    return words


def _modifier(root: Any) -> bool:
    """"a threat to a NATO ally": a body that only qualifies another noun, not a statement
    ("the ASEAN statement"), issued nothing."""
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.lower_ not in STATEMENT_WORDS


def _speaking_state(sent: Any, mentions: Sequence[TokenMention]) -> ActorRef | None:
    """"Moscow said on Tuesday ...", "China said in a statement": a state (or its capital)
    as the subject of a speech verb is the author of what "it added" next."""
    for token in sent:
        if token.lower_ not in CUES or not token.tag_.startswith("VB"):
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            mention = _mention_in(subject, mentions)
            if mention is not None and mention.actor.kind == "country" and (
                    mention.start <= subject.i < mention.end):
                return mention.actor
    return None


def channel(sent: Any, inside: set[int]) -> str | None:
    """Where it was said: "Telegram", "statement", "reporters", "interview", "CCTV"."""
    words = [t for t in sent if t.i not in inside]
    lowered = [t.lower_ for t in words]
    for token in words:
        if token.lower_ in OUTLETS or token.text in {"X", "Twitter", "Weibo", "Telegram"}:
            if token.text == "X" and token.head.lower_ not in {"on", "post"}:
                continue
            return str(token.text)
    for key, label in (("interview", "interview"), ("conference", "press conference"),
                       ("briefing", "press briefing"), ("reporters", "reporters"),
                       ("statement", "statement"), ("readout", "readout"),
                       ("post", "social media post"), ("speech", "speech")):
        if key in lowered:
            return label
    return None
