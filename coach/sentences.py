"""The sentence layer's words: who a line is about (name, pronoun), a detail, what to say
about it (`Talk`, made by coach/talk.py), the note's "me" and "his" turned for the user or
for the person, and the lines for needs and follow-ups: "Introduce Tom to Sarah Kim, the
CPA you know: he needs a bookkeeper", "Call Mike".

Every line is built from a detail's parts (coach/phrases.py), never by pasting its text
after "about": a detail with no shape that reads as a sentence gives None and is left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from coach.phrases import (
    DETERMINERS,
    NUMBERS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    Phrase,
    Shape,
    clean,
    is_thing,
    read,
    sane,
    verb_form,
)
from nlp.lexicon import DEMONYMS, PLACES, org_case
from nlp.people import RELATIVES
from nlp.proper_words import ORG_ACRONYMS, PLACE_WORDS, TERMS, TOWNS


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
    # Small talk about a relative with nothing happening ("how Layla is doing"): below
    # their own needs, plans, news and interests, and never a give.
    small: bool = False

    def line(self, who: Who) -> str:
        """ "Ask Priya how the marathon training is going"."""
        return f"{self.verb[:1].upper()}{self.verb[1:]} {who.name} {self.after}"

    def clause(self, who: Who) -> str:
        """The same, after another clause: "ask her how the marathon training is going".
        With no pronoun known, "congratulate them on the new baby" reads as a couple, so
        the name is said: "congratulate Taiwo on the new baby" (trial 30)."""
        if self.verb == "congratulate" and not who.known:
            return f"{self.verb} {who.name} {self.after}"
        return f"{self.verb} {who.pronoun.object} {self.after}"


# --- words said to the user, and to the person --------------------------------------------

_TO_USER = {"me": "you", "my": "your", "our": "your", "us": "you", "i": "you", "myself": "yourself"}


def to_user(words: tuple[str, ...] | list[str]) -> str:
    """The note's "me" and "our" are the user: "send me their flyer" -> "send you their flyer"."""
    said = " ".join(w if w == "US" else _TO_USER.get(w.casefold(), w) for w in words)
    return proper(said)  # "find a cto" -> "find a CTO"


# "have me do his year end", "get me to look at her books": the user asked for by name.
_HAVE_ME = re.compile(r"^(?:to\s+)?(?:have|get|having|getting)\s+me\s+(?:to\s+)?(?=\w)", re.I)
_MINE = re.compile(r"(?<![\w'’.-])(me|my|mine|our|ours|us|i|myself)(?![\w'’.-])", re.I)
_YOURS = {**_TO_USER, "mine": "yours", "ours": "yours"}


def for_user(text: str) -> str:
    """A detail from the note said to the user, on a card or a line the bot sends: "send me
    a couple of restaurant owners" -> "send you a couple of restaurant owners", "have me do
    his year end" -> "you to do his year end". "US" and "ME" (places) stay."""
    text = _HAVE_ME.sub("you to ", text, count=1)
    text = _MINE.sub(
        lambda m: m.group() if m.group() in ("US", "ME") else _YOURS[m.group().casefold()],
        text,
    )
    return proper(text)  # "moving to cork", "sales for emea": said with their capitals


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
    return proper(" ".join(out))


_PLURALS = frozenset("people folks men women children staff".split())


_MEASURE = re.compile(r"[\d,.]*k?(?:sf|sqft|sq ft|ft|acres?)", re.IGNORECASE)


def article(words: tuple[str, ...]) -> str:
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
    if first in DETERMINERS or first in NUMBERS or last in MASS:
        return text
    if first in ("someone", "somebody", "anyone", "anybody"):
        return text  # "someone pitchside on saturdays", never "a someone…" (trial 19)
    if _MEASURE.fullmatch(last):
        return text  # "1800sf in doraville", "2 acres": an amount, not one of a kind
    if last.endswith("s") and not last.endswith("ss") and last not in ("cpas",):
        return text
    if first in ("other", "more") or last in _PLURALS:
        return text  # "other finance people": a plural
    return ("an " if first[:1] in "aeiou" else "a ") + text


def definite(words: tuple[str, ...]) -> str:
    """ "a second location" -> "the second location"; "wedding in june" -> "the wedding in
    june"; "his kitchen" stays."""
    if words[0].casefold() in ("a", "an", "some") or words[0].casefold() in NUMBERS:
        words = words[1:]
    if not words:
        return ""
    if words[0].casefold() in DETERMINERS:
        return " ".join(words)
    return "the " + " ".join(words)


MASS = frozenset(
    "help advice funding feedback support work money capital investment insurance coverage "
    "childcare housing space staff talent leads business marketing financing finance cover "
    "lending credit equipment training mentoring guidance information".split()
)
_INTRO = ("an intro to", "intro to", "intros to", "an introduction to", "introduction to",
          "introductions to")  # fmt: skip


def strip_intro(text: str) -> str:
    """ "an intro to a good CPA" is the CPA they need."""
    lowered = text.casefold().strip()
    for prefix in _INTRO:
        if lowered.startswith(prefix + " "):
            return text.strip()[len(prefix) + 1 :]
    return text.strip()


def offered(offer: str) -> str | None:
    """An offer they made, said to the user: "intro me to her banker friends" -> "offered
    to introduce you to her banker friends"; "refer me clients" -> "offered to refer you
    clients"; "free tax consultations" -> "offered free tax consultations". None: no
    sentence."""
    words = offer_words(offer)
    if words is None or words[-1].casefold() in PREPOSITIONS | DETERMINERS | AUXILIARIES:
        return None  # "to call about", "to call his", "to call about is": what is not said
    if clause_after_about(words):
        return None  # "to call about renews": a note's clause cut off, what is not said
    if volunteers(words):
        # time they would give to a cause, not offered to the user (trial: words 6)
        first = words[0].casefold()
        if first == "volunteer" and len(words) > 1 and words[1].casefold() in _WORK_OF:
            return f"is looking for {to_user(words)}"
        return f"wants to {to_user(words)}" if first == "volunteer" else None
    phrase = read(" ".join(words))
    if phrase.shape is Shape.DO:
        return f"offered to {to_user(phrase.words)}"
    if phrase.shape is Shape.THING and phrase.words[0].casefold() not in ("his", "her", "their"):
        return f"offered {to_user(phrase.words)}"
    return None


# Words that start a clause wherever they stand after "about": "call about mentioned".
_CLAUSE_WORDS = frozenset(
    "is are was were has had just plays got gets said mentioned since".split()
)


def clause_after_about(words: Sequence[str]) -> bool:
    """ "call about mentioned", "ring about renews": a clause the note cut off after "about"
    (a verb said as one, within a few words, not after "the" or "his"), not a thing the offer
    is about ("call about the renewal")."""
    lowered = [w.casefold() for w in words]
    for at, word in enumerate(lowered):
        if word != "about":
            continue
        for i in range(at + 1, min(at + 6, len(lowered))):
            if lowered[i - 1] in DETERMINERS | POSSESSIVES:
                continue
            found = verb_form(lowered[i]) if i == at + 1 else None
            if lowered[i] in _CLAUSE_WORDS or (found and found[1] in ("third", "past")):
                return True
    return False


# "volunteer work", "volunteer opportunities": volunteering sought, said as a thing.
_WORK_OF = frozenset(
    "work opportunity opportunities gig gigs role roles position positions shift shifts".split()
)


def volunteers(words: Sequence[str]) -> bool:
    """An offer to volunteer ("volunteer on weekends", "volunteer work"): time given to a
    cause, no offer made to the user to thank them for."""
    return bool(words) and words[0].casefold() in ("volunteer", "volunteering")


# What the user says of an offer after it, not part of it: "offered to cater…, lovely".
_REMARKS = frozenset("lovely nice great amazing brilliant legend cool lol haha".split())


