"""Details said as sentences: "Ask Priya how the marathon training is going", "Congratulate
Kevin on Molly getting into Michigan", "Introduce Tom to Sarah Kim, the CPA you know: he
needs a bookkeeper".

Every line is built from a detail's parts (coach/phrases.py), never by pasting its text
after "about": a detail with no shape that reads as a sentence gives None and is left out.
Each detail is said two ways: to the user, about the person (`Talk.line`), and to the person
(`Talk.to_them`, for drafts and rewrites).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from coach.phrases import (
    DETERMINERS,
    NUMBERS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    Family,
    Phrase,
    Shape,
    clean,
    is_thing,
    read,
    read_family,
    sane,
    verb_form,
)
from nlp.dates import resolve_when


@dataclass(frozen=True)
class Pronoun:
    subject: str
    object: str
    possessive: str
    has: str  # "he has" / "they have"
    perfect: str  # "he's been" / "they've been"
    be: str  # "he's settling in" / "they're settling in"
    would: str  # "he'd enjoy"


HE = Pronoun("he", "him", "his", "has", "he's", "he's", "he'd")
SHE = Pronoun("she", "her", "her", "has", "she's", "she's", "she'd")
THEY = Pronoun("they", "them", "their", "have", "they've", "they're", "they'd")
PRONOUNS = {"he": HE, "she": SHE, "they": THEY, "m": HE, "f": SHE}


def pronoun(code: str | None) -> Pronoun:
    """ "he"/"m", "she"/"f"; anything else (not known) is "they"."""
    return PRONOUNS.get(code or "", THEY)


@dataclass(frozen=True)
class Who:
    """The person a line is about: the name lines use, and their pronoun (known or not)."""

    name: str
    pronoun: Pronoun = THEY
    known: bool = False  # the pronoun came from the notes, not a guess

    @property
    def subject(self) -> str:
        """Who "needs" or "wants": the pronoun when the notes gave it, else the name."""
        return self.pronoun.subject if self.known else self.name


@dataclass(frozen=True)
class Relative:
    """A relative of the person, recorded as a contact: whose detail this is."""

    name: str  # first name, "Molly"
    relation: str  # "daughter"
    gender: str = ""  # "m", "f" or ""


@dataclass(frozen=True)
class Detail:
    kind: str  # interest, family, need, offer, work, plan, topic
    text: str
    fact_id: int | None = None
    told_at: datetime | None = None  # when the note said it
    relative: Relative | None = None  # the detail is about this relative of the person


@dataclass(frozen=True)
class Talk:
    """One detail, ready to say: what the user does ("ask", "congratulate", "thank"), the
    words after the person's name, and the same said to them. `news`: their own news,
    which comes before small talk."""

    verb: str
    after: str
    to_them: str
    news: bool = False

    def line(self, who: Who) -> str:
        """ "Ask Priya how the marathon training is going"."""
        return f"{self.verb[:1].upper()}{self.verb[1:]} {who.name} {self.after}"

    def clause(self, who: Who) -> str:
        """The same, after another clause: "ask her how the marathon training is going"."""
        return f"{self.verb} {who.pronoun.object} {self.after}"


# --- words said to the user, and to the person --------------------------------------------

_TO_USER = {"me": "you", "my": "your", "our": "your", "us": "you", "i": "you", "myself": "yourself"}


def to_user(words: tuple[str, ...] | list[str]) -> str:
    """The note's "me" and "our" are the user: "send me their flyer" -> "send you their flyer"."""
    return " ".join(_TO_USER.get(w.casefold(), w) for w in words)


def to_them(words: tuple[str, ...] | list[str]) -> str:
    """Said to the person: their "his kitchen" is "your kitchen", "send him" is "send you"."""
    out = []
    for at, word in enumerate(words):
        lowered = word.casefold()
        after = words[at + 1].casefold() if at + 1 < len(words) else ""
        if lowered in ("his", "their"):
            out.append("your")
        elif lowered == "her":
            object_here = not after or after in DETERMINERS or after in PREPOSITIONS
            out.append("you" if object_here else "your")
        elif lowered in ("him", "them"):
            out.append("you")
        else:
            out.append(word)
    return " ".join(out)


