"""What to say about one detail, by its kind and shape: "Ask Priya how the marathon
training is going", "Congratulate Kevin on Molly getting into Michigan", "Ask Dana how the
skincare launch went". Each is said two ways: to the user, about the person (`Talk.line`),
and to the person (`Talk.to_them`, for drafts and rewrites). None: no sentence fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from coach.offers import REQUEST_VERBS, WORK_OF, cut_pasted, names_work, work_of
from coach.phrases import (
    DETERMINERS,
    NUMBERS,
    POSSESSIVES,
    PREPOSITIONS,
    Family,
    Phrase,
    Shape,
    Verb,
    clean,
    is_thing,
    read,
    read_family,
    sane,
    verb_form,
)
from coach.sentences import (
    AUXILIARIES,
    FIRST_PERSON,
    MASS,
    THEY,
    Detail,
    Talk,
    Who,
    article,
    asked_of_user,
    clause_after_about,
    definite,
    mutual,
    offer_words,
    others_named,
    read_need,
    to_them,
    to_user,
    volunteers,
)
from nlp.dates import resolve_when
from nlp.hard_news import hard_phrases, hard_words
from nlp.lexicon import PLACES, TITLE_WORDS
from nlp.synonyms import is_known

# "got into Michigan", "made partner": news to congratulate someone on.
_PROUD = frozenset(
    "win graduate pass finish earn land sign sell close publish complete qualify "
    "make promote marry engage elect appoint certify".split()
)
_PRIZES = frozenset(
    "job offer role position fellowship residency promotion contract grant scholarship "
    "award loan visa".split()
)
_PROUD_GET = frozenset("into in accepted engaged married promoted elected certified".split())
# Done at last, worth a word, only with this particle: "found a chef" (not "found out"),
# "sorted out the chef situation".
_PROUD_WITH = {"find": "", "sort": "out", "hire": ""}
# Said without "got": "accepted to michigan state" is getting accepted.
_LET_IN = frozenset({"accept"})
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
# A doer said by a compound ("powerlifter", "weightlifter", "trail runner" said as one word).
_DOER_ENDINGS = {"lifter": "lifting", "runner": "running", "rower": "rowing",
                 "boxer": "boxing", "climber": "climbing", "swimmer": "swimming",
                 "boarder": "boarding"}  # fmt: skip
# What ails someone, not what they are into: "bad back from driving 12 hour shifts".
_AILMENTS = frozenset(
    "bad sore dodgy pain pains ache aches aching injury injuries injured from".split()
)
# Someone a person is, not something they have or do: "Tyler is a goalie" is never
# "Tyler's goalie", nor "what got you into goalie".
_ROLES = TITLE_WORDS | frozenset(
    "goalie goalkeeper keeper striker defender midfielder winger fullback sweeper pitcher "
    "catcher shortstop quarterback linebacker receiver tailback captain setter libero "
    "referee umpire lifeguard drummer singer dancer bassist cheerleader mascot "
    "starter benchwarmer cox coxswain jockey chef cook waiter waitress barista cashier "
    "intern apprentice volunteer student freshman sophomore junior senior".split()
)


def _a_role(words: tuple[str, ...]) -> bool:
    """ "goalie", "starting pitcher", "pianist": a role someone has, said of a person."""
    if not words or len(words) > 2 or words[0].casefold() in DETERMINERS:
        return False
    last = words[-1].casefold()
    return last not in _DOERS and (last in _ROLES or (last.endswith("ist") and len(last) > 5))


# Events one goes to or does: "ran the boston marathon" -> how the boston marathon went.
_EVENT_VERBS = frozenset("run do host attend play compete race complete".split())
# Verbs whose -ing noun reads well before its object: "the marathon training".
_NOMINAL = {"train": "training", "renovate": "renovation", "remodel": "remodel",
            "launch": "launch", "plan": "planning", "expand": "expansion",
            "rebrand": "rebrand", "consolidate": "consolidation",
            "relocate": "relocation", "restructure": "restructuring"}  # fmt: skip
_FUTURE = frozenset(
    "next tomorrow soon january february march april may june july august september "
    "october november december spring summer fall autumn winter weekend".split()
)
# Hard news: a line about it is the user's own to write, and no light line is said near it.
DARK = frozenset(
    "passed died dying funeral sick ill illness cancer chemo chemotherapy surgery divorce "
    "hospital hosp hospitalized hospitalised hospice icu stroke miscarriage lost".split()
)


def dark(text: str) -> set[str]:
    """The hard-news words the text says: "surgery" only as an operation, never a GP's or
    a dentist's ("new radiators in the surgery", trial 26); a job lost or a fall said in
    more words ("made redundant", "had a fall", trial 29)."""
    operation = {"operation"} if _OPERATION.search(text) else set()
    return hard_words(clean(text), DARK) | hard_phrases(text) | operation


# An operation on someone ("a hip operation", "an operation on her knee"), which MENDING
# asks after; "operation" alone is too often a business ("head of operations", "runs the
# operation in leeds") to be hard news (console trial 33: his mum's hip operation known,
# the nudge asked how work was going).
_OPERATION = re.compile(
    r"\b(?:hip|knee|heart|back|shoulder|cataract|eye|bypass|foot|ankle|wrist|spine|spinal|"
    r"an|another|major|minor|emergency|big|small)\s+operation\b"
    r"|\boperation\s+on\s+(?:his|her|their|the)\s+(?!business|company|firm|shop)",
    re.IGNORECASE,
)


def talk(detail: Detail, who: Who, now: datetime | None = None) -> Talk | None:
    """What to say about one detail, or None when it has no good sentence shape. The
    note's "last weekend" or "tomorrow" is left out: it counts from the day of the note,
    so it is wrong on any later day ("congratulations on finishing the half marathon last
    weekend!" nine days on), and the line reads as well without it on the day itself."""
    # A time behind the note is dropped before reading, so "got back from lisbon last
    # week" is read as a trip to Lisbon; one ahead ("tomorrow") still tells a plan that
    # has passed, and is dropped from the words said.
    said = _talk(replace(detail, text=_PAST_TIME.sub("", detail.text)), who, now)
    if said is None:
        return None
    return replace(said, after=_timeless(said.after), to_them=_timeless(said.to_them))


# Time said relative to the day of the note: "finished the half marathon last weekend".
_RELATIVE_TIME = re.compile(
    # "sometime next year", "early next week": the word before the time goes with it, or
    # the line ends on it ("help her buy a rental property sometime", trial 11)
    r"\s+(?:(?:sometime|some\s+time|early|late|later|around)\s+)?(?:(?:last|this|next|past)\s+(?:weekend|week|night|month|morning|afternoon|evening|"
    r"year|season|term|quarter)|yesterday|today|tonight|tomorrow|earlier\s+today)\b",
    re.IGNORECASE,
)


_PAST_TIME = re.compile(
    r"\s+(?:last\s+(?:weekend|week|night|month|year)|yesterday|this\s+(?:morning|afternoon))\b",
    re.IGNORECASE,
)


def _timeless(text: str) -> str:
    """ "on finishing the half marathon last weekend" -> "on finishing the half marathon"."""
    return _RELATIVE_TIME.sub("", text)


def _talk(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    if dark(detail.text):
        return None  # hard news is for the user's own words, not a template
    if detail.relative is not None:
        return _relative(detail, who, now)
    if detail.kind == "interest" and _LIST.search(detail.text):
        # "afrobeats and tennis": one thing at a time, the first that makes a line; a name
        # with "and" in it is said whole when it reads ("rock and roll", "arts and crafts")
        if detail.text.casefold() in _ONE_PASTIME:
            return None  # "rock and roll" is no rock; no good line for it yet
        whole = None if "," in detail.text else _interest(detail, who, now)
        if whole is not None:
            return whole
        items = [i.strip() for i in _LIST.split(detail.text) if i.strip()]
        return next((t for i in items if (t := _interest(replace(detail, text=i), who, now))), None)
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


# Pastimes whose names hold an "and": never split into "rock" or "arts".
_ONE_PASTIME = frozenset(
    ["rock and roll", "rock n roll", "arts and crafts", "dungeons and dragons",
     "drum and bass", "r and b", "rhythm and blues", "fish and chips", "wine and cheese",
     "hide and seek", "food and wine", "country and western"]
)  # fmt: skip
# Between the things of a list of pastimes: "hiking, cooking", "golf and fishing".
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|or|plus)\s+", re.IGNORECASE)


# When, not what: "into badminton, tuesdays" gave "tuesdays" as an interest (trial 12).
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekday weekend morning "
    "afternoon evening night weeknight daily weekly monthly am pm".split()
)


def _a_time(words: tuple[str, ...]) -> bool:
    """ "tuesdays", "saturday mornings", "weekends": a time, no pastime."""
    said = [w.casefold().removesuffix("s") for w in words if w.casefold() not in ("on", "the")]
    return bool(said) and all(w in _TIME_WORDS for w in said)