def offer_words(offer: str) -> tuple[str, ...] | None:
    """The offer's words, its "intro" said whole and a closing "too" left off."""
    words = list(clean(offer))
    if words and words[0].casefold() in ("offered", "offers", "offer") and words[1:2] == ["to"]:
        words = words[2:]
    while words and words[-1].casefold() in {"too", "also", "as well"} | _REMARKS:
        words = words[:-1]  # "…at a discount for referrals, lovely": the user's remark
    if not words:
        return None
    if words[0].casefold() == "intro":
        words[0] = "introduce"
    return tuple(words)


# --- proper nouns in words quoted from notes ------------------------------------------------

_CALENDAR = {
    w: w.capitalize()
    for w in "january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday jan feb apr jun jul aug "
    "sept oct nov dec".split()
}
ACRONYMS = frozenset(
    "bni ypo pta cpa cfo ceo cto coo cmo cio sba hr vp ux ui pr nyc eo seo qa cfa cfp mba "
    "phd llc llp crm erp saas hvac rrsp resp tfsa gp uk usa nhs".split()
)
# "it" is a word too: the department only where a job or team follows ("an IT manager",
# "head of IT").
_IT = re.compile(
    r"\bit(?= (?:manager|director|support|consultant|consulting|team|department|services|"
    r"firm|company|lead|admin|guy|person|contractor)\b)|(?<=\bhead of )it\b|(?<=\bin )it$"
)
# Holidays are names: "the christmas party", "a big eid gala", "after new year" (trial 15).
_HOLIDAYS = {
    w: w.capitalize()
    for w in "christmas thanksgiving easter eid diwali hanukkah chanukah ramadan passover "
    "kwanzaa halloween xmas".split()
}
_NEW_YEAR = re.compile(r"(?<!\ba )\bnew year(?=\b|')")
# Schools named by a word that is also a thing, a name only where one gets into a school:
# "getting into rice" is Rice University (trial 15); "a bowl of rice" is not.
_SCHOOL_WORDS = {"rice": "Rice", "duke": "Duke", "brown": "Brown", "emory": "Emory"}
_INTO_SCHOOL = re.compile(
    r"(?:(?<=\binto )|(?<=\bat )|(?<=\baccepted to ))(?:"
    + "|".join(_SCHOOL_WORDS)
    + r")(?= early| in the fall|[.,!?]|$)"
)
# Schools and towns that are never an ordinary word, typed in lower case: "got into
# waterloo for engineering" (trial 18), "out of brampton".
_NAMES_ALWAYS = {
    w.casefold(): w
    for w in "Waterloo McGill Guelph Laurier Ryerson UBC Brampton Scarborough Markham "
    "Mississauga Etobicoke Oakville Kitchener Vaughan".split()
}
# Networking clubs the notes name in lower case: "the rotary lunch".
_CLUBS = {w: w.capitalize() for w in "rotary kiwanis toastmasters vistage".split()}
# Where people are from, always with a capital ("pakistani families"); "south", "polish"
# and "kiwi" are words of their own too.
_DEMONYMS = DEMONYMS - {"south", "polish", "kiwi"}
_BEFORE_MAY = frozenset("in by early late mid next this since until".split())
# After "may" the verb, a verb follows; a day's number, a clause's end or "to"/"or"/"and"
# after it make it the month.
_SUBJECTS = frozenset("i you we they he she it who".split())  # "as soon as you may."
_MAY_THE_MONTH = re.compile(r"\s*(?:\d|[,.;:!?)]|$)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*")


# Known places typed all in lower case: "moving to denver" -> "moving to Denver" (a place
# typed with any capital is left as the user wrote it). Longest first: "new york" before
# "york"; "georgia tech" is a school and is said "Georgia Tech".
_ALL_PLACES = PLACES | TOWNS
_PLACES_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(p) for p in sorted(_ALL_PLACES, key=len, reverse=True))
    + r")(?: (?:state|tech|university|college))?(?![\w-])"
)
# A town that is a word too ("cork", "trinity") is the place after "in", "to", "from"…
# or before "marathon", "office"…: "moving to cork", "the cork marathon"; "popped the cork"
# and "the holy trinity" stay words.
_PLACE_WORD_RE = re.compile(
    r"(?:(?<=\bin )|(?<=\bto )|(?<=\bfrom )|(?<=\binto )|(?<=\bat )|(?<=\bnear )"
    r"|(?<=\bleft )|(?<=\bvisiting ))(?:" + "|".join(PLACE_WORDS) + r")(?![\w-])"
    r"|\b(?:" + "|".join(PLACE_WORDS) + r")(?= (?:marathon|half|office|city|county|airport|"
    r"college|campus|area|branch|team|based)\b|-based\b)"
)
# Work's shorthand with a digit ("q3", "h1", "b2b"): the word pattern below never sees it.
_NUMBERED_TERMS = re.compile(
    r"(?<![\w-])(?:" + "|".join(t for t in TERMS if any(c.isdigit() for c in t)) + r")(?![\w-])"
)


def _place(match: re.Match[str]) -> str:
    """The place with its capitals; a school named after it ("georgia tech", "ohio state")
    is one name, so its last word gets one too."""
    words = match.group(0).split(" ")
    for size in range(len(words), 0, -1):
        place = " ".join(words[:size])
        if place in _ALL_PLACES:
            rest = [w.capitalize() for w in words[size:]]
            return " ".join([_ALL_PLACES[place], *rest])
    return match.group(0)


def name_said(name: str) -> str:
    """A name as a greeting says it: initials in capitals ("kd", "Jt" -> "KD", "JT"), the
    rest as stored (trial 18: "Hi Kd")."""
    return " ".join(
        w.upper() if len(w) == 2 and w.isalpha() and not set(w.casefold()) & set("aeiouy") else w
        for w in name.split(" ")
    )


def proper(text: str, names: tuple[str, ...] | frozenset[str] = ()) -> str:
    """A line that quotes a note, with the note's lower case fixed where it is sure: month
    and weekday names ("in march" -> "in March", "may" only after "in"/"by"…), known places
    ("to denver" -> "to Denver", nlp/lexicon.py's PLACES), known acronyms ("the bni lunch"
    -> "the BNI lunch"), and the names and organisations the user has stored for the people
    in it ("since he switched to compass" -> "to Compass")."""
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        # a name stored lowercase is capitalised; one the user wrote with capitals stays as
        # written ("Women in Business", never "Women In Business")
        cased = (
            name
            if not name.islower()
            else " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in name.split())
        )
        said = name_said(cased)
        pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])"
        text = re.sub(pattern, said, text, flags=re.IGNORECASE)

    text = _PLACES_RE.sub(_place, text)
    text = _PLACE_WORD_RE.sub(lambda m: PLACE_WORDS[m.group(0)], text)
    text = _NUMBERED_TERMS.sub(lambda m: TERMS[m.group(0)], text)
    text = _NEW_YEAR.sub("New Year", text)
    text = _INTO_SCHOOL.sub(lambda m: _SCHOOL_WORDS[m.group(0)], text)

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.casefold()
        if lowered in ACRONYMS | ORG_ACRONYMS and word.islower():
            return word.upper()
        if lowered in TERMS and word.islower():
            return TERMS[lowered]
        if lowered in _CALENDAR and word.islower():
            return _CALENDAR[lowered]
        if lowered in _NAMES_ALWAYS and word.islower():
            return _NAMES_ALWAYS[lowered]
        if lowered in _CLUBS and word.islower():
            return _CLUBS[lowered]
        if lowered in _HOLIDAYS and word.islower():
            return _HOLIDAYS[lowered]
        if lowered in _DEMONYMS and word.islower():
            return word.capitalize()  # "the vietnamese business association mixer"
        if lowered == "may" and word.islower():
            before = text[: match.start()].split()[-1:]
            if before and before[0].casefold() in _BEFORE_MAY:
                return "May"
            after_someone = before and before[0].casefold() in _SUBJECTS
            if _MAY_THE_MONTH.match(text, match.end()) and not after_someone:
                return "May"  # "due may 3rd", "in march or may.": no verb follows
        return word

    return _WORD_RE.sub(one, _IT.sub("IT", text))


