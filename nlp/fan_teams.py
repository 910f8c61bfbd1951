"""Teams said by a fan's word the one-word rules (nlp/people.py `a_team`, nlp/teams.py) do
not reach: a name of two words or more before it ("Orlando Pirates supporter", "Real Madrid
fan", "a mamelodi sundowns supporter"), which the model reads as a person, a job or
nothing; and a lowercase plural no dictionary knows before "guy" ("proper canucks guy").
A team is an organisation the note names, never a person met, never an employer."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import FANDOM, STOP, first_names, last_names

# "a Kaizer Chiefs guy" may be a fan, but "the British Gas guy" works there: with a name
# of two words, only a fan's own words say a team.
_GUY = frozenset("guy gal dude".split())
# Words joining a team's name: "Hearts of Oak", "Brighton & Hove Albion".
_INNER = frozenset("of &".split())
# Said before a fan's word of how keen they are, no word of a team's name: "a big fan",
# "a proper die hard supporter", "lifelong supporter".
_KEENNESS = frozenset(
    "big huge massive keen loyal lifelong proper true total avid mad hardcore die hard "
    "die-hard diehard fellow obviously".split()
)
# Shorthand plurals said before "guy" of what someone does: "a comms guy", "a stats guy".
_TRADE_PLURALS = frozenset(
    "comms stats docs specs reqs creds meds biz devops sysops finops bizops analytics "
    "numbers sales ops".split()
)
# Lowercase, only a fan's plainest words say a team: "thabo nkosi mad at me" is a person.
_PLAIN_FANDOM = frozenset("fan fans supporter supporters fanatic superfan diehard".split())
_MAX_WORDS = 4


def fans_teams(doc: Doc, english: frozenset[str]) -> list[Span]:
    """`english`: the dictionary's words, to tell "canucks" (a team) from "numbers"."""
    found = []
    for tok in doc[1:]:
        if tok.lower_ in FANDOM:
            span = _named_before(doc, tok.i, english)
        elif tok.lower_ in _GUY:
            span = _unknown_plural_before(doc, tok.i, english)
        else:
            continue
        if span is not None:
            found.append(span)
    return found


def _named_before(doc: Doc, fan: int, english: frozenset[str]) -> Span | None:
    """ "Orlando Pirates supporter", "Real Madrid fan": two capitalised words or more; or
    lowercase words, one of them no dictionary word or joined by "of" ("a mamelodi
    sundowns supporter", "a hearts of oak supporter")."""
    start = fan
    while start > 0 and fan - start < _MAX_WORDS and _a_word_of_a_name(doc, start - 1, fan):
        start -= 1
    keen = [k for k in range(start, fan) if doc[k].lower_ in _KEENNESS]
    start = keen[-1] + 1 if keen else start  # "good ole boy big aggie fan": after "big"
    while start < fan and doc[start].lower_ in _INNER:
        start += 1  # a name opens on a word of its own, not "of"
    words = doc[start:fan]
    if len(words) < 2 or doc[fan - 1].lower_ in _INNER:
        return None
    if words[0].lower_ in first_names() and words[-1].lower_ in last_names():
        return None  # "a big Taylor Swift fan": a singer's, no team ("Orlando Pirates" is)
    capitals = all(t.is_title or t.is_upper or t.lower_ in _INNER for t in words)
    unknown = any(t.lower_ not in english and t.lower_ not in _INNER for t in words)
    joined = any(t.lower_ in _INNER for t in words)
    lowercase = all(t.is_lower for t in words) and doc[fan].lower_ in _PLAIN_FANDOM
    if lowercase and words[0].lower_ in first_names():
        return None  # "a huge michael buble fan": a singer's
    if not capitals and not (lowercase and (unknown or joined)):
        return None  # "a rugby league supporter": a sport's, no team
    return Span(doc, start, fan, label="ORG")


def _a_word_of_a_name(doc: Doc, i: int, fan: int) -> bool:
    tok = doc[i]
    if not tok.is_alpha and tok.text != "&":
        return False
    if tok.lower_ in STOP and tok.lower_ not in _INNER:
        return False  # "he is a …", "she's an …": where the name starts
    if tok.ent_type_ not in ("", "PERSON", "ORG", "ROLE", "GPE", "NORP"):
        return False
    if tok.lower_ in _INNER:
        return i + 1 < fan and i > 0 and doc[i - 1].is_alpha
    return True


def _unknown_plural_before(doc: Doc, guy: int, english: frozenset[str]) -> Span | None:
    """ "obviously stormers guy", "a canucks guy through and through": a lowercase plural
    no dictionary knows, said as what sort of guy someone is."""
    tok: Token = doc[guy - 1]
    word = tok.lower_
    if not (tok.is_alpha and tok.is_lower and word.endswith("s") and len(word) > 3):
        return None
    if word in english or word[:-1] in english or word in _TRADE_PLURALS:
        return None
    if word in first_names() or word in last_names() or word in STOP:
        return None  # "the jones guy": a family's name
    if tok.ent_type_ not in ("", "ORG", "NORP"):
        return None
    return Span(doc, tok.i, tok.i + 1, label="ORG")