# Where people meet, not what they are into: "soccer tournament" gave "What got you into
# soccer tournament?" (trial 16).
_GATHERINGS = frozenset(
    "tournament tournaments game games match party parties fundraiser gala mixer conference "
    "meetup expo fair festival dinner lunch breakfast luncheon reception banquet".split()
)


def _interest(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    words = clean(detail.text)
    if not words or not is_thing(detail.text) or _a_time(words):
        return None
    if words[-1].casefold() in _GATHERINGS:
        return None
    last = words[-1].casefold()
    if len(words) > 1 and last in _FANS:
        # "astros fan", "big packers fan": the team they follow, not "what got you into
        # astros fan?" (trial 14). Not "this season": in the off-season that reads wrong, and
        # which sport and when it plays is not known (trial 15, "the Astros" in December).
        club = _club(words)
        if club is not None:
            # "Arsenal fan", "a Benfica fan": a club named as it is, without "the" (trial 20:
            # a known interest was no line at all, so the give was "give her something")
            return Talk("ask", f"how {club} are doing", f"How are {club} doing?")
        team = [w for w in words[:-1] if w.casefold() not in _FAN_WORDS]
        if len(team) != 1 or not team[0].isalpha() or not team[0].casefold().endswith("s"):
            return None
        name = team[0][:1].upper() + team[0][1:]
        return Talk(
            "ask",
            f"how the {name} are doing",
            f"How are the {name} doing?",
        )
    if any(w.casefold() in _AILMENTS for w in words):
        return None  # "bad back from driving 12 hour shifts": no pastime (trial 19)
    doer = next((e for e in _DOER_ENDINGS if last.endswith(e)), None)
    if doer is not None and len(words) == 2 and words[0].casefold() in ("ex", "former"):
        words = words[1:]  # "ex rower": what got them into rowing
    if len(words) == 1 and doer is not None:
        # "powerlifter": what got them into powerlifting, not into "powerlifter" (trial 19)
        done = last.removesuffix(doer) + _DOER_ENDINGS[doer]
        words, last = (done,), done
    elif len(words) == 1 and last in _DOERS:
        words, last = (_DOERS[last],), _DOERS[last]
    elif _a_role(words):
        role = article(words)
        return Talk(
            "ask",
            f"how {who.pronoun.be} getting on as {role}",
            f"How are you getting on as {role}?",
        )
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
    if len(words) == 1 and _a_team(words[0]):  # "a Cubs fan": ask how the team is doing
        return Talk(
            "ask",
            f"how the {words[0]} are doing",
            f"How are the {words[0]} doing?",
        )
    phrase = read(" ".join(words))
    if phrase.shape is not Shape.THING or phrase.words[0].casefold() in POSSESSIVES:
        return None
    if phrase.words[-1].casefold() in EVENTS:
        # "soccer tournament" (met at one): an event, no pastime; one thing, said without
        # "the", is a fragment ("ask him about soccer tournament", trial 16)
        return None
    thing = " ".join(phrase.words)
    return Talk("ask", f"about {thing}", f"What got you into {thing}?")


# Things that happen on a day: one goes to them, nobody is "into" them.
EVENTS = frozenset(
    "tournament tourney game match meet meeting mixer gala fundraiser party dinner lunch "
    "luncheon breakfast brunch conference summit expo convention festival fair show "
    "banquet reception ceremony wedding funeral service retreat workshop seminar webinar "
    "event rally parade concert recital".split()
)


_FANS = frozenset("fan fans fanatic supporter".split())


def _club(words: Sequence[str]) -> str | None:
    """ "Arsenal fan", "big Benfica supporter": the club, one name the note wrote with its
    capital and not ending in "s" (a team like "the Astros" is said with "the"); never a
    sport ("Football fan")."""
    if len(words) < 2 or words[-1].casefold() not in _FANS:
        return None
    team = [w for w in words[:-1] if w.casefold() not in _FAN_WORDS]
    if len(team) != 1 or not team[0].isalpha() or not team[0][:1].isupper():
        return None
    name = team[0]
    if name.casefold().endswith("s") or name.casefold() in _PLAYED or name.isupper():
        return None
    return name


_FAN_WORDS = frozenset("a an big huge massive die-hard diehard die hard lifelong".split())


def _a_team(word: str) -> bool:
    """ "Cubs", "Packers", "49ers": a capitalised plural name reads as a team."""
    return (
        word[:1].isupper()
        and word.endswith("s")
        and not word.endswith("ss")
        and len(word) > 3
        and word.casefold() not in _NO_TEAMS
    )


# Capitalised plurals that are music, bands or pastimes: "How are the Afrobeats doing?"
_NO_TEAMS = frozenset("afrobeats beatles musicals podcasts hymns crosswords".split())


# A birth said as having a child: "just had a wee girl called zara", "had a little boy".
_HAD_A_CHILD = re.compile(
    r"\b(had|welcomed)\s+(?:a|another|their|her|his)\s+"
    r"(?:(?:wee|little|lil|bonny|beautiful|healthy|gorgeous|new)\s+)?(?:baby\s+)?(girl|boy)\b",
    re.IGNORECASE,
)


# The baby's name after the birth: "a wee girl called zara".
_CALLED = re.compile(r"\b(?:named|called)\s+(?:her\s+|him\s+)?([A-Za-z][\w'-]+)")


def _born_to_them(text: str) -> Talk:
    """Their own baby ("had a little girl called amara"): congratulated on baby Amara."""
    called = _CALLED.search(text)
    baby = f"baby {called[1].capitalize()}" if called else "the new baby"
    return Talk("congratulate", f"on {baby}", f"Congratulations on {baby}!", news=True)


def _family(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    # "had a wee girl" is a baby born, as "had a baby girl" is: congratulated, never "how
    # things are going since she had a wee girl" (console trial 33)
    text = _HAD_A_CHILD.sub(lambda m: f"{m[1]} a baby {m[2].casefold()}", detail.text)
    family = read_family(text)
    if family is None and _HAD_A_CHILD.search(detail.text):
        return _born_to_them(detail.text)
    if family is None:
        # No relative in it ("adopted a puppy"): their own news, if it reads as news.
        news = _plan(detail, who, now)
        if news is None or news.after.startswith("about "):
            return None
        return news
    return _about_family(family, who, now, detail.told_at)


def _relative(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    """A detail of the person's relative: "got into Michigan" of Kevin's daughter Molly."""
    relative = detail.relative
    assert relative is not None
    said = {w.casefold() for w in clean(detail.text)}
    if relative.relation.casefold() in _CHILDREN and _BORN & said:
        # Sofia, Luis's daughter: "born early" is baby Sofia to congratulate them on
        baby = f"baby {relative.name}"
        return Talk("congratulate", f"on {baby}", f"Congratulations on {baby}!", news=True)
    if detail.kind in ("plan", "family", "work", "news"):
        phrase = read(detail.text)
        if detail.kind == "family":
            inner = read_family(detail.text)
            phrase = inner.said if inner is not None and inner.said is not None else phrase
        family = Family(relative.relation, relative.relation, False, relative.gender,
                        relative.name, phrase)  # fmt: skip
        if phrase.shape in (Shape.NONE, Shape.THING, Shape.DO):
            return None
        return _about_family(family, who, now, detail.told_at)
    if detail.kind == "interest":
        words = clean(detail.text)
        if not words or words[0].casefold() in DETERMINERS or len(words) > 3:
            return None  # "Molly's the cubs" is no phrase
        if any(w.casefold() in PREPOSITIONS for w in words):
            return None
        if _interest(detail, Who(relative.name), now) is None:
            return None
        if _a_role(words):  # "goalie": what Tyler is, never "Tyler's goalie"
            role = article(words)
            return Talk(
                "ask",
                f"how {relative.name} is getting on as {role}",
                f"How is {relative.name} getting on as {role}?",
            )
        if len(words) == 1 and words[0].casefold() in _DOERS:
            words = (_DOERS[words[0].casefold()],)  # "cyclist": Molly's cycling
        thing = " ".join(words)
        return Talk(
            "ask",
            f"how {relative.name}'s {thing} is going",
            f"How is {relative.name}'s {thing} going?",
        )
    return None


# "starting nursery", "starting p1 next year", "beginning uni": joining what is there
# already, not opening something of their own ("starting a business", _OPENINGS).
_BEGINNINGS = frozenset("start begin".split())


def _beginning(
    ref: str,
    theirs: str,
    are: str,
    begun: str,
    when: str,
    now: datetime | None,
    told: datetime | None,
) -> Talk:
    """A relative's start: while it is ahead, how they feel about it; once its date is
    behind, how they are finding it. Never "how is her son's p1 coming along" of a school
    year not begun (trial 31)."""
    dated = resolve_when(when, told) if when and told is not None else None
    if dated is not None and now is not None and now.date() > dated.last:
        return Talk(
            "ask",
            f"how {ref} {are} finding {to_user(begun.split())}",
            f"How {are} {theirs} finding {to_them(begun.split())}?",
            news=True,
        )
    return Talk(
        "ask",
        f"how {ref} {are} feeling about starting {to_user(begun.split())}",
        f"How {are} {theirs} feeling about starting {to_them(begun.split())}?",
        news=True,
    )


def _about_family(
    family: Family, who: Who, now: datetime | None, told: datetime | None = None
) -> Talk | None:
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
    if family.canonical in _CHILDREN and _BORN & set(words.split()):
        # "daughter sofia born": the newborn is news, not "how is Sofia doing?"
        baby = f"baby {family.name}" if family.name else "the new baby"
        return Talk("congratulate", f"on {baby}", f"Congratulations on {baby}!", news=True)
    if "baby" in words or "pregnant" in words or "expecting" in words:
        return _baby(family, words, _babys_name(family))
    if family.canonical in _GRANDCHILDREN and "new" in family.relation.split() and said is None:
        # "new granddaughter" (his daughter had a baby girl): a birth, congratulated
        grandchild = family.canonical
        return Talk(
            "congratulate",
            f"on {mine} new {grandchild}",
            f"Congratulations on the new {grandchild}!",
            news=True,
        )
    plain = Talk("ask", f"how {ref} {are} doing", f"How {are} {theirs} doing?", small=True)
    won = _team_win(family, said, who)
    if won is not None:
        return won
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
            rest = said.rest
            for at, word in enumerate(rest):
                if word.casefold() in PREPOSITIONS:
                    rest = rest[:at]  # "violin in the youth symphony": her violin
                    break
            sport = " ".join(rest) if rest else " ".join(said.rest)
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
        core, when = _split_when(said.rest)
        if verb.base in _BEGINNINGS and core and core[0].casefold() not in DETERMINERS:
            return _beginning(ref, theirs, are, " ".join(core), " ".join(when), now, told)
        named = _subject(verb, core, ref)
        if named is not None:
            # "son Tyler applying to colleges": how Tyler's college applications are going
            subject, plural = named
            theirs_subject = _subject(verb, core, theirs)
            assert theirs_subject is not None
            be = "are" if plural else "is"
            going = "coming along" if when or verb.base in _OPENINGS else "going"
            return Talk(
                "ask",
                f"how {to_user(subject.split())} {be} {going}",
                f"How {be} {theirs_subject[0]} {going}?",
                news=True,
            )
        if when:
            return plain  # a plan with a date that may be behind us: just how they are
        # The relative is named before what they are doing, so its "his" is theirs: not
        # "ask her how leaving his job at Rogers is going for Vikram" (trial 7).
        doing_words = said.words
        if (
            verb.base == "do"
            and len(said.rest) > 1
            and said.rest[0].casefold() in ("his", "her", "their")
        ):
            # "doing her CPA part time": how she is getting on with her CPA; "doing" and
            # how much of her time it takes are no part of it (trial 18)
            doing_words = said.rest
            for size in (2, 1):
                paced = " ".join(doing_words[-size:]).casefold() in _PACES
                if paced and len(doing_words) > size + 1:
                    doing_words = doing_words[:-size]
        doing = " ".join(doing_words)
        return Talk(
            "ask",
            f"how {ref} {are} getting on with {to_user(doing_words)}",
            f"How {are} {theirs} getting on with {doing}?",
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
            f"Congratulations to {theirs} on {gerund}!",
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


# How much of one's time a course takes: "doing her CPA part time".
_PACES = frozenset({"part time", "part-time", "full time", "full-time", "at night", "evenings"})

_TEAMS = frozenset("team band choir class squad club crew".split())
_WINS = frozenset("tournament championship title cup game match final finals league meet "
                  "competition trophy race playoffs".split())  # fmt: skip


def _team_win(family: Family, said: Phrase | None, who: Who) -> Talk | None:
    """ "son kuba's team won the tournament", "daughter won the state championship": their
    win ("Congratulate Tomasz on Kuba's tournament win")."""
    if said is None:
        return None
    words = list(said.words)
    name = family.name
    if len(words) > 2 and words[0].casefold().endswith("'s") and words[1].casefold() in _TEAMS:
        name = name or words[0][:-2].capitalize()  # "kuba's team"
        words = words[2:]
    elif len(words) > 1 and words[0].casefold() in _TEAMS:
        words = words[1:]  # "his team won…"
    if not words or words[0].casefold() != "won" or len(words) < 2:
        return None
    rest = [w for w in words[1:] if w.casefold() not in DETERMINERS]
    if not rest or len(rest) > 3 or rest[-1].casefold() not in _WINS:
        return None
    if any(w.casefold() in PREPOSITIONS for w in rest):
        return None
    what = " ".join(rest)
    if name:
        return Talk("congratulate", f"on {name}'s {what} win",
                    f"Congratulations to {name} on the {what} win!", news=True)  # fmt: skip
    mine = f"{family.relation}'" if family.plural else f"{family.relation}'s"
    return Talk(
        "congratulate",
        f"on {who.pronoun.possessive} {mine} {what} win",
        f"Congratulations to your {family.relation} on the {what} win!",
        news=True,
    )


_CHILDREN = frozenset("daughter son baby child".split())
_GRANDCHILDREN = frozenset("granddaughter grandson grandchild".split())
# Said of a baby not yet born: "expecting", "due in may", "baby on the way".
_TO_COME = frozenset("expecting pregnant due way coming expected".split())
_BORN = frozenset("born arrived newborn welcomed".split())
_PARTNERS = frozenset("wife husband partner fiance fiancee fiancé fiancée spouse".split())


def _babys_name(family: Family) -> str | None:
    """The baby's name the detail gives: "baby Adaora", "husband is Ifeanyi, a baby girl,
    Adaora"."""
    if family.canonical == "baby":
        return family.name
    said = family.said.words if family.said else ()
    for i, word in enumerate(said):
        if word.casefold() != "baby":
            continue
        after = [w for w in said[i + 1 : i + 4] if w.casefold() not in ("girl", "boy")]
        if after and after[0].casefold() in ("named", "called"):
            after = after[1:]
        if after and after[0][:1].isupper() and after[0].isalpha():
            return after[0]
    return None


def _baby(family: Family, words: str, name: str | None = None) -> Talk:
    """ "wife keisha had the baby, a boy named elijah": congratulate James and Keisha on
    baby Elijah; "wife is expecting": how things are going with the baby on the way. A
    baby with a name (`name`) is born: "baby Toluwani" is never on the way (trial 25)."""
    said = words.split()
    born = any(w in said for w in ("had", "born", "arrived", "welcomed", "newborn"))
    # "baby girl", "baby boy": a child with a sex told is one already born, unless the
    # words say it is to come ("expecting a baby girl"); never "on the way" (trial 16)
    born = born or (family.canonical == "baby" and family.gender != "" and not _TO_COME & set(said))
    named = "named" in said[:-1] or "called" in said[:-1]  # a baby with a name is born
    if born or named or name or "new baby" in words:
        baby = f"baby {name}" if name else "the new baby"
        for lead in ("named", "called"):
            if lead in said[:-1] and said[said.index(lead) + 1].isalpha():
                baby = "baby " + said[said.index(lead) + 1].capitalize()
        partner = family.canonical in _PARTNERS and family.name and family.name != name
        if partner:
            return Talk(
                "congratulate",
                f"and {family.name} on {baby}",
                f"Congratulations to you and {family.name} on {baby}!",
                news=True,
            )
        return Talk("congratulate", f"on {baby}", f"Congratulations on {baby}!", news=True)
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
        # "got the job at Memorial Hermann", "got the fellowship": something won
        return nxt in _PROUD_GET or any(w.casefold() in _PRIZES for w in said.rest[:3])
    if verb.base in _PROUD_WITH:
        return (said.particle or "") == _PROUD_WITH[verb.base]
    return verb.base in _PROUD or verb.base in _LET_IN


def _gerund(said: Phrase) -> str | None:
    """ "got into Michigan" -> "getting into Michigan"; "promoted" -> "getting promoted"."""
    verb = said.verb
    if verb is None or not verb.gerund:
        return None
    if verb.base in ("promote", "marry", "engage", "elect", "appoint", "certify"):
        # "promoted to director": done to them, so "getting promoted to director", never
        # "promoting to director"
        return " ".join(["getting", verb.past, *said.rest])
    if verb.base in _LET_IN:  # "accepted to michigan state": getting accepted to it
        if not said.rest or said.rest[0].casefold() not in ("to", "into", "at", "for", "onto"):
            return None  # "accepted the quote", "accepted an offer": she accepted it
        return " ".join(["getting", verb.past, *said.rest])
    parts = [verb.gerund, said.particle, *said.rest]
    return " ".join(p for p in parts if p)


def _place(said: Phrase) -> str:
    """Where they started or moved: "at rice studying engineering" is Rice; what they do
    there is a clause of its own ("how Bao is liking Rice studying engineering", trial 11)."""
    rest = list(said.rest)
    for at, word in enumerate(rest):
        found = verb_form(word)
        # "moved to his building": after a determiner the -ing word is a noun, not a clause.
        after_determiner = at and rest[at - 1].casefold() in DETERMINERS
        if at and found is not None and found[1] == "gerund" and not after_determiner:
            rest = rest[:at]
            break
    if said.particle in ("into", "in"):
        return " ".join(rest)
    if rest and rest[0].casefold() in ("to", "at", "with"):
        return " ".join(rest[1:])
    return ""


def _need(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    """ "a bookkeeper": whether they have found one; "expand into catering": how the plans
    are going (not "did you manage to", which presses)."""
    sent = send_asked(detail, who)
    if sent is not None:
        return sent
    swapped = happy_to(detail)
    if swapped is not None:
        return swapped
    phrase = read_need(detail.text, who)
    p = who.pronoun
    if _too_soon(detail, now):
        return _keep_an_eye_out(phrase, who)
    if phrase.shape is Shape.THING:
        thing = phrase.words
        head = next(
            (thing[:at] for at, w in enumerate(thing) if w.casefold() in PREPOSITIONS), thing
        )
        if head and (head[-1].casefold() in MASS or _bare_plural(head)):
            # "help with their instagram", "funding", "swap referrals": nothing one finds
            # once ("have you found swap referrals yet?" reads pasted); whether it's still
            # needed, which someone who could help would ask
            return Talk(
                "ask",
                f"if {p.subject} still {'need' if p is THEY else 'needs'} {to_user(thing)}",
                f"Do you still need {to_them(thing)}?",
                news=True,
            )
        return Talk(
            "ask",
            f"if {p.subject} {p.has} found {to_user(article(thing).split())} yet",
            f"Have you found {to_them(article(thing).split())} yet?",
            news=True,
        )
    if phrase.shape is Shape.DO:
        return _plans(phrase, detail, now, "going")
    return None


def happy_to(detail: Detail) -> Talk | None:
    """ "swap referrals": the user's willingness, said once ("let her know you'd be happy to
    swap referrals"), never an eye kept out nor an intro (trial 22)."""
    done = mutual(detail.text)
    if done is None:
        return None
    return Talk("let", f"know you'd be happy to {done}", f"I'd be happy to {done}.", news=True)


# Needs for more business: what a good networker asks is who a good referral would be.
_REFERRALS = frozenset("referral referrals clients client leads customers business".split())


_NOBODY = frozenset("someone somebody anyone anybody person people one".split())


def offer_help(detail: Detail, who: Who, now: datetime | None = None) -> Talk | None:
    """A need the user's own work meets (/me): theirs to offer, said as an offer, never as
    an intro to pass on or an eye kept out (trial 11: a realtor and "buy a rental
    property"): help her buy a rental property, help him find a 3
    bedroom near good schools", said as "let her know you'd be glad to help her…"; a need
    for referrals asks who a good referral would be."""
    sent = send_asked(detail, who)
    if sent is not None:
        return sent
    swapped = happy_to(detail)
    if swapped is not None:
        return swapped
    text = _RELATIVE_TIME.sub("", detail.text)
    phrase = read_need(text, who)
    them = who.pronoun.object
    words = list(phrase.words)
    for at in range(1, len(words)):
        # "houses in pearland in february budget around 350": up to its first when
        if words[at].casefold() in _WHEN_LEADS | {"every"} and (
            _is_when(tuple(words[at : at + 2]))
            or _is_when(tuple(words[at : at + 3]))
            or words[at].casefold() == "every"  # "table flowers every week from jan"
        ):
            words = words[:at]
            break
    while len(words) > 1 and words[-1].casefold() in _DANGLING:
        words = words[:-1]
    words = cut_pasted(words)  # "a quote for their holiday party dec 18, 60 ppl"
    if phrase.shape is Shape.THING:
        head = next((at for at, w in enumerate(words) if w.casefold() in PREPOSITIONS), len(words))
        own = _own_work(words, head, who)
        if own is not None:
            return own
        if head == 1 and words[0].casefold() == "help" and len(words) > 2:
            # "help with IFTA fuel tax filings": the help is the user's to give (trial 18)
            return Talk(
                "let",
                f"know you'd be glad to help {them} {to_user(words[1:])}",
                f"If you'd like, I'd be glad to help you {to_them(words[1:])}.",
                news=True,
            )
        if head and words[head - 1].casefold() in _REFERRALS:
            return Talk(
                "ask",
                f"who a good referral would be for {them}",
                "Who would be a good referral for you?",
                news=True,
            )
        service = _SERVICES.get(words[head - 1].casefold()) if head else None
        if service is not None and (_bare_plural(words[:head]) or head == 1):
            # "flowers for the christmas altar", "centrepieces" to a florist: the user does
            # them (trial 23)
            done = ["the", *words]
            return Talk(
                "let",
                f"know you'd be glad to {service} {to_user(done)}",
                f"If you'd like, I'd be glad to {service} {to_them(done)}.",
                news=True,
            )
        if head and words[head - 1].casefold() in MASS:
            # "finance for a 2nd cafe site" to a mortgage adviser: help with it (trial 22)
            return Talk(
                "let",
                f"know you'd be glad to help {them} with {to_user(words)}",
                f"If you'd like, I'd be glad to help you with {to_them(words)}.",
                news=True,
            )
        if head and _bare_plural(words[:head]):
            return None
        if words[0].casefold() in _NOBODY and len(words) > 1:
            return _be_the_one(words[1:], who)  # "someone pitchside on saturdays"
        if not head or words[head - 1].casefold() in _NOBODY:
            return None  # "someone who knows commercial property": no thing to find
        thing = article(tuple(words)).split()
        verb = _SERVICES.get(words[head - 1].casefold())
        if verb is not None:
            # "a physio stall", "a gait analysis" to a physio: the user runs it or does it,
            # never helps find it (trial 19)
            done = ["the", *thing[1:]] if thing[0] in ("a", "an") else thing
            return Talk(
                "let",
                f"know you'd be glad to {verb} {to_user(done)}",
                f"If you'd like, I'd be glad to {verb} {to_them(done)}.",
                news=True,
            )
        if _a_trade(words[head - 1]):
            # "a commercial lender for his new pizza oven" to a business banker: the user
            # is whom they are looking for, not someone to help them find (trial: words 6).
            # Said as help for what they asked, never as a sales line ("let her know you
            # could be her new accountant", trial 20).
            still = "they're still" if who.pronoun is THEY else f"{who.pronoun.subject}'s still"
            return Talk(
                "let",
                f"know you'd be glad to help if {still} looking for {to_user(thing)}",
                f"If you're still looking for {to_them(thing)}, I'd be glad to help.",
                news=True,
            )
        return Talk(
            "let",
            f"know you'd be glad to help {them} find {to_user(thing)}",
            f"If you'd like, I'd be glad to help you find {to_them(thing)}.",
            news=True,
        )
    if phrase.shape is Shape.DO:
        return Talk(
            "let",
            f"know you'd be glad to help {them} {to_user(words)}",
            f"If you'd like, I'd be glad to help you {to_them(words)}.",
            news=True,
        )
    low = [w.casefold() for w in words]
    if (
        len(words) > 2
        and low[0] in _NOBODY
        and low[1] == "to"
        and not FIRST_PERSON & set(low)
        and not others_named(words, who)
    ):
        # "someone to look over his year-end books", to whose trade it is: the user is the
        # someone, never a generic "give him something first" (trial 20)
        return _be_the_one(words[1:], who)
    return None


def _own_work(words: list[str], head: int, who: Who) -> Talk | None:
    """A request the user's trade answers ("a quote for their office party": send him
    one; "a wedding package": talk about it), or whom the need names doing the user's work
    for an occasion ("a caterer for her gala": the catering for her gala, trial 25)."""
    if not head:
        return None
    them = who.pronoun.object
    last = words[head - 1].casefold()
    thing = article(tuple(words)).split()
    request = REQUEST_VERBS.get(last)
    if request == "send":
        return Talk(
            "let",
            f"know you'd be glad to send {them} {to_user(thing)}",
            f"If you'd like, I'd be glad to send you {to_them(thing)}.",
            news=True,
        )
    if request is not None:
        return Talk(
            "let",
            f"know you'd be glad to {request} {to_user(thing)}",
            f"If you'd like, I'd be glad to {request} {to_them(thing)}.",
            news=True,
        )
    work = work_of(words[:head])
    if work is None or head >= len(words) - 1 or words[head].casefold() != "for":
        return None
    wanted = words[head + 1 :]
    if names_work(wanted):
        # "a reliable plumber for gas safety certs": the certs are the work the user does,
        # never a plumber to help him find (trial 26)
        if wanted[0].casefold() in ("a", "an", "the", "some", "his", "her", "their"):
            wanted = wanted[1:]
        end = next((at for at, w in enumerate(wanted) if w.casefold() in PREPOSITIONS), 0)
        verb = _SERVICES.get(wanted[(end or len(wanted)) - 1].casefold(), "do")
        done = ["the", *wanted]
        return Talk(
            "let",
            f"know you'd be glad to {verb} {to_user(done)}",
            f"If you'd like, I'd be glad to {verb} {to_them(done)}.",
            news=True,
        )
    done = ["the", work, *words[head:]]
    return Talk(
        "let",
        f"know you'd be glad to talk about {to_user(done)}",
        f"If you'd like, I'd be glad to talk about {to_them(done)}.",
        news=True,
    )


# What the user's own trade runs or does, said of a need for one: "run the physio stall",
# "do the gait analysis" (trial 19); any other thing is one to help them find.
_SERVICES = {
    **dict.fromkeys(
        "stall stand booth clinic session sessions workshop class talk course".split(), "run"
    ),
    **dict.fromkeys(
        "analysis assessment screening massage checkup check-up shoot photoshoot headshot "
        "headshots valuation rewire "
        # a florist's, a caterer's, a designer's, a printer's, a cleaner's (trial 23: never
        # "help him find a table flowers")
        "flowers bouquet bouquets wreath wreaths centrepieces centerpieces arrangements "
        "buttonholes catering canapes canapés buffet logo flyers brochure banners printing "
        "cleaning reno renovation "
        # a caterer's, a DJ's, a photographer's (trial 25: never "help her find small chops")
        "chops food platters music photos pictures portraits".split(),
        "do",
    ),
    **dict.fromkeys(
        "lunch lunches dinner luncheon breakfast brunch feast banquet".split(), "cater"
    ),
    **dict.fromkeys("cake cakes cupcakes desserts pastries cookies".split(), "make"),
    # a plumber's, a sparky's, a roofer's, a joiner's, a landscaper's (trial 26: never
    # "think of someone who could help" with new radiators in the surgery)
    **dict.fromkeys(
        "radiator radiators rads boiler boilers combi shower sockets socket charger doors "
        "door gutters guttering skylight staircase decking shelving wardrobes patio fencing "
        "turf".split(),
        "fit",
    ),
    **dict.fromkeys("leak leaks slates roof".split(), "fix"),
    **dict.fromkeys(
        "certs cert certificate certificates eicr rewiring wiring plumbing electrics "
        "roofing joinery landscaping".split(),
        "do",
    ),
}
# Where someone is wanted, said of the user being there: "someone pitchside on saturdays".
_THERE = frozenset("pitchside courtside ringside trackside onsite on-site".split())


def _be_the_one(rest: Sequence[str], who: Who) -> Talk | None:
    """ "someone pitchside on saturdays", "someone to do his payroll" to whose trade it is:
    the user is the someone ("you'd be glad to be pitchside on saturdays"); None when what
    the someone is cannot be said of the user ("someone who knows commercial property")."""
    first = rest[0].casefold()
    if first == "to" and len(rest) > 1:
        said = list(rest[1:])
    elif first in _THERE:
        said = ["be", *rest]
    else:
        return None
    return Talk(
        "let",
        f"know you'd be glad to {to_user(said)}",
        f"If you'd like, I'd be glad to {to_them(said)}.",
        news=True,
    )


def send_asked(detail: Detail, who: Who) -> Talk | None:
    """What they asked of the user ("a quote from me before march"): the user's to give,
    said as sending it, never as an eye kept out for it: "send him the quote he asked for",
    "I'll send you the quote you asked for." (trial 15)."""
    thing = asked_of_user(detail.text)
    if thing is None:
        return None
    # "of" holds to its noun: "the opinion of value he asked for", never "the opinion he
    # asked for of value" (trial 16)
    head = next(
        (at for at, w in enumerate(thing) if w.casefold() in PREPOSITIONS and w.casefold() != "of"),
        len(thing),
    )
    named, rest = list(thing[:head]), list(thing[head:])
    # "the quote she wanted for the 24 radiators", never "asked for for" (trial 26)
    asked = ["wanted"] if rest[:1] and rest[0].casefold() == "for" else ["asked", "for"]
    return Talk(
        "send",
        to_user([*named, who.pronoun.subject, *asked, *rest]),
        f"I'll send you {to_them([*named, 'you', *asked, *rest])}.",
        news=True,
    )


# Endings of a word for a person by their work: a lender, a bookkeeper, a florist.
_PERSON_ENDINGS = ("er", "or", "ist", "ant", "ian")


def _a_trade(word: str) -> bool:
    """A person by their work, as the synonyms table knows trades: "lender", "CPA"; not a
    thing ("a water heater"), nor a kind of place ("a rental property")."""
    low = word.casefold()
    if low in WORK_OF:
        return True  # "a new caterer", "a DJ": the user's trade, by whom it names
    return is_known(low) and (low in ("cpa", "physio") or low.endswith(_PERSON_ENDINGS))


def _bare_plural(head: tuple[str, ...] | list[str]) -> bool:
    """ "swap referrals", "new clients": more of a kind, with no "a" or "the" to find."""
    first, last = head[0].casefold(), head[-1].casefold()
    if first in DETERMINERS or first in NUMBERS:
        return False
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


# Days before "have you found a bookkeeper yet?" is a question and not a nudge: two days
# after coffee it presses, and reads as leading up to an offer (trial 8).
NEED_WAIT = 10


def _too_soon(detail: Detail, now: datetime | None) -> bool:
    if now is None or detail.told_at is None:
        return False
    told = detail.told_at
    if told.tzinfo is None and now.tzinfo is not None:
        told = told.replace(tzinfo=now.tzinfo)
    elif now.tzinfo is None and told.tzinfo is not None:
        told = told.astimezone(UTC).replace(tzinfo=None)
    return (now - told).days < NEED_WAIT


# What someone wants more of for their own business, and words that say no kind of it.
_CUSTOMERS = frozenset("clients client customers customer leads".split())
_NOT_A_KIND = frozenset("a an the some more new few good great steady paying her his their".split())


def _plural(word: str) -> str:
    """ "business" -> "businesses", "agency" -> "agencies", "restaurant" -> "restaurants"."""
    low = word.casefold()
    if low.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    if low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


def _done_to_it(words: Sequence[str]) -> bool:
    """ "some flyers done", "a logo made": a thing, then what is to be done to it."""
    if len(words) < 3:
        return False
    last = words[-1].casefold()
    found = verb_form(last)
    return last in ("done", "redone") or (found is not None and found[1] == "past")


def _keep_an_eye_out(phrase: Phrase, who: Who) -> Talk | None:
    """A need heard days ago, said as a give and not a question: "let him know you'll keep
    an eye out for a bookkeeper". Asking "have you found one yet?" so soon presses."""
    them = who.pronoun.object
    if phrase.shape is Shape.THING and _done_to_it(phrase.words):
        # "some flyers done": never "an eye out for some flyers done", but for who does them
        return Talk(
            "let",
            f"know you'll keep an eye out for anyone who could help {them} get "
            f"{to_user(phrase.words)}",
            f"I'll keep an eye out for anyone who could help you get {to_them(phrase.words)}.",
            news=True,
        )
    if phrase.shape is Shape.THING:
        thing = list(phrase.words)
        head = next((at for at, w in enumerate(thing) if w.casefold() in PREPOSITIONS), len(thing))
        if head and thing[head - 1].casefold() in _CUSTOMERS:
            # "small business clients": whom they could serve, never "I'll keep an eye out
            # for small business clients", which reads as the user wanting them (trial 18)
            kind = [w for w in thing[: head - 1] if w.casefold() not in _NOT_A_KIND]
            where = "".join(f" {w}" for w in thing[head:])  # "in tech"
            whom = (
                f"{' '.join([*kind[:-1], _plural(kind[-1])])}{where} that"
                if kind
                else f"anyone{where} who"
            )
            return Talk(
                "let",
                f"know you'll keep an eye out for {whom} could use {them}",
                f"I'll keep an eye out for {whom} could use you.",
                news=True,
            )
        if head and thing[head - 1].casefold() in MASS:
            # "help with their instagram", "funding": not a thing one finds for someone
            rest = thing[head:] if thing[0].casefold() == "help" else ["with", *thing]
            if thing[0].casefold() == "help" and not rest:
                return None
            found = ("anyone who could help", *rest)
        else:
            found = tuple(article(tuple(thing)).split())
    elif phrase.shape is Shape.DO:
        return Talk(
            "let",
            f"know you'll keep an eye out for anyone who could help {them} {to_user(phrase.words)}",
            f"I'll keep an eye out for anyone who could help you {to_them(phrase.words)}.",
            news=True,
        )
    else:
        return None
    return Talk(
        "let",
        f"know you'll keep an eye out for {to_user(found)}",
        f"I'll keep an eye out for {to_them(found)}.",
        news=True,
    )


# Words that make what follows "about" a clause, not a thing: "about he mentioned".
def _offer(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    words = offer_words(detail.text)
    if words is None or words[-1].casefold() in PREPOSITIONS | AUXILIARIES | POSSESSIVES:
        return None  # "call about", "call about is", "call his": cut off, no line can say it
    if clause_after_about(words):
        return None  # "call about mentioned": a clause pasted after "about"
    if volunteers(words):
        return None  # "wants to volunteer on weekends": nothing they offered the user
    phrase = read(" ".join(words))
    first = verb_form(words[0])
    if phrase.shape is not Shape.DO and len(words) > 1 and first and first[1] == "base":
        # "do a lunch and learn for my clients", "look at my roof": what they offered to do,
        # which a reader of things alone misses (trial 11: "Check in with Duc")
        phrase = Phrase(Shape.DO, words)
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
        if verb.base in ("start", "join") and phrase.rest and phrase.rest[0].casefold() != "as":
            place = _place(phrase) or " ".join(phrase.rest)
            where = f"the new role at {place}" if _place(phrase) else definite(phrase.rest)
            return Talk(
                "ask", f"how {to_user(where.split())} is going", f"How is {where} going?", news=True
            )
        return _done(phrase, who)
    owns = verb is not None and verb.base in ("run", "own", "found", "manage", "have")
    if phrase.shape is not Shape.DOES or not owns or not phrase.rest:
        return None
    lead = phrase.rest[0].casefold()
    if lead in DETERMINERS or lead in NUMBERS:
        rest = phrase.rest
        if lead == "their":
            # "runs their community giving program": the firm's, not the person's
            rest = ("the", *rest[1:])
        # "a small electrical contracting outfit": its size is no part of the question, and
        # an outfit is said as the business it is (trial 18)
        rest = tuple(w for w in rest if w.casefold() not in _SIZES) or rest
        rest = tuple("business" if w.casefold() in _OUTFITS else w for w in rest)
        business = definite(rest)
        if [w.casefold() for w in rest[1:]] == ["business"]:
            # "runs a small outfit": how business is, never "at the business"
            return Talk("ask", "how business is going", "How's business?")
        if rest[-1].casefold() == "business" and len(rest) > 2:
            # "how the electrical contracting business is going", never "how business is
            # going at the electrical contracting business"
            return Talk(
                "ask",
                f"how {to_user(business.split())} is going",
                f"How is {to_them(business.split())} going?",
            )
        if rest[-1].casefold() in _BUSINESSES:
            # "runs a landscaping company": how business is going there
            return Talk(
                "ask",
                f"how business is going at {to_user(business.split())}",
                f"How is business at {to_them(business.split())}?",
            )
        return Talk(
            "ask",
            f"how things are going with {to_user(business.split())}",
            f"How are things going with {to_them(business.split())}?",
        )
    # "owns Pho 79 on Eat Street": the business by its name, told by a capital or a number
    name = next(
        (phrase.rest[:at] for at, w in enumerate(phrase.rest) if w.casefold() in PREPOSITIONS),
        phrase.rest,
    )
    capitals = any(w[:1].isupper() or w[:1].isdigit() for w in name)
    # typed in lower case, a name is told by how firms are named: "runs wiremu electrical",
    # "owns patel motors" (trial 22: "ask her what she's working on" instead)
    firm = len(name) > 1 and name[-1].casefold() in _FIRM_ENDINGS
    if 0 < len(name) <= 4 and (capitals or firm):
        said = " ".join(w[:1].upper() + w[1:] for w in name)
        return Talk("ask", f"how business is going at {said}", f"How is business at {said}?")
    return None


# The last word of a business's name: "Wiremu Electrical", "Patel Motors", "Byrne Plumbing".
_FIRM_ENDINGS = frozenset(
    "electrical electric plumbing builders building construction motors cleaning "
    "landscaping roofing painting painters design designs consulting consultants group "
    "ltd limited co inc llc solutions services engineering joinery kitchens bakery cafe "
    "catering autos automotive realty properties legal law accounting logistics transport "
    "media studio studios fitness physio dental".split()
)
# A title said as the work it does: "graphic designer" asks how the design work is going.
_WORK_DONE = {
    "designer": "design", "photographer": "photography", "electrician": "electrical",
    "plumber": "plumbing", "builder": "building", "painter": "painting", "writer": "writing",
    "developer": "development", "consultant": "consulting", "landscaper": "landscaping",
    "caterer": "catering", "gardener": "gardening", "accountant": "accounting",
    "bookkeeper": "bookkeeping", "lawyer": "legal", "solicitor": "legal", "architect": "design",
    "videographer": "video", "copywriter": "copywriting", "marketer": "marketing",
    "planner": "planning", "roofer": "roofing", "carpenter": "carpentry", "joiner": "joinery",
    "illustrator": "illustration", "translator": "translation", "editor": "editing",
}  # fmt: skip
# Words of a title that say its rank, not the work: "senior designer" does design work.
_RANKS = frozenset("senior junior lead chief head principal freelance self-employed".split())
# Titles that say where the work is done, when the notes name no workplace.
_WORKPLACES = {
    "dentist": "the practice", "hygienist": "the practice", "orthodontist": "the practice",
    "chiropractor": "the practice", "veterinarian": "the clinic", "vet": "the clinic",
    "physiotherapist": "the clinic", "pharmacist": "the pharmacy", "gp": "the practice",
    "optician": "the practice", "optometrist": "the practice",
}  # fmt: skip
# Where the work a trade does ends: "payroll | for small firms".
_DONE_ENDS = frozenset("for in at with to on around across near from".split())
_DOES = frozenset("do does".split())
MAX_DONE_WORDS = 4


def work_done(work: str) -> str | None:
    """What someone's work does, when the notes say it with "does": "payroll" of "does
    payroll for small firms", "wills and probate" of "does wills and probate"; None for a
    title ("bookkeeper") or anything longer than a few words."""
    words = [w.casefold().strip(".,") for w in work.split()]
    if len(words) < 2 or words[0] not in _DOES:
        return None
    thing = []
    for word in words[1:]:
        if word in _DONE_ENDS:
            break
        thing.append(word)
    if not thing or len(thing) > MAX_DONE_WORDS or not all(w.isalpha() for w in thing):
        return None
    if thing[0] in ("it", "them", "that", "this", "what", "a", "an", "some", "lots"):
        return None  # "does it all", "does a lot": no work named
    return " ".join(thing)


# Work that is not a job at the place named: "student at Emory", "former VP at Delta".
_NOT_A_JOB = frozenset(
    "student students studying intern former ex ex- retired unemployed between looking "
    "volunteer volunteers".split()
)


def work_at(detail: Detail, org: str | None, who: Who) -> Talk | None:
    """Their work said as a question when nothing else about them is: a title at a named
    workplace asks how work there is going ("dental hygienist" at Smile Dental -> "how work
    at Smile Dental is going"); a title that says its place asks about it ("dentist" -> "how
    things are at the practice"). None when the work is no job held there (a student) or
    no such sentence can be made."""
    if detail.kind != "work" or detail.relative is not None:
        return None
    phrase = read(detail.text)
    said = [w.casefold().strip(".,") for w in phrase.words]
    done = work_done(detail.text)
    if done is not None and not any(w in _NOT_A_JOB for w in said):
        # "does payroll for small firms": asked about as work, never "what she's working
        # on these days" when the notes say (trial 30)
        if org and org.strip() and not _A_CONGREGATION.search(org):
            at = org.strip()
            return Talk("ask", f"how work at {at} is going", f"How is work at {at} going?")
        if done.split()[0] in DETERMINERS:
            return Talk("ask", "how work is going", "How is work going?")
        return Talk("ask", f"how the {done} work is going", f"How is the {done} work going?")
    if phrase.shape is not Shape.THING or not said or any(w in _NOT_A_JOB for w in said):
        return None
    at = (org or "").strip()
    cut = said.index("at") if "at" in said[1:] else len(said)
    where = said[cut + 1 :]
    if at and len(where) > 2 and where[0] == "the" and " ".join(where[1:-1]) == at.casefold():
        # "gp at the dennistoun practice": the org kept is where the practice is, a place;
        # the workplace is the practice (trial 31)
        workplace = f"the {where[-1]}"
        return Talk("ask", f"how things are at {workplace}", f"How are things at {workplace}?")
    title = [w for w in said if w not in DETERMINERS]
    place = _WORKPLACES.get(title[-1]) if len(title) <= 2 and title else None
    if at and _A_CONGREGATION.search(at):
        # a pastor's church is no workplace to ask about "work" at (trial 27)
        return Talk("ask", f"how things are at {at}", f"How are things at {at}?")
    # "gp at the hyndland practice": one word kept of a practice's name is most likely where
    # it is, and a known place is never a workplace: "work at Hyndland" is not said (trial 31)
    if at and at.casefold() not in PLACES and (place is None or len(at.split()) > 1):
        return Talk("ask", f"how work at {at} is going", f"How is work at {at} going?")
    if place is not None:
        return Talk("ask", f"how things are at {place}", f"How are things at {place}?")
    if not title or len(title) > 3 or any(w in PREPOSITIONS for w in title):
        return None  # ("girl about bookkeeper": no title to say "the … work" of)
    # "graphic designer": "how the graphic design work is going"; any other title "how work
    # is going": never "what he's working on these days" when the notes say (trial 22)
    done = _WORK_DONE.get(title[-1])
    if done is None:
        return Talk("ask", "how work is going", "How is work going?")
    kind = " ".join([*(w for w in title[:-1] if w not in _RANKS), done])
    return Talk("ask", f"how the {kind} work is going", f"How is the {kind} work going?")


# "accepted the quote", "agreed the price": a deal, not "getting accepted" into something.
_ACCEPTED_SOMETHING = re.compile(
    r"^(?:accepted|agreed(?: to)?|signed off(?: on)?|okayed|approved)\s+"
    r"(?:the|our|my|his|her|their|a|an)\s+(?:quote|price|estimate|proposal|offer|deal|"
    r"terms|contract|invoice|pricing)\b",
    re.IGNORECASE,
)


# Where people worship or serve together: "Grace Fellowship", "St Brigid's Parish".
_A_CONGREGATION = re.compile(
    r"\b(church|fellowship|parish|chapel|cathedral|mosque|masjid|temple|gurdwara|"
    r"synagogue|ministries|ministry|congregation|tabernacle|assembly)\b",
    re.IGNORECASE,
)


_SIZES = frozenset("small little tiny smallish".split())
_OUTFITS = frozenset("outfit outfits operation biz".split())
# What a business is called: "runs a landscaping company" asks how business is going.
_BUSINESSES = frozenset(
    "business businesses company companies shop shops store stores restaurant restaurants "
    "firm agency practice bakery salon salons cafe café clinic studio gym bar brewery "
    "franchise franchises startup shop boutique farm winery brokerage dealership "
    "truck trucks kitchen spa".split()
)


# A trip said as people text it: "off to rarotonga for 2 wks", "heading to samoa next
# week", "flew to manila" (trial 22: "Ask Tom about the off to rarotonga").
_TRIP = re.compile(
    r"^(?:(?P<past>flew|went|headed|travell?ed)|off|heading|flying|travell?ing|going|jetting)"
    r"(?: off| back| home| over)? to (?P<rest>.+)$",
    re.IGNORECASE,
)
_TRIP_WHEN = frozenset(
    "in on next this for over after before until till from with tomorrow tonight soon to "
    "at around during".split()
)
_TRIP_PLACES = frozenset({"the uk", "the us", "the usa", "the states", "the islands"})
_TRIP_LASTS = timedelta(days=7)  # a trip said with no date: away about a week
_STAY = re.compile(
    r"^for (\d+|a|an|one|two|three|four|a couple of) (days?|wks?|weeks?|months?|mths?)\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2}
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def _trip(detail: Detail, now: datetime | None) -> Talk | None:
    """A trip to a place: how the plans for it are coming along while its date is ahead, how
    it is going in its first week, how it was after."""
    found = _TRIP.match(" ".join(detail.text.split()))
    if found is None:
        return None
    words = found["rest"].split()
    cut = next((i for i, w in enumerate(words) if i and w.casefold() in _TRIP_WHEN), len(words))
    place, when = " ".join(words[:cut]), " ".join(words[cut:])
    if place.casefold() not in PLACES and place.casefold() not in _TRIP_PLACES:
        return None  # "going to open a shop", "heading to the gym": no trip
    trip = f"the trip to {place}"
    lasts = _TRIP_LASTS
    stay = _STAY.match(when)
    if stay:  # "for 2 wks": how long they are away, not when
        count = int(stay[1]) if stay[1].isdigit() else _COUNTS[stay[1].casefold()]
        lasts = timedelta(days=count * _UNIT_DAYS[stay[2].casefold()[0]])
        when = ""
    dated = resolve_when(when, detail.told_at) if when and detail.told_at else None
    if dated is not None and now is not None and now.date() <= dated.last:
        return Talk(
            "ask",
            f"how the plans for {trip} are coming along",
            f"How are the plans for {trip} coming along?",
            news=True,
        )
    away = (
        dated is None
        and not found["past"]
        and now is not None
        and detail.told_at is not None
        and now - detail.told_at <= lasts
    )
    if away:
        return Talk("ask", f"how {trip} is going", f"How is {trip} going?", news=True)
    return Talk("ask", f"how {trip} was", f"How was {trip}?", news=True)


def _plan(detail: Detail, who: Who, now: datetime | None) -> Talk | None:
    trip = _trip(detail, now)
    if trip is not None:
        return trip
    if _ACCEPTED_SOMETHING.match(detail.text):
        return None  # "accepted the quote": business with the user, no news to ask after
    phrase = read(detail.text)
    if phrase.shape is Shape.DOING:
        return _doing(phrase, detail, now, who)
    if phrase.shape is Shape.DONE:
        return _done(phrase, who)
    if phrase.shape is Shape.DO:
        return _plans(phrase, detail, now, "coming along")
    if phrase.shape is Shape.THING:
        thing = definite(phrase.words)
        if not thing:
            return None
        return Talk(
            "ask", f"about {to_user(thing.split())}", f"Any news on {to_them(thing.split())}?",
            news=True,
        )  # fmt: skip
    return None


def _plans(phrase: Phrase, detail: Detail, now: datetime | None, going: str) -> Talk | None:
    """ "planning to open a second location in Feb": how the plans to open a second
    location are coming along (how they went, once Feb is past); the when left out. None
    when the plan has a clause of its own ("to call about the girl"): "how the plans to
    call about the girl are going" reads as two sentences run together."""
    verb = phrase.words[0]
    core, when = _split_when(phrase.rest)
    if any(w.casefold() in ("about", "that", "whether", "if") for w in core):
        return None
    plans = f"the plans to {' '.join((verb, *core))}"
    if when and _passed(phrase, detail, now):
        return Talk(
            "ask",
            f"how {to_user(plans.split())} went",
            f"How did {to_them(plans.split())} go?",
            news=True,
        )
    return Talk(
        "ask",
        f"how {to_user(plans.split())} are {going}",
        f"How are {to_them(plans.split())} {going}?",
        news=True,
    )


# What one takes on from a date: "coaching the team next season", "teaching a course next
# year" has not begun, so nothing about it is "coming along" yet (trial 18).
_TAKE_ON = frozenset(
    "coach teach run lead chair host direct manage mentor captain referee umpire judge "
    "present speak perform volunteer serve".split()
)


def _doing(phrase: Phrase, detail: Detail, now: datetime | None, who: Who | None = None) -> Talk:
    """ "training for the chicago marathon": how the marathon training is going (or coming
    along, for a plan still ahead; or how it went, once its date has passed). The plan's
    when ("in Feb") is left out of the question: past, it would read as still ahead."""
    verb = phrase.verb
    assert verb is not None
    core, when = _split_when(phrase.rest)
    named = _subject(verb, core)
    if named is not None:
        subject, plural = named
    else:
        # "buying in pearland": the particle stays with its place ("how buying pearland
        # is going" drops it, trial 11). "some" is no part of what they do: "how selling
        # land is going", not "how selling some land is going" (trial 16)
        kept = tuple(w for w in core if w.casefold() != "some")
        # "retiring in the spring": with nothing between, the "in" led the when that is left
        # out, and "how retiring in is coming along" would end on it (trial 18).
        particle = phrase.particle if kept or not when else None
        said = (verb.gerund or phrase.words[0], particle, *kept)
        subject, plural = " ".join(w for w in said if w), False
    ahead = bool(when) or any(w.casefold() in _FUTURE for w in core) or plural
    if (
        named is None
        and when
        and verb.base in _TAKE_ON
        and who is not None
        and not _passed(phrase, detail, now)
    ):
        # "coaching the team next season": asked about as what is ahead, its when left
        # out (the line may be read in that season)
        return Talk(
            "ask",
            f"if {who.pronoun.be} looking forward to {to_user(subject.split())}",
            f"Are you looking forward to {to_them(subject.split())}?",
            news=True,
        )
    if when and _passed(phrase, detail, now):
        if subject.startswith("the plans for "):
            opened = subject.removeprefix("the plans for ")  # its date is behind: it's open
            return Talk(
                "ask",
                f"how {to_user(opened.split())} is going",
                f"How is {to_them(opened.split())} going?",
                news=True,
            )
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


# When a plan is: "in Feb", "next summer", "this weekend", "on the 15th".
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WHEN_LEADS = frozenset("in on next this by early late mid".split())


def _is_when(words: tuple[str, ...]) -> bool:
    if not words:
        return False
    lowered = [w.casefold().strip(".") for w in words]
    if lowered[-2:] == ["new", "year"] and lowered[:-2] in (["in", "the"], ["by", "the"], []):
        return True  # "in the new year": still ahead
    if len(lowered) == 3 and lowered[0] in ("in", "by", "over", "during") and lowered[1] == "the":
        lowered = lowered[:1] + lowered[2:]  # "in the spring"
    if lowered[0] in ("next", "this") and len(lowered) == 2:
        return True
    if lowered[0] in ("in", "by", "early", "late", "mid") and len(lowered) == 2:
        return lowered[1] in _FUTURE or lowered[1] in _MONTHS_SHORT
    if lowered[0] == "on" and len(lowered) <= 3:
        return lowered[-1][:1].isdigit() or lowered[-1] in _FUTURE
    return len(lowered) == 1 and (lowered[0] in _FUTURE or lowered[0] in _MONTHS_SHORT)


def _split_when(rest: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words after the verb, and the when they end on: ("a skincare line", "in
    spring"); the when is () when there is none."""
    for at in range(len(rest)):
        lead = rest[at].casefold() in _WHEN_LEADS or at == len(rest) - 1
        if lead and _is_when(rest[at:]):
            kept = rest[:at]
            while kept and kept[-1].casefold() in _DANGLING:  # never "…location in the"
                kept = kept[:-1]
            return kept, rest[len(kept) :]
    return rest, ()


_DANGLING = frozenset("in on by the a an of for at to over during this next sometime".split())


_ORDINALS = {"2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
_RACES = frozenset("marathon half half-marathon race 5k 10k triathlon ultra ironman".split())
_OPENINGS = frozenset("open start build launch".split())


# Verbs whose object is an event someone is planning: "planning a trip", "doing a health
# mela", "hosting a fundraiser".
_PLANS_FOR = frozenset("plan do host hold organise organize throw".split())


def _subject(
    verb: Verb, rest: tuple[str, ...], owner: str | None = None
) -> tuple[str, bool] | None:
    """What a doing is, said as a thing, and whether it is plural: "the marathon training",
    "the move to Denver", "the plans for the second location in Decatur", "Boston
    training", "the college applications"; with `owner`, theirs: "Tyler's college
    applications", "Emeka's barbershop in East Point". None: no such shape."""
    the = f"{owner}'s" if owner else "the"
    lowered = [w.casefold() for w in rest]
    if verb.base == "get" and lowered[:1] and lowered[0] in ("married", "engaged"):
        return f"{owner + chr(39) + 's' if owner else 'the'} wedding plans", True
    if verb.base == "apply" and lowered[:1] == ["to"] and len(rest) == 2:
        applied = rest[1]
        if lowered[1].endswith("ies"):
            applied = applied[:-3] + "y"
        elif lowered[1].endswith("s"):
            applied = applied[:-1]
        return f"{the} {applied} applications", True  # "applying to colleges"
    race = rest and (rest[0][:1].isupper() or lowered[-1] in _RACES)
    if verb.base == "run" and race and lowered[0] not in DETERMINERS and len(rest) <= 2:
        return f"{' '.join(rest)} training", False  # "running Boston": Boston training
    # "doing a health mela": the plans for the health mela, never "how is doing a health
    # mela coming along" (trial 19)
    if verb.base in _PLANS_FOR and lowered[:1] and lowered[0] in ("a", "an", "the") and not owner:
        planned = rest[1:]
        if 0 < len(planned) <= 4 and sane(planned) and is_thing(" ".join(planned)):
            return f"the plans for the {' '.join(planned)}", True  # "planning a trip to Italy"
    nominal = _nominal(verb, rest)
    if nominal is not None:  # "launching a skincare line": the skincare launch
        return (nominal.replace("the ", f"{owner}'s ", 1) if owner else nominal), False
    if verb.base in _OPENINGS and rest:
        thing, place = _thing_and_place(rest)
        if thing:
            if owner:
                return f"{owner}'s {' '.join((*thing, *place))}", False
            return f"the plans for the {' '.join((*thing, *place))}", True
    return None


def _thing_and_place(rest: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "a 2nd location in Decatur" -> ("second location",) and ("in", "Decatur"); ((), ())
    when the object is not a plain noun phrase."""
    words = [_ORDINALS.get(w.casefold(), w) for w in rest]
    place: list[str] = []
    for at, word in enumerate(words):
        if word.casefold() in PREPOSITIONS:
            place = words[at:]
            words = words[:at]
            break
    if place and (place[0].casefold() not in ("in", "on", "at") or len(place) > 4):
        return (), ()
    if words and words[0].casefold() in ("a", "an", "the", "his", "her", "their"):
        opened_new = words[0].casefold() in ("a", "an")
        words = words[1:]
        if opened_new and words and words[0].casefold() not in ("new", "second", "third"):
            words = ["new", *words]
    if not words or len(words) > 4 or any(w.casefold() in DETERMINERS for w in words):
        return (), ()
    if not is_thing(" ".join(words)):
        return (), ()
    return tuple(words), tuple(place)


def _nominal(verb: Verb, rest_: tuple[str, ...]) -> str | None:
    """ "training for the chicago marathon" -> "the marathon training"; "renovating his
    kitchen" -> "the kitchen renovation"; "moving to Denver" -> "the move to Denver"."""
    rest = list(rest_)
    if verb.base == "move" and rest[:1] and rest[0].casefold() == "to" and len(rest) > 1:
        return "the move " + " ".join(rest)
    noun = _NOMINAL.get(verb.base)
    if noun is None or not rest:
        return None
    if rest[0].casefold() == "for":
        rest = rest[1:]
    while rest and (
        rest[0].casefold() in DETERMINERS
        or rest[0].casefold() in NUMBERS
        or rest[0].casefold() in _VAGUE
    ):
        rest = rest[1:]
    # Where it happens stays after it: "consolidating some offices near the airport" is
    # "the office consolidation near the airport" (trial 16).
    where: list[str] = []
    at = next((i for i, w in enumerate(rest) if w.casefold() in PREPOSITIONS), len(rest))
    if 0 < at < len(rest) and rest[at].casefold() in _WHERE and len(rest) - at <= 4:
        rest, where = rest[:at], rest[at:]
    if not rest or len(rest) > 3 or any(w.casefold() in PREPOSITIONS for w in rest):
        return None
    # The thing it is about, by its head ("the chicago marathon" -> "marathon"); a generic
    # head gives way to what is before it ("a skincare line" -> "skincare").
    generic = len(rest) > 1 and rest[-1].casefold() in _GENERIC_HEADS
    # said before its noun, a thing is one: "consolidating offices", the office consolidation
    head = _singular(rest[-2] if generic else rest[-1])
    return " ".join([f"the {head} {noun}", *where])


# "some offices", "a few stores": how many is no part of the thing.
_VAGUE = frozenset("some several few couple bunch more".split())
_WHERE = frozenset("in near at on around by downtown outside".split())


_SAME_PLURAL = frozenset("series species news sports olympics athletics".split())


def _singular(noun: str) -> str:
    """ "offices" -> "office", "properties" -> "property": a noun said before another."""
    low = noun.casefold()
    if low in _SAME_PLURAL or not noun.islower():
        return noun  # "the series launch", "the Olympics training"
    if low.endswith("ies") and len(low) > 4:
        return noun[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return noun[:-1]
    return noun


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
        trip = definite(rest[1:])
        if len(rest) == 2 and rest[1].casefold() not in DETERMINERS:
            trip = f"the trip to {rest[1]}"  # "got back from lisbon": a place, not "the lisbon"
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
        event = definite(rest)
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
        started = definite(rest)
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


# Pastimes and causes one could send someone something about; "kitchen" or "coaching"
# (a misread, or their work) is nothing to send.
_PASTIMES = frozenset(
    "hiking running cycling biking sailing fishing cooking baking gardening photography "
    "painting drawing reading travel traveling travelling yoga wine whiskey bourbon beer "
    "coffee jazz music art history birding birdwatching camping climbing skiing "
    "snowboarding surfing swimming knitting woodworking pottery dance dancing theater "
    "theatre opera film films movies books poetry chess marathons triathlons kayaking "
    "rowing boxing lifting crossfit pilates meditation astronomy architecture design "
    "food barbecue bbq gaming podcasts cars motorcycles horses dogs cats volunteering "
    "conservation literacy rescue charity fitness f1 formula nascar".split()
)


def pastime(words: tuple[str, ...]) -> bool:
    """A hobby, sport, team, place or cause: something one could send an article about."""
    if not words:
        return False
    last = words[-1].casefold()
    if last in _PLAYED or last in _PASTIMES or last in _DOERS.values():
        return True
    # a team or a place: "the Braves", "Atlanta United", "Lisbon"
    if all(w[:1].isupper() for w in words if w.casefold() not in DETERMINERS):
        return True
    # Any other one-word pastime ("tango", "salsa", "origami"), but not a room, a job or
    # money: what a misread or their work leaves as an "interest".
    return len(words) == 1 and last.isalpha() and last not in _NOT_PASTIMES


_NOT_PASTIMES = frozenset(
    "kitchen bathroom house home renovation reno remodel office business work job career "
    "clients client customers coaching consulting sales marketing money tax taxes insurance "
    "loan loans mortgage funding investors hiring recruiting".split()
)


def send_something(detail: Detail, who: Who) -> str | None:
    """Give first to someone with an interest: "Send Jorge something about golf he'd enjoy";
    only for a real pastime, team, place or cause."""
    if detail.kind != "interest" or detail.relative is not None:
        return None
    said = _interest(detail, who, None)
    if said is None:
        return None
    words = clean(detail.text)
    club = _club(words)
    if club is not None:
        words = (club,)  # "Arsenal fan": something about Arsenal
    if len(words) == 1 and words[0].casefold() in _DOERS:
        words = (_DOERS[words[0].casefold()],)
    if not pastime(words):
        return None
    thing = " ".join(words)
    return f"Send {who.name} something about {thing} {who.pronoun.would} enjoy"
