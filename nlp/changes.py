"""What a note changes in what is known: "switched to Compass", "correction: VP of Finance,
not CFO". Exact patterns over the read note; the coach applies them to stored contacts."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from nlp.lexicon import FAMILY_NOUNS, MONTHS, PLACES, WEEKDAYS, proper_case
from nlp.outcomes import AGREED, agreed_on, no_longer_needs
from nlp.people import RELATIVES, Person, a_journeys_end, only_a_nickname
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
        if any(w in _MOVED for w in words) and not _premises_moved(doc, lo, hi):
            unit_orgs = [o for o in orgs if lo <= o.start < hi]
            new = [o for o in unit_orgs if not _after(doc, o.start, _LEFT) and not _chosen(doc, o)]
            old = [o for o in unit_orgs if _after(doc, o.start, _LEFT)]
            if not new and old:  # "moved from northwestern to rush": the model missed Rush
                new = _to_after(doc, old[0], hi) or _moved_to(doc, old[0].end, hi)
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
    """ "marco no longer needs a chef": the need is met, whoever met it; "she said yes to
    the quote for the rewiring": met by the user."""
    found = no_longer_needs(doc, lo, hi)
    agreed = AGREED if found is None else ""
    found = found or agreed_on(doc, lo, hi)
    if found is None:
        return None
    person = owner(*found)
    need = doc[found[0] : found[1]].text
    return None if person is None else Change(person.name, "met", agreed, need, "need")


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


# What a business moves, not its people: "his deli's moved to great western road".
_PREMISES = frozenset(
    "deli shop bakery cafe café salon clinic practice office offices garage restaurant "
    "studio gym bar pub workshop surgery unit premises business store takeaway chippy".split()
)
_MOVE_AUX = frozenset("'s ’s has have 's is just now finally".split())
_MOVING = frozenset("moved moving relocated".split())


def _premises_moved(doc: Doc, lo: int, hi: int) -> bool:
    """ "his deli's moved from partick to a bigger unit", "her salon has moved": the place a
    business trades from is news of it, no new employer for anyone (trial 31)."""
    for tok in doc[lo:hi]:
        if tok.lower_ not in _MOVING:
            continue
        k = tok.i - 1
        while k >= lo and doc[k].lower_ in _MOVE_AUX:
            k -= 1
        if k >= lo and doc[k].lower_ in _PREMISES:
            return True
    return False


def premises_moved_from_or_to(doc: Doc, ent: Span) -> bool:
    """ "his bakery's moved from govan to a bigger shop": the places after "from" and "to"
    are where the business trades, nobody's firm."""
    k = ent.start - 1
    if k < 1 or doc[k].lower_ not in ("from", "to", "into"):
        return False
    lo = max(0, k - 8)
    return any(t.lower_ in _MOVING for t in doc[lo:k]) and _premises_moved(doc, lo, k)


def _moved_to(doc: Doc, start: int, hi: int) -> list[Span]:
    """ "left harbour freight and moved to network rail": the firm after "moved to" or
    "joined", said later in the clause than the one left."""
    for tok in doc[start:hi]:
        if tok.lower_ not in _MOVED or tok.lower_ in _LEFT or tok.i + 1 >= hi:
            continue
        at = tok.i + 1 if tok.lower_ in ("joined", "joining") else tok.i + 2
        if at >= hi or (at == tok.i + 2 and doc[tok.i + 1].lower_ not in ("to", "over")):
            continue
        end = at
        while end < hi and end - at < 4 and not doc[end].is_punct:
            if doc[end].lower_ in _NAME_STOPS or doc[end].ent_type_ in ("DATE", "GPE", "LOC"):
                break
            if doc[end].is_stop:
                break
            end += 1
        if end > at:
            return [Span(doc, at, end, label="ORG")]
    return []


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


def _where_met(doc: Doc, start: int) -> bool:
    """ "met him at the Kenya Society gala": the organisation is where they met."""
    lead = [t.lower_ for t in doc[max(0, start - 5) : start]]
    return bool(lead) and lead[-1] in ("at", "the") and bool({"met", "meet"} & set(lead))


# "his firm is Asante Tax & Tech", "diego vega's company is Vega Builders".
_FIRM_NOUNS = frozenset("firm company business employer agency practice".split())
_WORKS = frozenset("works working".split())