def org_said(org: str | None) -> str | None:
    """An organisation as it is said in a line: one the note typed all in lower case
    gets its capitals ("rogers" -> "Rogers", "td" -> "TD"); the user's own casing stays."""
    return org_case(org) if org else org


# --- a line never says the same thing twice ------------------------------------------------

# Words every clause has, so they say nothing about what it is about.
_FILLER = frozenset(
    "a an the and or but to of for on in at with about from by into is are was were be been "
    "being has have had do does did how what if whether yet still any lately going doing "
    "done well hope hi hey ask tell thank thanks congratulate congratulations follow up "
    "check you your yours me my he him his she her they them their it its i so really "
    "again good great new just".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _content(text: str) -> set[str]:
    """A clause's content words, cut to a stem so "reviewing" and "review" are one word."""
    words = (w.casefold().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))
    return {w[:5] for w in words if w not in _FILLER}


def repeats(first: str, second: str, names: Sequence[str] = ()) -> bool:
    """The second clause says again what the first said: most of its content words (less
    the person's names) are the first's. "Follow up with Ana about the joint portfolio
    night" / "ask her about the joint portfolio night"; "hope Layla's hockey season is
    going well!" / "How is Layla doing?"."""
    said = {n.casefold()[:5] for name in names for n in name.split()}
    again = _content(second) - said
    if not again:
        return False
    return len(again & _content(first)) * 3 >= len(again) * 2


# --- gives and gets (/gave, /got, /balance, /review) -------------------------------------

_NO_ARTICLE = frozenset("something anything lunch dinner breakfast brunch coffee drinks".split())


def _given(what: str) -> tuple[str, bool]:
    """What was given, as a thing with its article ("an article on marathon fueling", "an
    intro to her colleague Omar"), or, when it opens with a past verb ("donated $100 to the
    fundraiser", "referred me to his brother-in-law"), as the action it is: (words, True).
    Words that read as neither are quoted as the user typed them."""
    words = clean(what)  # less a word said twice ("got got") or a stray "/find"
    if not words:
        return f"“{what}”", False
    shape = read(" ".join(words)).shape
    found = verb_form(words[0])
    if found is not None and found[1] == "past" and shape is Shape.DONE:
        return to_user(words), True
    if words[0].casefold() in _NO_ARTICLE or words[0][:1].isdigit() or words[0][:1] == "$":
        return to_user(words), False
    if _whose(words):  # "Ravi Mehta's number": a possessive is its own article (trial 29)
        return to_user(words), False
    intro = words[0].casefold() in ("intro", "introduction") and words[1:2] == ("to",)
    if shape is Shape.THING or (intro and sane(words[2:])) or _sent_way(words):
        return to_user(article(words).split()), False
    return f"“{' '.join(words)}”", False


def _whose(words: tuple[str, ...]) -> bool:
    """ "Siobhan's number", "Ravi Mehta's number": what opens with a name's possessive."""
    for at, word in enumerate(words[:3]):
        if html.unescape(word).endswith(("'s", "’s")) and len(word) > 2:  # escaped for chat
            return all(w[:1].isupper() for w in words[: at + 1])
    return False


def _sent_way(words: tuple[str, ...]) -> bool:
    """ "the two leads", "a couple referrals": people sent the user's way, however the
    reader takes "leads" (a verb, trial 16)."""
    counted = [w.casefold() for w in words[:-1]]
    return (
        words[-1].casefold() in _SENT_WAY
        and len(words) <= 4
        and all(w in DETERMINERS or w in NUMBERS or w in ("couple", "of", "new") for w in counted)
    )


_SENT_WAY = frozenset(
    "patient patients client clients customer customers referral referrals lead leads "
    "job jobs booking bookings".split()
)


def thanks(what: str) -> Talk | None:
    """A get, thanked for: "referred a patient to me" -> "for referring a patient to you"
    (to them: "Thanks so much for referring a patient to me!"); "an early renewal quote"
    -> "for the early renewal quote". None: what was given reads as no phrase."""
    said, act = _given(what)
    if said.startswith("“"):
        return None
    words = clean(what)
    if act:
        found = verb_form(words[0])
        if found is None:
            return None
        gerund = found[0].gerund
        return Talk(
            "thank",
            f"for {gerund} {to_user(words[1:])}".rstrip(),
            f"Thanks so much for {gerund} {to_them(words[1:])}!".replace(" !", "!"),
        )
    thing = said.split()
    if thing[0].casefold() in ("a", "an"):
        thing = ["the", *thing[1:]]
    mine = to_them(article(words).split())
    theirs = mine.split()
    if theirs and theirs[0].casefold() in ("a", "an"):
        theirs = ["the", *theirs[1:]]
    if words[-1].casefold() in _SENT_WAY:  # "a patient": sent the user's way
        return Talk(
            "thank",
            f"for sending {' '.join(thing)} your way",
            f"Thanks so much for sending {' '.join(theirs)} my way!",
        )
    return Talk("thank", f"for {' '.join(thing)}", f"Thanks so much for {' '.join(theirs)}!")


def gave_line(name: str, what: str) -> str:
    """ "you gave Priya an article on marathon fueling"; "/gave fatima donated $100 to the
    food pantry fundraiser" is the user's own act: "you donated $100 to the food pantry
    fundraiser, a give to Fatima"."""
    said, act = _given(what)
    if act:
        return f"you {said}, a give to {name}"
    if said.startswith("“"):
        return f"a give to {name}: {said}"
    return f"you gave {name} {said}"


def said_as_act(what: str) -> bool:
    """ "referred O'Brien to me": a give said as what they did, not as a thing."""
    return _given(what)[1]


def got_line(name: str, what: str) -> str:
    """ "Fatima gave you an intro to her colleague Omar"; "Kwame referred you to his
    brother-in-law"."""
    said, act = _given(what)
    if act:
        return f"{name} {said}"
    if said.startswith("“"):
        return f"a give from {name}: {said}"
    return f"{name} gave you {said}"


# --- needs: who could help, and intros ---------------------------------------------------


@dataclass(frozen=True)
class Helper:
    """Someone the user knows who can meet a need, and how to say who they are."""

    contact_id: int
    name: str
    role: str | None = None  # a title: "CPA", "commercial lender"
    does: str | None = None  # what they do: "runs a bookkeeping firm"
    org: str | None = None

    def about(self) -> str:
        """What follows their name when they are introduced: ", a commercial lender at
        Crescent Bank", ", who runs a bookkeeping firm", " from Acme"; "" when nothing is
        known. One description, never "(Acme) (work: CPA)"."""
        org = org_said(self.org)
        if self.role:
            a = a_or_an(self.role)
            at = f" at {org}" if org and org not in self.role else ""
            return f", {a} {self.role}{at}"
        if self.does:
            return f", who {self.does}"
        if org:
            return f" from {org}"
        return ""

    def said(self) -> str:
        """ "Sarah Kim, the CPA you know", "Sarah Kim, who runs a bookkeeping firm"."""
        if self.role:
            return f"{self.name}, the {self.role} you know"
        if self.does:
            return f"{self.name}, who {self.does}"
        if self.org:
            return f"{self.name} from {org_said(self.org)}"
        return self.name


def a_or_an(words: str) -> str:
    """ "a CPA", "an HR consultant", "an accountant": letters said one by one sound as
    their names do."""
    first = words.split()[0] if words.split() else words
    if len(first) > 1 and first.isupper():
        return "an" if first[0] in "AEFHILMNORSX" else "a"
    return "an" if words[:1].casefold() in "aeiou" else "a"


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
    return proper(" ".join(words))  # "cpa" -> "CPA": said in intros as "a CPA"


