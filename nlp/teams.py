"""The team someone follows or plays for, said by what fans and players say: "supports
Partick Thistle", "mad about the Scarlets", "obsessed w/ the dodgers", "plays prop for
Norths", "a Hawkeyes guy". A team is an organisation of its own, never a person, and never
their employer (nlp/reading.py keeps teams off the card's firm)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import DEMONYMS, FAMILY_NOUNS, first_names
from nlp.people import a_team

# "supports Chelsea", "supporting the Ospreys": the verb says a fan.
_SUPPORTS = frozenset("supports supporting".split())
# "mad about the Scarlets", "obsessed w/ the lakers", "loves her some grizzlies": a team
# said by a plural after these; "obsessed with robotics" names no team.
_KEEN = {
    "mad": ("about", "for"),
    "crazy": ("about", "for"),
    "nuts": ("about",),
    "obsessed": ("with", "w/"),
}
# Plurals said after "mad about the" that are people or things, no team: "mad about the
# refs the entire game", "crazy about the grandkids".
_NO_TEAM = FAMILY_NOUNS | frozenset(
    "refs referees kids grandkids dogs cats details numbers books plants cars shows films "
    "movies songs lyrics holidays hills mountains beaches views".split()
)
# "a big fan of the Canucks", "tifosa of Juventus", "lifelong supporter of Hearts".
_FAN_OF = frozenset(
    "fan fans supporter supporters fanatic tifoso tifosa tifosi hincha torcedor".split()
)
# Said right before "into the": "is super into the Broncos" (not "moved into the…").
_KEEN_INTO = frozenset("is 's ’s are 're ’re super really so big huge very totally proper".split())
# A team's place of a name's words: "Heart of Midlothian", "Brighton & Hove Albion".
_INNER = frozenset("of & and".split())
_TEAM_TAGS = ("", "PERSON", "ROLE", "GPE", "NORP", "ORG")


def followed_teams(doc: Doc) -> list[Span]:
    """The teams the note says someone follows or plays for."""
    found: list[Span] = []
    for tok in doc:
        said = _team_said(doc, tok.i)
        if said is None:
            continue
        start, keen = said
        end = _title_run(doc, start)
        if keen and not doc[end - 1].lower_.endswith("s"):
            end = start  # "obsessed with Formula 1", "the Zamboni": no team's name
        if end == start and keen and _plural_team(doc, start):
            end = start + 1
        if end > start and doc[start].lower_ not in first_names():
            found.append(Span(doc, start, end, label="ORG"))
    found += [
        Span(doc, tok.i, tok.i + 1, label="ORG")
        for tok in doc[:-1]
        if tok.ent_type_ in ("GPE", "NORP")
        and tok.lower_ not in DEMONYMS
        and tok.lower_.endswith("s")
        and a_team(doc, tok.i)
    ]  # "a Hawkeyes guy", "a Corinthians fanatic": a team the model read as a place or people
    return found


def _team_said(doc: Doc, i: int) -> tuple[int, bool] | None:
    """Where a team's name starts when the words ending at `i` say someone follows or plays
    for a team, and whether they were a fan's keen words (said of more than teams)."""
    tok = doc[i]
    lower = tok.lower_
    nxt = i + 1
    keen = False
    if lower in _SUPPORTS or (lower == "support" and tok.pos_ == "VERB"):
        pass  # "both support the Ospreys" ("tech support" is help)
    elif lower in _KEEN and nxt < len(doc) and doc[nxt].lower_ in _KEEN[lower]:
        nxt, keen = nxt + 1, True
    elif lower in ("loves", "love") and doc[nxt : nxt + 2].text.lower() in ("her some", "his some"):
        nxt, keen = nxt + 2, True
    elif lower in _FAN_OF and nxt < len(doc) and doc[nxt].lower_ == "of":
        nxt += 1  # "a big fan of Man City": the capitalised name after it
    elif lower == "into" and i and doc[i - 1].lower_ in _KEEN_INTO and _the_next(doc, nxt):
        keen = True  # "super into the Broncos": a plural name, like "mad about the…"
    elif tok.lemma_ == "play" and tok.pos_ == "VERB":
        after = _after_for(doc, nxt)  # "plays prop for Norths", "plays junior hockey for the…"
        if after is None:
            return None
        nxt = after
    else:
        return None
    if nxt < len(doc) and doc[nxt].lower_ == "the":
        nxt += 1
    return (nxt, keen) if nxt < len(doc) else None


def _the_next(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].lower_ == "the"


def _after_for(doc: Doc, i: int) -> int | None:
    """After "plays": one or two words of what they play, then "for"."""
    for k in range(i + 1, min(i + 3, len(doc))):
        if doc[k].lower_ == "for":
            if all(t.is_alpha and t.is_lower for t in doc[i:k]):
                return k + 1
            return None
    return None


def _title_run(doc: Doc, start: int) -> int:
    """The end of the capitalised words from `start`: "Heart of Midlothian", "Norths"."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].ent_type_ in _TEAM_TAGS:
        if not (_capitalised(doc[end]) or _joins_names(doc, start, end)):
            break
        end += 1
    return end


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper) and not tok.is_sent_start


def _joins_names(doc: Doc, start: int, i: int) -> bool:
    """ "of" in "Heart of Midlothian": between two capitalised words."""
    return doc[i].lower_ in _INNER and i > start and i + 1 < len(doc) and doc[i + 1].is_title


def _plural_team(doc: Doc, start: int) -> bool:
    """ "obsessed w/ the dodgers", "loves her some grizzlies": one plural said after a fan's
    words and "the" (or "some"), ending the clause."""
    tok = doc[start]
    if doc[start - 1].lower_ not in ("the", "some"):
        return False  # "obsessed with robotics"
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    ends = nxt is None or not nxt.is_alpha or nxt.lower_ == "lol"
    return (
        tok.is_alpha
        and tok.lower_.endswith("s")
        and tok.tag_ in ("NNS", "NNPS", "NNP")
        and tok.lower_ not in _NO_TEAM
        and ends
    )


def orgs_apart(doc: Doc, orgs: list[Span]) -> None:
    """ "supports Partick Thistle", "Ghana Nurses Assoc. christmas party": a team or body the
    model read as a person, a place or nothing is an organisation, so nobody is met by its
    name."""
    orgs = _apart(orgs)
    if not orgs:
        return
    kept = []
    for ent in doc.ents:
        over = [t for t in orgs if ent.start < t.end and t.start < ent.end]
        if not over:
            kept.append(ent)
        elif ent.start < over[0].start and ent.end <= over[0].end:
            # "Kemi Adeyemi PTA": the name said before the body stays hers
            kept.append(Span(doc, ent.start, over[0].start, label=ent.label_))
    doc.ents = sorted(kept + orgs, key=lambda e: e.start)


def _apart(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not out or span.start >= out[-1].end:
            out.append(span)
    return out
