"""The words of date phrases: what they mean and how a note's tokens become them.

The grammar (grammar.py and the rules under it) reads a list of plain words. Here each
token is lowercased and normalised so that "2wks", "mid-Dec", "Dec." and "tmrw" read like
"2 weeks", "mid - dec", "dec" and "tomorrow"; and here are the words that carry a number
(ordinals, counts, units) and the names of holidays. Weekday and month names live in
nlp/lexicon.py, because the name rules must never take "May" or "Sat" for a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Day numbers written as words: "by the fifth", "on the twenty-first".
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

# How many: "in a couple weeks", "in three days"; "few" is the GUIDE's three-ish weeks.
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple": 2, "few": 3, "several": 3,
}  # fmt: skip

# Days said as words, as days from today.
DAY_WORDS = {"today": 0, "tonight": 0, "eod": 0, "cob": 0, "tomorrow": 1}
# Times of day that may follow a day ("friday morning") and are no noun after a date.
TIME_WORDS = frozenset("morning afternoon evening night noon eod lunchtime".split())
# "the first week of January", "last week of next month".
WEEK_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                 "fourth": 4, "4th": 4, "last": -1, "final": -1}  # fmt: skip
# "in 3 days", "in a couple weeks", "in a month".
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "fortnight": "fortnight", "fortnights": "fortnight"}  # fmt: skip

# Holidays as people write them (in normalised words), each to the name the calendar knows.
HOLIDAY_NAMES: dict[tuple[str, ...], str] = {
    ("thanksgiving",): "thanksgiving",
    ("thanksgiving", "day"): "thanksgiving",
    ("turkey", "day"): "thanksgiving",
    ("canadian", "thanksgiving"): "canadian thanksgiving",
    ("christmas",): "christmas",
    ("christmas", "day"): "christmas",
    ("christmas", "eve"): "christmas eve",
    ("new", "year", "'s", "eve"): "new year's eve",
    ("new", "years", "eve"): "new year's eve",
    ("nye",): "new year's eve",
    ("new", "year", "'s", "day"): "new year",
    ("new", "years", "day"): "new year",
    ("new", "year", "'s"): "new year",
    ("new", "years"): "new year",
    ("new", "year"): "new year",
    ("easter",): "easter",
    ("easter", "sunday"): "easter",
    ("good", "friday"): "good friday",
    ("labor", "day"): "labor day",
    ("labour", "day"): "labor day",
    ("memorial", "day"): "memorial day",
    ("independence", "day"): "july 4",
    ("4th", "of", "july"): "july 4",
    ("fourth", "of", "july"): "july 4",
    ("july", "4th"): "july 4",
    ("halloween",): "halloween",
    ("valentine", "'s", "day"): "valentine's day",
    ("valentines", "day"): "valentine's day",
    ("valentine", "'s"): "valentine's day",
    ("mlk", "day"): "mlk day",
    ("martin", "luther", "king", "day"): "mlk day",
    ("presidents", "day"): "presidents day",
    ("presidents", "'", "day"): "presidents day",
    ("columbus", "day"): "columbus day",
    ("veterans", "day"): "veterans day",
    ("mother", "'s", "day"): "mother's day",
    ("mothers", "day"): "mother's day",
    ("father", "'s", "day"): "father's day",
    ("fathers", "day"): "father's day",
    ("juneteenth",): "juneteenth",
    ("st", "patrick", "'s", "day"): "st patrick's day",
    ("st", "paddy", "'s", "day"): "st patrick's day",
    ("black", "friday"): "black friday",
    ("cyber", "monday"): "cyber monday",
    ("boxing", "day"): "boxing day",
    ("easter", "monday"): "easter monday",
    ("first", "of", "the", "year"): "new year",
    # holidays of the UK, Ireland, New Zealand, Australia, South Africa and the Philippines
    ("st", "stephen", "'s", "day"): "boxing day",
    ("st", "stephens", "day"): "boxing day",
    ("st", "andrew", "'s", "day"): "st andrew's day",
    ("st", "andrews", "day"): "st andrew's day",
    ("st", "david", "'s", "day"): "st david's day",
    ("st", "davids", "day"): "st david's day",
    ("burns", "night"): "burns night",
    ("bonfire", "night"): "bonfire night",
    ("guy", "fawkes"): "bonfire night",
    ("guy", "fawkes", "night"): "bonfire night",
    ("waitangi", "day"): "waitangi day",
    ("anzac", "day"): "anzac day",
    ("freedom", "day"): "freedom day",
    ("youth", "day"): "youth day",
    ("heritage", "day"): "heritage day",
    ("braai", "day"): "heritage day",
    ("day", "of", "reconciliation"): "day of reconciliation",
    ("reconciliation", "day"): "day of reconciliation",
    ("bonifacio", "day"): "bonifacio day",
    ("rizal", "day"): "rizal day",
    ("undas",): "all saints' day",
    ("all", "saints", "day"): "all saints' day",
    ("all", "saints", "'", "day"): "all saints' day",
    # the season: "after the holidays", "over the holidays"
    ("holidays",): "holidays",
    ("holiday", "season"): "holidays",
    ("holiday", "break"): "holidays",
    ("christmas", "break"): "holidays",
    ("winter", "break"): "holidays",
    ("the", "holidays"): "holidays",
    ("the", "new", "year"): "new year",
    ("hols",): "holidays",
    ("christmas", "hols"): "holidays",
    ("christmas", "holidays"): "holidays",
    ("end", "of", "year", "holidays"): "holidays",
    ("end", "of", "the", "year", "holidays"): "holidays",
    ("year", "end", "holidays"): "holidays",
    ("year", "-", "end", "holidays"): "holidays",
    # school breaks, whichever comes next ("after the school hols"); the summer one is
    # Christmas and January south of the equator, July and August north of it
    ("school", "hols"): "school holidays",
    ("school", "holidays"): "school holidays",
    ("summer", "hols"): "summer holidays",
    ("summer", "holidays"): "summer holidays",
    ("summer", "break"): "summer holidays",
    ("easter", "hols"): "easter holidays",
    ("easter", "holidays"): "easter holidays",
    ("easter", "break"): "easter holidays",
    # the next weekend a Monday holiday makes longer: "call him after the long weekend"
    ("long", "weekend"): "long weekend",
    ("bank", "holiday"): "bank holiday",
    ("bank", "hol"): "bank holiday",
    # festivals of other calendars
    ("diwali",): "diwali",
    ("deepavali",): "diwali",
    ("chinese", "new", "year"): "lunar new year",
    ("lunar", "new", "year"): "lunar new year",
    ("cny",): "lunar new year",
    ("tet",): "lunar new year",
    ("seollal",): "lunar new year",
    ("eid",): "eid",
    ("eid", "al", "fitr"): "eid",
    ("eid", "ul", "fitr"): "eid",
    ("eid", "al", "-", "fitr"): "eid",
    ("eid", "ul", "-", "fitr"): "eid",
    ("eid", "al", "adha"): "eid al-adha",
    ("eid", "al", "-", "adha"): "eid al-adha",
    ("eid", "ul", "adha"): "eid al-adha",
    ("bakrid",): "eid al-adha",
    ("holi",): "holi",
    ("pongal",): "pongal",
    ("thai", "pongal"): "pongal",
    ("hanukkah",): "hanukkah",
    ("chanukah",): "hanukkah",
    ("hanukah",): "hanukkah",
    ("passover",): "passover",
    ("pesach",): "passover",
    ("rosh", "hashanah"): "rosh hashanah",
    ("rosh", "hashana"): "rosh hashanah",
    ("ramadan",): "ramadan",
    ("ramzan",): "ramadan",
    ("chuseok",): "chuseok",
    ("mid", "-", "autumn", "festival"): "mid-autumn festival",
    ("mid", "autumn", "festival"): "mid-autumn festival",
    ("mooncake", "festival"): "mid-autumn festival",
    # days of the calendar kept in one country or by one faith
    ("hogmanay",): "new year's eve",
    ("stephen", "'s", "day"): "boxing day",
    ("stephens", "day"): "boxing day",
    ("quaid", "-", "e", "-", "azam", "day"): "quaid-e-azam day",
    ("quaid", "day"): "quaid-e-azam day",
    ("jinnah", "day"): "quaid-e-azam day",
    ("sinterklaas",): "sinterklaas",
    ("pakjesavond",): "sinterklaas",
    ("st", "nicholas", "day"): "st nicholas day",
    ("st", "nicholas", "'s", "day"): "st nicholas day",
    ("nikolaustag",): "st nicholas day",
    ("st", "lucia", "'s", "day"): "st lucia",
    ("lucia", "day"): "st lucia",
    ("three", "kings", "day"): "epiphany",
    ("three", "kings"): "epiphany",
    ("dia", "de", "reyes"): "epiphany",
    ("día", "de", "reyes"): "epiphany",
    ("epiphany",): "epiphany",
    ("little", "christmas"): "epiphany",
    ("orthodox", "christmas"): "orthodox christmas",
    ("kwanzaa",): "kwanzaa",
    ("australia", "day"): "australia day",
    ("canada", "day"): "canada day",
    ("nowruz",): "nowruz",
    ("norooz",): "nowruz",
    ("lohri",): "lohri",
    ("makar", "sankranti"): "makar sankranti",
    ("sankranti",): "makar sankranti",
    ("vaisakhi",): "vaisakhi",
    ("baisakhi",): "vaisakhi",
    ("day", "of", "the", "dead"): "day of the dead",
    ("dia", "de", "muertos"): "day of the dead",
    ("día", "de", "muertos"): "day of the dead",
    ("dia", "de", "los", "muertos"): "day of the dead",
    ("día", "de", "los", "muertos"): "day of the dead",
    # the Eids as Turks, Malays and Indonesians say them; "bayram" alone is the next one
    ("bayram",): "bayram",
    ("ramazan", "bayramı"): "eid",
    ("ramazan", "bayrami"): "eid",
    ("şeker", "bayramı"): "eid",
    ("seker", "bayrami"): "eid",
    ("kurban", "bayramı"): "eid al-adha",
    ("kurban", "bayrami"): "eid al-adha",
    ("hari", "raya"): "eid",
    ("hari", "raya", "puasa"): "eid",
    ("hari", "raya", "aidilfitri"): "eid",
    ("hari", "raya", "haji"): "eid al-adha",
    ("lebaran",): "eid",
    # St Nicholas' Day (December 6): German "Nikolaus", Polish "Mikołajki"
    ("nikolaus",): "st nicholas day",
    ("mikołajki",): "st nicholas day",
    # Kenya's
    ("jamhuri", "day"): "jamhuri day",
    ("jamhuri",): "jamhuri day",
    ("madaraka", "day"): "madaraka day",
    ("madaraka",): "madaraka day",
    ("mashujaa", "day"): "mashujaa day",
    ("mashujaa",): "mashujaa day",
}
# Holidays that are also people's names ("Bayram Yılmaz", "Nikolaus Weber"): no holiday
# when a surname follows.
NAME_LIKE_HOLIDAYS = frozenset({"bayram", "st nicholas day"})
# Only the names that start with a word are tried at that word.
HOLIDAYS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _seq in HOLIDAY_NAMES:
    HOLIDAYS_BY_FIRST.setdefault(_seq[0], []).append(_seq)
HOLIDAY_STARTS = frozenset(HOLIDAYS_BY_FIRST)
# The names of a season of days off rather than a day: "the holidays" alone is no date.
BREAKS = frozenset({"holidays", "school holidays", "summer holidays", "easter holidays"})


# ---------------------------------------------------------------------------------------
# Tokens to words: "2wks" -> "2 weeks", "mid-Dec" -> "mid - dec", "Dec." -> "dec".

_NORMAL = {
    **dict.fromkeys("tmrw tmr tmw tmrow tomorow tommorow 2morrow 2mrw".split(), "tomorrow"),
    **dict.fromkeys("tdy 2day".split(), "today"),
    **dict.fromkeys("nxt".split(), "next"),
    "arvo": "afternoon",  # Australian
    # weekdays as they are misspelt in a hurry ("ring him on wensday")
    **dict.fromkeys("munday mondy monady".split(), "monday"),
    **dict.fromkeys("tuseday tusday teusday tuesdy tuesady".split(), "tuesday"),
    **dict.fromkeys(
        "wensday wendsday wednsday wedsday wedensday wednesdy wenesday wednesay".split(),
        "wednesday",
    ),
    **dict.fromkeys("thrusday thurday thursady thurdsay thusday thurseday".split(), "thursday"),
    **dict.fromkeys("firday fridy frday".split(), "friday"),
    **dict.fromkeys("saterday saturdy satuday".split(), "saturday"),
    **dict.fromkeys("sundy".split(), "sunday"),
    **dict.fromkeys("wk".split(), "week"),
    **dict.fromkeys("wks".split(), "weeks"),
    **dict.fromkeys("wknd wkend w/e weekened".split(), "weekend"),
    **dict.fromkeys("mo mth".split(), "month"),
    **dict.fromkeys("mos mths".split(), "months"),
    **dict.fromkeys("hrs".split(), "hours"),
    **dict.fromkeys("yr".split(), "year"),
    **dict.fromkeys("yrs".split(), "years"),
    **dict.fromkeys("xmas x-mas".split(), "christmas"),
    "’s": "'s",
    "’": "'",
    "til": "till",
    "untill": "until",
}
# Weekdays in Spanish and French, for notes that slip into them for the call ("llámalo el
# jueves", "je la rappelle mardi"). "domingo" is left out: it is as often a name.
_FOREIGN_WEEKDAYS = {
    **dict.fromkeys("lunes lundi".split(), "monday"),
    **dict.fromkeys("martes mardi".split(), "tuesday"),
    **dict.fromkeys("miércoles miercoles mercredi".split(), "wednesday"),
    **dict.fromkeys("jueves jeudi".split(), "thursday"),
    **dict.fromkeys("viernes vendredi".split(), "friday"),
    **dict.fromkeys("sábado sabado samedi".split(), "saturday"),
    "dimanche": "sunday",
}
# Weekdays in the other languages notes slip into for the call-back: Portuguese
# ("ligar sexta"), Swahili ("piga simu ijumaa") and Tagalog ("sa huwebes"). Portuguese
# "segunda" and "quinta" are also "second" and an estate: only with "-feira".
_MORE_WEEKDAYS = {
    "terça": "tuesday", "terca": "tuesday", "quarta": "wednesday", "sexta": "friday",
    "jumatatu": "monday", "jumanne": "tuesday", "jumatano": "wednesday",
    "alhamisi": "thursday", "ijumaa": "friday", "jumamosi": "saturday", "jumapili": "sunday",
    "miyerkules": "wednesday", "huwebes": "thursday", "biyernes": "friday",
}  # fmt: skip
# Days said in those languages, as the English words the grammar reads; the longest that
# fits is taken ("kesho kutwa" before "kesho"). Hindi "kal" and "parso" are left out: each
# is as often yesterday as tomorrow. Arabic "bukra" is tomorrow.
_FOREIGN_DAYS: dict[tuple[str, ...], list[str]] = {
    # Portuguese
    ("amanhã",): ["tomorrow"], ("amanha",): ["tomorrow"],
    ("depois", "de", "amanhã"): ["day", "after", "tomorrow"],
    ("depois", "de", "amanha"): ["day", "after", "tomorrow"],
    ("semana", "que", "vem"): ["next", "week"],
    ("próxima", "semana"): ["next", "week"], ("proxima", "semana"): ["next", "week"],
    ("segunda", "-", "feira"): ["monday"], ("terça", "-", "feira"): ["tuesday"],
    ("quarta", "-", "feira"): ["wednesday"], ("quinta", "-", "feira"): ["thursday"],
    ("sexta", "-", "feira"): ["friday"],
    # Spanish
    ("mañana",): ["tomorrow"], ("pasado", "mañana"): ["day", "after", "tomorrow"],
    ("la", "próxima", "semana"): ["next", "week"], ("la", "proxima", "semana"): ["next", "week"],
    ("la", "semana", "que", "viene"): ["next", "week"],
    ("semana", "que", "viene"): ["next", "week"],
    # Swahili
    ("kesho",): ["tomorrow"], ("kesho", "kutwa"): ["day", "after", "tomorrow"],
    ("wiki", "ijayo"): ["next", "week"],
    # Tagalog
    ("bukas",): ["tomorrow"], ("sa", "susunod", "na", "linggo"): ["next", "week"],
    ("susunod", "na", "linggo"): ["next", "week"],
    # Hindi
    ("agle", "hafte"): ["next", "week"], ("agle", "hafta"): ["next", "week"],
    ("agle", "week"): ["next", "week"],
    # Arabic
    ("bukra",): ["tomorrow"], ("bokra",): ["tomorrow"],
    # Indonesian and Malay
    ("besok",): ["tomorrow"], ("esok",): ["tomorrow"], ("lusa",): ["day", "after", "tomorrow"],
    ("minggu", "depan"): ["next", "week"], ("minggu", "hadapan"): ["next", "week"],
    # Turkish, Japanese, Afrikaans ("Yarin" is a name: only with its dotless ı)
    ("yarın",): ["tomorrow"], ("ashita",): ["tomorrow"], ("môre",): ["tomorrow"],
}  # fmt: skip
_FOREIGN_LONGEST = max(len(k) for k in _FOREIGN_DAYS)
# "dia 15" (Portuguese), "día 15" (Spanish): the 15th.
_DAY_OF = frozenset("dia día".split())


def _foreign(tokens: Sequence[tuple[str, str]], i: int) -> tuple[list[str], int] | None:
    """A day said in another language at token i: its English words and how many tokens
    it spans."""
    for n in range(min(_FOREIGN_LONGEST, len(tokens) - i), 0, -1):
        said = tuple(tokens[k][0].lower() for k in range(i, i + n))
        if said in _FOREIGN_DAYS:
            return _FOREIGN_DAYS[said], n
    low = tokens[i][0].lower()
    if low in _MORE_WEEKDAYS:
        return [_MORE_WEEKDAYS[low]], 1
    if low in _DAY_OF and i + 1 < len(tokens) and NUMBER.match(tokens[i + 1][0]):
        n = int(tokens[i + 1][0])
        if 1 <= n <= 31:
            return ["the", f"{n}th"], 2
    return None


_SPLIT = re.compile(
    r"^(\d+)(days?|weeks?|wks?|months?|mos?)$|^(kw|cw)(\d{1,2})$|^(mid|post|pre)-(\w+)$"
    r"|^(\d{1,2})-(\d{1,2})$"
)
_TEXT_WORDS = re.compile(r"[A-Za-z0-9][\w'’./:-]*|[^\w\s]")


def _split(text: str) -> list[str]:
    """One token's words, lowercased and normalised."""
    low = text.lower()
    if len(low) > 1 and low[0] == "~" and low[1].isalnum():
        low = low[1:]  # "~march": roughly March
    if low in _NORMAL:
        return [_NORMAL[low]]
    m = _SPLIT.match(low)
    if m:
        if m.group(1):
            return [m.group(1), _NORMAL.get(m.group(2), m.group(2))]
        if m.group(3):
            return [m.group(3), m.group(4)]
        if m.group(7):  # "2-3 weeks"
            return [m.group(7), "-", m.group(8)]
        return [m.group(5), "-", *_split(m.group(6))]
    if len(low) > 2 and low.endswith(("'s", "’s")) and low[:-2].isalpha():
        return [*_split(low[:-2]), "'s"]  # "New Year's" typed to /followup
    if len(low) > 1 and low.endswith(".") and low[:-1].isalpha():
        low = low[:-1]  # "Dec." -> "dec"; "25.11." keeps its dot
    return [_NORMAL.get(low, low)]