def firms_said(doc: Doc, owner: OwnerAt) -> list[Change]:
    """A known contact's firm said outright: "lucia works at Banco Azul", "his firm is Vega
    Builders", "nkechi is with Zenith". News of them, or with "not with Akan" before it a
    correction; no meeting either way. A new person's firm is read as it always is."""
    changes = []
    for org in (e for e in doc.ents if e.label_ == "ORG"):
        lead = [t.lower_ for t in doc[max(0, org.start - 3) : org.start]]
        # ("is at Stanford Hospital" may be a stay, not a job: only "is with")
        said = len(lead) >= 2 and (
            (lead[-1] == "is" and lead[-2] in _FIRM_NOUNS)
            or (lead[-1] in ("at", "for", "with") and lead[-2] in _WORKS)
            or (lead[-1] == "with" and lead[-2] == "is")
        )
        person = owner(org.start, org.end) if said else None
        if person is None or not person.known or person.is_relative:
            continue
        old = _not_with(doc, org.start)
        changes.append(Change(person.name, "org", org.text, old, None, old is not None))
    return changes + [
        c for c in _firm_put_right(doc, owner) if not any(o.person == c.person for o in changes)
    ]


# Words between "his firm is" and the name that say nothing of it: "is just Hussain Lettings".
_FIRM_FILLERS = frozenset("just actually really now only called".split())
_NAME_ENDS = frozenset(", . ; ! ? and but".split())


def _firm_put_right(doc: Doc, owner: OwnerAt) -> list[Change]:
    """ "farid's firm is just malik motors not malik motor services": a known contact's firm
    name put right, whether the model read either name as a firm or not (trial 31)."""
    changes = []
    for tok in doc[1:-3]:
        if tok.lower_ not in _FIRM_NOUNS or doc[tok.i + 1].lower_ not in ("is", "'s"):
            continue
        start = tok.i + 2
        while start < len(doc) and doc[start].lower_ in _FIRM_FILLERS:
            start += 1
        not_at = next(
            (t.i for t in doc[start : start + 6] if t.lower_ == "not" or t.text in _NAME_ENDS),
            None,
        )
        if not_at is None or not_at == start or doc[not_at].lower_ != "not":
            continue
        end = not_at + 1
        while end < len(doc) and end - not_at <= 5 and doc[end].text not in _NAME_ENDS:
            end += 1
        new, old = doc[start:not_at], doc[not_at + 1 : end]
        if not len(old) or any(t.is_stop and t.lower_ != "&" for t in (*new, *old)):
            continue  # "his firm is not hiring", "his company is a big one not a start-up"
        person = owner(tok.i, tok.i + 1)
        if person is None or not person.known or person.is_relative:
            continue
        changes.append(Change(person.name, "org", proper_case(new.text), old.text, None, True))
    return changes


def _not_with(doc: Doc, before: int) -> str | None:
    """ "kwame is not with Akan thats his ethnicity, his firm is…": the firm taken back."""
    sent = doc[before].sent
    for tok in doc[sent.start : before]:
        if tok.lower_ == "not" and tok.i + 2 < before and doc[tok.i + 1].lower_ in ("with", "at"):
            firm = [e for e in doc.ents if e.start == tok.i + 2]
            return firm[0].text if firm else doc[tok.i + 2].text
    return None


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
    if new.label_ == "ORG" and _where_met(doc, new.start):
        return None  # "i met him at the Ghana Association not the igbo union": no firm
    if new.label_ == "ORG":
        return Change(person.name, "org", new.text, old, None, True)
    if new.label_ == "ROLE":
        return Change(person.name, "role", new.text, old, None, True)
    if new.label_ == "family" and only_a_nickname(new.text):
        return None  # "husband goes by mags not magnus": his nickname (people.py), no detail
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