def doing(text: str) -> str | None:
    """A work detail that is what they do ("runs a bookkeeping firm"), said to the user."""
    phrase = read(text)
    if phrase.shape is not Shape.DOES or not phrase.rest:
        return None
    return proper(to_user(phrase.words))


# Verbs that are nouns too: "help with their instagram", "advice on pricing" are things.
_NOUN_VERBS = frozenset(
    "help support review feedback work change call look love plan launch visit walk talk "
    "ride design answer guide list print rent repair update upgrade return study search "
    "travel market fix question email text book cover host produce share start train "
    "treat present volunteer mentor sponsor intern partner".split()
)
FIRST_PERSON = frozenset("me my i mine myself us our we i'm i'd i've i'll".split())


# What a contact asks of the user, not of anyone they might be introduced to: "a quote from
# me", "my advice on umbrella coverage", or a bare "a quote" the user wrote down, which no one
# else is said to give (trial 15: "keep an eye out for a quote" to someone who wanted the
# user's own quote).
_FROM_ME = (("from", "me"), ("from", "us"))
_UNTIL = frozenset("before by until".split())
_WHEN_AFTER = frozenset("in next this early late mid".split())
_TIMES = frozenset(
    "week weekend month year spring summer fall autumn winter quarter holidays".split()
)


# What a contact asks of the user by "my …": "wants my opinion of value", "my take on it".
_ASKED_THINGS = frozenset(
    "opinion advice help input quote quotes feedback thoughts take rates proposal estimate "
    "estimates bid price prices quotation "
    "number card deck info contacts recommendation referral review eyes".split()
)


# How a need for something of the user's is said: "send her the slides", "see your deck".
_SENT_VERBS = frozenset("send email forward text share".split())
_SEEN_VERBS = frozenset("see get have read view".split())


def asked_of_user(need: str) -> tuple[str, ...] | None:
    """The thing a need asks of the user themselves, with "the" and without its when:
    "a quote from me before march" -> ("the", "quote"); "my advice on umbrella coverage" ->
    ("the", "advice", "on", "umbrella", "coverage"); "a quote" -> ("the", "quote"). None:
    a need of theirs anyone could meet ("a quote for a new roof", "a good plumber")."""
    words = list(clean(strip_intro(need)))
    said = False
    low = [w.casefold() for w in words]
    if len(low) > 2 and low[0] in _SENT_VERBS and low[1] in ("her", "him", "them"):
        # "send her the slides": the user's errand, the slides the thing (console trial 33)
        words, said = words[2:], True
    elif len(low) > 2 and low[0] in _SEEN_VERBS and low[1] in ("your", "my", "our"):
        # "see your deck", "get your rates": the user's own, as the reader gave it
        words, said = ["the", *words[2:]], True
    for pair in _FROM_ME:
        low = [w.casefold() for w in words]
        for at in range(len(low) - 1):
            if (low[at], low[at + 1]) == pair:
                del words[at : at + 2]
                said = True
                break
    if (
        words
        and words[0].casefold() in ("my", "our")
        and _ASKED_THINGS & {w.casefold() for w in words[1:4]}
    ):
        words[0], said = "the", True  # "my opinion of value", not "my marathon"
    for at, word in enumerate(words):
        low_word, after = word.casefold(), words[at + 1].casefold() if at + 1 < len(words) else ""
        if at and (
            low_word in _UNTIL
            or (low_word in _WHEN_AFTER and (after in _CALENDAR or after in _TIMES))
        ):
            # only the when goes: "a quote by friday for the council tender" is still a
            # quote for the tender, which anyone may give, not the user's (trial 20)
            then = next(
                (
                    k
                    for k in range(at + 2, min(len(words), at + 5))
                    if words[k].casefold() in PREPOSITIONS and words[k].casefold() != "of"
                ),
                None,
            )
            words = words[:at] + (words[then:] if then is not None else [])
            break
    while words and words[-1].casefold() in DETERMINERS | PREPOSITIONS:
        words = words[:-1]
    if not words or any(w.casefold() in FIRST_PERSON for w in words):
        return None
    if words[0].casefold() in DETERMINERS:
        words = words[1:]
    head = next((at for at, w in enumerate(words) if w.casefold() in PREPOSITIONS), len(words))
    if not head:
        return None
    if (
        head < len(words)
        and words[head].casefold() == "to"
        and words[head - 1].casefold() in _ASKED_THINGS
    ):
        # "a quote to clean up 2024 and 2025": what the quote is for goes unsaid ("the
        # quote he asked for"), never "the quote he asked for to clean up…" (trial 18)
        words = words[:head]
    if not said and (words[head - 1].casefold() not in _ASKED_THINGS or head < len(words)):
        return None
    return ("the", *words)


_HE_WORDS = frozenset("he him his himself".split())
_SHE_WORDS = frozenset("she her hers herself".split())


def others_named(words: Sequence[str], who: Who | None = None) -> bool:
    """The words say "he" or "she" of someone who is not the person: "help her get him into
    a summer program" (two people), or "get him into a summer program" said of a woman.
    Whom such a pronoun means is not in the detail, so no line can say it right."""
    said = {w.casefold() for w in words}
    his, hers = bool(said & _HE_WORDS), bool(said & _SHE_WORDS)
    if his and hers:
        return True
    for at, word in enumerate(words[1:], start=1):
        after = words[at + 1].casefold() if at + 1 < len(words) else ""
        lowered = word.casefold()
        her_object = lowered == "her" and (not after or after in DETERMINERS | PREPOSITIONS)
        if at > 0 and (lowered in ("him", "them") or her_object):
            return True  # "get him into a summer program": done to someone else, not them
    if who is not None and who.known and who.pronoun is HE:
        return hers
    if who is not None and who.known and who.pronoun is SHE:
        return his
    return False


_DONE_FOR_THEM = frozenset("do handle manage run sort fix redo clean".split())


def _made_for_them(words: Sequence[str]) -> bool:
    """ "a logo made", "a website built": a thing they need, then what is to be done to it,
    as "some flyers done" is."""
    if len(words) < 3 or words[0].casefold() not in ("a", "an", "some", "his", "her", "their"):
        return False
    found = verb_form(words[-1].casefold())
    return (
        found is not None and found[1] == "past" and read(" ".join(words[:-1])).shape is Shape.THING
    )


def read_need(need: str, who: Who | None = None) -> Phrase:
    """A need read by its shape (_read_need); one with no thing, only a verb or a word
    standing in for one ("see", "find one"), is Shape.NONE: see what? (trial 31)"""
    phrase = _read_need(need, who)
    return Phrase(Shape.NONE, phrase.words) if _no_thing(phrase) else phrase


