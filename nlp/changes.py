"""What a note changes in what is known: "switched to Compass", "correction: VP of Finance,
not CFO". Exact patterns over the read note; the coach applies them to stored contacts."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from nlp.lexicon import FAMILY_NOUNS, MONTHS, PLACES, WEEKDAYS, proper_case
from nlp.outcomes import no_longer_needs
from nlp.people import RELATIVES, Person, a_journeys_end
from nlp.schema import Change, FactKind

_MOVED = frozenset(
    "switched switching joined joining moved moving left leaving jumped went now "
    "transferred started".split()
)
_LEFT = frozenset("left leaving quit from".split())
_CORRECTION = frozenset("correction correct actually wrong mistaken oops fix".split())
OwnerAt = Callable[[int, int], Person | None]


def find_changes(doc: Doc, units: list[int], owner: OwnerAt, details: list[Span]) -> list[Change]:
    changes: list[Change] = []
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    roles = [e for e in doc.ents if e.label_ == "ROLE"]
    corrected = any(t.lower_ in _CORRECTION for t in doc)
    for unit in sorted(set(units)):
        toks = [t for t in doc if units[t.i] == unit]
        if not toks:
            continue
        lo, hi = toks[0].i, toks[-1].i + 1
        words = [t.lower_ for t in toks]
        not_at = next((t.i for t in toks if t.lower_ == "not"), None)
        if not_at is not None and _a_day_after(doc, not_at):
            continue  # "mid january, not friday": a follow-up moved (nlp/followups.py)
        if not_at is not None and (corrected or "," in words or "but" in words):
            change = _correction(doc, lo, hi, not_at, orgs, roles, details, owner)
            if change is not None:
                changes.append(change)
                continue
        met = _need_met(doc, lo, hi, owner)
        if met is not None:
            changes.append(met)
            continue
        if any(w in _MOVED for w in words):
            unit_orgs = [o for o in orgs if lo <= o.start < hi]
            new = [o for o in unit_orgs if not _after(doc, o.start, _LEFT) and not _chosen(doc, o)]
            old = [o for o in unit_orgs if _after(doc, o.start, _LEFT)]
            if not new and old:  # "moved from northwestern to rush": the model missed Rush
                new = _to_after(doc, old[0], hi)
            if not new and not old:  # "she moved from td to rbc": neither read as a firm
                old, new = _from_to(doc, lo, hi)
            if any(a_journeys_end(o) for o in old + new):
                new = []  # "moving from Harrogate to Ripon": a new home, not a new firm
            if new and any(doc[k].lower_ in RELATIVES for k in range(lo, new[-1].start)):
                new = []  # "her daughter just started at UCLA": the daughter's news
            if new:
                person = owner(new[-1].start, new[-1].end)
                if person is not None:
                    changes.append(
                        Change(person.name, "org", new[-1].text, old[0].text if old else None)
                    )
    return changes


# Words that start a date: "not friday", "not next week", "not the 3rd".
_DAY_WORDS = frozenset(WEEKDAYS) | MONTHS | frozenset("today tomorrow tonight tmrw".split())
_DAY_LEADS = frozenset("next this early mid late".split())
_SPANS = frozenset("week weekend month year".split())


def _a_day_after(doc: Doc, not_at: int) -> bool:
    """ "not friday", "not next week": what "not" takes back is when, not a fact."""
    words = [t.lower_ for t in doc[not_at + 1 : not_at + 3]]
    if not words:
        return False
    if words[0] in _DAY_WORDS or doc[not_at + 1].ent_type_ == "DATE":
        return True
    return words[0] in _DAY_LEADS and len(words) > 1 and words[1] in _DAY_WORDS | _SPANS


def _need_met(doc: Doc, lo: int, hi: int, owner: OwnerAt) -> Change | None:
    """ "marco no longer needs a chef": the need is met, whoever met it."""
    found = no_longer_needs(doc, lo, hi)
    if found is None:
        return None
    person = owner(*found)
    need = doc[found[0] : found[1]].text
    return None if person is None else Change(person.name, "met", "", need, "need")


_NAME_STOPS = frozenset("in on at last this next since as and but for after before".split())


def _from_to(doc: Doc, lo: int, hi: int) -> tuple[list[Span], list[Span]]:
    """ "moved from td to rbc", "went from deloitte to kpmg": two firms the model missed; not
    places ("moved from dallas to houston")."""
    for tok in doc[lo:hi]:
        if tok.lower_ != "from" or tok.i == 0 or doc[tok.i - 1].lower_ not in _MOVED:
            continue
        to = next((t.i for t in doc[tok.i + 1 : min(hi, tok.i + 5)] if t.lower_ == "to"), None)
        if to is None or to == tok.i + 1:
            continue
        old = Span(doc, tok.i + 1, to, label="ORG")
        new = _to_after(doc, old, hi)
        spans = [old, *new]
        if not new or any(_a_place(s) for s in spans):
            continue
        return [old], new
    return [], []


def _a_place(span: Span) -> bool:
    return span.text.casefold() in PLACES or any(
        t.ent_type_ in ("GPE", "LOC", "DATE") or t.is_punct for t in span
    )


def _to_after(doc: Doc, old: Span, hi: int) -> list[Span]:
    """ "from <org> to X": X is the organisation they moved to, whatever the model saw."""
    if old.end + 1 >= hi or doc[old.end].lower_ != "to":
        return []
    end = old.end + 1
    while end < hi and end - old.end <= 4 and not doc[end].is_punct:
        if doc[end].lower_ in _NAME_STOPS or doc[end].ent_type_ in ("DATE", "GPE", "LOC"):
            break
        end += 1
    if end == old.end + 1:
        return []
    return [Span(doc, old.end + 1, end, label="ORG")]


def _chosen(doc: Doc, org: Span) -> bool:
    """ "they went with gusto for payroll": a vendor chosen, not a new employer."""
    return (
        org.start >= 2
        and doc[org.start - 1].lower_ == "with"
        and doc[org.start - 2].lower_
        in (
            "went",
            "go",
            "going",
            "chose",
        )
    )


def _after(doc: Doc, i: int, words: frozenset[str]) -> bool:
    return any(doc[k].lower_ in words for k in range(max(0, i - 2), i))


def _correction(
    doc: Doc,
    lo: int,
    hi: int,
    not_at: int,
    orgs: list[Span],
    roles: list[Span],
    details: list[Span],
    owner: OwnerAt,
) -> Change | None:
    """ "Priya is VP of Finance, not CFO", "he's with Suncor, not Cenovus": what is said
    before "not" replaces what follows it."""
    known = (*orgs, *roles, *details)
    before = [s for s in known if lo <= s.start and s.end <= not_at]
    # "raj is the one with the dodgy shoulder not priyanka": whatever else the run-on said
    the_one = _the_one(doc, lo, hi, not_at, owner)
    if the_one is not None or not before:
        return the_one
    # The last thing said before "not"; an organisation or role over a detail at one place.
    new = max(before, key=lambda s: (s.end, s.label_ in ("ORG", "ROLE")))
    # what "not" takes back is right after it ("VP of Finance, not CFO"), not a need said
    # later in the sentence ("not going independent after all but still wants an accountant")
    after = [s for s in known if not_at < s.start < min(hi, not_at + 4)]
    old = after[0].text if after else _words_after(doc, not_at, hi)
    # Whose it is: the person named last before the new fact ("linh's husband minh is a
    # paramedic, not a firefighter" corrects Minh, not Linh).
    person = owner(new.start, new.end) or owner(lo, hi)
    if person is None or not old:
        return None
    if new.label_ == "ORG":
        return Change(person.name, "org", new.text, old, None, True)
    if new.label_ == "ROLE":
        return Change(person.name, "role", new.text, old, None, True)
    kind: FactKind = new.label_  # type: ignore[assignment]
    return Change(person.name, "detail", new.text, old, kind, True)


_ARTICLES = frozenset("a an the".split())
_THE_ONE_LEADS = frozenset("is 's was".split())


def _the_one(doc: Doc, lo: int, hi: int, not_at: int, owner: OwnerAt) -> Change | None:
    """ "actually niamh's the one with the dodgy hamstring, not wei", "callum is the one who
    has the stress fracture, not jomo": the person named before "the one" has what follows
    it, not the one after "not"."""
    at = next(
        (
            t.i
            for t in reversed(doc[lo + 1 : not_at - 2])
            if t.lower_ == "the"
            and doc[t.i + 1].lower_ == "one"
            and doc[t.i - 1].lower_ in _THE_ONE_LEADS
        ),
        None,
    )
    if at is None or doc[at + 2].lower_ not in ("with", "who", "that"):
        return None
    end = not_at
    while end > at + 3 and doc[end - 1].is_punct:
        end -= 1
    words = [t.text for t in doc[at + 3 : end]]
    if not words or len(words) > 8:
        return None
    if doc[at + 2].lower_ == "with":  # "with the dodgy hamstring": "has a dodgy hamstring"
        words = ["has", "a" if words[0].lower() == "the" else words[0], *words[1:]]
    person = owner(at - 1, at)
    old = _words_after(doc, not_at, hi)
    if person is None or not old or old.casefold() == person.name.casefold():
        return None
    return Change(person.name, "detail", " ".join(words), old, "plan", True)


def _words_after(doc: Doc, not_at: int, hi: int) -> str:
    """ "not a boy." -> "boy": the rest of the clause after "not"."""
    toks = [t for t in doc[not_at + 1 : hi] if not t.is_punct]
    while toks and toks[0].lower_ in _ARTICLES:
        toks = toks[1:]
    if not toks or len(toks) > 6:
        return ""
    return doc[toks[0].i : toks[-1].i + 1].text


def relation_corrections(doc: Doc, people: list[Person]) -> list[Change]:
    """ "correction: Ama is his wife, not girlfriend": how a relative is related, corrected.
    The person named before "is" is the relative; the relation word before "not" is new."""
    changes = []
    for nt in (t for t in doc if t.lower_ == "not"):
        before = [t for t in doc[max(0, nt.i - 5) : nt.i] if t.lower_ in RELATIVES]
        after = [t for t in doc[nt.i + 1 : nt.i + 4] if t.lower_ in RELATIVES]
        if not before or not after:
            continue
        named = [
            p
            for p in people
            if any(m.end <= before[0].i and before[0].i - m.end <= 3 for m in p.mentions)
        ]
        if not named or not any(t.lower_ in ("is", "'s", "was") for t in doc[nt.i - 5 : nt.i]):
            continue
        # "linh is thanh's sister, not his wife": the one named before "is" is the relative
        subject = [
            p
            for p in named
            if any(m.end < len(doc) and doc[m.end].lower_ in ("is", "was") for m in p.mentions)
        ]
        named = subject or named
        new, old = RELATIVES[before[-1].lower_][0], RELATIVES[after[0].lower_][0]
        if new != old:
            changes.append(Change(named[-1].name, "relation", new, old, None, True))
    return changes


_NAME_ADJECTIVES = frozenset("real full actual legal proper correct right whole".split())
_OWNERS = frozenset("his her their".split())


def name_corrections(doc: Doc, people: list[Person]) -> list[Change]:
    """ "jay's real name is ji-hoon kim, not hoon", "his full name is Dong-Hyun Choi": the
    person's name, corrected. The words of the new and the old name are no one else: a
    person the model read in them is dropped from `people`."""
    changes = []
    for tok in doc:
        if (
            tok.lower_ != "name"
            or tok.i + 2 >= len(doc)
            or doc[tok.i + 1].lower_ not in ("is", "'s")
        ):
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in _NAME_ADJECTIVES:
            k -= 1
        if k < 0:
            continue
        whose: Person | None = None
        if doc[k].lower_ in ("'s", "’s"):
            whose = next((p for p in people if any(m.end == k for m in p.mentions)), None)
        elif doc[k].lower_ in _OWNERS:
            if _after_relative_word(doc, people, k):
                continue  # "liam's dad, his name is tomasz": the dad's name, said first
            before = [p for p in people if p.first < k and not p.is_relative]
            whose = max(before, key=lambda p: p.first) if before else None
        if whose is None:
            continue
        start = tok.i + 2
        if doc[start].lower_ == "actually":
            start += 1
        new_end = _name_end(doc, start)
        if new_end == start:
            continue
        old_start = new_end + (1 if new_end < len(doc) and doc[new_end].text == "," else 0)
        old_end = old_start
        if old_start < len(doc) and doc[old_start].lower_ == "not":
            old_end = _name_end(doc, old_start + 1)
        new = proper_case(" ".join(doc[start:new_end].text.split()))
        old = doc[old_start + 1 : old_end].text if old_end > old_start + 1 else None
        said = set(range(start, new_end)) | set(range(old_start, old_end))
        for person in list(people):
            if person is not whose and all(
                set(range(m.start, m.end)) <= said for m in person.mentions
            ):
                people.remove(person)
                for other in people:  # their relatives are now the renamed one's
                    if other.of is person:
                        other.of = whose
        if new.casefold() != whose.name.casefold():
            changes.append(Change(whose.name, "name", new, old, None, True))
    return changes


def _after_relative_word(doc: Doc, people: list[Person], k: int) -> bool:
    """The "his" or "her" at k points back to a relative word said in the same sentence, with
    nobody named in between: "kasia's mom, her name is…", "met pastor emeka's wife at the
    dinner her name is…" give the relative's name, not a new one for Kasia or Emeka."""
    named = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    j = k - 1
    while j >= 0 and k - j <= 12 and doc[j].text not in (".", "!", "?", ";") and j not in named:
        word = doc[j].lower_
        if word in RELATIVES or word in FAMILY_NOUNS:
            # "his wife came too, his name is…": a "his" is not the wife's
            said = {"his": "m", "her": "f"}.get(doc[k].lower_, "")
            return RELATIVES.get(word, ("", ""))[1] in ("", said)
        j -= 1
    return False


def _name_end(doc: Doc, start: int) -> int:
    """The end of the name said from `start`: up to four words, hyphens joining parts."""
    end, words = start, 0
    while end < len(doc) and words < 4:
        tok = doc[end]
        if tok.text in ("-", "‐") and end > start and not doc[end - 1].whitespace_:
            end += 1
            continue
        if not tok.is_alpha or tok.lower_ in ("not", "and", "but", "or"):
            break
        end += 1
        words += 1
    return end