def relative_renamed(
    doc: Doc, people: list[Person], known: frozenset[str] = frozenset()
) -> list[Change]:
    """ "actually adaeze's husband is Obiora not Obinna": the known relative said wrong is
    renamed; the right name is no second husband. Only when the one said wrong is a known
    contact: "his wife is Ama not Abena" of two new names corrects nothing known."""
    changes = []
    for tok in doc[:-3]:
        if tok.lower_ not in RELATIVES or doc[tok.i + 1].lower_ not in ("is", "'s", "was"):
            continue
        start = tok.i + 2
        new_end = _name_end(doc, start)
        if new_end == start or new_end - start > 2:
            continue
        at = new_end + (1 if new_end < len(doc) and doc[new_end].text == "," else 0)
        if at >= len(doc) or doc[at].lower_ != "not":
            continue
        old_end = _name_end(doc, at + 1)
        old = [
            p
            for p in people
            if p.known and any(at < m.start and m.end <= old_end for m in p.mentions)
        ]
        if old_end == at + 1 or len(old) != 1 or _not_a_name(doc[start:new_end]):
            continue
        relative, said = old[0], doc[at + 1 : old_end].text
        for person in list(people):  # the right name is the relative, not someone new
            if person is not relative and all(
                start <= m.start and m.end <= new_end for m in person.mentions
            ):
                people.remove(person)
                for other in people:
                    if other.of is person:
                        other.of = relative
        new = _with_part(relative.name, "first", proper_case(doc[start:new_end].text), said)
        if new.casefold() != relative.name.casefold():
            changes.append(Change(relative.name, "name", new, said, None, True))
    return changes


# How a spouse is related to the one called theirs: "sue's husband is gareth" is his wife.
_SPOUSE_OF = {
    "husband": "wife", "wife": "husband", "partner": "partner", "spouse": "spouse",
    "boyfriend": "girlfriend", "girlfriend": "boyfriend", "fiancé": "fiancée", "fiancée": "fiancé",
}  # fmt: skip
_OWNS = frozenset("'s ’s".split())


def family_moved(doc: Doc, people: list[Person]) -> list[Change]:
    """ "correction: sue is gareth jones's wife, not wes thompson's", "correction: sue's
    husband is gareth jones, not wes": the relative is someone else's, and moves to them
    (trial 29: Wes was renamed "Gareth Jones Thompson"). Whether the one named after "not"
    is her relative to rename or the one she was wrongly family of, only what is stored
    says: the coach decides."""
    changes = []
    for tok in doc[2:-2]:
        word = RELATIVES.get(tok.lower_, ("", ""))[0]
        if not word or doc[tok.i - 1].lower_ not in _OWNS:
            continue
        at = tok.i + 1
        if doc[at].lower_ in ("is", "was"):  # "sue's husband is gareth jones, not wes"
            spouse = _SPOUSE_OF.get(word)
            whose = _mention_ending(people, tok.i - 1)
            start, end = at + 1, _name_end(doc, at + 1)
            if spouse is None or whose is None or end == start or end - start > 3:
                continue
            said, relation, end_at = doc[start:end], spouse, end
        else:  # "sue is gareth jones's wife, not wes thompson's"
            owner = _mention_ending(people, tok.i - 1)
            lead = owner.mentions[0].start - 1 if owner else -1
            if owner is None or lead < 1 or doc[lead].lower_ not in ("is", "'s", "was"):
                continue
            whose = _mention_ending(people, lead)
            if whose is None or whose is owner:
                continue
            said, relation, end_at = _span_of(owner, tok.i - 1), word, tok.i + 1
        at = end_at + (1 if end_at < len(doc) and doc[end_at].text == "," else 0)
        if at + 1 >= len(doc) or doc[at].lower_ != "not":
            continue
        if doc[at + 1].lower_ in RELATIVES or not doc[at + 1].is_alpha or doc[at + 1].is_stop:
            continue  # "ngoc is tuan's sister not his wife": a relation put right, no move
        new = proper_case(said.text)
        changes.append(Change(whose.name, "relation", relation, relation, None, True, new))
    return changes


def _mention_ending(people: list[Person], end: int) -> Person | None:
    return next((p for p in people if any(m.end == end for m in p.mentions)), None)


def _span_of(person: Person, end: int) -> Span:
    return next(m for m in person.mentions if m.end == end)