def _read_need(need: str, who: Who | None = None) -> Phrase:
    """A need read by its shape: a thing they need ("a CPA", "help with their instagram"),
    or something they want to do ("get into real estate investing", "franchise", "looking
    to buy a duplex"). A need in the note's first person ("take me to lunch") is what they
    want of the user, not a need to help with: Shape.NONE; so is one whose "he" or "she"
    is someone else (`others_named`): the line would say it of the wrong person."""
    words = clean(strip_intro(need))
    if not words or any(w.casefold() in FIRST_PERSON for w in words) or _meets_user(words):
        return Phrase(Shape.NONE, words)
    if others_named(words, who):
        return Phrase(Shape.NONE, words)
    lowered = [w.casefold() for w in words]
    if (
        len(words) > 3
        and lowered[0] in ("someone", "somebody", "anyone", "anybody")
        and lowered[1] == "to"
        and lowered[2] in _DONE_FOR_THEM
        and lowered[3] in ("his", "her", "their")
    ):
        # "someone to do their payroll": help with their payroll, which a line can say
        # (trial 18: Marisol was asked "how she's been" though this was known)
        words = ("help", "with", *words[3:])
    if (
        len(words) > 2
        and words[0].casefold() == "help"
        and words[1].casefold() in ("him", "her", "them")
    ):
        words = words[2:]  # "help her find a venue": the line says whom it helps
    phrase = read(" ".join(words))
    if phrase.shape is Shape.NONE:
        phrase = _things(words) or phrase
    if phrase.shape is Shape.NONE and _made_for_them(words):
        return Phrase(Shape.THING, words)  # "a logo made": a logo, made for them
    if _cut_short(phrase):
        return Phrase(Shape.NONE, phrase.words)  # "get his books": get them what? (trial 18)
    if phrase.shape is Shape.DO and phrase.intended:
        return Phrase(Shape.DO, phrase.words, phrase.verb, phrase.rest, phrase.particle)
    if phrase.shape is Shape.DO and _noun_first(phrase):
        return Phrase(Shape.THING, phrase.words)  # "volunteer opportunities for her team"
    if phrase.shape is Shape.THING and _only_a_count(phrase.words):
        return Phrase(Shape.NONE, phrase.words)  # "wants a third": a third what? (trial 14)
    if phrase.shape is Shape.DOES and phrase.verb is not None and words[0] == phrase.words[0]:
        # A need has no subject, so "volunteers for the literacy day" and "sponsors for the
        # 5k" are things they need, not something they do (trial 13)
        return Phrase(Shape.THING, phrase.words)
    if phrase.shape is Shape.THING:
        found = verb_form(phrase.words[0])
        rest = phrase.words[1:]
        if (
            found is not None
            and found[1] == "base"
            and phrase.words[0].casefold() not in _NOUN_VERBS
            and sane(rest)
        ):
            return Phrase(Shape.DO, phrase.words, found[0], rest)  # "expand into catering"
    return phrase


# Things one has already: "get his books" or "have her website" is a need cut short of
# what is to be done to them ("cleaned up", "redone"); no line can say it.
_HAD_ALREADY = frozenset(
    "books taxes finances accounts records paperwork website site kitchen roof house car "
    "office basement bathroom resume".split()
)


def _cut_short(phrase: Phrase) -> bool:
    if phrase.shape is not Shape.DO or phrase.verb is None:
        return False
    if phrase.verb.base not in ("get", "have", "keep") or not 2 <= len(phrase.rest) <= 3:
        return False
    rest = [w.casefold() for w in phrase.rest]
    return rest[0] in ("his", "her", "their", "its", "my", "our") and rest[-1] in _HAD_ALREADY


# Verbs that say nothing needed without what they are done to: "wants me to see her" read
# as the need "see" (trial 31). "refinance" or "expand" alone is a need all the same.
_EMPTY_ALONE = frozenset(
    "see meet find get have do make call ask tell take give bring send help try know visit "
    "check talk speak hear hire buy use look book contact reach chat sort fix go come".split()
)
# Words that stand for a thing said before, not the thing: "find one", "get it".
_STAND_INS = frozenset("him her them it one ones this that these those me us".split())


def _no_thing(phrase: Phrase) -> bool:
    """A need that is only a verb, or a verb and a word standing in for something: no one
    could be found for it, and no line can say it."""
    if phrase.shape is Shape.THING:
        return all(w.casefold() in _STAND_INS for w in phrase.words)
    if phrase.shape is not Shape.DO or phrase.verb is None:
        return False
    rest = [w.casefold() for w in phrase.rest if w.casefold() not in _STAND_INS]
    if rest:
        return False
    return phrase.verb.base in _EMPTY_ALONE or bool(phrase.rest)


_ORDINALS = frozenset(
    "first second third fourth fifth sixth another more one two three four five".split()
)


def _only_a_count(words: Sequence[str]) -> bool:
    said = [w.casefold() for w in words if w.casefold() not in ("a", "an", "the")]
    return bool(said) and all(w in _ORDINALS or w.isdigit() for w in said)


# "grab coffee in january", "catch up over drinks": a plan to meet the user, not
# something they need someone for (trial 10: "Meera wants to grab coffee in January to
# talk oak park: think of someone you know who could help").
_TOGETHER = frozenset(
    {("meet", "up"), ("catch", "up"), ("get", "together"), ("hang", "out"), ("sit", "down")}
)
_MEET_VERBS = frozenset("grab have get do book schedule set meet".split())
# "meet at the restaurant next week to talk about the numbers", "meet on friday": where or
# when they meet the user, not whom they want to meet ("meet more commercial lenders").
_MEET_WHERE = frozenset("at on next this in over for to tomorrow later sometime soon".split())


def _meets_user(words: Sequence[str]) -> bool:
    said = [w.casefold() for w in words]
    while said and said[0] in ("to", "wants", "would", "like", "love"):
        said = said[1:]
    if tuple(said[:2]) in _TOGETHER:
        return True
    if said[:1] == ["meet"] and len(said) > 1 and said[1] in _MEET_WHERE:
        return True
    return (
        bool(said)
        and said[0] in _MEET_VERBS
        and any(w in MEETINGS for w in said[1:4] if w not in ("a", "an", "up", "for", "some"))
    )


def _noun_first(phrase: Phrase) -> bool:
    """A word that is a noun as often as a verb, before a bare plural: "volunteer
    opportunities", "mentor matches" are things; "hire interns" is still something to do."""
    if phrase.verb is None or phrase.verb.base not in _NOUN_VERBS or not phrase.rest:
        return False
    nxt = phrase.rest[0].casefold()
    return len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss")


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def _things(words: tuple[str, ...]) -> Phrase | None:
    """Needs the reader leaves unread: "a bookkeeper who gets small practices" is a
    bookkeeper (the clause is theirs to tell); "a caterer and a venue for her gala" is two
    things, said whole."""
    lowered = [w.casefold() for w in words]
    for at, word in enumerate(lowered):
        if at and word in _RELATIVE_PRONOUNS:
            head = read(" ".join(words[:at]))
            return head if head.shape is Shape.THING else None
    if "and" in lowered:
        at = lowered.index("and")
        first, second = read(" ".join(words[:at])), read(" ".join(words[at + 1 :]))
        counted = lowered[0] in DETERMINERS  # "a caterer and…", not "salt and pepper"
        if at and counted and first.shape is Shape.THING and second.shape is Shape.THING:
            return Phrase(Shape.THING, tuple(words))
    return None


# Words that end a phrase but are no thing one needs: "a better", "a new", "more".
_NO_HEAD = frozenset(
    "better best good great new old more less bigger smaller cheaper faster big small "
    "other another one some few many much lot bit few".split()
)


def has_head(words: Sequence[str]) -> bool:
    """A thing phrase ends in a noun one could need: not a score ("a 3-0"), a number or an
    adjective left alone ("a better")."""
    if not words:
        return False
    head = words[-1].casefold().strip(".,!?")
    return bool(re.fullmatch(r"[a-z][a-z'&-]*", head)) and head not in _NO_HEAD


# "keen to swap referrals", "partner on referrals": a wish both sides meet, nothing they
# need found for them (trial 22: "keep an eye out for swap referrals").
_MUTUAL = re.compile(
    r"^(?:to )?(?:(?:swap|swapping|exchange|exchanging|trade|trading|share|sharing|pass|"
    r"passing) (?:some |more )?referrals?|(?:partner|partnering|team|teaming|work|working)"
    r"(?: up)?(?: together)? on (?:some |more )?referrals?|cross[- ]?refer\w*)"
    r"(?: with (?:me|us|each other|you))?$",
    re.IGNORECASE,
)


def mutual(need: str) -> str | None:
    """ "swap referrals" -> "swap referrals": a wish to swap referrals or work together,
    which the user answers by being happy to; None for any other need."""
    said = need.strip().rstrip(".!")
    if not _MUTUAL.match(said):
        return None
    words = said.split()
    if words[0].casefold() == "to":
        words = words[1:]
    base = {
        "swapping": "swap",
        "exchanging": "exchange",
        "trading": "trade",
        "sharing": "share",
        "passing": "pass",
        "partnering": "partner",
        "teaming": "team",
        "working": "work",
    }
    words[0] = base.get(words[0].casefold(), words[0].casefold())
    if len(words) > 2 and words[-2].casefold() == "with":
        words = words[:-2]  # "with me": the user says it of themselves
    return " ".join(words)


