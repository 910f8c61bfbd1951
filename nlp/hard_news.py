"""Hard news said of a named relative: "his wife maureen is in hospital, knee replacement",
"her husband ravi had a stroke". The detail tagger stops at the name ("wife maureen"), so
the news was lost and the coach asked the user's contact about rugby; kept on the relative,
it makes the coach gentle with the family (coach/ideas.py hard_time)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.people import Person

HARD = frozenset(
    "hospital hospitalised hospitalized hospice icu stroke cancer chemo chemotherapy surgery "
    "operation passed died dying sick ill illness miscarriage".split()
)
_PRONOUNS = frozenset("he she they i we he's she's they're".split())
_ENDS = frozenset(". ; ! ? ( )".split())
_REACH = 12  # tokens after the name: one clause of news


def relatives_hard_news(doc: Doc, people: list[Person]) -> list[tuple[Person, str]]:
    """Each named relative with the hard news said right after their name."""
    starts = {m.start for p in people for m in p.mentions}
    found = []
    for person in people:
        if person.relation is None:
            continue
        for mention in person.mentions:
            clause = _clause_after(doc, mention, starts)
            if clause is not None and any(t.lower_ in HARD for t in clause):
                found.append((person, clause.text))
                break
    return found


def _clause_after(doc: Doc, mention: Span, starts: set[int]) -> Span | None:
    """ "is in hospital, knee replacement" after "maureen": up to the end of the sentence,
    another person, or a comma before someone else's clause ("…, he's doing the school run")."""
    k = mention.end
    if k >= len(doc) or doc[k].pos_ not in ("AUX", "VERB"):
        return None  # "ravi had…", "maureen is…": a sentence about them
    end = k
    while end < min(len(doc), mention.end + _REACH):
        tok = doc[end]
        if tok.text in _ENDS or "\n" in tok.text or end in starts:
            break
        if (
            tok.text == ","
            and end + 1 < len(doc)
            and (doc[end + 1].lower_ in _PRONOUNS or end + 1 in starts)
        ):
            break
        end += 1
    return doc[k:end] if end > k else None