def _article(words: tuple[str, ...]) -> str:
    """ "bookkeeper" -> "a bookkeeper", "CPA for his restaurant" -> "a CPA for his
    restaurant"; a phrase with its own determiner, a plural or a thing that is not counted
    ("help with their instagram") stays as it is."""
    text = " ".join(words)
    head = words
    for at, word in enumerate(words):
        if word.casefold() in PREPOSITIONS:
            head = words[:at]
            break
    if not head:
        return text
    first, last = head[0].casefold(), head[-1].casefold()
    if first in DETERMINERS or first in NUMBERS or last in _MASS:
        return text
    if last.endswith("s") and not last.endswith("ss") and last not in ("cpas",):
        return text
    return ("an " if first[:1] in "aeiou" else "a ") + text


def _the(words: tuple[str, ...]) -> str:
    """ "a second location" -> "the second location"; "wedding in june" -> "the wedding in
    june"; "his kitchen" stays."""
    if words[0].casefold() in ("a", "an", "some") or words[0].casefold() in NUMBERS:
        words = words[1:]
    if not words:
        return ""
    if words[0].casefold() in DETERMINERS:
        return " ".join(words)
    return "the " + " ".join(words)


_MASS = frozenset(
    "help advice funding feedback support work money capital investment insurance coverage "
    "childcare housing space staff talent leads business marketing financing".split()
)
_INTRO = ("an intro to", "intro to", "an introduction to", "introduction to", "introductions to")


def strip_intro(text: str) -> str:
    """ "an intro to a good CPA" is the CPA they need."""
    lowered = text.casefold().strip()
    for prefix in _INTRO:
        if lowered.startswith(prefix + " "):
            return text.strip()[len(prefix) + 1 :]
    return text.strip()


# --- the kinds -------------------------------------------------------------------------------

# "got into Michigan", "made partner": news to congratulate someone on.
_PROUD = frozenset(
    "win graduate pass finish earn land sign sell close publish complete qualify "
    "make promote marry engage".split()
)
_PROUD_GET = frozenset("into in accepted engaged married promoted elected certified".split())
_PLAYED = frozenset(
    "golf tennis pickleball padel squash soccer football basketball baseball softball "
    "hockey volleyball rugby cricket chess poker bridge badminton lacrosse racquetball "
    "polo darts billiards bocce cornhole mahjong ultimate".split()
)
# "cyclist" is someone into cycling.
_DOERS = {
    "cyclist": "cycling", "runner": "running", "golfer": "golf", "hiker": "hiking",
    "skier": "skiing", "surfer": "surfing", "climber": "climbing", "swimmer": "swimming",
    "sailor": "sailing", "biker": "biking", "angler": "fishing", "baker": "baking",
    "gardener": "gardening", "triathlete": "triathlons", "marathoner": "marathons",
}  # fmt: skip
# Events one goes to or does: "ran the boston marathon" -> how the boston marathon went.
_EVENT_VERBS = frozenset("run do host attend play compete race complete".split())
# Verbs whose -ing noun reads well before its object: "the marathon training".
_NOMINAL = {"train": "training", "renovate": "renovation", "remodel": "remodel",
            "launch": "launch", "plan": "planning", "expand": "expansion",
            "rebrand": "rebrand"}  # fmt: skip
_FUTURE = frozenset(
    "next tomorrow soon january february march april may june july august september "
    "october november december spring summer fall autumn winter weekend".split()
)
_DARK = frozenset("passed died funeral sick cancer surgery divorce hospital lost".split())