def wants(need: str, subject: str, plural: bool = False, who: Who | None = None) -> str | None:
    """ "Tom needs a bookkeeper", "she wants to refinance her building"; None for a wish to
    swap referrals, which nobody else is found for."""
    if mutual(need) is not None:
        return None
    phrase = read_need(need, who)
    s = "" if plural else "s"
    if phrase.shape is Shape.THING and not has_head(phrase.words):
        return None
    if phrase.shape is Shape.THING:
        return f"{subject} need{s} {to_user(article(phrase.words).split())}"
    if phrase.shape is Shape.DO:
        return f"{subject} want{s} to {to_user(phrase.words)}"
    return None


def looking_for(need: str, *, to_them_: bool) -> str | None:
    """The need said in an intro: "you're looking for a good CPA" to them, or "who is looking
    for a good CPA" to the helper; "you want to refinance your building"."""
    phrase = read_need(need)
    if phrase.shape is Shape.THING and not has_head(phrase.words):
        return None
    if phrase.shape is Shape.THING:
        thing = article(phrase.words).split()
        return (
            f"you're looking for {to_them(thing)}"
            if to_them_
            else f"who is looking for {to_user(thing)}"
        )
    if phrase.shape is Shape.DO:
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
        said = wants(need, who.subject, plural, who)
        if said is None:
            return None
        return f"Introduce {who.name} to {helper.said()}: {said}"
    said = wants(need, who.name, who=who)
    if said is None:
        return None
    return f"{said}: think of someone you know who could help"


# --- follow-ups asked for in a note ------------------------------------------------------

_ALONE = {"follow": "Follow up with", "check": "Check in with", "touch": "Touch base with",
          "catch": "Catch up with", "reach": "Reach out to"}  # fmt: skip
# A reason that is a question to ask them: "how she's holding up", "whether he found one".
_ASKED = frozenset("how whether if what when where who why which".split())
_TO_WHOM = frozenset("send email text forward show give pass lend".split())
# What no line can say is sent: "I said I'd send something by friday" names no thing
# (trial 18: "Send Tiago something"); the line says what they asked for, or follows up.
_NOTHING_NAMED = frozenset("something anything stuff things it one".split())


def vague_send(reason: str) -> bool:
    """ "send something", "send him something": a give that names nothing to give."""
    words = [w.casefold() for w in clean(reason)]
    while words and words[0] in _LEADS:
        words = words[1:]
    while words and words[-1] in _WHEN:
        words = words[:-1]
    if len(words) > 1 and words[1] in _OBJECT_PRONOUNS:
        words = [words[0], *words[2:]]
    return (
        len(words) >= 2
        and words[0] in _TO_WHOM
        and all(w in _NOTHING_NAMED or w in ("over", "along") for w in words[1:])
    )


_LEADS = frozenset("re re: about regarding on - – : to".split())


# Reasons that are only a way of reaching them: "ping her", "text him", "call".
_REACH = {"call": "Call", "phone": "Call", "ring": "Call", "ping": "Check in with",
          "text": "Check in with", "email": "Check in with", "message": "Check in with",
          "dm": "Check in with", "visit": "Visit"}  # fmt: skip
# Meetings one sets up: "coffee", "lunch next week", "dinner w chidi and ngozi".
MEETINGS = frozenset("coffee lunch dinner supper drinks breakfast brunch beers beer walk".split())
_WITH = frozenset("with w w/ w/".split())
# When words a reason may end on: "coffee early next week", "dinner friday".
_WHEN = frozenset(
    "early late next this week weekend month today tomorrow tonight morning afternoon "
    "evening soon sometime monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun".split()
)
_OBJECT_PRONOUNS = ("him", "her", "them")


# Words after a verb that make it no action the user takes: "return due", "talk booked".
_NO_OBJECT = frozenset("due done ready back booked moved pushed over finished".split())


# Words a clause opens with that no thing does: "just running…", "is moving…".
_NO_THING_START = frozenset(
    "just still really also even is are was were has had been being got gets".split()
)
# Words no offer ends on: "to call about is" is cut off mid-sentence.
AUXILIARIES = frozenset("is are was were has had have be been being".split())


# Words a note's reason trails off with that no line says: "send food to the family
# instead", "call her about the venue lol".
_LEFTOVERS = frozenset("instead too also anyway lol haha lmao".split())
# Verbs of work the user does for them: "do the love feast", "cater the retreat".
_FOR_THEM = frozenset("do cater bake make deliver serve prepare cook shoot photograph".split())
_FAMILY = frozenset(RELATIVES) | {"family", "folks", "parents", "kids", "mum", "mom", "dad"}


def _sent_elsewhere(rest: Sequence[str], who: Who) -> str | None:
    """ "food to the family" -> "food to Ji-woo's family": what goes to their relatives,
    said with whose they are; None when nothing goes "to" a relative."""
    lowered = [w.casefold() for w in rest]
    for at in range(1, len(rest) - 2):
        if (
            lowered[at] == "to"
            and lowered[at + 1] in ("the", "his", "her", "their")
            and lowered[at + 2] in _FAMILY
            and lowered[0] not in _OBJECT_PRONOUNS
        ):
            return " ".join([*rest[: at + 1], f"{who.name}'s", *rest[at + 2 :]])
    return None


def _to_someone_else(rest: Sequence[str]) -> bool:
    """ "flowers to the hospital", "the deck to their board": sent to someone or somewhere
    other than them, whom "Send Kofi flowers to the hospital" would say wrong."""
    lowered = [w.casefold() for w in rest]
    return lowered[0] not in _OBJECT_PRONOUNS and any(
        w == "to" and nxt in DETERMINERS for w, nxt in pairwise(lowered[1:])
    )


# A visit said as people say it: "pop round", "drop by", "swing by".
_VISITS = frozenset(
    (verb, where)
    for verb in ("pop", "drop", "swing", "stop", "call", "nip")
    for where in ("round", "over", "by", "in", "past")
)


# Pronouns a quick note runs into the verb: "ask how shes doing".
_RUN_ON = {"shes": "she's", "hes": "he's", "theyre": "they're"}


def _ask_how(who: Who, rest: Sequence[str]) -> str | None:
    """ "ask how shes doing" -> "Ask Siobhan how she's doing", never "Ask how shes doing
    with Siobhan" (trial 29); one about someone else the note does not name is no line."""
    said = [_RUN_ON.get(w.casefold(), w) for w in rest]
    own = who.pronoun.subject.casefold()
    for word in said[1:]:
        low = word.casefold()
        if low.split("'")[0] in ("he", "she", "they") and low.split("'")[0] != own:
            return None  # "ask how hes doing" of Bronwen: her dad's news (coach/mishaps.py)
    return f"Ask {who.name} {to_user(said)}"