def follow_up_not_theirs(doc: Doc, people: list[Person]) -> list[Change]:
    """ "and its femi i need to call wednesday not her": the follow-up asked for with the
    one after "not" (here the "her" named before) is the other's; theirs is not needed."""
    changes = []
    for nt in (t for t in doc if t.lower_ == "not" and t.i + 1 < len(doc)):
        begin = nt.i
        while begin > 0 and nt.i - begin < 15 and doc[begin - 1].text not in (".", "!", "?"):
            begin -= 1  # the sentence as written (the parser may cut it at "i")
        its = next(
            (
                t.i
                for t in doc[begin : nt.i]
                if t.lower_ in ("its", "it's") or (t.lower_ == "'s" and doc[t.i - 1].lower_ == "it")
            ),
            None,
        )
        if its is None:
            continue
        theirs = next((p for p in people for m in p.mentions if its < m.start < its + 3), None)
        if theirs is None:
            continue
        other = _whom_not(doc, nt.i + 1, people, theirs)
        if other is None:
            continue
        day = next(
            (
                t.text
                for t in doc[its + 1 : nt.i]
                if t.lower_ in _DAY_WORDS or (t.ent_type_ == "DATE" and t.is_alpha)
            ),
            None,
        )
        changes.append(Change(other.name, "follow_up", "", day))
    return changes


_WHOM = {"her": "f", "him": "m"}


def _whom_not(doc: Doc, at: int, people: list[Person], theirs: Person) -> Person | None:
    """Who "not her", "not priya" is: the one named right after, or for "her" or "him"
    the last other person named before who could be called so."""
    named = next((p for p in people for m in p.mentions if m.start == at), None)
    if named is not None:
        return None if named is theirs else named
    gender = _WHOM.get(doc[at].lower_)
    if gender is None:
        return None
    before = [
        p
        for p in people
        if p is not theirs and p.first < at and p.gender in (gender, "") and not p.they
    ]
    return max(before, key=lambda p: p.first) if before else None


def name_corrections(
    doc: Doc, people: list[Person], known: frozenset[str] = frozenset()
) -> list[Change]:
    """ "jay's real name is ji-hoon kim, not hoon", "his full name is Dong-Hyun Choi": the
    person's name, corrected; "rangi's surname is te awa not te", "first name is Ngozi not
    Nkechi": a part of it. The words of the new and the old name are no one else: a person
    the model read in them is dropped from `people`. `known`: the user's contacts, for a
    part said of no one named ("his last name is Nakamura not Nakamoto")."""
    changes = []
    for tok in doc:
        head = _name_head(doc, tok.i)
        if head is None or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("is", "'s"):
            continue
        k, part = head
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
        old = doc[old_start + 1 : old_end].text if old_end > old_start + 1 else None
        whose = _whose_name(doc, people, k, part)
        if whose is None and part:
            whose = _known_by_part(doc, people, known, part, old, old_start + 1, old_end)
        if whose is None:
            continue
        if part and _not_a_name(doc[start:new_end]):
            continue  # "her family name is important to her"
        new = proper_case(" ".join(doc[start:new_end].text.split()))
        if part:
            new = _with_part(whose.name, part, new, old)
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


_NAME_ADJECTIVES = frozenset("real full actual legal proper correct right whole".split())
_OWNERS = frozenset("his her their".split())
# Words before "name" that say which part of it: "her last name", "rangi's first name".
_PARTS = {
    **dict.fromkeys("first given christian".split(), "first"),
    **dict.fromkeys("last family sur".split(), "last"),
}
_PART_NOUNS = {"surname": "last", "lastname": "last", "firstname": "first"}


def _name_head(doc: Doc, i: int) -> tuple[int, str] | None:
    """Where the words before "name" at i end (the "'s" or "his" saying whose), and the
    part of the name said ("first", "last", "" for the whole name); None for no name."""
    word = doc[i].lower_
    if word in _PART_NOUNS:
        return i - 1, _PART_NOUNS[word]
    if word != "name":
        return None
    k, part = i - 1, ""
    if k >= 0 and doc[k].lower_ in _PARTS:
        part = _PARTS[doc[k].lower_]
        k -= 1
    while k >= 0 and doc[k].lower_ in _NAME_ADJECTIVES:
        k -= 1
    return k, part