def talk(detail: Detail, who: Who, now: datetime | None = None) -> Talk | None:
    """What to say about one detail, or None when it has no good sentence shape."""
    if any(w.casefold() in _DARK for w in clean(detail.text)):
        return None  # hard news is for the user's own words, not a template
    if detail.relative is not None:
        return _relative(detail, who, now)
    said = {
        "interest": _interest,
        "family": _family,
        "need": _need,
        "offer": _offer,
        "work": _work,
        "plan": _plan,
        "topic": _topic,
    }.get(detail.kind)
    return said(detail, who, now) if said is not None else None


def _interest(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    words = clean(detail.text)
    if not words or not is_thing(detail.text):
        return None
    last = words[-1].casefold()
    if len(words) == 1 and last in _DOERS:
        words, last = (_DOERS[last],), _DOERS[last]
    if last in _PLAYED:
        thing = " ".join(words)
        return Talk(
            "ask",
            f"if {who.pronoun.perfect} played any {thing} lately",
            f"Have you played any {thing} lately?",
        )
    found = verb_form(words[-1])
    if found is not None and found[1] == "gerund" and words[0].casefold() not in DETERMINERS:
        doing = " ".join(words)
        return Talk(
            "ask",
            f"if {who.pronoun.perfect} been {doing} lately",
            f"Have you been {doing} lately?",
        )
    phrase = read(" ".join(words))
    if phrase.shape is not Shape.THING or phrase.words[0].casefold() in POSSESSIVES:
        return None
    thing = " ".join(phrase.words)
    return Talk("ask", f"about {thing}", f"What got you into {thing}?")


def _family(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    family = read_family(detail.text)
    if family is None:
        # No relative in it ("adopted a puppy"): their own news, if it reads as news.
        news = _plan(detail, who, now)
        if news is None or news.after.startswith("about "):
            return None
        return news
    return _about_family(family, who, now)


def _relative(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    """A detail of the person's relative: "got into Michigan" of Kevin's daughter Molly."""
    relative = detail.relative
    assert relative is not None
    if detail.kind in ("plan", "family", "work"):
        phrase = read(detail.text)
        if detail.kind == "family":
            inner = read_family(detail.text)
            phrase = inner.said if inner is not None and inner.said is not None else phrase
        family = Family(relative.relation, relative.relation, False, relative.gender,
                        relative.name, phrase)  # fmt: skip
        if phrase.shape in (Shape.NONE, Shape.THING, Shape.DO):
            return None
        return _about_family(family, who, now)
    if detail.kind == "interest":
        words = clean(detail.text)
        if not words or words[0].casefold() in DETERMINERS or len(words) > 3:
            return None  # "Molly's the cubs" is no phrase
        if any(w.casefold() in PREPOSITIONS for w in words):
            return None
        if _interest(detail, Who(relative.name), now) is None:
            return None
        thing = " ".join(words)
        return Talk(
            "ask",
            f"how {relative.name}'s {thing} is going",
            f"How is {relative.name}'s {thing} going?",
        )
    return None


def _about_family(family: Family, who: Who, now: datetime | None) -> Talk | None:
    """ "wife ana" -> how Ana is doing; "son plays hockey" -> how his son's hockey is going;
    "daughter Molly got into Michigan" -> congratulate him on Molly getting into Michigan."""
    mine = who.pronoun.possessive
    ref = family.name or f"{mine} {family.relation}"
    theirs = family.name or f"your {family.relation}"
    mark = "'" if family.plural and not family.name else "'s"
    own, own_theirs = f"{ref}{mark}", f"{theirs}{mark}"
    are = "are" if family.plural else "is"
    said = family.said
    words = " ".join([family.relation, *(said.words if said else ())]).casefold()
    if "baby" in words or "pregnant" in words or "expecting" in words:
        return _baby(family, words)
    plain = Talk("ask", f"how {ref} {are} doing", f"How {are} {theirs} doing?")
    if said is None or said.shape in (Shape.NONE, Shape.THING):
        return plain
    if said.shape is Shape.DO and not family.plural:
        return plain
    verb = said.verb
    assert verb is not None
    if said.shape is Shape.DO and family.plural:
        said = Phrase(Shape.DOES, said.words, verb, said.rest, said.particle)  # "kids play"
    if said.shape is Shape.DOES:
        if (
            verb.base == "play"
            and is_thing(" ".join(said.rest))
            and said.rest[0].casefold() not in DETERMINERS
        ):
            sport = " ".join(said.rest)
            return Talk("ask", f"how {own} {sport} is going", f"How is {own_theirs} {sport} going?")
        if verb.base in ("go", "attend") and said.rest:
            place = " ".join(w for w in said.rest if w.casefold() not in ("to", "at"))
            return Talk(
                "ask",
                f"how {ref} {are} liking {place}",
                f"How {are} {theirs} liking {place}?",
            )
        return plain
    if said.shape is Shape.DOING:
        doing = " ".join(said.words)
        return Talk(
            "ask",
            f"how {to_user(said.words)} is going for {ref}",
            f"How is {doing} going for {theirs}?",
            news=True,
        )
    # Shape.DONE: news about them.
    if _proud(said):
        gerund = _gerund(said)
        if gerund is None:
            return plain
        return Talk(
            "congratulate",
            f"on {ref} {to_user(gerund.split())}",
            f"Congratulations on {theirs} {gerund}!",
            news=True,
        )
    if verb.base in ("start", "join", "move") and said.rest:
        place = _place(said)
        if place:
            liking = "settling into" if verb.base == "move" else "liking"
            return Talk(
                "ask",
                f"how {ref} {are} {liking} {place}",
                f"How {are} {theirs} {liking} {place}?",
                news=True,
            )
    subject = family.name or f"{mine} {family.relation}"
    clause = to_user(said.words)
    return Talk(
        "ask",
        f"how things are going since {subject} {clause}",
        f"How are things going since {theirs} {' '.join(said.words)}?",
        news=True,
    )


def _baby(family: Family, words: str) -> Talk:
    born = any(w in words.split() for w in ("had", "born", "arrived", "welcomed", "newborn"))
    if born or "new baby" in words:
        return Talk(
            "congratulate", "on the new baby", "Congratulations on the new baby!", news=True
        )
    return Talk(
        "ask",
        "how things are going with the baby on the way",
        "How are things going with the baby on the way?",
        news=True,
    )


def _proud(said: Phrase) -> bool:
    verb = said.verb
    if verb is None:
        return False
    if verb.base == "get":
        nxt = (said.particle or (said.rest[0] if said.rest else "")).casefold()
        return nxt in _PROUD_GET
    return verb.base in _PROUD


def _gerund(said: Phrase) -> str | None:
    """ "got into Michigan" -> "getting into Michigan"; "promoted" -> "getting promoted"."""
    verb = said.verb
    if verb is None or not verb.gerund:
        return None
    if verb.base in ("promote", "marry", "engage", "elect", "certify") and not said.rest:
        return f"getting {verb.past}"
    parts = [verb.gerund, said.particle, *said.rest]
    return " ".join(p for p in parts if p)


def _place(said: Phrase) -> str:
    rest = list(said.rest)
    if said.particle in ("into", "in"):
        return " ".join(rest)
    if rest and rest[0].casefold() in ("to", "at", "with"):
        return " ".join(rest[1:])
    return ""


def _need(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    phrase = read(strip_intro(detail.text))
    p = who.pronoun
    if phrase.shape is Shape.THING:
        thing = phrase.words
        return Talk(
            "ask",
            f"if {p.subject} {p.has} found {to_user(_article(thing).split())} yet",
            f"Have you found {to_them(_article(thing).split())} yet?",
            news=True,
        )
    if phrase.shape is Shape.DO and not phrase.intended:
        return Talk(
            "ask",
            f"if {p.subject} managed to {to_user(phrase.words)}",
            f"Did you manage to {to_them(phrase.words)}?",
            news=True,
        )
    return None


def _offer(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    phrase = read(detail.text)
    if phrase.shape is Shape.DO:
        return Talk(
            "thank",
            f"for offering to {to_user(phrase.words)}",
            f"Thanks again for offering to {to_them(phrase.words)}.",
        )
    if phrase.shape is Shape.THING and phrase.words[0].casefold() not in POSSESSIVES:
        return Talk(
            "thank",
            f"for the offer of {to_user(phrase.words)}",
            f"Thanks again for the offer of {to_them(phrase.words)}.",
        )
    return None


def _work(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    phrase = read(detail.text)
    verb = phrase.verb
    if phrase.shape is Shape.DONE and verb is not None:
        if verb.base == "retire" and not phrase.rest:
            return Talk(
                "ask",
                f"how retirement is treating {who.pronoun.object}",
                "How is retirement treating you?",
                news=True,
            )
        if verb.base in ("start", "join") and phrase.rest:
            place = _place(phrase) or " ".join(phrase.rest)
            where = f"the new role at {place}" if _place(phrase) else _the(phrase.rest)
            return Talk(
                "ask", f"how {to_user(where.split())} is going", f"How is {where} going?", news=True
            )
        return _done(phrase, who)
    owns = verb is not None and verb.base in ("run", "own", "found", "manage", "have")
    lead = phrase.rest[0].casefold() if phrase.rest else ""
    if phrase.shape is Shape.DOES and owns and (lead in DETERMINERS or lead in NUMBERS):
        # "runs a landscaping company": how business is going there.
        business = _the(phrase.rest)
        return Talk(
            "ask",
            f"how business is going at {to_user(business.split())}",
            f"How is business at {to_them(business.split())}?",
        )
    return None


def _plan(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    phrase = read(detail.text)
    if phrase.shape is Shape.DOING:
        return _doing(phrase, detail, now)
    if phrase.shape is Shape.DONE:
        return _done(phrase, who)
    if phrase.shape is Shape.DO:
        plans = f"the plans to {' '.join(phrase.words)}"
        return Talk(
            "ask",
            f"how {to_user(plans.split())} are coming along",
            f"How are {to_them(plans.split())} coming along?",
            news=True,
        )
    if phrase.shape is Shape.THING:
        thing = _the(phrase.words)
        if not thing:
            return None
        return Talk(
            "ask", f"about {to_user(thing.split())}", f"Any news on {to_them(thing.split())}?",
            news=True,
        )  # fmt: skip
    return None


def _doing(phrase: Phrase, detail: Detail, now: datetime | None) -> Talk:
    """ "training for the chicago marathon": how the marathon training is going (or coming
    along, for a plan still ahead; or how it went, once its date has passed)."""
    verb = phrase.verb
    assert verb is not None
    if (
        verb.base == "get"
        and phrase.rest[:1]
        and phrase.rest[0].casefold() in ("married", "engaged")
    ):
        subject = "the wedding plans"
        plural = True
    else:
        subject = _nominal(phrase) or " ".join(phrase.words)
        plural = False
    ahead = any(w.casefold() in _FUTURE for w in phrase.rest) or plural
    if ahead and _passed(phrase, detail, now):
        return Talk(
            "ask",
            f"how {to_user(subject.split())} went",
            f"How did {to_them(subject.split())} go?",
            news=True,
        )
    going = "coming along" if ahead else "going"
    be = "are" if plural else "is"
    return Talk(
        "ask",
        f"how {to_user(subject.split())} {be} {going}",
        f"How {be} {to_them(subject.split())} {going}?",
        news=True,
    )


def _nominal(phrase: Phrase) -> str | None:
    """ "training for the chicago marathon" -> "the marathon training"; "renovating his
    kitchen" -> "the kitchen renovation"; "moving to Denver" -> "the move to Denver"."""
    verb = phrase.verb
    assert verb is not None
    rest = list(phrase.rest)
    if verb.base == "move" and rest[:1] and rest[0].casefold() == "to":
        return "the move " + " ".join(rest)
    noun = _NOMINAL.get(verb.base)
    if noun is None or not rest:
        return None
    if rest[0].casefold() == "for":
        rest = rest[1:]
    while rest and (rest[0].casefold() in DETERMINERS or rest[0].casefold() in NUMBERS):
        rest = rest[1:]
    if not rest or len(rest) > 3 or any(w.casefold() in PREPOSITIONS for w in rest):
        return None
    # The thing it is about, by its head ("the chicago marathon" -> "marathon"); a generic
    # head gives way to what is before it ("a skincare line" -> "skincare").
    generic = len(rest) > 1 and rest[-1].casefold() in _GENERIC_HEADS
    return f"the {rest[-2] if generic else rest[-1]} {noun}"


_GENERIC_HEADS = frozenset("line business company brand product store shop app range".split())


def _passed(phrase: Phrase, detail: Detail, now: datetime | None) -> bool:
    """The plan's date ("in March") is behind us: ask how it went."""
    if now is None or detail.told_at is None:
        return False
    words = [w.casefold() for w in phrase.rest]
    for at, word in enumerate(words):
        if word in ("in", "on", "next", "this") or word in _FUTURE:
            when = resolve_when(" ".join(words[at:]), detail.told_at)
            if when is not None:
                return now.date() > when.last
    return False


def _done(phrase: Phrase, who: Who) -> Talk | None:
    """News in the past: congratulate, or ask how it went."""
    verb = phrase.verb
    assert verb is not None
    rest = phrase.rest
    gerund = _gerund(phrase) if _proud(phrase) else None
    if gerund is not None:
        return Talk(
            "congratulate",
            f"on {to_user(gerund.split())}",
            f"Congratulations on {to_them(gerund.split())}!",
            news=True,
        )
    bought = verb.base in ("buy", "adopt", "get")
    if bought and len(rest) > 1 and rest[0].casefold() in ("a", "an"):
        # "bought a house", "got a puppy": the new thing.
        thing = " ".join(w for w in rest[1:] if w.casefold() != "new")
        return Talk(
            "congratulate",
            f"on the new {thing}",
            f"Congratulations on the new {thing}!",
            news=True,
        )
    if phrase.particle == "back" and rest[:1] and rest[0].casefold() == "from" and len(rest) > 1:
        trip = _the(rest[1:])
        return Talk("ask", f"how {to_user(trip.split())} was", f"How was {to_them(trip.split())}?",
                    news=True)  # fmt: skip
    if verb.base == "go" and rest[:1] and rest[0].casefold() == "to" and len(rest) > 1:
        trip = "the trip to " + " ".join(rest[1:])
        return Talk("ask", f"how {trip} was", f"How was {trip}?", news=True)
    if verb.base == "move" and rest[:1] and rest[0].casefold() == "to" and len(rest) > 1:
        place = " ".join(rest[1:])
        return Talk(
            "ask",
            f"how {who.pronoun.be} settling into {place}",
            f"How are you settling into {place}?",
            news=True,
        )
    if verb.base in _EVENT_VERBS and rest and rest[0].casefold() in DETERMINERS:
        event = _the(rest)
        return Talk(
            "ask", f"how {to_user(event.split())} went", f"How did {to_them(event.split())} go?",
            news=True,
        )  # fmt: skip
    if verb.base in ("launch", "open", "release", "rebrand") and rest:
        launch = _launch(verb.base, rest)
        if launch:
            return Talk(
                "ask", f"how {to_user(launch.split())} went",
                f"How did {to_them(launch.split())} go?", news=True,
            )  # fmt: skip
    if verb.base == "start" and rest and rest[0].casefold() in DETERMINERS:
        started = _the(rest)
        return Talk(
            "ask",
            f"how {to_user(started.split())} is going",
            f"How is {to_them(started.split())} going?",
            news=True,
        )
    clause = " ".join(p for p in (verb.past, phrase.particle, *rest) if p)
    return Talk(
        "ask",
        f"how things are going since {who.pronoun.subject} {to_user(clause.split())}",
        f"How are things going since you {to_them(clause.split())}?",
        news=True,
    )


def _launch(base: str, rest: tuple[str, ...]) -> str | None:
    words = [w for w in rest if w.casefold() not in DETERMINERS]
    if not words or any(w.casefold() in PREPOSITIONS for w in words) or len(words) > 3:
        return None
    if len(words) > 1 and words[-1].casefold() in _GENERIC_HEADS:
        words = words[:-1]
    noun = {"launch": "launch", "open": "opening", "release": "release", "rebrand": "rebrand"}
    return f"the {' '.join(words)} {noun[base]}"


def _topic(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    phrase = read(detail.text)
    if phrase.shape is not Shape.THING:
        return None
    return Talk(
        "ask",
        f"about {to_user(phrase.words)}",
        f"I enjoyed our chat about {to_them(phrase.words)}.",
    )


# --- needs: who could help, and intros ---------------------------------------------------


@dataclass(frozen=True)
class Helper:
    """Someone the user knows who can meet a need, and how to say who they are."""

    contact_id: int
    name: str
    role: str | None = None  # a title: "CPA", "commercial lender"
    does: str | None = None  # what they do: "runs a bookkeeping firm"
    org: str | None = None

    def said(self) -> str:
        """ "Sarah Kim, the CPA you know", "Sarah Kim, who runs a bookkeeping firm"."""
        if self.role:
            return f"{self.name}, the {self.role} you know"
        if self.does:
            return f"{self.name}, who {self.does}"
        if self.org:
            return f"{self.name} from {self.org}"
        return self.name


def title(text: str) -> str | None:
    """A work detail that is a title ("CPA", "a commercial lender"), without its article."""
    phrase = read(text)
    words = phrase.words
    if phrase.shape is not Shape.THING or not words or len(words) > 4:
        return None
    if words[0].casefold() in ("a", "an"):
        words = words[1:]
    if (
        not words
        or words[0].casefold() in DETERMINERS
        or any(w.casefold() in PREPOSITIONS for w in words)
    ):
        return None
    return " ".join(words)


def doing(text: str) -> str | None:
    """A work detail that is what they do ("runs a bookkeeping firm"), said to the user."""
    phrase = read(text)
    if phrase.shape is not Shape.DOES or not phrase.rest:
        return None
    return to_user(phrase.words)


def wants(need: str, subject: str, plural: bool = False) -> str | None:
    """ "Tom needs a bookkeeper", "she wants to refinance her building"."""
    phrase = read(strip_intro(need))
    s = "" if plural else "s"
    if phrase.shape is Shape.THING:
        return f"{subject} need{s} {to_user(_article(phrase.words).split())}"
    if phrase.shape is Shape.DO and not phrase.intended:
        return f"{subject} want{s} to {to_user(phrase.words)}"
    return None


def looking_for(need: str, *, to_them_: bool) -> str | None:
    """The need said in an intro: "you're looking for a good CPA" to them, or "who is looking
    for a good CPA" to the helper; "you want to refinance your building"."""
    phrase = read(strip_intro(need))
    if phrase.shape is Shape.THING:
        thing = _article(phrase.words).split()
        return (
            f"you're looking for {to_them(thing)}"
            if to_them_
            else f"who is looking for {to_user(thing)}"
        )
    if phrase.shape is Shape.DO and not phrase.intended:
        return (
            f"you want to {to_them(phrase.words)}"
            if to_them_
            else f"who wants to {to_user(phrase.words)}"
        )
    return None


def introduce(who: Who, need: str, helper: Helper | None) -> str | None:
    """The give-first line for a need: "Introduce Tom to Sarah Kim, the CPA you know: he
    needs a bookkeeper", or with nobody to suggest, "Tom needs a bookkeeper: think of
    someone you know who could help". None: the need does not read as a sentence."""
    plural = who.known and who.pronoun is THEY
    if helper is not None:
        said = wants(need, who.subject, plural)
        if said is None:
            return None
        return f"Introduce {who.name} to {helper.said()}: {said}"
    said = wants(need, who.name)
    if said is None:
        return None
    return f"{said}: think of someone you know who could help"


def send_something(detail: Detail, who: Who) -> str | None:
    """Give first to someone with an interest: "Send Jorge something about golf he'd enjoy"."""
    if detail.kind != "interest" or detail.relative is not None:
        return None
    said = _interest(detail, who, None)
    if said is None:
        return None
    words = clean(detail.text)
    if len(words) == 1 and words[0].casefold() in _DOERS:
        words = (_DOERS[words[0].casefold()],)
    thing = " ".join(words)
    return f"Send {who.name} something about {thing} {who.pronoun.would} enjoy"


# --- follow-ups asked for in a note ------------------------------------------------------

_ALONE = {"follow": "Follow up with", "check": "Check in with", "touch": "Touch base with",
          "catch": "Catch up with", "reach": "Reach out to"}  # fmt: skip
_TO_WHOM = frozenset("send email text forward show give pass lend".split())
_LEADS = frozenset("re re: about regarding on - – : to".split())


def follow_up(who: Who, reason: str) -> str | None:
    """The follow-up a note asked for, as a line: "call him" -> "Call Mike"; "send him the
    deck" -> "Send Tom the deck"; "grab coffee" -> "Grab coffee with Ana"; "mentoring
    program" -> "Follow up with Sarah about the mentoring program". None: no sentence."""
    words = list(clean(reason))
    while words and words[0].casefold() in _LEADS:
        words = words[1:]
    if not words:
        return None
    first = words[0].casefold()
    if first in _ALONE and (len(words) == 1 or words[1].casefold() in ("up", "in", "base", "out")):
        rest = words[2:]
        if rest and rest[0].casefold() in ("with", "on", "to"):
            rest = rest[1:]
        if not rest or rest[0].casefold() in ("him", "her", "them"):
            return f"{_ALONE[first]} {who.name}"
        return None
    found = verb_form(words[0])
    if found is not None and found[1] == "base":
        verb = "introduce" if found[0].base == "intro" else found[0].base
        rest = words[1:]
        if not sane(tuple(rest)):
            return None
        head = verb[:1].upper() + verb[1:]
        if rest and rest[0].casefold() in ("him", "her", "them"):
            return " ".join(p for p in (head, who.name, to_user(rest[1:])) if p)
        if found[0].base in _TO_WHOM and rest:
            return f"{head} {who.name} {to_user(rest)}"
        return " ".join(p for p in (head, to_user(rest), "with", who.name) if p)
    phrase = read(" ".join(words))
    if (
        phrase.shape is Shape.DOING
        and phrase.rest
        and phrase.rest[0].casefold() not in (DETERMINERS | PREPOSITIONS | PARTICLES)
    ):
        phrase = Phrase(Shape.THING, phrase.words)  # "mentoring program": a thing
    if phrase.shape is Shape.DOING and not phrase.rest:
        phrase = Phrase(Shape.THING, phrase.words)  # "pricing"
    if phrase.shape is Shape.THING:
        words_ = phrase.words
        last = words_[-1].casefold()
        thing = (
            " ".join(words_)
            if words_[0].casefold() in DETERMINERS or last.endswith("ing") or last in _MASS
            else _the(words_)
        )
        return f"Follow up with {who.name} about {to_user(thing.split())}"
    return None