def follow_up(who: Who, reason: str, today: bool = False) -> str | None:
    """The follow-up a note asked for, as a line: "call him" -> "Call Mike"; "ping her" ->
    "Check in with Priya"; "send him the deck" -> "Send Tom the deck"; "coffee" -> "Set up
    coffee with Kwame"; "dinner w chidi and ngozi" -> "Dinner with Chidi and Ngozi" (on its
    day, `today`: "You have dinner with Chidi and Ngozi today"); "grab coffee" -> "Grab
    coffee with Ana"; "mentoring program" -> "Follow up with Sarah about the mentoring
    program". None: no sentence (the caller says "Follow up with Dana")."""
    words = list(clean(reason))
    while words and words[0].casefold() in _LEADS:
        words = words[1:]
    while words and (words[-1].casefold() in _WHEN or words[-1].casefold() in _LEFTOVERS):
        words = words[:-1]  # "send food to the family instead, thursday" (trial 25)
    if not words or vague_send(reason):
        return None
    first = words[0].casefold()
    if len(words) >= 2 and (first, words[1].casefold()) in _VISITS:
        # "pop round and have a look": a visit, never "about the pop round" (trial 28)
        return f"{words[0].capitalize()} {words[1].casefold()} to see {who.name}"
    if (
        first in _ASKED
        and len(words) > 2
        and words[-1].casefold() not in PREPOSITIONS | DETERMINERS
        and "/" not in reason
    ):
        # "/followup Mai in two weeks about how she's holding up": the question is the
        # reason, never swapped for another detail (trial 11: "ask her how Khoa is doing")
        return f"Follow up with {who.name}, and ask {who.pronoun.object} {to_user(words)}"
    if first in _ALONE and (len(words) == 1 or words[1].casefold() in ("up", "in", "base", "out")):
        rest = words[2:]
        if rest and rest[0].casefold() in ("with", "on", "to"):
            rest = rest[1:]
        if not rest or rest[0].casefold() in _OBJECT_PRONOUNS:
            return f"{_ALONE[first]} {who.name}"
        return None
    if first in _REACH:
        # "ping funmi", "call funmi adeyemi about the party": their name said again
        names = {part.casefold() for part in who.name.split()}
        while words[1:] and words[1].casefold() in names:
            words = words[:1] + words[2:]
        if len(words) == 2 and words[1][:1].isalpha() and verb_form(words[1]) is None:
            lone = words[1].casefold()
            if lone not in PREPOSITIONS and lone not in DETERMINERS and lone not in MASS:
                words = words[:1]  # "call funmi adeyemi": the surname
    if first in _REACH and (len(words) == 1 or words[1:] in (["him"], ["her"], ["them"])):
        return f"{_REACH[first]} {who.name}"
    if first in _REACH and words[1].casefold() in ("about", "re", "regarding"):
        rest = words[2:]  # "call about the lease" -> "Call Mike about the lease"
        if rest and sane(tuple(rest)) and is_thing(" ".join(rest)):
            return f"{_REACH[first]} {who.name} about {to_user(rest)}"
        return None
    if first in MEETINGS:
        return _meeting(who, words, today)
    if words[1:] and words[1].casefold() in _WITH:
        return None  # "call with girl": whom with is not said
    found = verb_form(words[0])
    if found is not None and found[1] == "base":
        verb = "introduce" if found[0].base == "intro" else found[0].base
        rest = words[1:]
        names = {part.casefold() for part in who.name.split()}
        named = bool(rest[1:]) and rest[0].casefold() in names
        while rest[1:] and rest[0].casefold() in names:
            rest = rest[1:]
        if named and sane(tuple(rest)) and rest[0].casefold() not in _NO_OBJECT:
            # "send cathal 3 devops cvs", "help chinedu find a cofounder": whom it is for,
            # said once as the line names them (trial 33: "Send Cathal cathal 3 devops cvs")
            head = verb[:1].upper() + verb[1:]
            return f"{head} {who.name} {to_user(rest)}"
        # "her the template": "her" is whom it goes to, not whose the template is
        said = rest[1:] if rest[1:] and rest[0].casefold() in _OBJECT_PRONOUNS else rest
        if verb == "ask" and rest[1:] and rest[0].casefold() in _ASKED:
            return _ask_how(who, rest)  # "ask how shes doing": a question, no thing
        if not rest or not sane(tuple(said)) or rest[0].casefold() in _NO_OBJECT:
            return None  # "launch": no action to take; "return due": no action at all
        head = verb[:1].upper() + verb[1:]
        if rest[0].casefold() in ("me", "us") and rest[1:]:
            # "send me their flyer": theirs to do for the user, never "Send Mike you their
            # flyer"
            return f"Ask {who.name} to {verb} {to_user(rest)}"
        elsewhere = _sent_elsewhere(rest, who)
        if elsewhere is not None or _to_someone_else(rest):
            # "send food to the family": to their family, never "Send Ji-woo food to the
            # family" (trial 25); to anyone the line cannot name, no line
            return f"{head} {elsewhere}" if elsewhere else None
        if rest[0].casefold() in _OBJECT_PRONOUNS:
            return " ".join(p for p in (head, who.name, to_user(rest[1:])) if p)
        if found[0].base in _TO_WHOM:
            return f"{head} {who.name} {to_user(rest)}"
        if found[0].base in _FOR_THEM and rest[0].casefold() not in MEETINGS:
            # "do the love feast": work done for them, not with them (trial 25: "Do the
            # Thanksgiving love feast with Femi")
            thing = definite(tuple(rest))
            return f"Follow up with {who.name} about {to_user(thing.split())}" if thing else None
        return " ".join(p for p in (head, to_user(rest), "with", who.name) if p)
    if first in _NO_THING_START:
        return None  # "just running second location", "is running…": a clause, no thing
    phrase = read(" ".join(words))
    if (
        phrase.shape is Shape.DOING
        and phrase.rest
        and phrase.rest[0].casefold() not in (DETERMINERS | PREPOSITIONS | PARTICLES)
    ):
        if _gerund_and_its_object(phrase.rest):
            # "meeting first time buyers" is what they will do, said in the user's words,
            # never "the meeting first time buyers"
            if any(w.casefold() in _WITH for w in words) or not sane(tuple(phrase.rest)):
                return None
            return f"Follow up with {who.name} about {to_user(words)}"
        phrase = Phrase(Shape.THING, phrase.words)  # "mentoring program": a thing
    if phrase.shape is Shape.DOING and not phrase.rest:
        phrase = Phrase(Shape.THING, phrase.words)  # "pricing"
    if any(w.casefold() in _WITH for w in phrase.words):
        return None  # note shorthand ("party w sam") is not pasted into a line
    if phrase.shape is Shape.THING and len(phrase.words) > 1:
        words_ = phrase.words
        last = words_[-1].casefold()
        thing = (
            " ".join(words_)
            if words_[0].casefold() in DETERMINERS or last.endswith("ing") or last in MASS
            else definite(words_)
        )
        return f"Follow up with {who.name} about {to_user(thing.split())}"
    if phrase.shape is Shape.THING and (first.endswith("ing") or first in MASS):
        return f"Follow up with {who.name} about {first}"  # "pricing", "funding"
    return None  # one bare word ("launch"): which launch, and what to do, is not said


def _gerund_and_its_object(rest: Sequence[str]) -> bool:
    """After a gerund, its object ("first time buyers", "two more agents", "local
    investors"), not the nouns a gerund names a thing with ("program" in "mentoring
    program", "plan for the spring" in "marketing plan for the spring", "program kickoff")."""
    lowered = [w.casefold() for w in rest]
    if lowered[0] in _ORDINALS or lowered[0].isdigit():
        return True
    head = next(
        (at for at, w in enumerate(lowered) if w in PREPOSITIONS | DETERMINERS), len(lowered)
    )
    last = lowered[head - 1] if head else ""
    # a plural object ("local investors"); "training program kickoff" is one thing
    return head >= 2 and last.endswith("s") and not last.endswith("ss")


def follow_up_about(who: Who, reason: str) -> str | None:
    """A plan the user gave as the reason, led by what they will do: "grabbing a coffee
    now that he's back" -> "Follow up with JR about grabbing a coffee now that he's back".
    None: not such a plan (follow_up() reads the other shapes)."""
    words = list(clean(reason))
    while words and words[0].casefold() in _LEADS:
        words = words[1:]
    while words and words[-1].casefold() in _WHEN:
        words = words[:-1]
    if len(words) < 2 or "/" in reason or any(w.casefold() in ("w", "w/") for w in words):
        return None
    found = verb_form(words[0])
    if found is None or found[1] != "gerund":
        return None
    if words[-1].casefold() in PREPOSITIONS | DETERMINERS:
        return None  # cut off: "grabbing a coffee at the"
    lowered = [w.casefold() for w in words]
    end = next((at for at, w in enumerate(lowered) if w in _SINCE and at > 1), len(words))
    if lowered[end - 1 : end + 1] == ["now", "that"]:
        end -= 1
    if not sane(tuple(words[1:end])):
        return None
    if end < len(words) and not _a_clause(lowered[end:]):
        return None
    return f"Follow up with {who.name} about {to_user(words)}"