def _whose_name(doc: Doc, people: list[Person], k: int, part: str) -> Person | None:
    """Whose name the words before k say: "jay's", "his" (the one named last before), or
    for a part said alone ("met Linh at the expo, family name is Tran") the one named last."""
    if k >= 0 and doc[k].lower_ in ("'s", "’s"):
        return next((p for p in people if any(m.end == k for m in p.mentions)), None)
    if k >= 0 and doc[k].lower_ in _OWNERS:
        if _after_relative_word(doc, people, k):
            return None  # "liam's dad, his name is tomasz": the dad's name, said first
    elif not part:
        return None
    before = [p for p in people if p.first < k and not p.is_relative]
    return max(before, key=lambda p: p.first) if before else None


def _known_by_part(
    doc: Doc,
    people: list[Person],
    known: frozenset[str],
    part: str,
    old: str | None,
    start: int,
    end: int,
) -> Person | None:
    """ "his last name is Nakamura not Nakamoto": the one contact whose surname (or first
    name) is the one said wrong, as a person of the note."""
    if not old:
        return None
    said = next(
        (p for p in people if all(start <= m.start and m.end <= end for m in p.mentions)), None
    )
    if said is not None and said.known:
        return said
    key = old.casefold().split()
    whose = [
        n
        for n in known
        if len(n.split()) > len(key)
        and [
            w.casefold()
            for w in (n.split()[: len(key)] if part == "first" else n.split()[-len(key) :])
        ]
        == key
    ]
    if len(whose) != 1:
        return None
    person = Person(whose[0], [Span(doc, start, end)], known=True)
    people.append(person)
    people.sort(key=lambda p: p.first)
    return person


def _not_a_name(span: Span) -> bool:
    """Words after "surname is" that say something of it, not what it is."""
    return any(t.is_stop for t in span) or span[0].pos_ in ("ADJ", "VERB", "ADV", "AUX")


def _with_part(name: str, part: str, new: str, old: str | None) -> str:
    """The name with its first name or surname put right: "Rangi Te" with "Te Awa" for
    "Te" is Rangi Te Awa; "Linh" with the surname "Tran" is Linh Tran."""
    words = name.split()
    said = len(old.split()) if old else 1
    if part == "first":
        return " ".join([new, *words[said:]])
    if len(words) == 1:
        return f"{name} {new}"
    return " ".join([*words[: max(1, len(words) - said)], new])


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


# What may lead a name said wrong and put right: "actually it's Sione not Sean", "oops its
# Niamh not Nina", "sorry, Ngaire not Nadia", "correction - it's…".
_SLIP_LEADS = frozenset(
    "actually correction oops sorry sry my bad no wait i mean it it's its 's is was "
    ": - – — , .".split()
)


def first_name_slips(doc: Doc, people: list[Person], known: frozenset[str]) -> list[Change]:
    """ "actually it's Sione not Sean", "not Sanjay, Sanjeev", "it's Wiremu (not William)":
    a known contact's name, said wrong before, put right. The wrong word must be a word of
    exactly one contact's name and the right one none: "it's Harcourts not Barfoot" renames
    no one. The right name is no new person and neither is a firm."""
    words = [t for t in doc if not t.is_space]
    if not words or len(words) > 12:
        return []  # a note that says more than the correction is read as it is
    for nt in (t for t in words if t.lower_ == "not"):
        at = words.index(nt)
        after = [t for t in words[at + 1 :] if t.text not in ("(", ")")]
        before = [t for t in words[:at] if t.text not in ("(", ")")]
        if before and before[-1].text == ",":
            before = before[:-1]
        if len(after) >= 3 and after[1].text == "," and after[2].is_alpha:
            old, new, rest = after[0], after[2], after[3:]  # "not Sanjay, Sanjeev"
            lead = before
        elif before and after:
            old, new, rest, lead = after[0], before[-1], after[1:], before[:-1]
        else:
            continue
        if not (old.is_alpha and new.is_alpha) or old.lower_ == new.lower_:
            continue
        if new.lower_ in _DAY_WORDS or new.ent_type_ in _NOT_NAMES or new.is_stop:
            continue  # "actually it's friday, not Sean": when, not who
        if any(t.lower_ not in _SLIP_LEADS for t in lead):
            continue
        if any(not (t.is_punct or t.lower_ in _SLIP_TAILS) for t in rest):
            continue
        whose = [n for n in known if old.lower_ in n.casefold().split()]
        if len(whose) != 1 or any(new.lower_ in n.casefold().split() for n in known):
            continue
        name = whose[0]
        renamed = " ".join(
            proper_case(new.text) if w.casefold() == old.lower_ else w for w in name.split()
        )
        _no_one_else(doc, people, name, old.i, new.i)
        return [Change(name, "name", renamed, old.text, None, True)]
    return []