def doc_words(tokens: Sequence[tuple[str, str]]) -> tuple[list[str], list[int], list[int]]:
    """The words of (text, whitespace) tokens, with each word's first and last token."""
    words: list[str] = []
    first: list[int] = []
    last: list[int] = []
    i = 0
    while i < len(tokens):
        text, space = tokens[i]
        if text.isspace():
            words.append("\n")
            first.append(i)
            last.append(i)
        elif (  # spaCy reads "wed" as "we'd": "f/u Bisrat wed"
            text.lower() == "we"
            and not space
            and i + 1 < len(tokens)
            and tokens[i + 1][0].lower() in ("d", "d.")
        ):
            words.append("wed")
            first.append(i)
            last.append(i + 1)
            i += 1
        elif (  # Scots: "text him the morn" is tomorrow ("the morn's morn", its morning)
            text.lower() == "the"
            and i + 1 < len(tokens)
            and tokens[i + 1][0].lower() == "morn"
            and space
        ):
            words.append("tomorrow")
            first.append(i)
            last.append(i + 1)
            i += 1
        elif (said := _foreign(tokens, i)) is not None:
            english, n = said
            words.extend(english)
            first.extend([i] * len(english))
            last.extend([i + n - 1] * len(english))
            i += n
            continue
        elif text.lower() in _FOREIGN_WEEKDAYS and not (
            i + 1 < len(tokens) and tokens[i + 1][0].lower() == "gras"  # Mardi Gras
        ):
            words.append(_FOREIGN_WEEKDAYS[text.lower()])
            first.append(i)
            last.append(i)
        else:
            for w in _split(text):
                words.append(w)
                first.append(i)
                last.append(i)
        i += 1
    return words, first, last


def text_words(phrase: str) -> list[str]:
    """The words of a phrase typed by hand ("/followup Sarah next tue"), as doc_words."""
    return doc_words([(w, " ") for w in _TEXT_WORDS.findall(phrase)])[0]


# ---------------------------------------------------------------------------------------
# Numbers as written: "16th", "12", "2027", "Q1".

ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$")
NUMBER = re.compile(r"^\d{1,2}$")
YEAR = re.compile(r"^20\d\d$")
QUARTER = re.compile(r"^q([1-4])$")
DIGITS = frozenset("0123456789")


def is_int(word: str) -> bool:
    """ASCII digits only: "²".isdigit() is true, but int("²") raises."""
    return bool(word) and all(c in DIGITS for c in word) and len(word) <= 4


def ordinal_day(word: str) -> int | None:
    """The day of "16th" or "sixteenth"."""
    m = ORDINAL.match(word)
    if m:
        n = int(m.group(1))
        return n if 1 <= n <= 31 else None
    return ORDINAL_WORDS.get(word)


def day_number(word: str) -> int | None:
    """The day of "16", "16th" or "sixteenth"."""
    if NUMBER.match(word):
        n = int(word)
        return n if 1 <= n <= 31 else None
    return ordinal_day(word)