# What joins a reason to the plan: "grabbing a coffee now that he's back".
_SINCE = frozenset("that since because once when after before while so".split())
_SUBJECTS = frozenset("he she they i we you it he's she's they're i'm we're you're it's".split())


def _a_clause(words: Sequence[str]) -> bool:
    """ "now that he's back", "since she moved": a joining word, a subject and more."""
    while words and words[0] in ("now", "that", *_SINCE):
        words = words[1:]
    return (len(words) >= 2 and words[0] in _SUBJECTS) or (
        len(words) == 1 and words[0] in _SUBJECTS and "'" in words[0]
    )


def _meeting(who: Who, words: list[str], today: bool) -> str | None:
    """ "coffee" -> "Set up coffee with Kwame"; "dinner w chidi and ngozi" -> "Dinner with
    Chidi and Ngozi", a meeting already planned."""
    meal = words[0].casefold()
    rest = words[1:]
    if not rest:
        return f"Set up {meal} with {who.name}"
    if rest[0].casefold() not in _WITH:
        return None
    company = [w for w in rest[1:] if w != ","]
    said: list[str] = []
    for word in company:
        lowered = word.casefold()
        if lowered in PREPOSITIONS and said:
            break  # "lunch w hine and tama at their place": the company ends at the place
        if lowered in ("and", "&"):
            said.append("and")
        elif lowered in RELATIVES:
            if not said or said[-1] not in POSSESSIVES:
                said.append(who.pronoun.possessive)  # "andy and wife thao": his wife
            said.append(lowered)
        elif lowered in DETERMINERS or lowered in _OBJECT_PRONOUNS:
            said.append(lowered)
        elif said and said[-1] in DETERMINERS and word.isalpha():
            said.append(word)  # "the team"
        elif word.isalpha() and not verb_form(word):
            said.append(word[:1].upper() + word[1:])
        else:
            return None
    while said and said[-1] in DETERMINERS:
        # "dinner w andy and his": whose company is cut off; say the contact alone
        said.pop()
        while said and said[-1] != "and":
            said.pop()
        if said:
            said.pop()
    if not said:
        return (
            f"You have {meal} with {who.name} today" if today else f"{meal.title()} with {who.name}"
        )
    if said[0] == "and" or said[-1] == "and":
        return None
    names = " ".join(said)
    own = who.name.split()[0].casefold()
    if own not in (w.casefold() for w in said):
        # "Lena, Chidi and Ngozi", never "Lena and Chidi and Ngozi"
        joined = ", " if "and" in said else " and "
        names = f"{who.name}{joined}{names}" if said[0] not in _OBJECT_PRONOUNS else who.name
    if today:
        return f"You have {meal} with {names} today"
    return f"{meal[:1].upper()}{meal[1:]} with {names}"


# --- a follow-up said to them, for the draft that goes with its nudge -----------------------

# The contact's own words for them in a question, turned to "you": "how she's holding up"
# -> "how you're holding up".
_TO_YOU = {"she's": "you're", "he's": "you're", "they're": "you're", "she": "you", "he": "you",
           "they": "you", "she'd": "you'd", "he'd": "you'd", "they'd": "you'd"}  # fmt: skip
# A verb after "you" in its form for "you": "how she is" -> "how you are".
_FOR_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
            "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip
# Meetings said with "a" in a message: "up for a coffee", but "up for lunch".
_ONE_OF = frozenset("coffee walk beer drink".split())
# The user's own words ("my slides", "send me"): said back to the contact they would need
# turning twice, so a reason with them gives no draft of its own.
_USERS_WORDS = frozenset("i me my mine our ours us myself i'm i'll i'd i've".split())


def follow_up_to_them(who: Who, reason: str) -> str | None:
    """The follow-up's reason as the message the user sends, after "Hi Lena, ": "about the
    slides" -> "I wanted to follow up about the slides."; "about how she's holding up" ->
    "I was wondering how you're holding up."; "send him the deck" -> "here's the deck.";
    "coffee" -> "would you be up for a coffee sometime soon?"; "call about the lease" ->
    "do you have time for a quick call about the lease this week?". None: the reason is
    only a way of reaching them ("call him", "ping her"), or has no shape a message can
    say; the draft then says what the nudge knows of them."""
    words = list(clean(reason))
    while words and words[0].casefold() in _LEADS:
        words = words[1:]
    while words and (words[-1].casefold() in _WHEN or words[-1].casefold() in _LEFTOVERS):
        words = words[:-1]
    if not words or any(w.casefold() in _USERS_WORDS for w in words) or vague_send(reason):
        return None
    line = follow_up(who, reason) or follow_up_about(who, reason)
    if line is None:
        return None
    first = words[0].casefold()
    if first in _ASKED or (first == "ask" and words[1:] and words[1].casefold() in _ASKED):
        asked = words if first in _ASKED else words[1:]
        said = _to_you(asked, who)
        return f"I was wondering {said}." if said is not None else None
    if first in MEETINGS:
        return _meet_them(first, line)
    if first in ("grab", "get") and len(words) == 2 and words[1].casefold() in MEETINGS:
        return _meet_them(words[1].casefold(), f"Set up {line}")  # "grab coffee"
    if line.startswith(("Call ", "Follow up with ", "Check in with ")) and " about " in line:
        thing = to_them(line.split(" about ", 1)[1].split())
        if line.startswith("Call "):
            return f"do you have time for a quick call about {thing} this week?"
        return f"I wanted to follow up about {thing}."
    rest = words[1:]
    if first in _TO_WHOM and rest and rest[0].casefold() in _OBJECT_PRONOUNS and rest[1:]:
        thing = to_them(rest[1:])  # "send him the deck": the deck is what goes with it
        head = [w.casefold() for w in rest[1:]]
        cut = next((at for at, w in enumerate(head) if w in PREPOSITIONS), len(head))
        last = head[cut - 1] if cut else ""  # "the photos from the gala": the photos
        are = last.endswith("s") and not last.endswith("ss")
        return f"here {'are' if are else 'is'} {thing}, as promised."
    return None


def _to_you(words: Sequence[str], who: Who) -> str | None:
    """ "how she's holding up" asked of her -> "how you're holding up"; None when a he or a
    she in it may be someone else of theirs, or a verb after "you" cannot be turned."""
    own = who.pronoun.subject if who.known else None
    out: list[str] = []
    after_you = False
    for word in words:
        low = word.casefold()
        base = low.split("'")[0].split("’")[0]
        if base in ("he", "she", "they"):
            if base != own:
                return None  # "how she's doing" of his wife: not said to him as "you"
            out.append(_TO_YOU[low.replace("’", "'")] if low in _TO_YOU else "you")
            after_you = "'" not in low
            continue
        if after_you:
            found = verb_form(low)
            if low in _FOR_YOU:
                word = _FOR_YOU[low]
            elif found is not None and found[1] == "third" and found[0].base:
                word = found[0].base  # "how she feels" -> "how you feel"
        after_you = False
        out.append(word)
    return to_them(out)


def _meet_them(meal: str, line: str) -> str:
    """ "Set up coffee with Kwame" -> "would you be up for a coffee sometime soon?"; a
    meeting already planned ("Dinner with Chidi and Ngozi") -> "looking forward to
    dinner!"."""
    said = f"a {meal}" if meal in _ONE_OF else meal
    if line.startswith("Set up "):
        return f"would you be up for {said} sometime soon?"
    return f"looking forward to {meal}!"