_NOT_NAMES = frozenset("DATE TIME GPE LOC MONEY CARDINAL ORDINAL PERCENT".split())
_SLIP_TAILS = frozenset("lol haha sorry btw oops my bad".split())


def _no_one_else(doc: Doc, people: list[Person], name: str, old: int, new: int) -> None:
    """The contact `name` is the one said wrong at `old`; the right name at `new` is no one
    else, and neither word is a firm."""
    said = {old, new}
    doc.ents = [e for e in doc.ents if not said & set(range(e.start, e.end))]
    for person in list(people):
        if person.name != name and all(set(range(m.start, m.end)) <= said for m in person.mentions):
            people.remove(person)
    if not any(p.name == name for p in people):
        people.append(Person(name, [Span(doc, old, old + 1)], known=True))
        people.sort(key=lambda p: p.first)


# How a note says which pronoun someone uses: "tama is a he", "jordan is they/them",
# "alex is a woman btw", "robin prefers they/them", "kiri goes by she/her".
PRONOUN_WORDS = {
    **dict.fromkeys("he him man guy bloke dude fella gentleman".split(), "he"),
    **dict.fromkeys("she her woman lady girl gal".split(), "she"),
    **dict.fromkeys("they them".split(), "they"),
}
_PRONOUN_VERBS = frozenset("is 's uses prefers".split())
# What may follow the pronoun before the sentence goes on: "tama is a he lol", "btw".
_PRONOUN_TAILS = frozenset("btw fyi lol haha actually too now ok okay though".split())


def pronoun_corrections(doc: Doc, people: list[Person]) -> list[Change]:
    """ "actually tama is a he not a she lol", "sam's a she", "jordan is they/them": the
    pronoun the note says someone uses, over any guessed from their name: a change for a
    known contact, the person's pronoun for anyone. Only a pronoun the sentence ends on:
    "sam's a sheep farmer", "a man of his word" say none."""
    changes = []
    for person in people:
        for mention in person.mentions:
            j = mention.end
            if j + 1 < len(doc) and doc[j].lower_ == "goes" and doc[j + 1].lower_ == "by":
                j += 1  # "kiri goes by she/her"
            elif j >= len(doc) or doc[j].lower_ not in _PRONOUN_VERBS:
                continue
            said = _pronoun_said(doc, j + 1)
            if said is None:
                continue
            new, end = said
            old = None
            if end < len(doc) and doc[end].lower_ == "not":
                before = _pronoun_said(doc, end + 1)
                if before is None:
                    continue
                old, end = before
            while end < len(doc) and doc[end].lower_ in _PRONOUN_TAILS:
                end += 1
            if end < len(doc) and not (
                doc[end].is_punct or doc[end].is_space or doc[end].lower_ in ("and", "but")
            ):
                continue  # "sam's a sheep farmer": no pronoun
            person.gender = {"he": "m", "she": "f"}.get(new, "")
            person.they = new == "they"
            if person.known:  # a known contact's is a correction; a new one's, how they are
                changes.append(Change(person.name, "pronoun", new, old, None, True))
            break
    return changes


def _pronoun_said(doc: Doc, at: int) -> tuple[str, int] | None:
    """The pronoun said from `at` ("a he", "they/them", "a woman") and where it ends."""
    if at < len(doc) and doc[at].lower_ in _ARTICLES:
        at += 1
    if at >= len(doc) or doc[at].lower_ not in PRONOUN_WORDS:
        return None
    said, end = PRONOUN_WORDS[doc[at].lower_], at + 1
    # "they/them", "he / him": the pair says one pronoun
    if end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].lower_ in PRONOUN_WORDS:
        if PRONOUN_WORDS[doc[end + 1].lower_] != said:
            return None
        end += 2
    return said, end
