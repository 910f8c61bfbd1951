"""Sports, games, crafts and music people do for love, in the many countries notes come from:
"plays camogie", "does the birkebeiner every year", "learning the sitar", "she quilts".

The detail model knows the pastimes of its training notes; one it never saw it reads as a
job ("woodworking"), a plan ("learning the oud") or a relative's line ("plays netball").
A detail that is such a pastime is an interest, and so is a team someone supports."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span

from nlp.lexicon import FAMILY_NOUNS, FANDOM

# One word each, as said in lower case; several words are matched on their first.
_SPORTS = (
    "shinty hurling camogie gaelic gaa spearfishing freediving kabaddi takraw netball "
    "bowls korfball korfbal sumo kendo judo karate taekwondo jiu-jitsu wrestling fencing "
    "curling polo lacrosse handball futsal 5-a-side five-a-side parkrun hillwalking "
    "bouldering climbing kayaking canoeing sailing surfing windsurfing kitesurfing "
    "snowboarding skiing ski biathlon vasaloppet birkebeiner orienteering rowing "
    "triathlon marathons petanque boules fishing angling falconry birdwatching "
    "birding archery darts snooker billiards cricket rugby hockey marathon "
    # the rodeo's: "team roping", "big rodeo guy"
    "rodeo roping barrel-racing"
).split()
_CRAFTS = (
    "quilting quilts quilt woodworking woodwork woodturning knitting crochet embroidery "
    "pottery ceramics weaving calligraphy origami bonsai gardening beekeeping mahjong chess "
    # games and crafts of Turkey, the Caribbean, Indonesia and Malaysia, Japan
    "tavla backgammon dominoes batik ikebana"
).split()
_MUSIC = (
    "veena oud sitar tabla sarod santoor erhu guzheng koto shamisen bouzouki baglama saz "
    "kora djembe bagpipes fiddle banjo ukulele accordion bandura balalaika "
    "harmonium mridangam dhol qanun ney mbira steelpan choir"
).split()
PASTIMES: frozenset[str] = frozenset(_SPORTS + _CRAFTS + _MUSIC)

# Two words that are one pastime: "water polo", "lawn bowls", "sepak takraw".
PASTIME_PAIRS: frozenset[tuple[str, str]] = frozenset(
    (a, b)
    for a, b in (
        pair.split()
        for pair in (
            "water polo",
            "lawn bowls",
            "sepak takraw",
            "gaelic football",
            "cross-country skiing",
            "cross-country ski",
            "park run",
            "touch rugby",
            "ice hockey",
            "field hockey",
            "sea swimming",
            "wild swimming",
            "fly fishing",
            "table tennis",
            "ten pin",
            "team ropes",
        )
    )
)

# Words that make a pastime someone's trade: "sells quilting supplies", "a bonsai nursery".
_TRADE = frozenset(
    "sells selling shop store business company firm supplies supplier nursery importer "
    "exporter distributor teaches teacher instructor lessons clients customers brand studio "
    "classes coach coaches referee professional pro player academy charter director "
    "conductor".split()
)
# Words that make a pastime a plan: "signed up for the vasaloppet next year".
_PLANNED = frozenset("next signed entered entering booked training planning hopes".split())


def pastime_at(span: Span) -> bool:
    """The span names a pastime ("water polo", "the veena", "5-a-side"); a firm's or a
    person's name is none ("Cricket Australia")."""
    words = [t.lower_ if t.ent_type_ not in _NAMES else "" for t in span]
    if any(w in PASTIMES for w in words):
        return True
    return any((a, b) in PASTIME_PAIRS for a, b in itertools.pairwise(words))


_NAMES = frozenset("ORG PERSON GPE FAC".split())


def pastimes_apart(doc: Doc) -> None:
    """ "plays the mbira", "does ikebana": a pastime typed lowercase that the model read as
    a firm or a person is no name; its word is then read as the pastime it is."""
    kept = [e for e in doc.ents if not _a_pastime_named(e)]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def _a_pastime_named(ent: Span) -> bool:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in FANDOM:
        return False  # "big gaa fan": the association followed, a name
    return ent.label_ in _NAMES and all(t.is_lower and t.lower_ in PASTIMES for t in ent)


def as_interest(span: Span, label: str) -> bool:
    """A job, plan, relative's line or topic that is a pastime is an interest ("plays water
    polo", "learning the oud"); one sold, taught or planned stays what it was. A need or an
    offer is only ever the pastime itself when the model took a bare name for one."""
    if not pastime_at(span):
        return False
    words = {t.lower_ for t in span}
    if label in ("need", "offer"):
        return all(t.lower_ == "the" or t.lower_ in PASTIMES or not t.is_alpha for t in span)
    if label == "family" and (words & FAMILY_NOUNS or any(t.ent_type_ == "PERSON" for t in span)):
        return False  # "daughter Aoife plays camogie": the relative's line, said whole
    if label == "plan" and (words & _PLANNED or any(t.ent_type_ == "DATE" for t in span)):
        return False
    return label in ("work", "plan", "family", "topic") and not words & _TRADE


# What is said before a pastime someone does: "mad keen on shinty", "fond of cricket",
# "he like to fish" (English as a second language drops the verb's ending).
_KEEN = frozenset(
    "keen into loves love likes like enjoys enjoy plays play does do fond mad obsessed "
    "crazy big avid".split()
)


def pastimes_unread(doc: Doc, details: list[Span]) -> list[Span]:
    """Pastimes the detail model left unread after words that say someone does them:
    "mad keen on shinty and hillwalking", "keen on spearfishing off the cape"."""
    taken = {i for d in details for i in range(d.start, d.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.i in taken or not _a_pastime_word(doc, tok.i) or tok.ent_type_ in _NAMES:
            continue
        if found and found[-1].end > tok.i:
            continue
        if not any(t.lower_ in _KEEN for t in doc[max(tok.i - 3, 0) : tok.i]):
            continue
        end = tok.i + 1 + (tok.i + 1 < len(doc) and _pair_at(doc, tok.i))
        # "shinty and hillwalking": one list of pastimes
        while end + 1 < len(doc) and doc[end].lower_ == "and" and _a_pastime_word(doc, end + 1):
            end += 2 + _pair_at(doc, end + 1)
        if not taken & set(range(tok.i, end)):  # "touch rugby" where "rugby" was read
            found.append(Span(doc, tok.i, end, label="interest"))
    return found


def _a_pastime_word(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in PASTIMES or _pair_at(doc, i)


def _pair_at(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in PASTIME_PAIRS


def teams_unread(details: list[Span], teams: list[Span]) -> list[Span]:
    """A team someone supports ("he support Lahore Qalandars", "is supporting Al Ahly") is
    an interest of theirs, when no detail already says so."""
    taken = {i for d in details for i in range(d.start, d.end)}
    return [
        Span(t.doc, t.start, t.end, label="interest")
        for t in teams
        if not taken & set(range(t.start, t.end))
    ]
