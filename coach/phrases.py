"""Reading a stored detail ("training for the chicago marathon", "son Tyler got into
Michigan", "a CPA for his restaurant") into its parts: what kind of phrase it is, its verb
and the verb's forms, the relative it is about, and what follows.

The note reader writes details in a few shapes (nlp/corpus/GUIDE.md, "details"): a thing
("fly fishing"), an action from its verb ("launched a skincare line", "refinance her
building"), or a relative and what is said about them ("son plays hockey"). Small word
lists are enough to tell these apart, and keep the coaching lines predictable; a phrase
that fits none of them is read as `Shape.NONE` and never said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from nlp.lexicon import FAMILY_FIRST, given_at
from nlp.people import FORMS_OF_ADDRESS, RELATIVES
from storage.contacts import name_key


class Shape(StrEnum):
    THING = "thing"  # a noun phrase: "fly fishing", "a bookkeeper", "her podcast"
    DOING = "doing"  # from an -ing verb: "training for the chicago marathon"
    DONE = "done"  # from a past verb: "launched a skincare line", "got into Michigan"
    DOES = "does"  # a present verb: "plays hockey", "runs a landscaping company"
    DO = "do"  # a bare verb: "refinance her building", "call him"
    NONE = "none"  # nothing that can be said as a sentence


@dataclass(frozen=True)
class Verb:
    base: str
    past: str
    gerund: str
    third: str


@dataclass(frozen=True)
class Phrase:
    """A detail read: `shape`, the verb (for verb shapes), and the words after it."""

    shape: Shape
    words: tuple[str, ...]  # the whole phrase, cleaned
    verb: Verb | None = None
    rest: tuple[str, ...] = ()  # the words after the verb (and its particle)
    particle: str = ""  # "back", "into", "up" after the verb
    intended: bool = False  # "planning to open a second location": not done yet

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def tail(self) -> str:
        return " ".join(self.rest)


@dataclass(frozen=True)
class Family:
    """A family detail: the relative (`relation` as written, its canonical word, a name if
    the detail gives one) and what is said about them."""

    relation: str  # "daughters", "kids", "wife" as written, with its adjectives
    canonical: str  # "daughter", "child"
    plural: bool
    gender: str  # "m", "f" or ""
    name: str | None
    said: Phrase | None  # "plays hockey", "got into Michigan"; None: only the relative


# Irregular verbs: base, past, gerund. Regular ones are formed by rule from BASES.
_IRREGULAR = """
be was being; become became becoming; begin began beginning; bet bet betting;
break broke breaking; bring brought bringing; build built building; buy bought buying;
catch caught catching; choose chose choosing; come came coming; cut cut cutting;
deal dealt dealing; do did doing; draw drew drawing; drive drove driving; eat ate eating;
fall fell falling; feel felt feeling; fight fought fighting; find found finding;
fly flew flying; forget forgot forgetting; get got getting; give gave giving; go went going;
grow grew growing; have had having; hear heard hearing; hit hit hitting; hold held holding;
keep kept keeping; know knew knowing; lead led leading; leave left leaving;
lend lent lending; lose lost losing; make made making; meet met meeting; pay paid paying;
put put putting; quit quit quitting; read read reading; ride rode riding; ring rang ringing;
run ran running; say said saying; see saw seeing; sell sold selling; send sent sending;
set set setting; shoot shot shooting; sing sang singing; sit sat sitting; speak spoke speaking;
spend spent spending; stand stood standing; swim swam swimming; take took taking;
teach taught teaching; tell told telling; think thought thinking; throw threw throwing;
understand understood understanding; wear wore wearing; win won winning; write wrote writing;
shop shopped shopping; stop stopped stopping; plan planned planning; ship shipped shipping;
drop dropped dropping; chat chatted chatting; jog jogged jogging; admit admitted admitting;
commit committed committing; refer referred referring; prefer preferred preferring;
regret regretted regretting; hug hugged hugging; skip skipped skipping; sign signed signing;
knit knitted knitting; flag flagged flagging; fit fitted fitting; redo redid redoing;
"""
# Regular verbs the notes use: the rules below make their forms.
_BASES = """
accept adopt advertise advise answer apply appoint ask attend bake bike book box call camp
celebrate change price tile replace rewire
check clean climb close coach collect compete complete connect consolidate consult cook cover
create
cycle dance decide deliver design develop discuss donate elect email enjoy enter expand expect
explore
finalize grab
finish fish fix flag follow forward found franchise fundraise garden graduate guide help hike hire
host hunt improve insure install intro introduce invest invite join kayak kick knit land
launch learn like list live look love manage market marry mentor message move need open
organise organize own paint partner pass ping play prepare present print produce promote
publish qualify raise rebrand recommend recover refinance register relocate remodel renew renovate
restructure
rent repair restore retire return review row sail save schedule search serve share ski sponsor
skate sew sort start study support surf talk text train travel treat try update upgrade visit
volunteer walk want watch welcome work
cater photograph tutor decorate plaster upholster
"""


def _third(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _regular(base: str) -> Verb:
    if base.endswith("e"):
        past, gerund = base + "d", (base if base.endswith("ee") else base[:-1]) + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, gerund = base[:-1] + "ied", base + "ing"
    else:
        past, gerund = base + "ed", base + "ing"
    return Verb(base, past, gerund, _third(base))


def _verbs() -> dict[str, tuple[Verb, str]]:
    """Every known form -> (verb, which form)."""
    verbs = [_regular(b) for b in _BASES.split()]
    for entry in _IRREGULAR.split(";"):
        if entry.strip():
            base, past, gerund = entry.split()
            verbs.append(Verb(base, past, gerund, _third(base)))
    forms: dict[str, tuple[Verb, str]] = {}
    for verb in verbs:
        for form, word in (
            ("gerund", verb.gerund),
            ("third", verb.third),
            ("past", verb.past),
            ("base", verb.base),
        ):
            forms[word] = (verb, form)
    forms["has"] = (forms["have"][0], "third")
    forms["is"] = forms["are"] = (forms["be"][0], "third")
    forms["was"] = forms["were"] = (forms["be"][0], "past")
    forms["does"] = (forms["do"][0], "third")
    forms["goes"] = (forms["go"][0], "third")
    return forms


VERBS = _verbs()
# -ing words that are things, not doings ("a wedding in june").
ING_NOUNS = frozenset(
    "wedding building morning evening thing something nothing anything everything spring "
    "king ring sibling siblings ceiling clothing offering funding meeting earring earnings "
    "savings housing pudding stuffing icing bedding lightning shopping".split()
)
# -ed words that are not past verbs.
ED_WORDS = frozenset("bed red shed seed speed need weed feed breed bread".split())
ADVERBS = frozenset(
    "just recently finally also now already still newly officially soon really actually "
    "currently apparently um uh".split()
)
# "planning to open a second location": an intention, read from the verb after "to".
INTENDING = frozenset("planning hoping going trying wanting about looking aiming".split())
DETERMINERS = frozenset("a an the his her their my our your its this that these those some".split())
POSSESSIVES = frozenset("his her their my our your its".split())
OBJECTS = frozenset("him them me us it".split())
# A determiner inside a phrase follows one of these: "a CPA for his restaurant", "send him
# the deck", "kids and the dog".
PREPOSITIONS = frozenset(
    "for to in on at from with about of into by near after before over around through "
    "since until under like as".split()
)
PARTICLES = frozenset("back into in up out off away over through".split())
NUMBERS = frozenset(
    "two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10 twin twins".split()
)
# Words that open a clause, so what follows them is no thing.
CLAUSE_WORDS = frozenset(
    "is are was were be been has have had will would can could should may might must "
    "he she they i we you it who which that because since if when while and but so or "
    "not never don't doesn't didn't isn't wasn't won't can't".split()
)
# Family adjectives before the relation word ("older son", "baby daughter").
FAMILY_ADJECTIVES = (
    frozenset(
        "little older younger oldest eldest youngest teenage adult new newborn baby step "
        "grown middle big twin".split()
    )
    | NUMBERS
)
_GENDER = {"boy": "m", "girl": "f"}
_BEFORE_DETERMINER = PREPOSITIONS | OBJECTS | PARTICLES | {"and", "or", "her"}
_NOT_LAST = PREPOSITIONS | DETERMINERS | ADVERBS | PARTICLES - {"back"} | {"and", "or", "too"}
PLURAL_RELATIVES = frozenset(
    w for w in RELATIVES if w.endswith("s") and w not in ("hubs", "sis") and "'" not in w
) | {"children"}

_WORD = re.compile(r"[^\s]+")
_PAREN = re.compile(r"\([^)]*\)")
_EDGE = ".,;:!?-–—\"“”'‘’()[]"


# Texting shorthand said as the word it stands for (trials 18 and 22: "help w/ IFTA
# filings", "buy a second site next yr", "off to rarotonga for 2 wks").
_SHORTHAND = {
    "w/": "with",
    "b/c": "because",
    "b4": "before",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "wk": "week",
    "wks": "weeks",
    "yrs": "years",
    "mth": "month",
    "mths": "months",
    "hols": "holidays",
    "biz": "business",
    "govt": "government",
    "thru": "through",
}
# "yr" is "year" after a word that counts or places it ("next yr", "2 yr"), else "your".
_YEAR_BEFORE = frozenset("next this last a one the new per each every first".split())


def clean(text: str) -> tuple[str, ...]:
    """The phrase's words, without parentheticals, stray punctuation, commands ("/find")
    or a word said twice ("the the", as dictation does)."""
    text = _PAREN.sub(" ", text.replace("’", "'"))
    words: list[str] = []
    for word in (w.strip(_EDGE) for w in _WORD.findall(text)):
        if not word or word.startswith("/") or (words and word.casefold() == words[-1].casefold()):
            continue
        lowered = word.casefold()
        if (
            lowered == "yr"
            and words
            and (words[-1].casefold() in _YEAR_BEFORE or words[-1].isdigit())
        ):
            word = "year"
        words.append(_SHORTHAND.get(lowered, word))
    return tuple(words)


def verb_form(word: str) -> tuple[Verb, str] | None:
    """The verb a word is a form of, and which form ("gerund", "past", "third", "base")."""
    lowered = word.casefold()
    known = VERBS.get(lowered)
    if known is not None:
        return known
    if lowered in ING_NOUNS or lowered in ED_WORDS or not lowered.isalpha():
        return None
    if lowered.endswith("ing") and len(lowered) > 5:
        stem = lowered[:-3]
        return Verb(stem, stem + "ed", lowered, stem + "s"), "gerund"
    if lowered.endswith("ed") and len(lowered) > 4:
        # A past form whose base is uncertain ("listed": list? liste?): only the past is used.
        return Verb("", lowered, "", ""), "past"
    return None


def _skip_adverbs(words: tuple[str, ...]) -> tuple[str, ...]:
    while words and words[0].casefold() in ADVERBS:
        words = words[1:]
    return words


def read(text: str) -> Phrase:
    """A detail (not a family one) read into its shape."""
    words = _skip_adverbs(clean(text))
    # "thinking about a new car", "considering a move": what they think about.
    if len(words) > 1 and words[0].casefold() in ("thinking", "considering", "debating"):
        words = words[2:] if words[1].casefold() in ("about", "of") else words[1:]
    intended = False
    if len(words) > 2 and words[0].casefold() in INTENDING and words[1].casefold() == "to":
        intended, words = True, words[1:]
    if words[:1] and words[0].casefold() == "to":
        words = _skip_adverbs(words[1:])
    if not words:
        return Phrase(Shape.NONE, ())
    if intended:
        found = verb_form(words[0])
        if found is None or found[1] != "base":
            return Phrase(Shape.NONE, words)
        return Phrase(Shape.DO, words, found[0], words[1:], intended=True)
    found = verb_form(words[0])
    if found is None or (found[1] == "base" and _reads_as_thing(words)):
        return _thing(words)
    verb, form = found
    rest = words[1:]
    particle = ""
    if rest and rest[0].casefold() in PARTICLES and form != "base":
        particle, rest = rest[0].casefold(), rest[1:]
    if verb.base == "be":
        return _being(words, form, rest)
    shape = {
        "gerund": Shape.DOING,
        "past": Shape.DONE,
        "third": Shape.DOES,
        "base": Shape.DO,
    }[form]
    if particle == "into" and not rest:
        return Phrase(Shape.NONE, words)  # "got into": into what?
    if not sane(tuple(rest), verb.base in ("get", "become")):
        return Phrase(Shape.NONE, words)
    return Phrase(shape, words, verb, tuple(rest), particle)


def sane(rest: tuple[str, ...], getting: bool = False) -> bool:
    """What follows a verb is its object and where or when ("the chicago marathon", "to
    Denver in March", "him the deck"): no second clause, and not cut off mid-phrase.
    `getting`: after "get", a past form is what they got ("married", "promoted")."""
    if not rest:
        return True
    if rest[-1].casefold() in _NOT_LAST:
        return False
    first = 1 if getting else 0
    if any(_clause_at(rest, at) for at in range(first, len(rest))):
        return False
    return not _glued(rest, objects=True)


def _glued(words: tuple[str, ...], objects: bool) -> bool:
    """Pieces that do not make one phrase: "girl just a", "CPA the plays", "about into",
    "about wife". `objects`: "him", "me" may stand in it (after a verb: "send him the deck")."""
    lowered = [w.casefold() for w in words]
    for at, word in enumerate(lowered):
        before = lowered[at - 1] if at else ""
        if word in ADVERBS and at:
            return True
        if word in OBJECTS and not objects and before not in PREPOSITIONS:
            return True
        if word in DETERMINERS and at and before not in _BEFORE_DETERMINER:
            return True
        if before in DETERMINERS and (word in DETERMINERS or word in PREPOSITIONS):
            return True
        if before in PREPOSITIONS and (word in PREPOSITIONS or word in RELATIVES):
            if word == "partner" and before in ("to", "as"):
                continue  # "promoted to partner", "joined as partner": the post
            return True
    return False


def _clause_at(words: tuple[str, ...], at: int) -> bool:
    """A clause word, or a verb not used as a noun or adjective ("the plays", "an
    experienced CPA"), at `at`."""
    word = words[at].casefold()
    before = words[at - 1].casefold() if at else ""
    if word == "may" and before in ("in", "by", "early", "late", "mid", "next", "this", "until"):
        return False  # "in May": the month
    if word in CLAUSE_WORDS:
        return True
    found = verb_form(word)
    return found is not None and found[1] in ("past", "third") and before not in DETERMINERS


def _reads_as_thing(words: tuple[str, ...]) -> bool:
    """ "help with their instagram", "advice on pricing", "love": a noun, though it could be
    a verb; "review our deck", "call him": a verb with its object."""
    if len(words) == 1:
        return True
    return words[1].casefold() in PREPOSITIONS and words[1].casefold() != "to"


def _being(words: tuple[str, ...], form: str, rest: tuple[str, ...]) -> Phrase:
    """ "is expecting a baby" reads as "expecting a baby"; "was promoted" as "promoted";
    "is a senior applying to colleges" as "applying to colleges"."""
    rest = _skip_adverbs(rest)
    if rest and rest[0].casefold() in ("a", "an"):
        # "a senior applying to colleges": what they are doing, if anything.
        for at, word in enumerate(rest):
            found = verb_form(word)
            if found is not None and found[1] == "gerund" and at > 1:
                return read(" ".join(rest[at:]))
        return Phrase(Shape.NONE, words)
    if rest:
        found = verb_form(rest[0])
        if found is not None and found[1] in ("gerund", "past"):
            return read(" ".join(rest))
    return Phrase(Shape.NONE, words)


def _thing(words: tuple[str, ...]) -> Phrase:
    if words[0].casefold() in RELATIVES:
        return Phrase(Shape.NONE, words)  # family ("wife just had a baby")
    # a clause word ("son plays hockey", "baby came"), though "in may" is the month
    # (trial 25: "a caterer for her quinceañera in may" read as no need at all)
    if any(_clause_at(words, at) for at in range(len(words))):
        return Phrase(Shape.NONE, words)  # a clause: "son plays hockey", "baby came"
    if words[0].casefold() in OBJECTS or _glued(words, objects=False):
        return Phrase(Shape.NONE, words)
    first, last = words[0].casefold(), words[-1].casefold()
    if first in PREPOSITIONS or first in ADVERBS or last in _NOT_LAST:
        return Phrase(Shape.NONE, words)  # "about just", "the deck for": pieces, not things
    return Phrase(Shape.THING, words)


def is_thing(text: str) -> bool:
    """A noun phrase, with no clause in it: "fly fishing", "the cubs", "her podcast"."""
    words = clean(text)
    return bool(words) and _thing(words).shape is Shape.THING


def read_family(text: str, names: tuple[str, ...] = ()) -> Family | None:
    """ "wife ana", "twin daughters who play travel volleyball", "son plays hockey",
    "baby on the way". `names`: the relatives' names the user has on record, so a
    lowercase "ana" is known for a name. None: it does not start with a relative."""
    words = clean(text)
    # "a baby girl, Toluwani": the article says nothing of who the relative is
    while words and (words[0].casefold() in POSSESSIVES or words[0].casefold() in ("a", "an")):
        words = words[1:]
    adjectives: list[str] = []
    while words and words[0].casefold() in FAMILY_ADJECTIVES and len(words) > 1:
        if words[1].casefold() not in RELATIVES and words[1].casefold() not in FAMILY_ADJECTIVES:
            break
        adjectives.append(words[0])
        words = words[1:]
    if not words or words[0].casefold() not in RELATIVES:
        return None
    said_as = words[0].casefold()
    canonical, gender = RELATIVES[said_as]
    plural = said_as in PLURAL_RELATIVES or any(a.casefold() in NUMBERS for a in adjectives)
    rest = words[1:]
    if rest and rest[0].casefold() in _GENDER and canonical in ("baby", "child"):
        gender = _GENDER[rest[0].casefold()]
        adjectives.append(words[0])
        said_as, rest = rest[0].casefold(), rest[1:]
    if len(rest) > 1 and rest[0].casefold() in ("named", "called"):
        rest = rest[1:]  # "a baby girl named Toluwani"
    while (
        rest
        and rest[0].casefold() in FORMS_OF_ADDRESS
        and (
            (len(rest) > 1 and _is_name(rest[1:], names)) or (len(rest) == 1 and rest[0].islower())
        )
    ):
        # "wife Mama Chioma", "wife pastor": a form of address, never her name; "husband
        # Don" is a name all the same
        rest = rest[1:]
    name = None
    if rest and _is_name(rest, names):
        name, rest = _display_name(rest[0], names), rest[1:]
    relation = " ".join([*(a.casefold() for a in adjectives), said_as])
    while rest and rest[0].casefold() in ("who", "that", "which", "and", "is", "are"):
        if rest[0].casefold() in ("is", "are") and len(rest) > 1:
            break
        rest = rest[1:]
    said = read(" ".join(rest)) if rest else None
    if said is not None and said.shape == Shape.THING and rest[0].casefold() not in PREPOSITIONS:
        said = Phrase(Shape.NONE, said.words)  # "wife nurse": no sentence in it
    return Family(relation, canonical, plural, gender, name, said)


def _is_name(rest: tuple[str, ...], names: tuple[str, ...]) -> bool:
    word = rest[0]
    lowered = word.casefold()
    if any(lowered == n.split()[0].casefold() for n in names):
        return True
    if (
        lowered in CLAUSE_WORDS
        or lowered in PREPOSITIONS
        or lowered in DETERMINERS
        or lowered in ADVERBS
        or lowered in _GENDER
        or verb_form(word) is not None
        or not word.isalpha()
    ):
        return False
    if word[:1].isupper():
        return True
    # A lowercase word is a name when a verb or nothing follows it ("wife ana",
    # "daughter molly got into michigan").
    return len(rest) == 1 or verb_form(rest[1]) is not None or rest[1].casefold() in ADVERBS


def _display_name(word: str, names: tuple[str, ...]) -> str:
    for name in names:
        if name.split()[0].casefold() == word.casefold():
            return name.split()[0]
    return word[:1].upper() + word[1:]


# Forms of address: how people are called before a name, never a name alone ("Check in
# with Aunty", "Tell DR it was good to meet", trial 11).
TITLES = frozenset(
    "dr dr. doc doctor mr mr. mrs mrs. ms ms. mx miss prof prof. professor pastor father fr "
    "fr. rev rev. reverend sir madam dame deacon deaconess elder bishop imam rabbi sheikh "
    "sister brother sr sr. br br. auntie aunty aunt uncle tita tito tia tio tío chief oga "
    "mama papa baba nana coach judge captain capt capt. officer".split()
)
# How a title is written before a name it stays with: "Dr. B", "Aunty Yeye".
_TITLE_SAID = {"dr": "Dr.", "dr.": "Dr.", "mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "fr": "Fr."}


def goes_by(name: str, aka: Sequence[str] | None = None) -> str:
    """The name to greet someone by: the one nickname the notes gave ("nguyen van an (goes
    by andy)" is Andy, 'Hoang "Harry" Vu' is Harry), else their given name: the first word,
    or for a name written family name first ("Tran Minh-Anh", "Park Ji-Won") the given name
    after it. A form of address is never a name by itself: "Aunty Yeye" and "Dr. B" keep the
    name after the title, and a nickname that is only a title ("Aunty", "DR") is no
    nickname."""
    words = name.split()
    while len(words) > 1 and words[0].casefold() in TITLES:
        words = words[1:]  # "Pastor Tunde Bakare": Tunde
    first = given_name(" ".join(words)) if words else name
    nicknames = [_with_title(a) for a in aka or ()]
    said = [n for n in nicknames if n is not None]
    if len(said) == 1 and said[0].casefold() != first.casefold():
        return said[0]
    return first


def _with_title(nickname: str) -> str | None:
    """A nickname as said: "andy" is Andy, "aunty yeye" is Aunty Yeye, "dr b" is Dr. B;
    None for a title alone ("aunty") or a longer name (not a nickname)."""
    words = nickname.split()
    if not words or words[-1].casefold().rstrip(".") in {t.rstrip(".") for t in TITLES}:
        return None
    if len(words) == 2 and words[0].casefold() in TITLES:
        title_word = _TITLE_SAID.get(
            words[0].casefold(), words[0][:1].upper() + words[0][1:].lower()
        )
        return f"{title_word} {words[1][:1].upper()}{words[1][1:]}"
    if len(words) != 1:
        return None
    return words[0][:1].upper() + words[0][1:]


# Given names of two words, said whole ("Hi Juan Carlos", never "Hi Juan"), when a surname
# follows them.
COMPOUND_GIVEN = frozenset(
    line.strip()
    for line in """
    juan carlos, juan pablo, juan manuel, juan jose, juan diego, juan luis, jose luis,
    jose maria, jose manuel, jose antonio, jose miguel, maria jose, maria elena,
    maria fernanda, maria luisa, maria teresa, maria isabel, maria eugenia, maria paz,
    maria jesus, ana maria, ana lucia, ana sofia, rosa elena, rosa maria, luis miguel,
    luis fernando, miguel angel, mary kate, mary beth, anna maria, jean luc, jean pierre,
    jean paul, marie claire, anne marie
    """.split(",")
)


def given_name(name: str) -> str:
    """Their given name: the first word of the name, unless the name is clearly written
    family name first, a known family name then a given name that is no common surname
    ("Tran Minh-Anh" is Minh-Anh, but "Lee Anderson" is Lee). A Vietnamese name of three
    words is called by the last ("Nguyen Van An" is An)."""
    words = name.split()
    if not words:
        return name
    if len(words) > 2 and name_key(" ".join(words[:2])) in COMPOUND_GIVEN:
        return " ".join(words[:2])  # "Juan Carlos Mendoza Ruiz" is Juan Carlos
    if len(words) < 2 or name_key(words[0]) not in FAMILY_FIRST:
        return words[0]
    return words[given_at([name_key(w) for w in words])]
