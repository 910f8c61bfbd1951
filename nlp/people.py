"""People in a read note: the trained model's PERSON entities and the user's known contacts,
grouped into persons, with relatives ("her husband Tom") and nicknames ("everyone calls him
Emeka") linked, and names the reader is unsure of flagged for a question."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from nlp.kin_words import OTHER_POSSESSIVES, OWNED_ONLY, WORLD_RELATIVES, kin_words_before
from nlp.known import KnownNames, KnownTraits
from nlp.lexicon import (
    AMBIGUOUS_FIRST,
    CELEBRANTS,
    CHAT_WORDS,
    CLUB_WORDS,
    COMMUNITY_TITLES,
    DEMONYMS,
    FANDOM,
    FESTIVALS,
    FILLERS,
    GENDERED_TITLES,
    GROUP_EVENTS,
    JOB_WORDS,
    MONTHS,
    NOT_NAME,
    PLACES,
    SPORTS,
    STOP,
    TITLE_WORDS,
    WEEKDAYS,
    first_names,
    given_at,
    last_names,
    name_genders,
    proper_case,
)
from nlp.owner_firms import firm_end
from nlp.things import said_as_a_thing
from nlp.world_spans import world_trimmed
from nlp.world_words import name_before_their_words, said_in_another_tongue

# relative word -> (the singular noun, the relative's gender or "")
RELATIVES: dict[str, tuple[str, str]] = {
    "wife": ("wife", "f"), "husband": ("husband", "m"), "partner": ("partner", ""),
    "spouse": ("spouse", ""), "fiance": ("fiancé", "m"), "fiancé": ("fiancé", "m"),
    "fiancee": ("fiancée", "f"), "fiancée": ("fiancée", "f"), "boyfriend": ("boyfriend", "m"),
    "girlfriend": ("girlfriend", "f"), "son": ("son", "m"), "sons": ("son", "m"),
    "daughter": ("daughter", "f"), "daughters": ("daughter", "f"), "kid": ("child", ""),
    "kids": ("child", ""), "child": ("child", ""), "children": ("child", ""),
    "baby": ("baby", ""), "twins": ("twin", ""), "mother": ("mother", "f"),
    "mom": ("mother", "f"), "mum": ("mother", "f"), "father": ("father", "m"),
    "dad": ("father", "m"), "brother": ("brother", "m"), "sister": ("sister", "f"),
    "grandson": ("grandson", "m"), "granddaughter": ("granddaughter", "f"),
    "grandmother": ("grandmother", "f"), "grandma": ("grandmother", "f"),
    "grandfather": ("grandfather", "m"), "grandpa": ("grandfather", "m"),
    "niece": ("niece", "f"), "nephew": ("nephew", "m"), "cousin": ("cousin", ""),
    "uncle": ("uncle", "m"), "aunt": ("aunt", "f"), "stepson": ("stepson", "m"),
    "stepdaughter": ("stepdaughter", "f"), "stepdad": ("stepfather", "m"),
    "stepmom": ("stepmother", "f"), "hubby": ("husband", "m"), "bro": ("brother", "m"),
    "sis": ("sister", "f"), "gf": ("girlfriend", "f"), "bf": ("boyfriend", "m"),
    "wifey": ("wife", "f"), "hubs": ("husband", "m"), "fiancée's": ("fiancée", "f"),
    "stepson's": ("stepson", "m"), "grandkid": ("grandchild", ""),
    "grandkids": ("grandchild", ""), "granddaughters": ("granddaughter", "f"),
    "grandsons": ("grandson", "m"), "brothers": ("brother", "m"), "sisters": ("sister", "f"),
    "missus": ("wife", "f"), "missis": ("wife", "f"), "dtr": ("daughter", "f"),
    # te reo Māori, Pacific and Filipino Englishes: "her moko", "his koro", "her lola"
    "moko": ("grandchild", ""), "mokos": ("grandchild", ""), "mokopuna": ("grandchild", ""),
    "mokopunas": ("grandchild", ""), "tamariki": ("child", ""), "koro": ("grandfather", "m"),
    "kuia": ("grandmother", "f"), "nan": ("grandmother", "f"), "nana": ("grandmother", "f"),
    "lola": ("grandmother", "f"), "lolo": ("grandfather", "m"), "bubu": ("baby", ""),
    "bubba": ("baby", ""),
    # South African, Jamaican, Kenyan and Welsh Englishes: "her boet Mandla", "him bredda
    # Marlon", "her mzee is a pastor", "his nain is 100", "his oupa"
    "boet": ("brother", "m"), "bredda": ("brother", "m"), "mzee": ("father", "m"),
    "nain": ("grandmother", "f"), "taid": ("grandfather", "m"), "ouma": ("grandmother", "f"),
    "oupa": ("grandfather", "m"),
    # grandparents in the words of the family's first language: "his nonna maria", "her oma",
    # "his babcia", "her yiayia", "his nani"; as with "lola", only so after "his" or "her"
    "nonna": ("grandmother", "f"), "nonno": ("grandfather", "m"), "oma": ("grandmother", "f"),
    "opa": ("grandfather", "m"), "babcia": ("grandmother", "f"), "dziadek": ("grandfather", "m"),
    "yiayia": ("grandmother", "f"), "yaya": ("grandmother", "f"), "pappou": ("grandfather", "m"),
    "nani": ("grandmother", "f"), "dadi": ("grandmother", "f"), "bubbe": ("grandmother", "f"),
    "zayde": ("grandfather", "m"), "babushka": ("grandmother", "f"),
    "halmeoni": ("grandmother", "f"), "abuela": ("grandmother", "f"),
    "abuelo": ("grandfather", "m"),
}  # fmt: skip
# A family, or a family's school, said in te reo: no person ("whānau", "kōhanga reo").
_KIN_GROUPS = frozenset("whanau whānau kohanga kōhanga".split())


# Words for a grandparent that are also how any elder is addressed ("Lola Pacita"): a
# relative only when said as someone's ("her lola remedios").
_ELDERS_ADDRESSED = frozenset(
    "lola lolo nana nan koro kuia mzee nain taid ouma oupa nonna nonno oma opa babcia dziadek "
    "yiayia yaya pappou nani dadi bubbe zayde babushka halmeoni abuela abuelo".split()
)
# Filipino honorifics said between the relative word and the name ("wife Ate Len"): "ate"
# is a word of its own anywhere else, so it is no title.
KIN_HONORIFICS = frozenset("ate kuya".split())


def _addressed(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in _ELDERS_ADDRESSED and _owner_word(doc, i) is None


def _relative_at(doc: Doc, i: int) -> tuple[str, str] | None:
    """The relation (and gender) the word at i says: "wife", or a word of another tongue or
    English said as one ("her sambo", "su pololo", "her other half"); the ones that are
    names or words too ("Tane", "blonde") only after a possessive."""
    word = doc[i].lower_
    if word in RELATIVES:
        return RELATIVES[word]
    said = WORLD_RELATIVES.get(word)
    lead = kin_words_before(doc, i)
    if said is None or lead < 0:
        return None
    if word in OWNED_ONLY and _owner_word(doc, lead) is None:
        return None
    return said


def _kin_word_said(doc: Doc, i: int) -> bool:
    """ "her moko", "tama's koro", "the whanau": a word for family after a possessive (or
    any word for a whole family), not the "met koro" someone is called."""
    word = doc[i].lower_
    if word in _KIN_GROUPS:
        return True
    k = i - 1
    while k >= 0 and (doc[k].lower_ in _ADJECTIVES or doc[k].like_num):
        k -= 1
    return word in RELATIVES and k >= 0 and doc[k].lower_ in (*_POSSESSIVE, "'s", "’s")


# Words that may stand between a relative word and the name: "her fiancé is a guy named
# Kenji", "a baby daughter named Aoife", "their mom Bà Lan".
_BRIDGE = frozenset(
    "named called name is are was 's a an guy girl woman man lady boy dude : , (".split()
)
_POSSESSIVE = {"his": "m", "her": "f", "their": "", "my": "me", "our": "me"}
# Titles and forms of address before a name: never part of it ("Councilman Rick O'Donnell").
_TITLES = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. mx miss prof prof. professor pastor father fr fr. rev rev. "
    "reverend coach sir madam dame lord lady chị anh em cô bà ông herr frau sr sr. sra sra. "
    "don doña señor señora senor senora councilman councilwoman councillor councilor mayor "
    "senator sen sen. rep rep. representative judge justice officer sgt sgt. sergeant capt "
    "capt. captain col col. colonel gen gen. general lt lt. lieutenant cmdr major maj maj. "
    "imam rabbi deacon deaconess elder bishop sheikh sister brother auntie aunty uncle tita "
    "tito tia tío tio lola lolo abuela abuelo hermana hermano nana mama papa baba ustaz chief oga "
    "sensei pan pani kuya chú bác dì thầy br br. sis. monsieur madame mademoiselle mme mme. "
    "mlle monsignor msgr msgr. engr engr. hajiya hajia alhaji alhaja mallam ato w/ro atty "
    "atty. cllr cllr. mdm mdm. cik encik puan "
    # Indonesian and Javanese ("Pak Budi", "Ibu Sri", "mbak dewi") and Thai ("Khun Nok")
    "pak bapak ibu bu mas mbak khun "
    # Cantonese, before a given name: "her sister Ah Ling" is Ling, called Ah Ling
    "ah".split()
)
# Honorifics that only ever stand before a name: "Mdm Salmah", "Cllr Rhys Evans" are people
# even when the model reads them as a firm.
_HONORIFICS = frozenset("cllr cllr. mdm mdm. cik encik puan pak bapak ibu bu mbak khun".split())
FORMS_OF_ADDRESS = _TITLES
_ADJECTIVES = frozenset(
    "older oldest younger youngest elder eldest little big baby twin new late ex "
    "adult teenage teen grown".split()
)


@dataclass
class Person:
    name: str
    mentions: list[Span] = field(default_factory=list)
    relation: str | None = None
    of: Person | None = None
    of_me: bool = False  # a relative of the user ("my sister Jo")
    aka: list[str] = field(default_factory=list)
    known: bool = False
    unsure: bool = False
    gender: str = ""
    newborn: bool = False  # "a baby girl named Lily": has no work, needs or offers of her own
    they: bool = False  # the note says they go by "they" ("kai is they/them")
    family: bool = False  # a known contact the user keeps as someone's relative

    @property
    def is_relative(self) -> bool:
        return self.relation is not None or self.family

    @property
    def first(self) -> int:
        return self.mentions[0].start


# Given names that are also weekday abbreviations, capitalised right before a name.
_DAY_NAMES = frozenset("Thu Sun".split())
_DASHES = frozenset("- – — | /".split())


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The name-like part of an entity: no titles, no possessive, no punctuation, and
    nothing after a spaced dash ("Kevin Oduya - Figma": the dash separates, a hyphen joins)."""
    for i in range(start + 1, end):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_:
            end = i
            break
    while start < end and (doc[start].lower_ in _TITLES or not _name_like(doc[start].text)):
        if end - start == 1 and _name_like(doc[start].text) and _after_relative_word(doc, start):
            break  # "her brother tito", "her husband Don": his name, no title before one
        start += 1
    while start < end and doc[start].is_lower and doc[start].lower_ in _CHAT | _FILLERS:
        start += 1
    while start < end and doc[start].lower_ in _YER | {"yer"} and _after_yer(doc, start):
        start += 1  # "yer wan aoife", "yer man seamus": Irish for "that woman" (trial 23)
    if all(doc[i].lower_ in _NOBODY_NAMED for i in range(start, end)):
        return None  # "his young lad", "the lads": nobody named
    while end - start > 1 and doc[start].is_lower and _relative_at(doc, start) is not None:
        start += 1  # "his missus leilani", "su pololo diego": who he is to her, then his name
    while end - start > 1 and _said_kin_at(doc, start):
        start += 1  # "her man declan": her husband, Declan
    while end > start and doc[end - 1].is_lower and doc[end - 1].lower_ in _CHAT | _FILLERS:
        end -= 1  # "freelance devs rn"
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in WEEKDAYS:
        end -= 1  # "call bo tues": when, not a surname
    while end - start > 1 and doc[end - 1].lower_ in _WHEN_SHORT:
        end -= 1  # "ring Abena Wk of the 3rd": the week, not a surname
    if (
        end - start > 1
        and end < len(doc)
        and doc[end].text == ":"
        and doc[end - 1].lower_ in _LABELS
    ):
        end -= 1  # "Adaeze Okonkwo Work: supply chain lead": a list's label, no surname
    opening = start == 0 or doc[start - 1].text in (".", "!", "?", "\n", "-", "•")
    reached = end - start > 1 and doc[start].lower_ in _REACHED | _PUSHED | _GIVING
    if reached and (doc[start].is_lower or opening):
        start += 1  # "rang bartek yesterday", "Flick Ruby the deck": the call, then who
    while end > start and (
        doc[end - 1].lower_ in ("'s", "’s", "'") or not _name_like(doc[end - 1].text)
    ):
        end -= 1
    # "tomasz rang, wants to refer…": a lowercase verb after a first name is no surname
    last = doc[end - 1]
    # "kwame landed a new role": what he did (a past tense with a stem of its own, so a
    # surname the tagger took for a verb, "khoa tran", stays; nor does a past tense end in
    # "s": "maria santos filipino" is Maria Santos)
    past = (
        last.tag_ == "VBD" and last.lemma_.lower() != last.lower_ and not last.lower_.endswith("s")
    )
    if end - start > 1 and last.is_lower and (last.lower_ in _SAID_VERBS or past):
        end -= 1
    elif end - start > 1 and _lowercase_tail(doc, start, end):
        end -= 1  # "Oksana bowls every Thursday": what she does, not her surname
    while (
        end - start > 2
        and doc[end - 1].lower_ in HONORIFIC_SUFFIXES
        and doc[end - 2].text in ("-", "‐")
        and not doc[end - 3].whitespace_
    ):
        end -= 2  # "Kimura-sensei": the form of address, not a double-barrelled name
    # Dictation says a name twice or surname first, then in full: "brigid brigid kelleher",
    # "okonkwo obiora okonkwo" are Brigid Kelleher and Obiora Okonkwo.
    if end - start > 1 and doc[start].lower_ == doc[start + 1].lower_:
        start += 1
    if end - start == 3 and doc[start].lower_ == doc[end - 1].lower_ and doc[start + 1].is_alpha:
        start += 1  # (not "Jun-Jun")
    # "omar al-" with "farsi" left out: a hyphen joins the name's next part
    if end < len(doc) and doc[end - 1].text in ("-", "‐") and doc[end].is_alpha:
        end += 1
    # "navjot kaur-dhillon" read as "navjot kaur": so does a hyphen right after it
    end = _hyphen_end(doc, end - 1)
    # "maria hernandez realtor at keller williams", "omar al-farsi IT consultant": the job
    # said after a name is no part of it.
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in _CLERGY:
        end -= 1  # "father tom wisniewski pastor"
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in TRADES:
        end -= 1  # "dr olumide balogun dentist"; "Baker" and "Mason" stay surnames
    while end - start > 1 and doc[end - 1].lower_ in TITLE_WORDS:
        end -= 1
        while end - start > 1 and doc[end - 1].lower_ in _JOB_MODIFIERS:
            end -= 1
    return (start, end) if start < end else None


def _lowercase_tail(doc: Doc, start: int, end: int) -> bool:
    """ "Birgit curls", "Oksana bowls", "Oakville under": a lowercase verb in -s or a little
    word after capitalised name words is no surname. (In a note written all lowercase a
    surname may be lowercase too: those are left alone.)"""
    last = doc[end - 1]
    verb = last.lower_.endswith("s") and last.lemma_.lower() != last.lower_
    return (
        last.is_lower
        and (verb or last.lower_ in STOP)
        and all(doc[i].is_title for i in range(start, end - 1))
    )


def _abbreviation(span: Span) -> bool:
    """ "call her wk of 14th", "send him CVs": a week or a plural of initials, no name."""
    return all(t.lower_ in _WHEN_SHORT for t in span) or (
        len(span) == 1 and re.fullmatch(r"[A-Z]{2,}s", span.text) is not None
    )


# Abbreviations of when, typed after a name: "call her wk of 14th".
_WHEN_SHORT = frozenset("wk wks w/c eod eow cob".split())

_LABELS = frozenset(
    "work job role company org family kids personal interests hobbies needs need wants "
    "offers offer notes note next todo follow f/u ask met where when title spouse".split()
)


# Jobs said in lowercase right after a name, that are surnames too when capitalised.
TRADES = frozenset(
    "dentist orthodontist pharmacist physician surgeon pediatrician therapist chiropractor "
    "optometrist veterinarian vet plumber electrician roofer contractor mechanic chef baker "
    "mason carpenter painter landscaper bookkeeper banker lender inspector appraiser "
    "photographer florist caterer tailor barber stylist trainer tutor pastor".split()
)
# ("Bishop" and "Deacon" are surnames too: "Lena Bishop" keeps hers.)
_CLERGY = frozenset("pastor priest reverend rev rev. imam rabbi".split())
# Relative words that are also how clergy are addressed: "father tom wisniewski".
_CLERGY_ADDRESS = frozenset("father mother brother sister".split())
_SAID_VERBS = frozenset(
    "rang rings called calls texted texts emailed emails messaged phoned said says wrote "
    "replied mentioned asked asks wants wanted stopped dropped popped came swung".split()
)
_JOB_MODIFIERS = frozenset("it hr ux ui sales marketing senior junior lead real estate".split())


def _name_like(text: str) -> bool:
    return any(c.isalpha() for c in text) or text in ("-", "‐")


def _display(span: Span) -> str:
    text = span.text
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return proper_case(" ".join(text.split()))


def _mentions(
    doc: Doc,
    known: KnownNames | None,
    english: frozenset[str] = frozenset(),
    traits: KnownTraits | None = None,
) -> list[tuple[Span, str | None]]:
    """Name spans with the known contact each spells (or None), by position."""
    found: list[tuple[Span, str | None]] = []
    taken: set[int] = set()
    if known is not None:
        others = {i for e in doc.ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
        # ("tita cora" is Cora: a title makes no longer name)
        cleaned = [(e, _clean(doc, e.start, e.end)) for e in doc.ents if e.label_ == "PERSON"]
        longer = {
            i: e
            for e, bounds in cleaned
            if bounds is not None and bounds[1] - bounds[0] > 1
            for i in range(*bounds)
        }
        acting = {s.start for s in _subject_names(doc, english, known=True)}  # "called tomasz"
        for name, start, end in sorted(known.matches(doc), key=lambda m: m[1] - m[2]):
            single_first = end - start == 1 and " " in name
            owned = end < len(doc) and doc[end].lower_ in ("'s", "’s")
            titled = _titled(doc, start)  # "called tita cora", read as a firm
            if (
                single_first
                and start in others
                and not (
                    _heard_from(doc, start)
                    or _given_by(doc, start)
                    or owned
                    or titled
                    or start in acting
                )
            ):
                continue  # "at chase": the bank, even when a contact is called Chase
            if end - start < len(name.split()) and start in longer:
                continue  # with John Park known, "met John Smith" is someone new
            if (
                start in longer
                and len(longer[start]) > end - start
                and (traits or {}).get(name, (None, False))[1]
            ):
                continue  # with Priya's brother Arjun known, "met arjun mehta" is someone new
            if single_first and _family_of_another(doc, start):
                continue  # "her granddaughter Eleni": hers, not the Eleni the user met
            if any(i in taken for i in range(start, end)):
                continue
            found.append((Span(doc, start, end, label="PERSON"), name))
            taken.update(range(start, end))
    for span in _particle_names(doc, english) + _honorific_names(doc, english):
        if not any(i in taken for i in range(span.start, span.end)):
            found.append((span, None))
            taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ != "PERSON" and doc[ent.start].lower_ not in _HONORIFICS:
            continue
        if _maria(doc, ent.end):
            continue  # "Ma. Lourdes dela Cruz": Ma. is her first name's short form
        bounds = _clean(doc, ent.start, _past_ah(doc, ent))
        if bounds is None or any(i in taken for i in range(*bounds)):
            continue
        start, end = bounds
        end = name_before_their_words(Span(doc, start, end))  # "Kip anataka help": Kip
        if start >= 2 and _maria(doc, start - 1):
            start -= 2
        if _day_name_before(doc, start, taken):
            start -= 1  # "Thu Trang Le", "met Sun Hee Park": a first name, not a weekday
        if english and _given_name_before(doc, start, english, taken):
            start -= 1  # "ran into rashid al-amin": the model took only the surname
        if english and _surname_after_middle(doc, end, english, taken):
            end += 1  # "harjit kaur dhillon": Kaur and Singh come before the surname
        span = Span(doc, start, end, label="PERSON")
        plain = (
            _plain_words(span, english)
            and not _after_relative_word(doc, start)
            and not (start and doc[start - 1].lower_ in _SURNAME_TITLES)  # "dr wright"
        )
        if english and (plain or _word_opening(span, english)):
            continue
        if _after_an_article(span) or _quoted_business(span) or _started(span):
            continue
        if _names_a_day_or_gathering(span) or _a_place_in(span) or _a_business_named(span):
            continue
        if _a_gathering_named(span):
            continue
        if _a_prayer(span) or _a_street(span) or _describes_someone(span) or _hired(span):
            continue
        if _a_word_of_faith(span):
            continue  # "Inshallah", "back from Umrah": no one named
        word = span[0].lower_
        dated = word in MONTHS or word in WEEKDAYS
        if len(span) == 1 and span[0].is_lower and word in NOT_NAME and not dated:
            continue  # "the christmas barbie": a word no name is typed as ("jun", "thu" are)
        if said_as_a_thing(span):
            continue  # "jollof + bulgogi lol": dishes, no people
        if said_in_another_tongue(span):
            continue  # "grabe ang saya", "então", "Yum cha with…": the note's words
        if len(span) == 1 and span[0].is_lower and _kin_word_said(doc, span.start):
            continue  # "her moko just born", "the whanau came round": who, not a name
        if all(t.lower_ in JOB_WORDS for t in span):
            continue  # "Physio said…", "Sparky came round": who they are by trade, no name
        if len(span) == 1 and a_team(doc, span.start):
            continue  # "Broncos tragic": the team he follows
        if a_club(doc, span.start, span.end):
            continue  # "ran Calder XC", "plays for Leeds Rhinos": a club, no person
        if _a_place_said_after(span) or _a_gatherings_place(span):
            continue
        if all(t.lower_ in FESTIVALS for t in span):
            continue  # "before Matariki", "after Deepavali": when, no person
        if all(t.lower_ in DEMONYMS for t in span) and not named_kin(span):
            continue  # "puerto rican from pilsen": where someone is from
        if _owns_a_role(span) or _a_destination(span) or _an_origin(span) or _counted(span):
            continue
        if a_journeys_end(span):
            continue  # "drove from sacramento to reno": places
        if len(span) == 1 and _with_a_firm(doc, span.start):
            continue
        if span[0].lower_ in SCHOOL_WORDS or (
            span.start and doc[span.start - 1].lower_ in SCHOOL_WORDS
        ):
            continue  # "Scoil Bhríde", "Ysgol Glan Taf": a school's name
        if len(span) > 2 and any(t.lower_ == "kee" for t in span[1:-1]):
            continue  # "Chan Kee Noodles": Cantonese "記", a shop called after its founder
        hyphened = len(span) > 2 and span[-2].text in ("-", "‐")  # "okoro-banks"
        if (
            len(span) > 1 and span[-1].lower_ in FIRM_WORDS and not hyphened
        ):  # "hana bank", "kvitka labs"
            continue
        found.append((span, None))
        taken.update(range(span.start, span.end))
    return sorted(found, key=lambda m: m[0].start)


def _past_ah(doc: Doc, ent: Span) -> int:
    """ "his wife ah may": the model read "ah" alone; the name is the word after it."""
    if len(ent) != 1 or ent[0].lower_ != "ah" or ent.end >= len(doc):
        return ent.end
    after = doc[ent.end]
    named = after.is_alpha and (after.lower_ not in NOT_NAME or after.lower_ in MONTHS)
    return ent.end + 1 if named else ent.end  # ("ah may": May, no month)


def _maria(doc: Doc, end: int) -> bool:
    """ "Ma. Lourdes", "Ma. Theresa Santos": a Filipino "Ma." (Maria) before a given name,
    one name with it, never someone called Ma."""
    return (
        1 <= end < len(doc) - 1
        and doc[end - 1].text == "Ma"
        and doc[end].text == "."
        and not doc[end - 1].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
    )


def _honorific_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "Cik Haslinda rang", "Cllr Bronwen Pritchard": the capitalised words after an
    honorific that only stands before a name are that person's name."""
    found: list[Span] = []
    for tok in doc[:-1]:
        community = tok.lower_ in COMMUNITY_TITLES
        if community and tok.is_lower and _lowercase_given_name(doc[tok.i + 1], english):
            found.append(Span(doc, tok.i + 1, tok.i + 2, label="PERSON"))  # "deacon tunde"
            continue
        if tok.lower_ in _HONORIFICS and tok.is_lower and tok.lower_ != "bu":
            # "ibu ratna"; not "bu": Turkish "this" too ("bu akşam")
            found.extend(_lowercase_after_honorific(doc, tok.i + 1, english))
            continue
        if (tok.lower_ not in _HONORIFICS and not community) or not tok.is_title:
            continue
        start = tok.i + 2 if doc[tok.i + 1].text == "." else tok.i + 1
        end = start
        while end < len(doc) and end - start < 3 and _capitalised_name_word(doc[end], english):
            end += 1
        if community and end == start:
            end = _given_and_surname(doc, start, english)  # "Aunty Comfort Boateng"
        if community and any(t.lower_ in FIRM_WORDS for t in doc[start : end + 1]):
            continue  # "Mama Njeri Foods": a firm named after her
        if end < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_:
            end = _hyphen_end(doc, end - 1)  # "Cllr Anne-Marie Docherty"
            while end < len(doc) and end - start < 4 and _capitalised_name_word(doc[end], english):
                end += 1
        if end > start:
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _lowercase_given_name(tok: Token, english: frozenset[str]) -> bool:
    """ "deacon tunde", "aunty efua": a first name, typed lowercase, that is no word too."""
    lower = tok.lower_
    return (
        tok.is_lower
        and tok.is_alpha
        and lower in first_names()
        and lower not in english
        and lower not in AMBIGUOUS_FIRST
        and lower not in STOP
    )


def _lowercase_after_honorific(doc: Doc, start: int, english: frozenset[str]) -> list[Span]:
    """ "ketemu bu ratna", "pak joko santoso": in a note typed lowercase, the words after an
    honorific that only stands before a name, that no dictionary knows, are that name."""
    end = start
    while end < len(doc) and end - start < 3 and _unknown_lowercase_word(doc[end], english):
        end += 1
    return [Span(doc, start, end, label="PERSON")] if end > start else []


def _unknown_lowercase_word(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return tok.is_lower and tok.is_alpha and lower not in english and lower not in STOP


def _given_and_surname(doc: Doc, start: int, english: frozenset[str]) -> int:
    """Where a name after a title ends when its first word is a word too ("Comfort",
    "Blessing"): it is a name when a capitalised surname follows; start when none does."""
    if start + 1 >= len(doc) or not (doc[start].is_title and doc[start].is_alpha):
        return start
    if doc[start].lower_ in STOP or not _capitalised_name_word(doc[start + 1], english):
        return start
    return start + 2


def _capitalised_name_word(tok: Token, english: frozenset[str]) -> bool:
    return (
        tok.is_title
        and tok.is_alpha
        and (tok.lower_ not in english or tok.lower_ in first_names() or tok.ent_type_ == "PERSON")
        and tok.lower_ not in STOP
    )


# Words inside a name between given name and surname, or before a surname: "Rhys ap Gwyn",
# "Rosnah binti Ismail", "Orla Nic Giolla", "Lourdes dela Cruz".
_NAME_PARTICLES = frozenset("ap ab bin binti bte bt dela ó ní nic ua".split())


def _particle_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "Met Rhodri ap Iorwerth", "Siti bte Yusof": a capitalised name, a name particle and
    the capitalised words after it are one person's name, however the model split it."""
    found: list[Span] = []
    for tok in doc[1:-1]:
        if tok.lower_ not in _NAME_PARTICLES or not (tok.is_lower or len(tok) <= 3):
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if not (before.is_title and after.is_title and before.is_alpha and after.is_alpha):
            continue
        if before.lower_ in english or before.lower_ in STOP or before.lower_ in _TITLES:
            continue  # "Kitchen bin Collection"
        start = tok.i - 1
        person = next((e for e in doc.ents if e.start <= start < e.end), None)
        if person is not None and person.label_ == "PERSON":
            start = person.start  # "Nurul Huda binti Kassim"
        elif start >= 1 and doc[start - 1].is_title and doc[start - 1].lower_ not in english:
            start -= 1
        end = tok.i + 2
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end - tok.i < 4:
            if doc[end].lower_ in english:
                break
            end += 1  # "Orla Nic Giolla Phádraig"
        if person is not None and person.label_ == "PERSON" and person.end > end:
            end = person.end  # "Hamdan bin Rashid Al Mansoori": the model's name goes on
        bounds = _clean(doc, start, end)
        if bounds is not None:
            start, end = bounds
            if start >= 2 and _maria(doc, start - 1):
                start -= 2  # "Ma. Lourdes dela Cruz"
            found.append(Span(doc, start, end, label="PERSON"))
    return found


_NOT_TEAMS = frozenset(
    "kids dogs cats books movies plants cars sports games shows podcasts musicals "
    "concerts animals horses birds".split()
)


# Fans gather before their team's game: "bills tailgate", "Packers tailgating"; others
# tailgate too: "the alumni tailgate", "the parents tailgate".
_GROUPS_AT_TAILGATES = frozenset(
    "alumni parents families students friends neighbors neighbours grads seniors".split()
)
_TAILGATE = frozenset("tailgate tailgates tailgating".split())


# "a Longhorns guy", "total dodgers homer", "a bruins nut": more ways to say a fan.
_FAN_GUY = frozenset("guy gal girl dude".split())


def _singular_in_s(word: str) -> bool:
    return word.endswith(("ss", "us", "ics", "is"))  # "chess", "physics", "tennis"


def _watch_party(doc: Doc, i: int) -> bool:
    """ "at the Bengals watch party": fans watch their team's game together."""
    return doc[i].lower_ == "watch" and i + 1 < len(doc) and doc[i + 1].lower_ == "party"


def a_team(doc: Doc, i: int) -> bool:
    """The word at `i` is a team someone follows: "a mets fan", "Broncos tragic",
    "Fenerbahçe mad", "Ospreys season ticket", "giants tailgate" (not "golf fan", nor
    "Dana mad")."""
    if i + 1 >= len(doc):
        return False
    team, after = doc[i], doc[i + 1]
    ticket = after.lower_ == "season" and i + 2 < len(doc) and doc[i + 2].lemma_ == "ticket"
    hyphened = hyphen_start(doc, i) < i  # "ti-cats", not cats
    said = after.lower_ in FANDOM | _TAILGATE | _FAN_GUY or ticket or _watch_party(doc, i + 1)
    if not said or not team.is_alpha:
        return False
    if team.lower_ in _NOT_TEAMS and not hyphened:
        return False
    plural = team.tag_ in ("NNS", "NNPS") or (team.is_title and team.lower_.endswith("s"))
    # "a leafs diehard": a team's name the tagger did not read as a plural
    plural = plural or (
        team.pos_ in ("NOUN", "PROPN")
        and team.lower_.endswith("s")
        and not _singular_in_s(team.lower_)
    )
    if after.lower_ in _FAN_GUY:  # "a Longhorns guy"; "a numbers guy" is no team's
        return team.is_title and plural and team.lower_ not in _NOT_TEAMS
    if after.lower_ in _TAILGATE:  # "giants tailgate"; "the alumni tailgate" is no team's
        return plural and team.lower_ not in _NOT_TEAMS | _GROUPS_AT_TAILGATES
    named = team.is_title and team.lower_ not in first_names() and team.i > 0
    return plural or named


# Who plays for, captains or coaches a side: what follows is a club, never a person.
_CLUB_LEADS = {"play": "for", "captain": "of", "skipper": "of", "coach": "at"}


def a_club(doc: Doc, start: int, end: int) -> bool:
    """The words from `start` to `end` name a sports club: a place before a club's suffix
    ("Calder XC", "Ilkley Rovers"), or the side someone "plays for", is "captain of" or
    "coaches at" ("plays for Leeds Rhinos"), or a club in brackets ("Ben (Rhinos)"). A
    lowercase "cc" is a copy, not a club."""
    if start >= 1 and club_in_brackets(doc, start - 1) == end:
        return True  # "Ben (Rhinos)": his side
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in CLUB_WORDS and (after.is_upper or after.is_title):
        return True
    if start >= 2 and doc[start - 1].lower_ == "the":
        start -= 1  # "captain of the Bradford Bulls"
    led = start >= 2 and _CLUB_LEADS.get(doc[start - 2].lemma_.lower()) == doc[start - 1].lower_
    last = doc[end - 1].lower_
    # ("plays for Tom Okoro" is for a person: a surname ends the name)
    return led and (last not in last_names() if end - start > 1 else last not in first_names())


def club_in_brackets(doc: Doc, i: int) -> int | None:
    """Where the brackets opening at `i` close, when they hold a sports club or side:
    "(Rugby)", "(Headingley RFC)", "(Rhinos)". After a name that is their club."""
    if doc[i].text != "(":
        return None
    end = i + 1
    while end < len(doc) and end - i <= 4 and doc[end].is_alpha:
        end += 1
    words = doc[i + 1 : end]
    if end >= len(doc) or doc[end].text != ")" or not words:
        return None
    last = words[-1]
    if len(words) == 1 and last.lower_ in SPORTS:
        return end
    if not all(w.text[0].isupper() for w in words):
        return None
    if last.lower_ in CLUB_WORDS:
        return end  # "(Headingley RFC)", "(Harriers)"
    # "(Rhinos)": a side's plural name that is no one's name
    return end if len(words) == 1 and _a_side(last) else None


def _a_side(tok: Token) -> bool:
    lower = tok.lower_
    return (
        lower.endswith("s")
        and lower[:-1] not in WEEKDAYS  # "(Tuesdays)": when, not a side
        and not _a_first_name(lower)
        and lower not in last_names()
    )


def _family_of_another(doc: Doc, start: int) -> bool:
    """ "his/her/their <relative> Name", "Maria's granddaughter Name": someone's family
    named by a first name alone. Who they are is settled against that person's recorded
    relatives (coach/notes.py), never by a known contact who only shares the first name."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in (",", "little", "baby", "eldest", "youngest", "new"):
        i -= 1
    if i < 1 or _relative_at(doc, i) is None:
        return False
    owner = doc[i - 1].lower_
    return owner in ("his", "her", "their", "'s", "’s")


def _given_name_before(doc: Doc, start: int, english: frozenset[str], taken: set[int]) -> bool:
    """ "rashid al-amin" with only "al-amin" read as a name: a lowercase word no dictionary
    knows, or a first name, right before a lowercase name is its first part."""
    k = start - 1
    if k < 0 or k in taken:
        return False
    word = doc[k]
    if word.is_title and doc[start].is_title and not word.ent_type_:
        # "Siân Llewellyn-Jones": a given name, accented as no list spells it, before the
        # surname the model read alone
        return _a_first_name(word.lower_) and word.lower_ not in english | _TITLES
    if not doc[start].is_lower or not word.is_lower:
        return False
    if word.lower_ in _TITLES or word.lower_ in STOP or _relative_at(doc, k) is not None:
        return False
    if _said_kin_at(doc, k):
        return False  # "her man declan": her husband, not a Mr Man Declan
    if word.lower_ in _NOT_GIVEN or word.lower_ == doc[start].lower_ or word.ent_type_:
        return False  # "coworker hamid", "um lisa", "piotr piotr wiśniewski"
    if word.lower_ in _REACHED or word.lower_ in NOT_NAME:
        return False  # "texted priyanka": the message, then who got it
    if any(word.lower_ == t.lower_ for t in doc[start : start + 4] if t.ent_type_ == "PERSON"):
        return False  # "ramos joaquín ramos": the surname said first, then the whole name
    if word.lower_ in _CHAT or word.lower_ in _FILLERS:
        return False  # "lol marisol's a nurse": a texting word, not her first name
    return word.lower_ in first_names() or _unknown(word, english)


# Words said before a name that are no part of it: fillers, what someone is to you.
_NOT_GIVEN = frozenset(
    "um uh uhm erm hmm aka coworker co-worker buddy pal colleague mate neighbor neighbour "
    "friend boss client stan fan dude bestie roommate classmate teammate".split()
)


def _after_an_article(span: Span) -> bool:
    """ "afterparty at the kulturfabrik", "made the best jollof": a name after "the" or "a" is
    a thing or a place."""
    k = span.start - 1
    while k >= 0 and span.doc[k].tag_ in ("JJ", "JJS") and span.doc[k].is_lower:
        k -= 1  # "the best jollof"
    return k >= 0 and span.doc[k].lower_ in ("the", "a", "an") and span[0].is_lower


_GATHERING_NAMES = GROUP_EVENTS | {"fair", "show", "auction", "service"}  # "Carol service"


# Days with an eve: "christmas eve", "new year's eve", "all hallows eve".
_HOLIDAYS = frozenset("christmas xmas year years year's year’s hallows midsummer".split())


def _names_a_day_or_gathering(span: Span) -> bool:
    """ "valentine's day", "Bridal expo", "Solar fair": a word naming a day or a gathering."""
    doc, end = span.doc, span.end
    nxt = [t.lower_ for t in doc[end : end + 2]]
    if nxt[:1] in (["'s"], ["’s"]) and nxt[1:] in (["day"], ["eve"]):
        return True
    if span[0].lower_ == "eve" and span.start and doc[span.start - 1].lower_ in _HOLIDAYS:
        return True  # "christmas eve swim": the day, not Eve
    if len(span) == 1 and nxt[:1] != [] and nxt[0] in _GATHERING_NAMES:
        return True
    # "Gwinnett chamber mixer tonight": a place's chamber, club or church and its gathering
    if len(span) == 1 and nxt[:1] in _HOSTS and nxt[1:] != [] and nxt[1] in _GATHERING_NAMES:
        return True
    return _a_places_gathering(span)


_MEETINGS = _GATHERING_NAMES | frozenset("breakfast brunch lunch dinner meeting".split())
# What a gathering is called by its last word ("xmas eve drinks", "office xmas bash").
_GATHERING_ENDS = _MEETINGS | frozenset(
    "drinks do bash social nets supper langar iftar havan puja pooja kirtan mela".split()
)
# Places of worship: "gurdwara langar", "mandir havan" (a service held there).
_WORSHIP = frozenset("gurdwara mandir mosque masjid temple synagogue church chapel".split())


def _a_gathering_named(span: Span) -> bool:
    """ "xmas eve drinks", "gurdwara langar", "mandir havan": a gathering, nobody; the first
    word is no given name ("Minh Do" ends in a word that names one too)."""
    first = span[0].lower_
    if len(span) < 2 or first in first_names() or not span[0].is_lower:
        return False
    return span[-1].lower_ in _GATHERING_ENDS or first in _WORSHIP


def _a_place_said_after(span: Span) -> bool:
    """ "Siphesihle Ndaba, Umlazi.": one word that is no given name, after a full name and a
    comma and ending the sentence, is where they live."""
    doc, start, end = span.doc, span.start, span.end
    if start < 3 or doc[start - 1].text != ",":
        return False
    named = doc[start - 2].ent_type_ == "PERSON" and doc[start - 3].ent_type_ == "PERSON"
    last = end == len(doc) or doc[end].text in (".", "\n")
    return named and last and len(span) == 1 and span[0].lower_ not in first_names()


def _a_gatherings_place(span: Span) -> bool:
    """ "Chamber lunch, Tulsa", "Rotary breakfast - Merchant City": where a gathering was,
    said after it ends the line."""
    doc, start, end = span.doc, span.start, span.end
    if start < 2 or doc[start - 1].text not in (",", "-", "–", "—", "@"):
        return False
    gathering = doc[start - 2].lower_ in _GATHERING_ENDS
    ends = end == len(doc) or "\n" in doc[end].text
    return gathering and ends and span[0].lower_ not in first_names()


def _a_places_gathering(span: Span) -> bool:
    """ "Sandton property breakfast", "Kilimani business owners meetup": a word that is no
    given name, then what the gathering is about and the gathering, is where it is."""
    doc, end = span.doc, span.end
    if len(span) != 1 or span[0].lower_ in first_names():
        return False
    k = end
    while k < min(len(doc), end + 4) and doc[k].is_lower:
        if doc[k].lower_ in _MEETINGS and k > end:
            return True  # (the tagger may take "meetup" for a verb)
        if not doc[k].tag_.startswith("NN"):
            return False
        k += 1
    return False


_HOSTS = [[w] for w in "chamber rotary church club business community".split()]
_STREET_WORDS = frozenset(
    "hwy highway rd st ave blvd boulevard pkwy parkway ln fwy freeway".split()
)


def _a_street(span: Span) -> bool:
    """ "an engineer for buford hwy": a road, not a person. (Never "lane" or "street":
    Bob Lane, Della Street.)"""
    words = [t for t in span if not t.is_punct]
    if len(words) > 1 and words[-1].lower_.rstrip(".") in _STREET_WORDS:
        return True  # "jane st.": the model's name ends in the stop
    # "the banquet hall on markham rd", "lives off finch ave": the name of a road
    doc = span.doc
    after = doc[span.end].lower_.rstrip(".") if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start else ""
    return after in _ROAD_WORDS or (after in _STREET_WORDS | _LANES and before in _ALONG)


_PLACES = frozenset("GPE LOC".split())


def _a_town_beside_a_town(span: Span) -> bool:
    """ "sells in Kisumu and Kakamega", "in Brampton and Oakville": one word said with a
    town the model knows, joined by "and", is another town, unless it is a first name."""
    if len(span) != 1 or _a_first_name(span[0].lower_):
        return False
    doc = span.doc
    before = doc[span.start - 2] if span.start >= 2 else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        before is not None
        and doc[span.start - 1].lower_ in ("and", "&")
        and before.ent_type_ in _PLACES
    ) or (after is not None and doc[span.end].lower_ in ("and", "&") and after.ent_type_ in _PLACES)


_ROAD_WORDS = frozenset(
    "hwy highway rd road ave avenue blvd boulevard pkwy parkway fwy freeway".split()
)
_ALONG = frozenset("on off along near at down up".split())
_LANES = frozenset("street dr drive lane way crescent".split())


# The last word of a street's name, said after "on", "off", "near", "from": "off Otley Road".
_STREET_ENDS = (
    _STREET_WORDS
    | _ROAD_WORDS
    | _LANES
    # (not "terrace" nor "grove": "li na from jade terrace" names a restaurant)
    | frozenset("close crescent cres avenue".split())
)
_BY_A_STREET = _ALONG | frozenset("from by".split())


def a_street_named(span: Span) -> bool:
    """ "near Kirkgate Street", "on Roundhay Avenue", "from Meanwood Close": a street named
    after where it is, no firm ("from Station Road Physio" is one)."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[-1].lower_.rstrip(".") not in _STREET_ENDS:
        return False
    k = span.start - 1
    if k >= 1 and span.doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and span.doc[k].lower_ in _BY_A_STREET


def _hired(span: Span) -> bool:
    """ "struggling to hire backend devs": who is hired, not someone's name."""
    k = span.start - 1
    while k >= 0 and span.doc[k].tag_ in ("JJ", "CD"):
        k -= 1
    return k >= 0 and span.doc[k].lower_ in ("hire", "hiring", "recruit", "recruiting")


def _describes_someone(span: Span) -> bool:
    """ "the kimura sushi guy miguel": what the person is known by, before their name."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("guy", "lady", "gal", "dude", "man", "woman")
        and (doc[end + 1].ent_type_ == "PERSON" or doc[end + 1].lower_ in first_names())
    )


_PRAYERS = frozenset("fajr dhuhr zuhr asr maghrib isha jummah jumah jumuah taraweeh".split())


def _a_prayer(span: Span) -> bool:
    """ "saw abdi at the mosque after isha": the night prayer, not an Isha."""
    doc, start = span.doc, span.start
    return (
        len(span) == 1
        and span[0].lower_ in _PRAYERS
        and start > 0
        and doc[start - 1].lower_ in ("after", "before", "at", "for", "during")
    )


# Blessings said in passing and pilgrimages made: "call him Sunday, Inshallah", "did Umrah".
_WORDS_OF_FAITH = frozenset(
    "inshallah inshaallah insha'allah insha’allah mashallah mashaallah masha'allah "
    "masha’allah alhamdulillah subhanallah bismillah wallahi hajj umrah".split()
)


def _a_word_of_faith(span: Span) -> bool:
    return all(t.lower_ in _WORDS_OF_FAITH for t in span)


_OWNING = frozenset("own owns owned run runs restaurant restaurants shop shops business".split())


# What a business is called before its name: "runs a dim sum place, Golden Lotus,".
BUSINESS_KINDS = frozenset(
    "place places shop shops store stores restaurant restaurants business businesses biz "
    "company companies outfit firm spot joint agency practice clinic studio bakery salon "
    "cafe café import imports franchise".split()
)
_OWNS = frozenset("own owns owned run runs ran has have started opened founded".split())


def trade_name_end(doc: Doc, start: int) -> int | None:
    """ "runs a dim sum place, Golden Lotus, in …", "runs a tile and stone import biz,
    Ferreira Stone.": where the name of the business said right after it ends."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in BUSINESS_KINDS:
        return None
    lead = []
    for tok in reversed(doc[max(0, start - 10) : start - 2]):
        if tok.text in (",", ".", ";", "(", ")", "\n") or "\n" in tok.text:
            break
        lead.append(tok.lower_)
    if not _OWNS & set(lead):
        return None
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_alpha and doc[end].lower_ not in STOP:
        end += 1
    if end == start or (end < len(doc) and not (doc[end].is_punct or "\n" in doc[end].text)):
        return None if end >= len(doc) or doc[end].lower_ != "in" else end
    return end


def _a_business_named(span: Span) -> bool:
    """ "owns 3 halal restaurants, hodan's kitchen": a business named after someone."""
    doc, start, end = span.doc, span.start, span.end
    named_end = trade_name_end(doc, start)
    if named_end is not None and named_end >= end:
        return True  # "runs a dim sum place, Golden Lotus,"
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    if doc[end + 1].lower_ not in FIRM_WORDS:
        return False
    return (
        start > 0
        and doc[start - 1].text == ","
        and any(t.lower_ in _OWNING for t in doc[max(0, start - 6) : start])
    )


def _a_place_in(span: Span) -> bool:
    """ "a second office somewhere in katy", "lives near tomball": a place, not a Katy."""
    doc, start, end = span.doc, span.start, span.end
    if len(span) == 1 and end < len(doc) and doc[end].lower_ in _PLACE_AFTER:
        return True  # "needs 6000 sf, gwinnett preferably"
    if start >= 2 and doc[start - 1].lower_ in _COMPASS:
        start -= 1  # "the durbar in east legon": a part of town
    if len(span) != 1 or start < 1 or doc[start - 1].lower_ not in ("in", "near", "outside"):
        return False
    return not (end < len(doc) and doc[end].lower_ in ("'s", "’s"))


_PLACE_AFTER = frozenset("preferably ideally area county".split())
_PLACE_LEADS = frozenset("in into to from near outside around of across via".split())


def _a_named_place(span: Span) -> bool:
    """ "a tournament in Milton Keynes", "Drove to Ottawa", "- Denver: Kayla Brooks",
    "Leeds, lettings forum.": a town, state or country the lexicon lists, said as a place.
    One that is a given name too ("Austin", "Sydney") only after "in", "to" or "from", or as
    a line's label; none after a relative word or a title ("wife Brooklyn")."""
    doc, start = span.doc, span.start
    if span.text.casefold() not in PLACES:
        return False
    if _after_relative_word(doc, start) or _titled(doc, start):
        return False
    before = doc[start - 1].lower_ if start else ""
    if before in _PLACE_LEADS:
        return True
    label = span.end < len(doc) and doc[span.end].text in (":", ",")
    if label and _opens_a_line(doc, start):
        return True
    given = len(span) == 1 and span[0].lower_ in first_names()
    return not given and before not in _MET


def _opens_a_line(doc: Doc, i: int) -> bool:
    """Nothing but a bullet between the line's start and the word at i."""
    k = i - 1
    while k >= 0 and doc[k].text in _BULLETS:
        k -= 1
    return k < 0 or "\n" in doc[k].text


_COMPASS = frozenset("east west north south upper lower greater central".split())


_STARTS = frozenset("start begin attend finish enter".split())


def _started(span: Span) -> bool:
    """ "son Emil starts Kita in august": what a child starts or attends is a school."""
    root = span.root
    return len(span) == 1 and root.dep_ == "dobj" and root.head.lemma_.lower() in _STARTS


_QUOTED_THINGS = frozenset(
    "place app podcast band book show blog newsletter brand shop restaurant bakery cafe "
    "café bar studio company startup label business salon truck".split()
)


def _quoted_business(span: Span) -> bool:
    """'her bakery "Pan y Miel"', 'her place "Chay Chay"', "his wife's startup healthbox": the
    name of a thing, quoted or right after whose thing it is."""
    doc = span.doc
    k = span.start - 1
    if k >= 1 and doc[k].lower_ in _QUOTED_THINGS:
        owner = doc[k - 1].lower_
        if owner in _POSSESSIVE or owner in ("'s", "’s"):
            return True
    for k in range(span.start - 1, max(-1, span.start - 4), -1):
        if doc[k].text in _QUOTES:
            return k > 0 and doc[k - 1].lower_ in _QUOTED_THINGS
        if "\n" in doc[k].text:
            return False
    return False


def _day_name_before(doc: Doc, start: int, taken: set[int]) -> bool:
    k = start - 1
    if k < 0 or doc[k].text not in _DAY_NAMES or k in taken:
        return False
    lead = doc[k - 1] if k > 0 else None  # not "coffee Thu Mike Ross"
    return lead is None or lead.is_punct or "\n" in lead.text or lead.lower_ in _MET


def _heard_from(doc: Doc, start: int) -> bool:
    """ "heard from chidi", "talked to chase": a contact the user heard from, not a firm."""
    return start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in (
        ("heard", "from"),
        ("hear", "from"),
        ("talked", "to"),
        ("spoke", "to"),
        ("spoke", "with"),
        ("talked", "with"),
    )


# What someone gets from a person: "got the truck loan from Grace" (a contact, not a firm).
_GIVEN_THINGS = frozenset(
    "loan referral referrals intro introduction help advice tip tips lead leads call text "
    "email message quote offer gift card".split()
)


def _given_by(doc: Doc, start: int) -> bool:
    """ "the loan from Grace", "got the permit from Maria": a known contact gave it."""
    if start < 2 or doc[start - 1].lower_ != "from":
        return False
    return doc[start - 2].lemma_.lower() in _GIVEN_THINGS or any(
        t.lower_ in _GOT for t in doc[max(0, start - 6) : start - 1]
    )


_GOT = frozenset("got get gets getting received receives".split())


def _after_relative_word(doc: Doc, start: int) -> bool:
    """ "his brother in law faisal", "his twins ada and obi": a name, even one a dictionary
    lists."""
    if start >= 2 and doc[start - 1].lower_ == "ah":
        start -= 1  # "his wife ah may": the name, called with "ah"
    before = doc[start - 1].lower_ if start else ""
    if before in ("and", "&", "+") and start >= 3 and doc[start - 3].lower_ in RELATIVES:
        return True  # "twins ada and obi": the second of two named together
    at = start - 1
    if before == "," and start >= 2 and _set_off(doc, start):
        at = start - 2  # "ross's dad, angus, is retired"
        before = doc[at].lower_
    return (start >= 1 and _relative_at(doc, at) is not None) or (
        before == "law" and start >= 2 and doc[start - 2].lower_ in ("in", "-")
    )


def named_kin(span: Span) -> bool:
    """ "wife Shona is a midwife", "son Tamil": a capitalised word right after a word for a
    relative is their name, though it names a people too."""
    return len(span) == 1 and span[0].is_title and _after_relative_word(span.doc, span.start)


def _word_opening(span: Span, english: frozenset[str]) -> bool:
    """ "Bill for the booth was $300", "Hope he can help", "Will send the deck": a word that
    is also a name, opening a sentence, is the word unless a verb says it is someone."""
    doc, tok = span.doc, span[0]
    opens = (
        tok.i == 0 or doc[tok.i - 1].text in (".", "!", "?", "\n") or "\n" in doc[tok.i - 1].text
    )
    if len(span) != 1 or not opens or not tok.is_title or tok.lower_ not in english:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # "Bill for…", "Hope he…", "Will send…", "Mark the…"; but "Bill @ Comcast", "Sofia at
    # Rotary" and "Mark wants coffee" are people.
    return nxt is not None and (
        nxt.tag_ in ("VB", "PRP", "DT") or nxt.lower_ in ("for", "to", "on", "in", "up")
    )


_MOVES = frozenset(
    "move moving moved moves relocate relocating relocated headed heading going went fly go goes "
    "flying flew transfer transferring transferred "
    # where a business grows: "wants to expand to Kitengela"
    "expand expanding expanded expands".split()
)


def _counted(span: Span) -> bool:
    """ "hiring 2 junior devs", "3 new hires": people counted are not someone's name."""
    doc, start = span.doc, span.start
    if start > 0 and span[0].is_lower and doc[start - 1].tag_ in ("NN", "NNP"):
        start -= 1  # "2 Flutter devs", "6 React devs": what they work in
    while start > 0 and doc[start - 1].tag_ == "JJ":
        start -= 1  # "3 senior devs"
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.like_num
        and before.lower_ != "one"  # "the loudest one vinnie castellano"
        and (span[-1].tag_ in ("NNS", "NNPS") or span[-1].text.endswith("s"))
    )


# The last word of a firm's name, never of a person's.
FIRM_WORDS = frozenset(
    "bank banks group llc inc inc. corp corp. co co. ltd ltd. gmbh ag plc capital partners "
    "realty properties holdings ventures labs lab studio studios consulting solutions "
    "insurance foods motors logistics freight media systems clinic dental farms farm "
    "bakery cafe café restaurant kitchen salon construction builders landscaping plumbing "
    "electric roofing cleaning agency associates advisors academy church chamber "
    "foundation university college school hospital pharmacy fitness auto toyota honda grill "
    "bistro diner pizzeria deli taqueria tavern pub brewery roasters collision repair "
    "fuel fuels alarm alarms tools supply supplies energy services industries enterprises "
    "technologies software marine towing trucking tires tire glass autoworks sweets pharma "
    "air wines winery cellars accountancy accountants events electrical electrics joinery "
    "joiners plumbers drainage fencing scaffolding glazing painters "
    "kitchens tiling interiors lettings decorating decorators bathrooms".split()
) | frozenset(CLUB_WORDS)
# The first word of a school's name in Irish and Welsh: "Scoil Bhríde", "Ysgol Glan Taf".
SCHOOL_WORDS = frozenset("scoil gaelscoil gaelcholáiste coláiste colaiste ysgol".split())
_ORIGIN_LEADS = frozenset("originally born raised grew moved hails comes came emigrated".split())


def _an_origin(span: Span) -> bool:
    """ "originally from alexandria egypt", "grew up in lagos": where someone is from."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ not in ("from", "in"):
        return False
    return any(doc[k].lower_ in _ORIGIN_LEADS for k in range(max(0, start - 4), start - 1))


def _a_destination(span: Span) -> bool:
    """ "she's moving to evanston in january": where someone goes is a place."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ != "to":
        return False
    if any(doc[k].lower_ == "from" for k in range(max(0, start - 4), start - 1)):
        return True  # "switched from decatur to kirkwood"
    if start >= 3 and doc[start - 2].lower_ == "off" and doc[start - 3].lemma_ == "be":
        return True  # "she's off to Perth in March"
    before, named = doc[start - 2], span[0].lower_ in first_names()
    if not named and (before.lower_ in PLACES or before.ent_type_ in ("GPE", "LOC")):
        return True  # "20 lorries Mombasa to Malaba": from one place to another
    # "goes every year to naivasha"
    return any(doc[k].lower_ in _MOVES for k in range(max(0, start - 4), start - 1))


# Ways of getting from one place to another: "drove from sheffield to york".
_TRAVELS = frozenset(
    "drive cycle bike ride run walk fly travel commute jog hike swim row sail".split()
)


def a_journeys_end(span: Span) -> bool:
    """ "drove from sheffield to york", "cycled from Leeds to Whitby": where someone
    travelled from or to is a place, no person nor firm. (A move is not a journey: "moved
    from td to rbc", "came over from Baird & Warner" are new jobs.)"""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ not in ("from", "to"):
        return False
    k = start - 1
    if doc[k].lower_ == "to":  # the place before "to" must be a journey's start
        froms = [j for j in range(max(0, k - 5), k) if doc[j].lower_ == "from"]
        if not froms:
            return False
        k = froms[-1]
    if k < 2:
        return False
    lead = doc[k - 1]
    # the journey's verb right before "from" ("drove from"), or before "home" or "in" ("ran
    # into kelechi from state farm" is where Kelechi works)
    verb = doc[k - 2] if lead.lower_ in ("home", "in") else lead
    return verb.lemma_.lower() in _TRAVELS


def _owns_a_role(span: Span) -> bool:
    """ "Harbor Bank's CFO": whose role it is, an organisation."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and doc[end + 1].ent_type_ == "ROLE"
    )


def _plain_words(span: Span, english: frozenset[str]) -> bool:
    """ "sales people": lowercase ordinary words, none of them a first name, are no name.
    ("grant miller" keeps its first name; "Mark" is capitalised.)"""
    firsts = first_names()
    return all(
        t.is_lower and t.lower_ not in firsts and (t.lower_ in english or t.lemma_ in english)
        for t in span
    )


_MET = frozenset("met meet meeting with w/ w".split())
_AFTER_MET = frozenset(
    "from frm at @ of and who ( - – , . ; : ! ? there today yesterday tonight again "
    "earlier briefly".split()
)


_RAN = frozenset("ran run runs running bumped bump bumping".split())


def _after_met(doc: Doc, i: int) -> bool:
    """Right after "met", "with" or "ran into" (or "met big tam": see _nicknamed)."""
    before = doc[i - 1].lower_
    return before in _MET or (before == "into" and i >= 2 and doc[i - 2].lower_ in _RAN)


# How people are known in Scotland, Ireland and beyond: "big tam", "wee jimmy", "young sean".
_NICKNAME_ADJECTIVES = frozenset("big wee young auld old lil little".split())


def _nicknamed(doc: Doc, i: int) -> bool:
    """ "met big tam o'neill": a first name after "met" and a nickname's adjective."""
    return i >= 2 and doc[i - 1].lower_ in _NICKNAME_ADJECTIVES and _after_met(doc, i - 1)


# What one has with a firm, never with a person: "insurance w/ Santam", "claim with Aviva".
_WITH_A_FIRM = frozenset(
    "insurance insured insurer claim claims bank banks banked banking account policy".split()
)


def _with_a_firm(doc: Doc, start: int) -> bool:
    """ "geyser burst, insurance w/ Santam": who holds the policy or account is a firm; so
    are initials someone works with as a pilot or an engineer: "a pilot with KQ"."""
    if start < 2 or doc[start - 1].lower_ not in ("with", "w/", "w"):
        return False
    before = doc[start - 2]
    job = before.lower_ in JOB_WORDS or before.ent_type_ == "ROLE"
    return before.lower_ in _WITH_A_FIRM or (job and doc[start].text.isupper())


def _given_name_read_as_firm(
    doc: Doc, tok: Token, english: frozenset[str], listed: bool = False
) -> bool:
    """ "coffee with Ciarán,": a capitalised given name that is no English word, that the
    model read alone as a firm or a thing (not a place: "with Sydney" may be the city).
    Between names of a list of people met ("met Fraser, Isla and Hamish"), any word no
    dictionary knows is one, on the name list or not."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    return (
        ent is not None
        and len(ent) == 1
        and ent.label_ not in ("PERSON", "GPE", "LOC", "FAC")
        and tok.is_title
        and (tok.lower_ in first_names() or listed)
        and tok.lower_ not in english
    )


_LIST_JOINS = frozenset(", and & n".split())


def _met_list(doc: Doc, english: frozenset[str]) -> set[int]:
    """ "met fraser, isla and hamish at parkrun": where each name of a list of two or more
    after "met" or "with" starts; every one of them was met, not just the first."""
    firsts = first_names()

    def name_word(tok: Token) -> bool:
        return tok.ent_type_ == "PERSON" or (
            tok.is_alpha and (tok.lower_ in firsts or _unknown(tok, english))
        )

    starts: set[int] = set()
    for tok in doc[1:]:
        if not _after_met(doc, tok.i) or not name_word(tok):
            continue
        group = [tok.i]
        i = tok.i
        last_join: set[str] = set()
        while True:
            while i + 1 < len(doc) and i + 1 - group[-1] < 3 and name_word(doc[i + 1]):
                i += 1  # "priya desai"
            j = i + 1
            while j < len(doc) and doc[j].lower_ in _LIST_JOINS:
                j += 1  # ", and"
            if j == i + 1 or j >= len(doc) or not name_word(doc[j]):
                joined = {t.lower_ for t in doc[i + 1 : j]}
                if joined & {"and", "&", "n"}:
                    group = []  # "met lena, adidas and puma folk": no list of names
                break
            group.append(j)
            last_join = {t.lower_ for t in doc[i + 1 : j]}
            i = j
        # A list ends "and hamish"; "met Lerato Dube, Gallagher, IT" is a record: her firm.
        if len(group) > 1 and last_join & {"and", "&", "n"}:
            starts.update(group)
    return starts


def met_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "met priya, VP sales at Apex": a word no English word list knows, right after
    "met" or "with", standing alone: a name the model left unlabelled. So is each given
    name of a list after "met" ("met Grant, Yuki and Ross"), the model's firm or not."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    firsts = first_names()
    listed = _met_list(doc, english)
    for tok in doc[1:]:
        titled = _title_before(doc, tok.i)  # "met rev. colin price": a name after the title
        titled = titled or (_nicknamed(doc, tok.i) and tok.lower_ in firsts)
        titled = titled or (tok.i in listed and tok.is_title and tok.lower_ in firsts)
        if not (_after_met(doc, tok.i) or titled or tok.i in listed):
            continue
        if tok.i in taken and not _given_name_read_as_firm(doc, tok, english, tok.i in listed):
            continue
        if not (_unknown(tok, english) or (titled and tok.lower_ in firsts)):
            continue
        if _with_a_firm(doc, tok.i):
            continue
        if tok.lower_ in _TITLES:
            continue  # "met dr. olumide adeyemi": the title is not a name
        end = tok.i + 1
        if end < len(doc) and end not in taken and _unknown(doc[end], english):
            end += 1  # "met priya desai"
        elif titled and end < len(doc) and end not in taken and _a_surname(doc[end]):
            end += 1  # "rev. colin price": a surname that is a word too; "big tam o'neill"
        if end == len(doc) or doc[end].lower_ in _AFTER_MET or doc[end].is_punct:
            found.append(Span(doc, tok.i, end, label="PERSON"))
    return found


def _a_surname(tok: Token) -> bool:
    """A surname on the list, also written with an apostrophe: "o'neill", "d'souza"."""
    return (
        tok.lower_ in last_names() or tok.lower_.replace("'", "").replace("’", "") in last_names()
    )


def _title_before(doc: Doc, i: int) -> bool:
    """ "met rev. colin": a lowercase title (and its full stop) after "met" or "with"."""
    k = i - 1
    if k >= 1 and doc[k].text == ".":
        k -= 1
    abbreviated = i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_
    return (
        k >= 1
        and doc[k].lower_.rstrip(".") in _TITLES
        and _after_met(doc, k)
        and doc[i].is_lower
        and not abbreviated  # "dr hab. Katarzyna": a second title
    )


_MIDDLE_NAMES = frozenset("singh kaur".split())


def _surname_after_middle(doc: Doc, end: int, english: frozenset[str], taken: set[int]) -> bool:
    """A name that ends in "Singh" or "Kaur" goes on with the surname the model left out,
    when the next word is no English word: "gurpreet singh sandhu", "harjit kaur dhillon"."""
    if end < 2 or end >= len(doc) or doc[end - 1].lower_ not in _MIDDLE_NAMES:
        return False
    after = doc[end]
    return (
        end not in taken
        and not after.ent_type_
        and len(after) >= 3
        and _unknown(after, english)
        and after.lower_ not in _SAID_VERBS
    )


# What a person does as the subject of a note's first clause: "mai got promoted", "dev said".
_SUBJECT_VERBS = frozenset(
    "got gets is 's was has had said says mentioned told texted emailed called wants wanted "
    "thinks thought just finally landed started joined moved switched left quit".split()
)
# Calls and messages to someone: "called tomasz this morning".
_REACHED = frozenset(
    "called call rang phoned texted emailed messaged pinged dmed ring bell flick buzz msg".split()
)
# "push tom's call to next month": a follow-up moved, then whose it is.
_PUSHED = frozenset("push pushed reschedule rescheduled postpone postponed".split())
# What may follow the name of someone reached: "called tomasz this morning", "texted ana re".
_AFTER_REACHED = (
    frozenset("this today yesterday tonight earlier back about re to and again".split())
    | _AFTER_MET
)


def _subject_names(doc: Doc, english: frozenset[str], *, known: bool = False) -> list[Span]:
    """ "mai got promoted", "called tomasz this morning": a lowercase word no dictionary
    knows (or a first name), opening a clause before what a person does, or right after a
    call or a message, is a name, even one the model read as a firm."""
    found = []
    firsts = first_names()
    for tok in doc:
        # A contact's name is theirs however it is cased: "Kuldeep got the loan"; so is a
        # given name that is no English word: "Méabh called", "Saoirse is moving".
        given = tok.is_title and tok.lower_ in firsts and tok.lower_ not in english
        cased = tok.is_lower or (known and tok.is_title) or given
        if not (cased and tok.is_alpha) or tok.ent_type_ == "PERSON":
            continue
        if tok.ent_type_ and not (tok.ent_iob_ == "B" and not _in_longer_entity(doc, tok.i)):
            continue  # a word of a longer firm or place: "wells fargo"
        lower = tok.lower_
        if lower in NOT_NAME or lower in STOP or lower in _TITLES or lower in RELATIVES:
            continue
        if lower in _CHAT or lower in _FILLERS or tok.pos_ == "INTJ":
            continue  # "omg he got in", "and uh he's"
        if lower in HONORIFIC_SUFFIXES and tok.i and doc[tok.i - 1].text in ("-", "‐"):
            continue  # "Fujita-san is worried": how he is addressed
        if not (known or _unknown(tok, english) or (lower in firsts and lower not in english)):
            continue
        before = doc[tok.i - 1].lower_ if tok.i else ""
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        opens = tok.i == 0 or before in (".", "!", "?", ";", "-", "–", "•", "*", "and", "but")
        opens = opens or _goes_on(doc, tok.i)  # ". also aoife - she's a GP"
        # A firm the model read stays one after "called" ("called comcast about the bill")
        # unless it is a contact's name or "he" or "she" follows.
        person = known or not tok.ent_type_ or _he_or_she(doc[tok.i + 1 : tok.i + 8])
        if before == "called" and _named_thing(doc, tok.i - 1):
            continue  # "a landscaping company called greenline": its name, not a call
        if (opens and (after in _SUBJECT_VERBS or _said_of_them_next(doc, tok.i))) or (
            before in _REACHED and person and (not after or after in _AFTER_REACHED)
        ):
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return found


# Words that carry a note on to the next person: ". also aoife - she's a GP".
_GOING_ON = frozenset("also then plus".split())
_HE_SHE = frozenset("he she they he's she's they're".split())


def _goes_on(doc: Doc, i: int) -> bool:
    """The word at i comes after "also", "then" or "plus" that open a sentence."""
    return (
        i >= 1
        and doc[i - 1].lower_ in _GOING_ON
        and (i == 1 or doc[i - 2].text in (".", "!", "?", ";", "\n") or "\n" in doc[i - 2].text)
    )


def _said_of_them_next(doc: Doc, i: int) -> bool:
    """ "aoife - she's a GP", "tunde, he does tiling": a dash or a comma, then "he" or "she"
    saying what the word at i is or does."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text in ("-", "–", "—", ",")
        and doc[i + 2].lower_ in _HE_SHE
    )


# Verbs that take the person, then the thing: "sent kofi the invoice", "gave X a lift".
_GIVING = frozenset(
    "gave give gives giving sent send sends sending handed hand hands showed show shows lent "
    "lend passed owe owed bought promised offered".split()
)
_THING_LEADS = frozenset("the a an some our my his her their this that those these".split())


def _given_something(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "sent kofi the invoice", "gave máire ní bhriain a lift": the words between a verb
    of giving and the thing given ("the", "a") name who was given it, when they are a first
    name (or no word of the language) and then name words."""
    found = []
    for verb in doc[:-2]:
        if verb.lower_ not in _GIVING:
            continue
        start = verb.i + 1
        end = start
        while end < len(doc) and end - start < 4 and doc[end].lower_ not in _THING_LEADS:
            end += 1
        if end == start or end - start > 3 or end >= len(doc):
            continue
        first = doc[start]
        if not (first.is_lower or first.is_title) or first.ent_type_ in ("ORG", "GPE"):
            continue
        if first.lower_ in STOP or first.lower_ in RELATIVES or first.lower_ in _TITLES:
            continue
        if not (_a_first_name(first.lower_) or _unknown(first, english)):
            continue
        rest = doc[start + 1 : end]
        if all(t.lower_ in _NAME_PARTICLES or _name_word(t, english, surname=True) for t in rest):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


_FILLERS = FILLERS | frozenset("ok okay yeah yep nah ja eish".split())
_YER = frozenset("wan man one".split())
# Said of someone, never their name: "his young lad plays hurling".
_NOBODY_NAMED = frozenset("young lad lads lass fella yer wan".split())


def _after_yer(doc: Doc, i: int) -> bool:
    """ "yer" itself, or the "wan"/"man" right after it."""
    return doc[i].lower_ == "yer" or (i > 0 and doc[i - 1].lower_ == "yer")


# Nouns for people: "a guy called tomasz" names a person, "a company called greenline" not.
_PERSON_NOUNS = frozenset(
    "guy man woman lady girl boy friend someone somebody person dude gal fella kid".split()
)


def _named_thing(doc: Doc, called: int) -> bool:
    """ "called" names something here: a noun that is no person comes right before it."""
    if called == 0:
        return False
    before = doc[called - 1]
    return before.tag_.startswith("NN") and before.lower_ not in _PERSON_NOUNS


# Who is said to be called a name: "a bloke called ciaran o'reilly", "a lady named wanjiru".
_SAID_CALLED = _PERSON_NOUNS | frozenset("bloke chap lad lass gent gentleman fellow".split())


def _called_by_name(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "met a bloke called ciaran o'reilly he's a valuer": the words after a person said to
    be called or named something are their name, though the model read them as a firm."""
    found = []
    for called in doc[1:-1]:
        if called.lower_ not in ("called", "named") or doc[called.i - 1].lower_ not in _SAID_CALLED:
            continue
        start = end = called.i + 1
        first = doc[start]
        if not (first.is_lower or first.is_title) or first.ent_type_ in ("PERSON", "GPE"):
            continue
        if not (_a_first_name(first.lower_) or _unknown(first, english)):
            continue
        end += 1
        while end < len(doc) and end - start < 3 and _surname_word(doc[end], english):
            end += 1
        found.append(Span(doc, start, end, label="PERSON"))
    return found


def _surname_word(tok: Token, english: frozenset[str]) -> bool:
    """A word of a surname: "o'reilly" and "d'souza" too."""
    if re.fullmatch(r"[^\W\d_]{1,2}['’][^\W\d_]{2,}", tok.text):
        return True
    return _name_word(tok, english, surname=True)


def _children_listed(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "Two boys, Fionn and Oisin", "twin girls: Zofia & Maja": the names listed after how
    many children, each a name though the model read one as a place."""
    found = []
    for kids in doc[1:-2]:
        if kids.lower_ not in _CHILDREN or doc[kids.i - 1].lower_ not in _CHILD_COUNTS:
            continue
        if doc[kids.i + 1].text not in (",", ":", "-", "–"):
            continue
        for tok in doc[kids.i + 2 : kids.i + 9]:
            if tok.lower_ in (",", "and", "&", "n"):
                continue
            if not (tok.is_title and (_a_first_name(tok.lower_) or _unknown(tok, english))):
                break
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return found


def _he_or_she(span: Span) -> bool:
    return any(t.lower_ in ("he", "she", "him", "her") for t in span)


def _in_longer_entity(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"


def _lowercase_full_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "party for walt nowicki": a first name, then a word no dictionary knows, both in
    lowercase dictation, is a full name the model left unlabelled."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    firsts = first_names()
    found = []
    for tok in doc[:-1]:
        last = doc[tok.i + 1]
        if tok.i in taken or last.i in taken or not (tok.is_lower and last.is_lower):
            continue
        # "grace liu", not "mark andre" (two first names may be two people)
        if tok.lower_ not in firsts or last.lower_ in firsts or len(last) < 3:
            continue
        if tok.lower_ in _CHAT | _FILLERS or last.lower_ in _CHAT | _FILLERS:
            continue  # "ok lowkey the best mixer": texting words, not a name
        a_word = not _unknown(last, english) or last.lower_ in _SAID_VERBS
        if a_word and not _surname_by_a_role(doc, last.i):
            continue  # "priya texted me": what she did, not her surname
        end = tok.i + 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            end += 2  # "rosalind baptiste-greene"
        found.append(Span(doc, tok.i, end, label="PERSON"))
    return found


_BULLETS = frozenset("- – — * •".split())


def _bullet_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "- kamal rai - builder, oadby": a line's bullet, one or two words no dictionary
    knows (or a given name and a surname), then a dash and what they do: a person."""
    found = []
    for tok in doc[1:]:
        i = tok.i
        if doc[i - 1].text not in _BULLETS or not (i == 1 or "\n" in doc[i - 2].text):
            continue
        end = i
        while end < min(len(doc), i + 2) and doc[end].is_alpha and doc[end].is_lower:
            end += 1
        if end == i or end >= len(doc) or doc[end].text not in _DASHES:
            continue
        words = [t.lower_ for t in doc[i:end]]
        if all(_a_name_word(w, english) for w in words) and not any(
            doc[k].ent_type_ for k in range(i, end)
        ):
            found.append(Span(doc, i, end, label="PERSON"))
    return found


def _a_name_word(word: str, english: frozenset[str]) -> bool:
    """No job and no small word; a word of the dictionary only if names hold it ("rai")."""
    if word in JOB_WORDS or word in STOP:
        return False
    return word not in english or word in first_names() or word in last_names()


# Who someone is in a club or a committee: "martin wood the secretary".
_OFFICERS = frozenset(
    "captain skipper secretary treasurer chair chairman chairwoman president coach".split()
)


def _surname_by_a_role(doc: Doc, i: int) -> bool:
    """ "gareth jones the captain", "- dennis price - plumber": a census surname that is a
    word too ("jones", "price", "wood"), after a given name and before "the" and a role, or
    between dashes opening a line, is a surname."""
    if doc[i].lower_ not in last_names() or i + 2 >= len(doc):
        return False
    nxt, role = doc[i + 1], doc[i + 2]
    if nxt.lower_ == "the" and (role.ent_type_ == "ROLE" or role.lower_ in JOB_WORDS | _OFFICERS):
        return True
    opens = i < 2 or doc[i - 2].text in _DASHES or "\n" in doc[i - 2].text
    return opens and nxt.text in _DASHES


# ("legit knows everyone at coinbase": an adverb of slang, not a Legit)
_CHAT = CHAT_WORDS | frozenset("legit lowkey highkey bruh".split())


# People said by who they are to someone: "my buddy hector", "this irish dude fergal".
# Before a word for someone unnamed: "the groom's uncle", "a client's wife".
_WHOSE_LEADS = frozenset("the a an my our his her their this that".split())
_ACQUAINTANCES = frozenset(
    "buddy friend pal neighbor neighbour colleague coworker boss mentor roommate dude guy "
    "gal fella".split()
)


def _named_relatives(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "his brother in law faisal", "her son tobi", "my buddy hector": a name right after a
    relative word or a friend's, that the model left unlabelled in lowercase dictation."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    firsts = first_names()
    found = []
    for tok in doc[1:]:
        at = tok.i - 1
        if doc[at].text == "," and tok.i >= 2 and _set_off(doc, tok.i):
            at = tok.i - 2  # "ana's cousin, sefo, after a new car"
        bracketed = _bracketed_after_kin(doc, tok.i)
        if bracketed:
            at = tok.i - 2  # "sunita's nan (nani)": what her nan is called
        before = doc[at].lower_
        friend = before in _ACQUAINTANCES
        kin = _relative_at(doc, at) is not None
        if not kin and not friend and not (before == "law" and tok.i >= 3):
            continue
        if before == "law" and doc[tok.i - 2].lower_ not in ("in", "-"):
            continue
        # ("dtr Kiri at Otago": a capitalised name the model left unlabelled too)
        if tok.i in taken or not (tok.is_lower or tok.is_title) or tok.lower_ in RELATIVES:
            continue
        if tok.lower_ in _CHAT or tok.lower_ in _FILLERS:
            continue
        if tok.lower_ in _TITLES or tok.lower_.rstrip(".") in _TITLES:
            continue  # "her brother in law dr ramon villanueva": the name comes after
        # ("my buddy hector", "his wife felicity": a first name that is a word too, said as
        # a noun after someone's relative)
        # ("fraser's dad, angus, is retired": set off by commas too)
        owned = at >= 1 and doc[at - 1].lower_ in ("his", "her", "their", "my", "'s", "’s")
        named_word = (friend or owned) and tok.lower_ in firsts and tok.pos_ in ("NOUN", "PROPN")
        if (
            not (_unknown(tok, english) or (tok.lower_ in firsts and tok.lower_ not in english))
            and not named_word
            and not (bracketed and tok.is_alpha and tok.lower_ not in STOP)
        ):
            continue
        end = tok.i + 1
        if (
            end < len(doc)
            and end not in taken
            and doc[end].is_lower
            and _unknown(doc[end], english)
        ):
            end += 1  # "her husband emeka okafor"
        found.append(Span(doc, tok.i, end, label="PERSON"))
    return found


def _bracketed_after_kin(doc: Doc, i: int) -> bool:
    """ "harjit's mum (biji)", "joe's dad (pops)": one word in brackets right after someone's
    relative is what that relative is called (however much a word it is)."""
    return (
        i >= 3
        and i + 1 < len(doc)
        and doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and doc[i - 2].lower_ in RELATIVES
        and doc[i - 3].lower_ in ("'s", "’s", "his", "her", "their", "my", "our")
    )


def _set_off(doc: Doc, i: int) -> bool:
    """The one word at i stands between commas (or a comma and the end)."""
    return i + 1 >= len(doc) or doc[i + 1].text in (",", ".", ";") or "\n" in doc[i + 1].text


def _unknown(tok: Token, english: frozenset[str]) -> bool:
    lower = tok.lower_
    return (
        tok.is_alpha
        and len(lower) >= 2
        and lower not in english
        and tok.lemma_.lower() not in english
        and lower not in STOP
        and lower not in WEEKDAYS
        and lower not in MONTHS
    )


def find_people(
    doc: Doc,
    known: KnownNames | None,
    english: frozenset[str] = frozenset(),
    traits: KnownTraits | None = None,
) -> list[Person]:
    """Everyone the note names, in order of first mention. `english`: the words of the
    language, so a word after "met" that is none of them reads as a name."""
    people: list[Person] = []
    by_span: list[tuple[Span, Person]] = []
    spans = _mentions(doc, known, english, traits)
    if english:
        taken = {i for span, _ in spans for i in range(span.start, span.end)}
        for span in (
            met_names(doc, english)
            + _subject_names(doc, english)
            + _lowercase_full_names(doc, english)
            + _named_relatives(doc, english)
            + _given_something(doc, english)
            + _called_by_name(doc, english)
            + _children_listed(doc, english)
            + _bullet_names(doc, english)
        ):
            if not taken & set(range(span.start, span.end)):
                spans.append((span, None))
                taken.update(range(span.start, span.end))
        spans.sort(key=lambda m: m[0].start)
    spans = [
        (s, k)
        for s, k in _run_together(doc, spans)
        if not (
            _a_street(s)
            or _abbreviation(s)
            or firm_end(doc, s.start, s.end)
            or _a_town_beside_a_town(s)
            or (k is None and _a_named_place(s))
        )
    ]
    spans = _uncorrected(doc, world_trimmed(doc, spans))
    # Full names first, so a bare "Sarah" joins the "Sarah Chen" named later in the note.
    order = sorted(range(len(spans)), key=lambda k: (-len(spans[k][0]), spans[k][0].start))
    for k in order:
        span, known_name = spans[k]
        person = _same_person(people, span, known_name)
        if person is None:
            person = Person(known_name or _display(span), known=known_name is not None)
            people.append(person)
        person.mentions.append(span)
        by_span.append((span, person))
    for person in people:
        person.mentions.sort(key=lambda s: s.start)
    people.sort(key=lambda p: p.first)
    for person in people:  # what the user told us of them before: "he", a child
        pronoun, family = (
            (traits or {}).get(person.name, (None, False)) if person.known else (None, False)
        )
        person.gender = PRONOUN_GENDERS.get(pronoun or "", "")
        person.family = family
    _quoted_nicknames(doc, people, english)
    _quoted_after_full_name(doc, people)
    _bracketed_names(doc, people, english)
    _real_names(doc, people)
    _names_said_in_brackets(doc, people, english)
    _bracketed_pet_names(doc, people)
    _couples(doc, people, english)
    _named_before_callers(doc, people, english)
    _nicknames(doc, people)
    _short_forms(doc, people, english)
    _relatives(doc, people)
    _my_staff(doc, people)
    _genders(doc, people)
    _families(doc, people)
    _married(doc, people)
    _parents_called_by_a_child(doc, people)  # last: "Mama Kemi" names no Kemi of hers
    _called_with_ah(doc, people)
    firsts = first_names()
    for person in people:
        words = person.name.split()
        person.unsure = (
            not person.known
            and len(words) == 1
            and person.relation is None
            and words[0].lower() not in firsts
            and all(m[0].pos_ in ("NOUN", "VERB", "ADJ") and m[0].is_lower for m in person.mentions)
            and not any(_titled(doc, m.start) for m in person.mentions)
        )
    return people


# What a dictating voice says between a wrong name and the right one: "shauna no siobhan".
_CORRECTING = frozenset(
    [("no",), ("no", "wait"), ("wait", "no"), ("sorry",), ("i", "mean"), ("no", "no")]
)


def _uncorrected(doc: Doc, spans: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """ "named shauna no siobhan keane": a name the speaker took back at once is nobody;
    so is the wrong name after "not" in "his wife is Giulia not Gianna"."""
    kept = []
    named = {i for span, _ in spans for i in range(span.start, span.end)}
    for k, (span, known_name) in enumerate(spans):
        if known_name is None and _taken_back(doc, span.start, named):
            continue
        if k + 1 < len(spans):
            after = spans[k + 1][0]
            between = [t.lower_ for t in doc[span.end : after.start]]
            while between and between[-1] in {t.lower_ for t in after}:
                between.pop()  # "no siobhan siobhan keane", "no ramos joaquín ramos"
            if tuple(w for w in between if w not in (",", "-", "...")) in _CORRECTING:
                continue
        kept.append((span, known_name))
    return kept


def _taken_back(doc: Doc, start: int, named: set[int]) -> bool:
    """ "Rui, not Rafael", "Raj Malhotra, not Mehra": a name said after "not" right after
    another name is the one the writer had wrong."""
    if start < 2 or doc[start - 1].lower_ != "not":
        return False
    before = start - 2
    if doc[before].text == "," and before > 0:
        before -= 1
    word = doc[before]
    return word.is_alpha and (word.is_title or word.i in named)


def _run_together(doc: Doc, spans: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """ "Met Ahmed Karimi… I'll send Ahmed Dana Whitfield's number": the first name of
    someone named before, run into another full name, is two people. Not "Maria Elena
    Garcia" after "Maria Garcia": that name shares its surname."""
    out: list[tuple[Span, str | None]] = []
    for span, known_name in spans:
        earlier = [
            s
            for s, _ in out
            if len(s) >= 2 and s.start < span.start and s[0].lower_ == span[0].lower_
        ]
        rest = {t.lower_ for t in span[1:]}
        if (
            known_name is None
            and len(span) >= 3
            and earlier
            and all(not rest & {t.lower_ for t in s[1:]} for s in earlier)
        ):
            out.append((Span(doc, span.start, span.start + 1, label="PERSON"), None))
            out.append((Span(doc, span.start + 1, span.end, label="PERSON"), None))
            continue
        out.append((span, known_name))
    return out


def _same_person(people: list[Person], span: Span, known_name: str | None) -> Person | None:
    words = [w.lower() for w in _display(span).split()]
    for person in people:
        if known_name is not None and person.name == known_name:
            return person
        theirs = [w.lower() for w in person.name.split()]
        if words == theirs:
            return person
        if len(words) == 1 and len(theirs) > 1 and words[0] in (theirs[0], theirs[-1]):
            return person
        # (a known contact keeps the name the user gave them)
        fresh = known_name is None and not person.known
        if fresh and _same_surname_short_given(words, theirs, span, person):
            return person
    nickname = _nickname_lead(span.doc, span.start) or _nickname_tail(span.doc, span)
    if known_name is None and len(words) == 1 and not nickname:
        # "Alexander Petrov … Alex runs a roofing outfit": the short form of a first name
        shorter = [p for p in people if _short_for(words[0], p.name.split()[0].lower())]
        if len(shorter) == 1 and len(shorter[0].name.split()) > 1:
            return shorter[0]
    return None


def _same_surname_short_given(
    words: list[str], theirs: list[str], span: Span, person: Person
) -> bool:
    """ "Jas Bains" and "Jaswinder Bains", "Thembi Dlamini" and "Thembeka Dlamini": one
    given name the short form of the other, with one surname, are one person (kept by the
    longer name, the shorter an aka)."""
    if len(words) != 2 or len(theirs) != 2 or words[1] != theirs[1]:
        return False
    short, full = sorted((words[0], theirs[0]), key=len)
    if not (_short_for(short, full) or (len(short) >= 4 and _short_for(short[:-1], full))):
        return False
    if len(words[0]) > len(theirs[0]):  # the full name said after the short one
        person.aka.append(person.name.split()[0])
        person.name = _display(span)
    else:
        person.aka.append(_display(span).split()[0])
    return True


def _short_for(word: str, first: str) -> bool:
    """ "des" of "desmond", "alex" of "alexander": a name's first letters, said alone."""
    return len(word) >= 3 and len(first) > len(word) + 1 and first.startswith(word)


_QUOTES = frozenset("\" “ ” ' ‘ ’".split())


def _quoted_nicknames(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """'Oluwaseun "Seun" Adebayo', 'bjorn "bear" halvorsen': one person, the quoted word
    what they go by. The model may read the three words as three people, or as none."""
    for i in range(1, len(doc) - 3):
        if not (doc[i].text in _QUOTES and doc[i + 2].text in _QUOTES):
            continue
        first, nick, last = doc[i - 1], doc[i + 1], doc[i + 3]
        if not (first.is_alpha and nick.is_alpha and last.is_alpha):
            continue
        start = hyphen_start(doc, i - 1)  # 'ji-hoon "jay" kim': the given name whole
        end = i + 4
        while (
            end + 1 < len(doc)
            and doc[end].text in ("-", "‐")
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2  # "Fernández-Ruiz", not "Adebayo - data"
        given = _person_at(people, first.i) or _person_at(people, start)
        if given is None and not (first.is_title or (first.lower_ not in english)):
            continue
        surname = Span(doc, i + 3, end, label="PERSON")
        parts = [_person_at(people, k) for k in (*range(start, i), nick.i, last.i)]
        for part in {id(p): p for p in parts if p is not None and p is not given}.values():
            if any(p is part for p in people):
                people.remove(part)
        if given is None:
            given = Person(_display(Span(doc, start, i)))
            people.append(given)
        given.name = f"{_display(Span(doc, start, i))} {_display(surname)}"
        given.aka.append(_nickname_text(nick))
        given.mentions = sorted(
            [*given.mentions, Span(doc, start, i, label="PERSON"), surname],
            key=lambda m: m.start,
        )
        given.mentions = [m for k, m in enumerate(given.mentions) if m not in given.mentions[:k]]
    people.sort(key=lambda p: p.first)


def _quoted_after_full_name(doc: Doc, people: list[Person]) -> None:
    """'Courtney Edwards "Tiny"': a quoted word right after a full name is what they go by,
    no one new."""
    for i in range(2, len(doc) - 2):
        if not (doc[i].text in _QUOTES and doc[i + 2].text in _QUOTES and doc[i + 1].is_alpha):
            continue
        given = next(
            (p for p in people if any(m.end == i and len(m) > 1 for m in p.mentions)), None
        )
        nick = _nickname_text(doc[i + 1])
        if given is None or given.is_relative or nick in given.aka:
            continue
        inside = _person_at(people, i + 1)
        if inside is not None and inside is not given:
            people.remove(inside)
        given.aka.append(nick)
        _add_mention(given, Span(doc, i + 1, i + 2, label="PERSON"))


def hyphen_start(doc: Doc, i: int) -> int:
    """Where the name part ending at token `i` starts: "ji-hoon" is one given name."""
    start = i
    while (
        start >= 2
        and doc[start - 1].text in ("-", "‐")
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    return start


def _hyphen_end(doc: Doc, i: int) -> int:
    """The end of the name part starting at token `i`: "eze-adeyemi" is one surname."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].lower_ not in HONORIFIC_SUFFIXES
    ):
        end += 2
    return end


# Said after a name with a hyphen, never part of it: "Tanaka-san", "Kimura-sensei"
# (not "ji": "Min-ji" is a given name).
HONORIFIC_SUFFIXES = frozenset("san sama sensei kun chan senpai sempai ssi nim".split())


def _nickname_text(tok: Token) -> str:
    """A nickname as written to be shown: initials ("JW") in capitals, a word proper-cased."""
    if len(tok) <= 3 and (tok.text.isupper() or tok.is_upper):
        return tok.text.upper()
    return _display(Span(tok.doc, tok.i, tok.i + 1))


def _initials(name: str) -> str:
    return "".join(part[:1] for part in name.replace("‐", "-").replace("-", " ").split())


def _initials_of(tok: Token, name: str) -> bool:
    """ "JW" of Jae-Won Park, "HW" of Hyun-Woo: the first letters of the name's parts."""
    said, parts = tok.text.casefold(), _initials(name).casefold()
    return tok.is_alpha and 2 <= len(said) <= 3 and len(parts) >= 2 and parts.startswith(said)


def _name_word(tok: Token, english: frozenset[str], *, surname: bool = False) -> bool:
    """A word that can be part of a name: a known first name (or, for a `surname`, a known
    surname: "park", "young"), or no word of the language ("case study" is none)."""
    lower = tok.lower_
    return (
        tok.is_alpha
        and lower not in STOP
        and lower not in FIRM_WORDS
        and lower not in TITLE_WORDS
        and not (tok.is_upper and len(tok) > 1)  # "CPA", "LLC"
        and (
            lower in first_names()
            or (surname and lower in last_names())
            or (lower not in english and tok.lemma_.lower() not in english)
        )
    )


def _bracketed_names(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """ "bartek (bartłomiej) zieliński", "Bill (William) Okonjo": a first name, the formal
    name (or initials) in brackets and the surname are one person, who goes by the bracketed
    name too; the model may read the three words as three people, or the middle one as a
    firm. "jae-won (JW)": initials in brackets after a name are what they go by, no firm.
    "mrs okonjo (grace)": a given name in brackets after a title and surname completes it."""
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or _bracketed_after_kin(doc, i + 1):
            continue  # ("harjit's mum (biji)": his mother's name, none of his)
        # ("Woody (Hyun-woo Park):": up to four words and hyphens in the brackets, and the
        # tokenizer may keep a colon with the bracket)
        close = next(
            (k for k in range(i + 3, i + 7) if doc[k : k + 1].text in (")", "):", "),")), None
        )
        if close is not None:
            _bracketed_full_name(doc, people, i, close, english)
        club_end = club_in_brackets(doc, i)
        if club_end is not None:
            _surname_after_club(doc, people, i, club_end, english)
            continue
        if doc[i + 2].text != ")":
            continue
        inner = doc[i + 1]
        given = _person_at(people, i - 1) or _unread_short_name(doc, people, i, english)
        if given is None or given.is_relative or not inner.is_alpha:
            continue
        inside = _person_at(people, inner.i)
        if inside is not None and inside is not given and any(p is inside for p in people):
            people.remove(inside)
        titled = _titled_surname(doc, given, i)
        # "mrs shah (kokilaben)": a word no list nor dictionary holds is her given name too
        if titled is not None and (
            inside is not None or _given_name(inner) or _unlisted_given(inner, english)
        ):
            first = _display(Span(doc, inner.i, inner.i + 1))
            if len(given.name.split()) == 1:
                given.name = f"{first} {given.name}"
            elif given.name.split()[0].lower() != inner.lower_:
                # "Mrs Evans (Mary) and Mr Evans (John)": another of the family
                given.mentions.remove(titled)
                given = Person(f"{first} {_display(titled)}", mentions=[titled])
        else:
            initials = _initials_of(inner, given.name)
            # "Kat (Katarzyna) Wolska", but not "Paddy Doherty (Pádraig)": said in full first
            short_first = len(given.name.split()) == 1
            if _surname_after(doc, people, given, i + 3, english) and (
                initials or inside is not None or _name_word(inner, english)
            ):
                _join_surname(doc, people, given, i + 3)
            elif not (
                initials
                or _short_form(inner, given.name, english)
                or _formal_name(inner, given.name)
                or _pet_name(inner, given.name, _someone_called(people, inner, inside), english)
            ):
                if inside is not None and inside is not given:
                    people.append(inside)  # not theirs after all
                continue
            if short_first and not initials and _given_in_full(inner, given.name):
                _go_by_given_name(given, inner)
            else:
                given.aka.append(_nickname_text(inner))
        # the bracketed word is said of them: no firm, no job
        _add_mention(given, Span(doc, inner.i, inner.i + 1, label="PERSON"))
        if not any(p is given for p in people):
            people.append(given)  # the short name the model missed
    people.sort(key=lambda p: p.first)


def _unlisted_given(tok: Token, english: frozenset[str]) -> bool:
    """ "(kokilaben)", "(hansaben)", "(folake)": a name-like word no census lists, in brackets
    after a title and surname; a job or a word of the language ("(physio)", "(retired)") is
    no name."""
    return _name_word(tok, english) and tok.lower_ not in JOB_WORDS and len(tok) > 2


def _given_in_full(inner: Token, name: str) -> bool:
    """ "Kat (Katarzyna)", "Misha (Mikhail)", "Bill (William)": a longer first name in
    brackets after a short one is the name they were given ("Tomasz (Tom)" is not)."""
    first = name.split()[0].lower()
    return (
        inner.is_alpha
        and len(inner.text) > len(first)
        and (_given_name(inner) or inner.lower_[0] == first[0])
    )


def _go_by_given_name(person: Person, inner: Token) -> None:
    """The name as given is their name; the short one is what they go by."""
    words = person.name.split()
    person.aka.append(words[0])
    person.name = " ".join([_nickname_text(inner), *words[1:]])


# Parents called by their child's name: "mama tobi", "baba tunde", "iya kemi".
_PARENT_TITLES = frozenset("mama mummy mommy baba papa daddy iya".split())


def _parents_called_by_a_child(doc: Doc, people: list[Person]) -> None:
    """ "mama kemi (Mrs Titi Balogun)": a parent called by their child's name, with their own
    full name in brackets, is the bracketed person, who goes by "Mama Kemi"; the child's
    name there is no one of its own."""
    for i in range(2, len(doc) - 2):
        if doc[i].text != "(" or doc[i - 2].lower_ not in _PARENT_TITLES:
            continue
        if not (doc[i - 1].is_alpha and doc[i - 1].lower_ not in STOP):
            continue
        close = next((k for k in range(i + 2, min(i + 7, len(doc))) if doc[k].text == ")"), None)
        inside = close and next(
            (p for p in people if any(i < m.start and m.end <= close for m in p.mentions)), None
        )
        if not inside or len(inside.name.split()) < 2:
            continue
        child = _person_at(people, i - 1)
        if child is inside:
            continue
        if child is not None:
            child.mentions = [m for m in child.mentions if not m.start <= i - 1 < m.end]
            if not child.mentions:
                people.remove(child)
        inside.aka.append(_display(doc[i - 2 : i]))


def _surname_after_club(
    doc: Doc, people: list[Person], i: int, end: int, english: frozenset[str]
) -> None:
    """ "Kwame (Rugby) Mensah": the club in brackets between a first name and the surname."""
    given = _person_at(people, i - 1)
    if (
        given is not None
        and not given.is_relative
        and _surname_after(doc, people, given, end + 1, english)
        and doc[end + 1].text[0].isupper()
    ):
        _join_surname(doc, people, given, end + 1)


def _bracketed_full_name(
    doc: Doc, people: list[Person], i: int, close: int, english: frozenset[str]
) -> None:
    """ "Sully (Sean Sullivan)", "bubba (travis dean whitfield)", "Ah Fai (Fai Cheung)": a
    nickname with the full name in brackets is the person so named, who goes by the
    nickname."""
    nick = _person_at(people, i - 1)
    words = doc[i + 1 : close]
    first, surname = words[0], words[-1]
    if nick is None or nick.is_relative or len(nick.name.split()) != 1:
        return
    # "Hyun-woo Park": the words after a hyphen are their word's parts
    parts = [t for t in words if t.text not in ("-", "‐")]
    heads = [t for t in parts if t.i == first.i or doc[t.i - 1].text not in ("-", "‐")]
    if len(words) - len(parts) != len(parts) - len(heads) or len(heads) > 3:
        return  # only names and the hyphens joining them
    given = (
        _given_name(first)
        or first.lower_ == nick.name.lower()  # "Ah Fai (Fai Cheung)"
        or _read_as_a_name(people, first.i, close)  # "Katya (Ekaterina Belova)"
    )
    typed_low = doc[i - 1].is_lower and all(t.is_lower for t in parts)  # a lowercase note
    cased = typed_low or all(t.text[0].isupper() for t in heads)
    if not any(m.end == i for m in nick.mentions) or not (given and cased):
        return
    if not all(_name_word(t, english, surname=True) for t in heads[1:]):
        return
    for t in words:
        inside = _person_at(people, t.i)
        if inside is None or inside is nick:
            continue
        if any(not (i < m.start and m.end <= close) for m in inside.mentions):
            return  # someone named before, not the bracket's name
        people.remove(inside)
    nick.aka.append(nick.name)
    nick.name = _display(Span(doc, first.i, surname.i + 1))
    _add_mention(nick, Span(doc, first.i, surname.i + 1, label="PERSON"))


_REAL_NAME = ("real", "name")
_BETWEEN_NICK_AND_NAME = frozenset(", - – — ( : is".split())


def _real_names(doc: Doc, people: list[Person]) -> None:
    """ "Bubba, real name Walter Pettigrew", "Coach Dre - real name Andre Baptiste": the
    nickname said first is the person the full name names, who goes by the nickname."""
    for full in list(people):
        start = full.first
        k = start - 1
        while k >= 0 and (doc[k].lower_ in _BETWEEN_NICK_AND_NAME or doc[k].is_space):
            k -= 1  # "real name: …", "real name is …"
        if k < 1 or (doc[k - 1].lower_, doc[k].lower_) != _REAL_NAME or len(full.name.split()) < 2:
            continue
        j = k - 2
        while j >= 0 and (doc[j].text in _BETWEEN_NICK_AND_NAME or doc[j].text in _BULLETS):
            j -= 1
        nick = next((p for p in people if any(m.end == j + 1 for m in p.mentions)), None)
        if j < 0 or doc[j].is_space or "\n" in doc[j].text:
            nick = _named_on_the_line_before(doc, people, j)
        if nick is None or nick is full or nick.is_relative or len(nick.name.split()) != 1:
            continue
        full.aka.append(nick.name)
        for mention in nick.mentions:
            _add_mention(full, mention)
        people.remove(nick)


def _named_on_the_line_before(doc: Doc, people: list[Person], j: int) -> Person | None:
    """ "Coach Dre - 10U Hawks\n- real name Andre Baptiste": the one heading the line above."""
    line = j
    while line > 0 and "\n" not in doc[line - 1].text:
        line -= 1
    named = [p for p in people if any(line <= m.start < j for m in p.mentions)]
    return named[0] if len(named) == 1 else None


def _read_as_a_name(people: list[Person], start: int, end: int) -> bool:
    """The words from start to end are one person's name as the reader found it."""
    return any(m.start == start and m.end == end for p in people for m in p.mentions)


# The words that say a name inside brackets after a nickname: "(his name is luis)",
# "(real name Olumide)", "(her actual name's Maria)".
_NAME_SAYING = frozenset(
    "his her their real actual proper full legal given name name's is : -".split()
)


def _names_said_in_brackets(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """ "her husband papo (his name is luis)", "Bobo (real name Olumide)": the bracket
    names the person the nickname is of; they go by the nickname."""
    for nick in list(people):
        if nick not in people or len(nick.name.split()) != 1:
            continue
        opening = nick.mentions[0].end
        if opening >= len(doc) or doc[opening].text != "(":
            continue
        k = opening + 1
        while k < len(doc) and doc[k].lower_ in _NAME_SAYING:
            k += 1
        said = {t.lower_ for t in doc[opening + 1 : k]}
        close = k
        while close < len(doc) and close - k < 3 and _name_word(doc[close], english, surname=True):
            close += 1
        if "name" not in said and "name's" not in said:
            continue
        if close == k or close >= len(doc) or doc[close].text != ")":
            continue
        name = Span(doc, k, close, label="PERSON")
        called = _display(name).casefold()
        for other in list(people):
            if other is not nick and other.name.casefold() == called:
                for m in other.mentions:  # "… (real name Olumide). olumide is a chef"
                    _add_mention(nick, m)
                people.remove(other)
        nick.aka.append(nick.name)
        nick.name = _display(name)
        _add_mention(nick, name)


# "Mother of", "father of": a parent called by their child's name ("Umm Yusra", "Abu Bakr").
_KUNYA = frozenset("umm um abu abou".split()) | _PARENT_TITLES


def _someone_called(people: list[Person], tok: Token, inside: Person | None) -> bool:
    """The model read the bracketed word as someone, there or later ("Beto wants a loan")."""
    return inside is not None or any(p.name.casefold() == tok.lower_ for p in people)


def _pet_name(tok: Token, name: str, read_as_someone: bool, english: frozenset[str]) -> bool:
    """ "Felipe Araújo (Lipe)", "Andre Williams (Dre)", "Roberto Carvalho (Beto)": a word in
    brackets after a full name, part of one of its names or read as someone, and no word,
    first name or people of its own ("Ana Ruiz (Compass)", "Kwame Asante (Akan)"), is what
    they go by."""
    lower = tok.lower_
    parts = [p.casefold() for p in name.replace("-", " ").split()]
    if len(parts) < 2 or not tok.is_alpha or len(lower) < 2 or parts[0] in _KUNYA:
        return False  # "Umm Yusra (Halima)": her own name, not what she goes by
    if lower in english or lower in first_names() or lower in DEMONYMS or lower in FIRM_WORDS:
        return False
    return read_as_someone or (len(lower) >= 3 and any(lower in p for p in parts))


def _given_name(tok: Token) -> bool:
    lower = tok.lower_
    return tok.is_alpha and _a_first_name(lower) and lower not in AMBIGUOUS_FIRST


def _a_first_name(lower: str) -> bool:
    """ "nicolás", "andrés", "jesús": the census lists first names without their accents."""
    if lower in first_names():
        return True
    bare = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
    return bare != lower and bare in first_names()


# Titles said before a surname ("Mrs Okonjo"), unlike "coach" or "auntie" before a first name.
_SURNAME_TITLES = frozenset("mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof.".split())


def _formal_name(tok: Token, name: str) -> bool:
    """ "coach Dee (Deanna)", "Tomek (Tomasz)": another first name in brackets after a one-word
    name is the name they were given."""
    return len(name.split()) == 1 and _given_name(tok) and tok.lower_ != name.lower()


def _titled_surname(doc: Doc, person: Person, bracket: int) -> Span | None:
    """ "mrs okonjo (", "Dr Mehta (": their mention that is a title and their surname right
    before the bracket."""
    mention = next((m for m in person.mentions if m.end == bracket), None)
    if mention is None or len(mention) != 1 or mention.start == 0:
        return None
    word = mention[0].lower_
    k = mention.start - 1
    if k > 0 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1  # "mrs. adeyemi": the tokenizer keeps a lowercase title's dot apart
    if doc[k].lower_ not in _SURNAME_TITLES and f"{doc[k].lower_}." not in _SURNAME_TITLES:
        return None
    if word in first_names() and word not in last_names():
        return None  # "Dr Sarah (Sally)": a first name after the title
    return mention if person.name.split()[-1].lower() == word else None


def _unread_short_name(
    doc: Doc, people: list[Person], bracket: int, english: frozenset[str]
) -> Person | None:
    """ "Mags (Margaret) Thornton", "coach gaz (gary)": the model read the formal name in
    brackets (or nothing) but not the short name before it. A name-like word, with a first
    name in the brackets and a title before it or a surname after, is the person."""
    word, inner = doc[bracket - 1], doc[bracket + 1]
    inside = _person_at(people, inner.i)
    formal = (inside is not None and len(inside.name.split()) == 1) or _given_name(inner)
    if not formal or not word.is_alpha or _in_entity(doc, word.i):
        return None
    lower = word.lower_
    if lower in STOP or lower in NOT_NAME or lower in _TITLES or lower in FIRM_WORDS:
        return None
    if not (word.is_title or _name_word(word, english)):
        return None
    after = bracket + 3
    surname = after < len(doc) and (
        _person_at(people, after) is not None
        or (doc[after].is_title and _name_word(doc[after], english, surname=True))
    )
    if not (surname or _titled(doc, word.i)):
        return None
    person = Person(_display(Span(doc, word.i, word.i + 1)))
    person.mentions.append(Span(doc, word.i, word.i + 1, label="PERSON"))
    people.append(person)
    return person


def _called_with_ah(doc: Doc, people: list[Person]) -> None:
    """ "her sister Ah Ling": Ling, whom they call Ah Ling (so an aka of "Ling" alone, read
    from a bracket after "Ah Chun (Edmund Chan)", is "Ah Chun")."""
    for person in people:
        for m in person.mentions:
            if len(m) != 1 or m.start < 1 or doc[m.start - 1].lower_ != "ah":
                continue
            called = f"Ah {_display(m)}"
            person.aka = [a for a in person.aka if a != _display(m) and a != called] + [called]


def _bracketed_pet_names(doc: Doc, people: list[Person]) -> None:
    """ "Wing Chan (Ah-Wing)", "Li Na (Xiao-Na)": a hyphenated name in brackets with a word of
    the person's own name is what they go by, not their firm."""
    for i in range(1, len(doc) - 4):
        if doc[i].text != "(" or doc[i + 2].text not in ("-", "‐") or doc[i + 4].text != ")":
            continue
        given = _person_at(people, i - 1)
        if given is None or given.is_relative:
            continue
        parts = {doc[i + 1].lower_, doc[i + 3].lower_}
        if not parts & {w.lower() for w in given.name.split()}:
            continue
        inside = _person_at(people, i + 1)
        if inside is not None and inside is not given:
            people.remove(inside)
        given.aka.append(doc[i + 1 : i + 4].text)
        _add_mention(given, Span(doc, i + 1, i + 4, label="PERSON"))


def _short_form(tok: Token, name: str, english: frozenset[str]) -> bool:
    """ "Krzysztof Nowak (kris)", "Aleksandra Wisniewska (ola)": a first name in brackets
    after a full name is what they go by, not their firm ("Ana Ruiz (Compass)"); a first
    name that is a word or a firm too ("(Chase)") stays unread."""
    lower = tok.lower_
    return (
        tok.is_alpha
        and len(name.split()) > 1
        and lower in first_names()
        and lower not in AMBIGUOUS_FIRST
        and (lower not in english or not tok.is_title)  # "(kris)", but not "(Target)"
        and lower != name.split()[0].lower()
    )


def _surname_after(
    doc: Doc, people: list[Person], given: Person, at: int, english: frozenset[str]
) -> bool:
    """A one-word name then, at `at`, a word that is its surname: a one-word person of its
    own, or a name word the model left out (not part of a firm or place it read)."""
    if len(given.name.split()) != 1 or at >= len(doc):
        return False
    surname = _person_at(people, at)
    if surname is not None:
        return surname is not given and not surname.is_relative and len(surname.name.split()) == 1
    return _name_word(doc[at], english, surname=True) and not _in_entity(doc, at)


def _join_surname(doc: Doc, people: list[Person], given: Person, at: int) -> None:
    span = Span(doc, at, _hyphen_end(doc, at), label="PERSON")
    given.name = f"{given.name} {_display(span)}"
    surname = _person_at(people, at)
    if surname is not None and surname is not given:
        people.remove(surname)
        for mention in surname.mentions:
            _add_mention(given, mention)
    _add_mention(given, span)


def _add_mention(person: Person, span: Span) -> None:
    person.mentions = sorted(
        {(m.start, m.end): m for m in [*person.mentions, span]}.values(), key=lambda m: m.start
    )


def _in_entity(doc: Doc, i: int) -> bool:
    """Token `i` is part of an entity the model read as something other than a person."""
    return any(e.start <= i < e.end and e.label_ != "PERSON" for e in doc.ents)


_COUPLED = frozenset("& and +".split())
_FIRM_LEADS = frozenset("from at @ of".split())
_INTRO_WORDS = frozenset("intro introduce introduced introducing connect connected between".split())


def _couples(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """ "sanjay & meera iyer", "Chidi and Ngozi Okeke": two first names and one surname are
    two people sharing it (not "Sanjay" and "Meera Iyer", nor a firm "Sanjay & Meera Iyer").
    Not after an intro: "introduce chidi and ngozi okeke" may be two families."""
    for j in range(1, len(doc) - 2):
        if doc[j].lower_ not in _COUPLED:
            continue
        left, right = doc[j - 1], doc[j + 1]
        if right.lower_ in _TITLES:
            continue  # "mas agus and mbak dewi": a title, then her own name, no surname
        end = _hyphen_end(doc, j + 2)
        if not (_name_word(left, english) and _name_word(doc[j + 2], english, surname=True)):
            continue
        if not _name_word(right, english) and not (
            # "femi & bola adeyemi" read whole as one firm: "bola" is a word, here a name
            _one_entity(doc, left.i, end) and _name_word(right, frozenset())
        ):
            continue
        if any(t.lower_ in _INTRO_WORDS for t in doc[max(0, j - 4) : j - 1]):
            continue
        if (
            end < len(doc)
            and doc[end].is_alpha
            and doc[end].lower_ not in STOP
            and (doc[end].is_title or doc[end].lower_ not in english)
        ):
            continue  # "tom and mary ann smith": not a plain first name and surname
        first, second = _person_at(people, left.i), _person_at(people, right.i)
        whole = _one_entity(doc, left.i, end)
        if first is None and not whole and not _couple_read_as_one(doc, left.i, j):
            continue  # "Mike from Northwind and Sarah Chen": no first name before "and"
        if left.i > 0 and doc[left.i - 1].lower_ in _FIRM_LEADS:
            continue
        if first is not None and (
            first.is_relative or first.mentions[0].start != left.i or len(first.name.split()) != 1
        ):
            continue
        if second is not None and (second.is_relative or second.mentions[0].start != right.i):
            continue
        if second is not None and len(second.name.split()) > 2:
            continue
        if left.i > 0 and _person_at(people, left.i - 1) is not None:
            continue
        surname = _display(Span(doc, j + 2, end))
        # "Paul + Renee Schmidt … Paul: coaches U10": the Paul named later is this one
        if first is None and (first := _called(people, left.lower_)) is not None:
            _add_mention(first, Span(doc, left.i, left.i + 1, label="PERSON"))
        if second is None and (second := _called(people, right.lower_)) is not None:
            _add_mention(second, Span(doc, right.i, right.i + 1, label="PERSON"))
        if first is None:
            first = Person(_display(Span(doc, left.i, left.i + 1)))
            first.mentions.append(Span(doc, left.i, left.i + 1, label="PERSON"))
            people.append(first)
        if second is None:
            second = Person(_display(Span(doc, right.i, right.i + 1)))
            people.append(second)
        third = _person_at(people, j + 2)
        if third is not None and third is not second and third is not first:
            people.remove(third)
        first.name = f"{first.name} {surname}"
        second.name = f"{_display(Span(doc, right.i, right.i + 1))} {surname}"
        second.mentions = sorted(
            {
                (m.start, m.end): m
                for m in [*second.mentions, Span(doc, right.i, end, label="PERSON")]
            }.values(),
            key=lambda m: m.start,
        )
    people.sort(key=lambda p: p.first)


def _families(doc: Doc, people: list[Person]) -> None:
    """ "met the parks, james and grace", "the abdullahs at the soccer tournament, yusuf and
    mariam": a family named by its surname, then the couple by first names, share it (and
    are married: see _married)."""
    for tok in doc[1:]:
        word = tok.lower_
        if doc[tok.i - 1].lower_ != "the" or len(word) < 4 or not word.endswith("s"):
            continue
        if not tok.is_alpha or tok.i + 1 >= len(doc):
            continue
        firsts = [p for p in people if tok.i < p.first <= tok.i + 8 and not p.is_relative]
        firsts.sort(key=lambda p: p.first)
        if len(firsts) < 2 or any(len(p.name.split()) != 1 for p in firsts[:2]):
            continue
        one, two = firsts[:2]
        if one.mentions[0].end + 1 != two.first or doc[one.mentions[0].end].lower_ not in _COUPLED:
            continue
        if doc[one.first - 1].text != ",":
            continue
        surname = proper_case(word[:-2] if word.endswith("ses") else word[:-1])
        one.name, two.name = f"{one.name} {surname}", f"{two.name} {surname}"
        gender = name_genders().get(two.name.split()[0].casefold(), "")
        two.relation = {"f": "wife", "m": "husband"}.get(gender, "spouse")
        two.of = one


_MARRIED = frozenset("married couple spouses newlyweds".split())


def _married(doc: Doc, people: list[Person]) -> None:
    """ "met a couple, sanjay and meena shah", "vikram & anjali rao (married)": two people
    sharing a surname, said to be married, are each other's family."""
    for first, second in itertools.pairwise(sorted(people, key=lambda p: p.first)):
        start, joined = first.mentions[0].start, second.mentions[0].start
        if joined != start + 2 or doc[start + 1].lower_ not in _COUPLED:
            continue
        if first.is_relative or second.is_relative or len(second.name.split()) < 2:
            continue
        if first.name.split()[-1] != second.name.split()[-1]:
            continue
        end = second.mentions[0].end
        near = doc[max(0, start - 5) : min(len(doc), end + 4)]
        if not any(t.lower_ in _MARRIED for t in near):
            continue
        # (by the name only: "he: cardiologist. she: runs a studio" would mislead)
        gender = name_genders().get(second.name.split()[0].casefold(), "")
        second.relation = {"f": "wife", "m": "husband"}.get(gender, "spouse")
        second.of = first


def _called(people: list[Person], word: str) -> Person | None:
    """The one person the note calls by this first name alone."""
    found = [p for p in people if p.name.casefold() == word and not p.is_relative]
    return found[0] if len(found) == 1 else None


def _couple_read_as_one(doc: Doc, left: int, conjunction: int) -> bool:
    """The word before "&" is a known first name, or in no entity of its own: "tomasz &"
    read as a firm with its "&" is a name cut short; "Northwind" alone is a firm."""
    if doc[left].lower_ in first_names():
        return True
    around = [e for e in doc.ents if e.start <= left < e.end]
    return all(e.start <= conjunction < e.end for e in around)


def _one_entity(doc: Doc, start: int, end: int) -> bool:
    """The model read these words as one entity: "sanjay & meera iyer" as a firm."""
    return any(e.start == start and e.end == end for e in doc.ents)


def _titled(doc: Doc, start: int) -> bool:
    """ "fr. tomasz", "sr lucia", "dr. ifeoma": a title before a name says it is a person."""
    k = start - 1
    if k >= 0 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1
        return k >= 0 and f"{doc[k].lower_}." in _TITLES
    return k >= 0 and doc[k].lower_ in _TITLES and doc[k].lower_ not in RELATIVES


def _person_at(people: list[Person], i: int) -> Person | None:
    for person in people:
        if any(m.start <= i < m.end for m in person.mentions):
            return person
    return None


def _short_forms(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """ "chatted with Desmond Campbell … Des runs an electrical outfit … call des": the
    first letters of a first name named earlier, said alone, are that person."""
    said: dict[str, Person] = {}
    for tok in doc:
        lower = tok.lower_
        if not tok.is_alpha or len(lower) < 3 or _person_at(people, tok.i) is not None:
            continue
        if lower in STOP or lower in NOT_NAME or lower in RELATIVES or lower in _TITLES:
            continue
        if lower in said:  # "Des runs … call des": once capitalised, a name lowercase too
            said[lower].mentions.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            said[lower].mentions.sort(key=lambda s: s.start)
            continue
        if english and lower in english and not tok.is_title:
            continue
        longer = [
            p
            for p in people
            if not p.is_relative
            and p.first < tok.i
            and _short_for(lower, p.name.split()[0].lower())
        ]
        if len(longer) == 1:
            said[lower] = longer[0]
            longer[0].mentions.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            longer[0].mentions.sort(key=lambda s: s.start)


def _named_before_callers(doc: Doc, people: list[Person], english: frozenset[str]) -> None:
    """ "I met this guy uh kuldeep singh sandhu everyone calls him kd": the words right before
    "everyone calls him" are the full name of the one called "kd", even ones the model read
    as a firm."""
    for person in people:
        span = person.mentions[0]
        if len(person.name.split()) > 1 or person.known or not _nickname_lead(doc, span.start):
            continue
        k = span.start - 1
        while k >= 0 and doc[k].lower_ not in _CALLERS:
            k -= 1
        if (
            k < 1
            or span.start - k > 4
            or any(p.first < span.start for p in people if p is not person)
        ):
            continue
        start = k
        while (
            start > 0
            and k - start < 4
            and doc[start - 1].is_alpha
            and doc[start - 1].lower_ not in STOP
            and doc[start - 1].lower_ not in _FILLERS
            and doc[start - 1].lower_ not in _PERSON_NOUNS
            and (_unknown(doc[start - 1], english) or doc[start - 1].lower_ in first_names())
        ):
            start -= 1
        if k - start < 2:
            continue
        full = Span(doc, start, k, label="PERSON")
        nick = person.name.upper() if len(person.name) == 2 else person.name
        person.name = _display(full)
        person.aka.append(nick)
        person.mentions = sorted([full, *person.mentions], key=lambda m: m.start)


def _nicknames(doc: Doc, people: list[Person]) -> None:
    """ "Chukwuemeka Obi (everyone calls him Emeka)": Emeka is Chukwuemeka, not someone new."""
    for person in list(people):
        span = person.mentions[0]
        lead = span.start
        if lead and doc[lead - 1].lower_ == doc[lead].lower_:
            lead -= 1  # "call him sasha sasha kovalenko": said twice
        if not (_nickname_lead(doc, lead) or _nickname_tail(doc, span)):
            continue
        if _bracketed_after_kin(doc, span.start):
            continue  # "sunita's nan (nani)": her nan's name, no nickname of Sunita's
        if len(person.name.split()) > 1 and doc[span.start - 1].text == "(":
            continue  # "Kuya Jerome (Jerome Santos)": the full name, not a nickname
        going = _going_by(doc, people, span.start)
        if going is None and _kin_going_by(doc, span.start) is not None:
            people.remove(person)  # a relative the note names not: the nickname is theirs
            continue
        before = [p for p in people if p is not person and p.first < span.start]
        if going is None and not before:
            continue
        owner = going if going is not None else max(before, key=lambda p: p.first)
        if owner is person:
            continue
        title = doc[span.start - 1 : span.start]
        # "calls her aunty yeye": how they are addressed, title and all
        addressed = span.start >= 1 and title[0].lower_ in _TITLES
        called = person.name.upper() if len(person.name) == 2 else person.name  # "JR"
        owner.aka.append(f"{_display(title)} {called}" if addressed else called)
        owner.mentions += person.mentions
        people.remove(person)
    # "Francisco Reyes (Paco to everyone)", "goes by mj", "aka bart": a nickname the model
    # read as a place, a firm or nothing is theirs too.
    for tok in doc[1:]:
        if not tok.is_alpha or _person_at(people, tok.i) is not None or tok.lower_ in STOP:
            continue
        if tok.lower_ in NOT_NAME or tok.lower_ in _WHEN_SHORT:
            continue  # "call him early next week", "call her wk of 14th": when, no name
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            tok.lower_ in _TITLES | _NICKNAME_ADJECTIVES
            and nxt is not None
            and nxt.is_alpha
            and nxt.lower_ not in STOP
        ):
            continue  # "calls her aunty yeye", "calls him big davie": the name is after
        said = Span(doc, tok.i, tok.i + 1)
        if _nickname_tail(doc, said):
            named = _person_at(people, tok.i - 2)
        elif doc[tok.i - 1].text not in _QUOTES | {"("} and _nickname_lead(doc, tok.i):
            # ("(Compass)" after a name is their firm: only a word that says so names one)
            named = _going_by(doc, people, tok.i)
            if named is None and _kin_going_by(doc, tok.i) is None:
                before = [p for p in people if p.first < tok.i and not p.is_relative]
                named = max(before, key=lambda p: p.first) if before else None
        else:
            continue
        nick = tok.text.upper() if len(tok) == 2 else _display(said)
        if doc[tok.i - 1].lower_ in _TITLES:  # "calls her aunty yeye": as she is addressed
            nick = f"{_display(doc[tok.i - 1 : tok.i])} {nick}"
        if named is not None and nick not in named.aka:
            named.aka.append(nick)
    # "everyone calls her aunty yeye … aunty yeye's grandson": later mentions of the
    # nickname are hers.
    for person in list(people):
        holder = next(
            (p for p in people if p is not person and person.name.casefold() in _akas(p)), None
        )
        if holder is not None and not person.known and not person.is_relative:
            holder.mentions = sorted(holder.mentions + person.mentions, key=lambda m: m.start)
            people.remove(person)


# A relative's detail that only says what they go by: "husband goes by mags not magnus".
_NICKNAME_ONLY = re.compile(
    r"^(?:[\w'’-]+\s+){1,3}(?:goes|go|went)\s+by\s+[\w'’-]+(?:\s+not\s+[\w'’-]+)?\s*$",
    re.IGNORECASE,
)


def only_a_nickname(text: str) -> bool:
    """The detail says only what someone goes by: their nickname, no news (trial 31)."""
    return _NICKNAME_ONLY.match(text) is not None


def _kin_going_by(doc: Doc, i: int) -> str | None:
    """ "kamila's partner goes by tomek": the relative word that goes by the nickname at i;
    None when no relative word is what goes by it."""
    at = i - 3  # <kin> goes by <nick>
    if at < 0 or doc[i - 1].lower_ != "by" or doc[i - 2].lower_ not in ("goes", "go", "went"):
        return None
    return doc[at].lower_ if doc[at].lower_ in RELATIVES else None


def _going_by(doc: Doc, people: list[Person], i: int) -> Person | None:
    """Whose is the nickname at i, when the note says who goes by it: the person named
    right before "goes by" ("her husband Don goes by Donny"); for a relative word, the
    relative ("kamila's partner goes by tomek not tomasz": Tomasz, or her partner named
    in the note), never the person whose relative it is (trial 31)."""
    if i < 3 or doc[i - 1].lower_ != "by" or doc[i - 2].lower_ not in ("goes", "go", "went"):
        return None
    subject = _person_at(people, i - 3)
    if subject is not None:
        return subject
    kin = _kin_going_by(doc, i)
    if kin is None:
        return None
    if i + 2 < len(doc) and doc[i + 1].lower_ == "not":
        corrected = _person_at(people, i + 2)  # "goes by tomek not tomasz"
        if corrected is not None:
            return corrected
    relation = RELATIVES[kin][0]
    return next((p for p in people if p.relation == relation), None)


def _akas(person: Person) -> set[str]:
    return {a.casefold() for a in person.aka} | {a.split()[-1].casefold() for a in person.aka}


_CALLERS = frozenset("everyone everybody people friends they we i most all".split())


def _nickname_lead(doc: Doc, start: int) -> bool:
    """ "goes by Andy", "aka Liz", "everyone calls him Emeka", "(called Bob by everyone)":
    a nickname said as one. Not "call with yusuf, shin splints" nor "the twins are called
    kuba and zosia" (their own names)."""
    k = start - 1
    if k >= 1 and doc[k].lower_ in _TITLES | _NICKNAME_ADJECTIVES:
        k -= 1  # "everyone calls her aunty yeye", "aka big eck"
    if k >= 0 and doc[k].lower_ in ("him", "her", "them"):
        k -= 1
        return k >= 0 and doc[k].lower_ in ("calls", "call", "called")
    if k < 0:
        return False
    word = doc[k].lower_
    if word in ("aka", "a.k.a.", "nickname", "nicknamed"):
        return True
    if word == "as" and k >= 1 and doc[k - 1].lower_ == "known":
        return True  # "Robert Laing, known as Rab"
    end = start + 1
    if word in _QUOTES and k >= 1 and end < len(doc) and doc[end].text in _QUOTES:
        k, end = k - 1, end + 1  # 'Duc Anh Tran ("Duke")': the quotes change nothing
        word = doc[k].lower_
    if word == "(" and end < len(doc) and doc[end].text == ")":
        return k >= 1 and doc[k - 1].ent_type_ == "PERSON"  # "Guadalupe Navarro (Lupe)"
    if word == "by" and k >= 1 and doc[k - 1].lower_ in ("goes", "go", "going", "went"):
        return True
    if word in ("calls", "call", "called", "says", "say") and k >= 1:
        return doc[k - 1].lower_ in _CALLERS or (doc[k - 1].text == "(" and word == "called")
    return False


def _nickname_tail(doc: Doc, span: Span) -> bool:
    """ "(Paco to everyone)", "(Jun to his friends)": a nickname, then who calls them so."""
    if span.start < 1 or doc[span.start - 1].text != "(" or span.end >= len(doc):
        return False
    after = doc[span.end : span.end + 3]
    return after[0].lower_ == "to" and any(t.lower_ in _CALLERS for t in after[1:])


_AT_WORK = frozenset("business managing senior junior founding law practice co".split())


def _kin_of_an_unnamed(doc: Doc, i: int, named: set[int]) -> bool:
    """ "the groom's uncle", "the bride's mother": the relative word at i is of someone
    the note names only by their part in the day, not of anyone named before."""
    return (
        i >= 2
        and doc[i - 1].lower_ in ("'s", "’s")
        and doc[i - 2].lower_ in CELEBRANTS
        and (i - 2) not in named
    )


def _title_bracket(doc: Doc, i: int) -> bool:
    """ "his wife pastor (mrs) Yewande": a bracket around a title is part of how she is
    addressed, between the relative word and her name."""
    if doc[i].text == "(":
        return i + 2 < len(doc) and doc[i + 1].lower_ in _TITLES and doc[i + 2].text == ")"
    return doc[i].text == ")" and i >= 2 and doc[i - 1].lower_ in _TITLES and doc[i - 2].text == "("


# Relatives said as Scots, Irish and northern English people say them, and only so after
# "his", "her", "their" or "aisling's" (trial 31): "her man declan" is her husband, "their wee
# girl niamh" their daughter, "his fella cian" his partner; "a man called declan" is nobody's.
_SAID_KIN: dict[str, tuple[str, str]] = {
    "man": ("husband", "m"), "fella": ("partner", "m"), "fellow": ("partner", "m"),
    "feller": ("partner", "m"), "girl": ("daughter", "f"), "lassie": ("daughter", "f"),
    "lass": ("daughter", "f"), "boy": ("son", "m"), "laddie": ("son", "m"), "lad": ("son", "m"),
    "wean": ("child", ""), "bairn": ("child", ""),
}  # fmt: skip
_SMALL = frozenset("wee little baby young".split())


def _said_kin_at(doc: Doc, k: int) -> bool:
    """ "her man", "their wee girl", "aisling's wee boy": the word at k says a relative."""
    if doc[k].lower_ not in _SAID_KIN:
        return False
    j = k - 1
    while j >= 0 and doc[j].lower_ in _SMALL:
        j -= 1
    return j >= 0 and doc[j].lower_ in ("his", "her", "their", "'s", "’s")


def _said_kin(doc: Doc, span: Span) -> tuple[str, str, int] | None:
    """ "her man declan", "their wee girl niamh": the relation said right before the name."""
    k = span.start - 1
    if k < 1 or not _said_kin_at(doc, k):
        return None
    noun, gender = _SAID_KIN[doc[k].lower_]
    return noun, gender, k


def _relative_word(doc: Doc, span: Span, named: set[int]) -> tuple[str, str, int] | None:
    """The relative word naming `span`'s relation, its gender, and where its owner is said:
    "her husband tom", "wife Dorothy", "his daughter, Lena", "Shirin, his wife". `named`: where
    the note's names start."""
    said = _said_kin(doc, span)
    if said is not None:
        return said
    i = span.start - 1
    while (
        i >= 0
        and span.start - i <= 5
        and (_relative_at(doc, i) is None or _addressed(doc, i))
        and (
            doc[i].lower_ in _BRIDGE
            or doc[i].lower_ in _TITLES
            or doc[i].lower_ in KIN_HONORIFICS
            or _title_bracket(doc, i)
        )
    ):
        i -= 1  # ("her mom Lola Nena": "Lola" is how she is addressed, "mom" who she is)
    if i >= 1 and doc[i].lower_ in ("partner", "partners") and doc[i - 1].lower_ in _AT_WORK:
        return None  # "her business partner marcus": a colleague, not family
    if i >= 0 and doc[i].lower_ in _CLERGY_ADDRESS and len(span) > 1 and span.start == i + 1:
        before = doc[i - 1].lower_ if i > 0 else ""
        if before not in _POSSESSIVE and before not in ("'s", "’s", "my", "our"):
            return None  # "- father tom wisniewski pastor": a priest, nobody's father
    if i >= 1 and doc[i].lower_ in _CHILDREN and doc[i - 1].lower_ in _CHILD_COUNTS:
        # "she has twin girls, amara and chidi", "two boys, max and leo"
        return _CHILDREN[doc[i].lower_] + (i,)
    if i >= 0 and _addressed(doc, i):
        return None  # "Lola Pacita", "Koro Hemi": how an elder is addressed, nobody's said
    kin = _relative_at(doc, i) if i >= 0 else None
    if kin is not None:
        if _kin_of_an_unnamed(doc, i, named):
            return None  # "met the groom's uncle Kofi": kin of someone the note never names
        noun, gender = kin
        between = {t.lower_ for t in doc[i + 1 : span.start]}
        if not gender and between & {"girl", "boy"}:  # "a baby girl named Lily"
            gender = "f" if "girl" in between else "m"
            if noun == "baby":  # "her baby girl anika": her daughter
                noun = "daughter" if gender == "f" else "son"
        if noun == "baby":
            said = _child_just_said(doc, i)
            if said is not None:
                return said  # "her moko just born - baby named malia": her grandchild
        return noun, gender, i
    newborn = _newborn(doc, span)
    if newborn is not None:
        return newborn
    # "married to Adanna"
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ == "to"
        and doc[span.start - 2].lower_
        in (
            "married",
            "engaged",
        )
    ):
        return (
            ("fiancé" if doc[span.start - 2].lower_ == "engaged" else "spouse"),
            "",
            span.start - 2,
        )
    # "sister-in-law jo", "brother in law carlos"
    if i >= 2 and doc[i].lower_ == "law":
        words = [t.lower_ for t in doc[max(0, i - 4) : i]]
        hyphens = [w for w in words if w == "-"]
        k = i - 2 - len(hyphens)
        if k >= 0 and doc[k].lower_ in RELATIVES and "in" in words:
            noun, gender = RELATIVES[doc[k].lower_]
            return f"{noun}-in-law", gender, k
    j = _past_from(doc, span.end)
    past_from = j != span.end
    if j < len(doc) and doc[j].text == "(" and ")" in [t.text for t in doc[j : j + 6]]:
        j = next(t.i for t in doc[j : j + 6] if t.text == ")") + 1  # "(goes by Susan) -"
    if j + 1 < len(doc) and doc[j].text in (",", "(", "-", "–", "—"):
        k = j + 1
        if doc[k].lower_ == "actually" and k + 1 < len(doc):
            k += 1  # "- actually adaeze's husband"
        if doc[k].lower_ in _POSSESSIVE and k + 1 < len(doc):
            if past_from:
                return None  # "sal from giordano mechanical, his son-in-law andre": andre's
            k += 1
        elif k in named:  # "segun, tunde's brother in law": whose, then what
            k = next((t.i + 1 for t in doc[k : k + 4] if t.lower_ in ("'s", "’s")), k)
        bare = k == j + 1  # no "his", "her" or "tunde's" before the word
        if bare and doc[k].lower_ in ("partner", "partners"):
            return None  # "Adaeze Okafor, partner at Okafor & Bello": her job
        if k < len(doc) and doc[k].lower_ in RELATIVES and k + 1 not in named:
            noun, gender = RELATIVES[doc[k].lower_]  # not "tunde, his wife ada"
            end = k + 1
            if [t.lower_ for t in doc[k + 1 : k + 3]] == ["in", "law"]:
                noun, end = f"{noun}-in-law", k + 3
            if not bare and _a_clause_starts(doc, end):
                return None  # "marcus bell, his wife just had a baby": a line about her
            return noun, gender, k
    return None


def _a_clause_starts(doc: Doc, k: int) -> bool:
    """A verb (or an adverb before one) right after "his wife": a sentence about her."""
    if k >= len(doc):
        return False
    if doc[k].pos_ == "ADV" and k + 1 < len(doc):
        k += 1  # "his wife just had…", not "lucia's brother actually"
    # "wojciech, his wife's hip op went fine": a line about her hip, not who he is
    return doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("'s", "’s")


_FROM = frozenset("from of at".split())
_APPOSITIVE = frozenset(", - – —".split())


def _past_from(doc: Doc, end: int) -> int:
    """ "chidi from adaeze's team - adaeze's husband actually": where they are from is said
    first, then who they are to someone; the dash after it, or `end`."""
    if end >= len(doc) or doc[end].lower_ not in _FROM:
        return end
    for t in doc[end + 1 : end + 7]:
        if t.text in _APPOSITIVE:
            return t.i
        if t.is_sent_start or t.text in (".", "!", "?", ";", "("):
            break
    return end


_CHILD_RELATIONS = frozenset(
    "child son daughter grandchild grandson granddaughter niece nephew".split()
)


def _child_just_said(doc: Doc, baby: int) -> tuple[str, str, int] | None:
    """A "baby named …" right after a child was said in the same sentence ("her moko just
    born - baby named malia"): the baby is that child, and whose it is is said there."""
    for tok in reversed(doc[max(0, baby - 6) : baby]):
        if tok.text in (".", "!", "?", ";"):
            return None
        noun, gender = RELATIVES.get(tok.lower_, ("", ""))
        if noun in _CHILD_RELATIONS:
            return noun, gender, tok.i
    return None


_CHILDREN = {"girls": ("daughter", "f"), "boys": ("son", "m")}
_CHILD_COUNTS = frozenset("twin two three four 2 3 4 her his their my our little".split())
_BIRTH_WORDS = frozenset("baby born newborn birth delivered".split())


def _newborn(doc: Doc, span: Span) -> tuple[str, str, int] | None:
    """ "had the baby early, a boy named elijah": a son, when a birth was just mentioned."""
    k = span.start - 1
    said = doc[k].lower_ if k >= 1 else ""
    if said in ("her", "him") and doc[k - 1].lower_ in ("named", "called"):
        k -= 1  # "a baby girl, named her sofia"
    if k < 1 or doc[k].lower_ not in ("named", "called"):
        return None
    # "a boy named elijah", "a baby girl, named her sofia", "a baby girl (3 wks ago, named
    # her anaya)": when it was may come between the child and the name
    child = None
    for t in reversed(doc[max(0, k - 7) : k]):
        if t.text in (".", ";", "!", "?") or "\n" in t.text:
            break
        if t.lower_ in ("boy", "girl"):
            child = t
            break
    if child is None or (k - child.i > 3 and not _a_when_between(doc, child.i + 1, k)):
        return None
    if not any(t.lower_ in _BIRTH_WORDS for t in doc[max(0, child.i - 8) : child.i]) and not (
        _just_had(doc, child.i)
    ):
        return None
    return ("son", "m", child.i) if child.lower_ == "boy" else ("daughter", "f", child.i)


def _just_had(doc: Doc, child: int) -> bool:
    """ "his wife just had a wee girl called zara": a birth said as having a child."""
    k = child - 1
    while k >= 0 and doc[k].lower_ in _SMALL:
        k -= 1
    return k >= 1 and doc[k].lower_ in ("a", "another") and doc[k - 1].lower_ == "had"


_WHEN_WORDS = frozenset(
    "ago wk wks week weeks day days month months yesterday last ( , just only".split()
)


def _a_when_between(doc: Doc, start: int, end: int) -> bool:
    """ "(3 wks ago,", "last month,": only when it was, said between a child and its name."""
    return all(t.like_num or t.lower_ in _WHEN_WORDS for t in doc[start:end])


def _gender_from_possessive(
    doc: Doc, people: list[Person], owner: Person, at: int, owner_word: str | None
) -> None:
    """ "met tama wiremu who runs wiremu electrical, his missus hine…": a "his" or "her" said
    of the one just named tells their gender, surer than a guess from the name."""
    said = _POSSESSIVE.get(owner_word or "", "")
    if said not in ("m", "f") or owner.gender or owner.is_relative:
        return
    ends = [m.end for m in owner.mentions if m.end <= at]
    if not ends:
        return
    last = max(ends)
    others = any(
        m.start >= last and m.end <= at for p in people if p is not owner for m in p.mentions
    )
    if others or any(t.text in (".", "!", "?", ";") or "\n" in t.text for t in doc[last:at]):
        return
    owner.gender = said


def _born_near(doc: Doc, at: int, span: Span) -> bool:
    """ "her moko just born - baby named malia": a birth said between the word and the name."""
    lo, hi = sorted((at, span.start))
    return any(t.lower_ in _BIRTH_WORDS for t in doc[lo:hi])


def _relatives(doc: Doc, people: list[Person]) -> None:
    named = {m.start for p in people for m in p.mentions}
    for person in people:
        for span in person.mentions:
            found = _relative_word(doc, span, named)
            if found is None:
                continue
            noun, gender, at = found
            if at > span.start and _names_another(doc, people, person, at):
                continue  # "Maria Costa, her granddaughter Eleni": Eleni's word, not Maria's
            owner_word = _owner_word(doc, at)
            told = person.gender
            person.relation, person.gender = noun, gender
            person.newborn = (
                noun == "baby"
                or RELATIVES.get(doc[at].lower_, ("",))[0] == "baby"
                or _newborn(doc, span) is not None
                or _born_near(doc, at, span)
            )
            if owner_word in ("my", "our"):
                person.of_me = True
            else:
                person.of = _relative_of(doc, people, person, at, owner_word)
                if person.of is None:
                    # "saw colin, his daughter is…": no relative of anyone, nor a "she"
                    person.relation, person.gender = None, told
                    continue
                _gender_from_possessive(doc, people, person.of, at, owner_word)
            if doc[at].lower_ in _PLURAL_RELATIVES:
                _siblings_named_after(doc, people, person, span)
            break


# Who works for the user: "Kasia my receptionist", "my assistant jo". Theirs, never a
# contact to nudge nor the one a note's follow-up is for.
_STAFF = frozenset("receptionist assistant secretary intern apprentice employee".split())


def _my_staff(doc: Doc, people: list[Person]) -> None:
    """ "Kasia my receptionist speaks Polish", "my assistant jo will send it": the user's own
    staff, kept like the user's relatives (of the user, no nudges)."""
    for person in people:
        if person.is_relative or person.known:
            continue
        for span in person.mentions:
            after = [t.lower_ for t in doc[span.end : span.end + 3] if t.text != ","]
            before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
            said = after[:2] if after[:1] in (["my"], ["our"]) else before
            if len(said) == 2 and said[0] in ("my", "our") and said[1] in _STAFF:
                person.relation, person.of_me = said[1], True
                break


def _names_another(doc: Doc, people: list[Person], person: Person, at: int) -> bool:
    """Another person's name right after the relative word at `at` ("her granddaughter
    Eleni", "his daughter, Lena"): the word is theirs."""
    after = at + 1
    while after < len(doc) and doc[after].lower_ in _BRIDGE and after - at <= 3:
        after += 1  # "priya - her baby girl anika"
    return any(m.start == after for other in people if other is not person for m in other.mentions)


_PLURAL_RELATIVES = frozenset(
    "girls boys sons daughters kids children twins grandkids grandsons granddaughters "
    "brothers sisters".split()
)


def _siblings_named_after(doc: Doc, people: list[Person], first: Person, span: Span) -> None:
    """ "his sons Max and Leo": Leo is a son too."""
    end = span.end
    for person in sorted(people, key=lambda p: p.first):
        if person is first or person.relation is not None or person.first < end:
            continue
        gap = [t.lower_ for t in doc[end : person.first]]
        if gap not in (["and"], ["&"], [","], [",", "and"]):
            return
        person.relation, person.of, person.of_me = first.relation, first.of, first.of_me
        end = person.mentions[0].end


def _owner_word(doc: Doc, at: int) -> str | None:
    """The possessive before a relative word: "her" in "her older son", "her other half";
    another tongue's as the English one ("su pololo": their)."""
    k = kin_words_before(doc, at) - 1
    while k >= 0 and (doc[k].lower_ in _ADJECTIVES or doc[k].like_num):
        k -= 1
    if k >= 0 and doc[k].lower_ in _POSSESSIVE:
        return doc[k].lower_
    if k >= 0 and doc[at].lower_ in WORLD_RELATIVES and doc[k].lower_ in OTHER_POSSESSIVES:
        return OTHER_POSSESSIVES[doc[k].lower_]
    if k >= 0 and doc[k].lower_ in ("'s", "’s") and k >= 1:
        return "'s"
    return None


def _said_before(doc: Doc, person: Person, at: int) -> bool:
    """Their given name is said before `at`, however read ("Dafydd Pritchard" taken for a
    firm): "his wife" is never the wife of someone first named after it ("chatted to the
    captain, his wife carol…; also kofi": not Kofi's)."""
    given = person.name.split()[0].lower()
    return any(t.lower_ == given for t in doc[:at])


def _relative_of(
    doc: Doc, people: list[Person], relative: Person, at: int, owner_word: str | None
) -> Person | None:
    """Whose relative: the person a possessive names, else the last one named before."""
    if owner_word == "'s":
        k = at - 1
        while k >= 0 and doc[k].lower_ not in ("'s", "’s"):
            k -= 1
        for person in people:
            if person is not relative and any(m.end == k for m in person.mentions):
                return person
        if k >= 1 and (doc[k - 1].lower_ in RELATIVES or doc[k - 1].lower_ in _ACQUAINTANCES):
            return None  # "my cousin's husband emeka": nobody the note names
        if k >= 2 and doc[k - 2].lower_ in _WHOSE_LEADS and doc[k - 1].is_lower:
            return None  # "the groom's uncle kofi": the groom is nobody the note names
    candidates = [
        p for p in people if p is not relative and not p.is_relative and p.first < at
    ] or [
        p
        for p in people
        if p is not relative
        and not p.is_relative
        and not _after_relative_word(doc, p.first)  # ("their nephew cody", named later)
        and (owner_word not in _POSSESSIVE or _said_before(doc, p, at))
    ]
    # "friend of siobhán … his wife": whose family it is, never someone said in passing
    candidates = [
        p for p in candidates if p.first > at or _last_spoken_of(doc, p, at) >= 0
    ] or candidates
    want = _POSSESSIVE.get(owner_word or "", "")
    if owner_word is None:  # "she has twin girls": hers
        said = [PRONOUN_GENDERS.get(t.lower_) for t in doc[max(0, at - 4) : at]]
        want = next((g for g in reversed(said) if g), "")
    if want in ("m", "f"):
        # "his wife": a man's; a name the census doesn't know ("rashid al-amin again, he's a
        # lender, his wife…") is his when a "he" follows it.
        genders = name_genders()
        matching = [
            p
            for p in candidates
            if p.gender == want  # what the user told us before
            or (
                not p.gender
                and (
                    genders.get(p.name.split()[0].lower()) == want
                    or (
                        p.name.split()[0].lower() not in genders
                        and _said_to_be(doc, people, p, want, at)
                    )
                )
            )
        ]
        census = [p for p in matching if genders.get(p.name.split()[0].lower()) == want]
        if census and owner_word is None:
            # "ngozi, … adaeze invited me, she's…, she has twin girls": the "she" after
            # Adaeze may be Ngozi's; a name the census gives that gender is surer.
            matching = census
        if matching:
            candidates = matching
    if not candidates:
        return None
    before = [p for p in candidates if p.first < at]
    if not before:
        return candidates[0]
    # "(aoife's intro) … her husband", "good for joseph, his wife": not whose family it is
    spoken_of = [p for p in before if _last_spoken_of(doc, p, at) >= 0]
    if spoken_of:
        last = max(spoken_of, key=lambda p: _last_spoken_of(doc, p, at))
        return _subject_over_with(doc, spoken_of, last, at) or last
    last = max(before, key=lambda p: _last_before(p, at))
    return _subject_over_with(doc, before, last, at) or last


# Words before a name said only in passing about someone else: "friend of siobhán", "no
# relation to priya", "could be perfect for joseph", "would suit rafael".
_PASSING_PAIRS = frozenset(
    {
        ("friend", "of"),
        ("colleague", "of"),
        ("coworker", "of"),
        ("neighbour", "of"),
        ("neighbor", "of"),
        ("relation", "to"),
        ("related", "to"),
        ("good", "for"),
        ("perfect", "for"),
        ("great", "for"),
        ("ideal", "for"),
        ("right", "for"),
    }
)
_PASSING_WORDS = frozenset("suit suits via".split())
# "(aoife's intro)", "kenji's referral": who brought them, not who they are
_BROUGHT_BY = frozenset("intro introduction referral recommendation contact".split())


def said_in_passing(doc: Doc, span: Span) -> bool:
    """A name said only to place someone else: "friend of X", "(X's intro)", "no relation to
    X", "good for X". A later "his" or "her" is not theirs, nor what follows a comma."""
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    if before[-1:] and before[-1] in _PASSING_WORDS:
        return True
    if len(before) == 2 and (before[0], before[1]) in _PASSING_PAIRS:
        return True
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return len(after) == 2 and after[0] in ("'s", "’s") and after[1] in _BROUGHT_BY


def _last_spoken_of(doc: Doc, person: Person, at: int) -> int:
    """Where the person was last named before `at` other than in passing (-1: never)."""
    return max(
        (m.start for m in person.mentions if m.start < at and not said_in_passing(doc, m)),
        default=-1,
    )


def _last_before(person: Person, at: int) -> int:
    return max((m.start for m in person.mentions if m.start < at), default=-1)


# What "with <name>" follows when that name is the one met: "coffee with rory, his mum…".
_MET_WITH = frozenset(
    "met meet meeting spoke speak talked talking chatted chat coffee lunch dinner drinks "
    "breakfast call catch catching caught up".split()
)


def _subject_over_with(doc: Doc, before: list[Person], last: Person, at: int) -> Person | None:
    """ "hamish grant, retired polis, volunteers at the run club with fraser, his
    granddaughter isla…": a possessive after a name said in a "with" phrase is the clause's
    subject's, the one named earlier in the same sentence (trial 31)."""
    start = _last_before(last, at)
    if start < 2 or doc[start - 1].lower_ != "with" or doc[start - 2].lower_ in _MET_WITH:
        return None
    if any(t.text in (".", "!", "?", ";") for t in doc[start:at]):
        return None
    earlier = [
        p
        for p in before
        if p is not last
        and _last_before(p, start) >= 0
        and not any(t.text in (".", "!", "?", ";") for t in doc[_last_before(p, start) : start])
    ]
    return max(earlier, key=lambda p: _last_before(p, start)) if earlier else None


def _said_to_be(doc: Doc, people: list[Person], person: Person, gender: str, at: int) -> bool:
    """A "he" (or "she") after the person's last mention before `at`, before anyone else is
    named and before the possessive itself."""
    ends = [m.end for m in person.mentions if m.end <= at]
    if not ends:
        return False
    after = max(ends)
    others = [m.start for p in people if p is not person for m in p.mentions if m.start >= after]
    stop = min([at - 1, *others])
    return any(PRONOUN_GENDERS.get(t.lower_) == gender for t in doc[after:stop])


PRONOUN_GENDERS = {  # "he" and "she" and their forms, by gender
    "he": "m", "him": "m", "his": "m", "he's": "m", "she": "f", "her": "f", "hers": "f",
    "she's": "f",
}  # fmt: skip


def _genders(doc: Doc, people: list[Person]) -> None:
    """He or she for each person: from a relative word, the census, or the first "he"/"she"
    after their first mention and before anyone else's."""
    genders = name_genders()
    starts = sorted((m.start, p) for p in people for m in p.mentions)
    _pair_genders(doc, starts, genders)
    for person in people:
        titled = _titled_as(doc, person)
        if titled and not (person.is_relative and person.gender):  # "mama tobi": his mother's
            person.gender = titled  # "Mr. Chen (Wei Chen)", "Deaconess Amaka": the title says
            continue
        if person.gender:
            continue
        called = _called_as(doc, person.first)
        if called and not person.is_relative:
            person.gender = called  # "new guy: Harpreet Gill" (trial 18)
            continue
        words = person.name.lower().split()
        census = genders.get(words[given_at(words)], "")  # "tran minh duc" is Duc
        # The first "he" or "she" after one of their mentions and before anyone else's: "had
        # mags in with wei, mags is struggling with her achilles" says Mags is a she.
        for mention in sorted(person.mentions, key=lambda m: m.start):
            said, subject = _pronoun_after(doc, starts, person, mention, census)
            if said:
                person.gender = said if subject or not census else census
                break
        person.gender = person.gender or census
    if len(people) == 1 and not people[0].is_relative:
        # The note's one person: its "call him fri" beats a census guess from a name the
        # census reads differently (a family name said first, "tran van minh"), when every
        # gendered word in the note agrees.
        told = {PRONOUN_GENDERS[t.lower_] for t in doc if t.lower_ in PRONOUN_GENDERS}
        if len(told) == 1 and not any(t.lower_ in RELATIVES for t in doc):
            people[0].gender = told.pop()


def _pronoun_after(
    doc: Doc, starts: list[tuple[int, Person]], person: Person, mention: Span, census: str
) -> tuple[str, bool]:
    """The gender of the first "he"/"she" after `mention` and before anyone else is named
    ("" if none or if it may be someone else's), and whether it is surer than the census."""
    later = [s for s, p in starts if s > mention.start and p is not person]
    stop = later[0] if later else len(doc)
    for tok in doc[mention.end : stop]:
        said = PRONOUN_GENDERS.get(tok.lower_)
        if said is None:
            continue
        # "jess … she already hired": the note's own "she" beats the census; a "his" may
        # be someone else's ("fatima approved his loan"), unless said in their own clause
        # ("wei is training for his first marathon").
        subject = (
            (tok.lower_ in ("he", "she", "he's", "she's") or _met_them(doc, tok))
            and not any(t.text in (".", "!", "?") for t in doc[person.first : tok.i])
        ) or _in_their_clause(doc, mention, tok)
        if not census and _said_of_someone_before(doc, starts, person, said, tok.i):
            return "", False  # "ngozi, met at the party adaeze invited me, she's…": still Ngozi
        if _already_theirs(doc, starts, person, mention, said, tok.i):
            return "", False  # "…she's head of HR. saw mpho moved. she'll send…": still hers
        return said, subject
    return "", False


_MET_THEM = frozenset("met meet called rang phoned texted saw".split())


def _already_theirs(
    doc: Doc, starts: list[tuple[int, Person]], person: Person, mention: Span, said: str, at: int
) -> bool:
    """A "she" that opens a later sentence, when the one named before `person` in the same
    paragraph (not a relative) is already a "she": the note is still talking of them, and
    the pronoun tells nothing of `person`."""
    if doc[at].lower_ not in ("he", "she", "he's", "she's"):
        return False
    if not any(t.text in (".", "!", "?") or "\n" in t.text for t in doc[mention.end : at]):
        return False
    before = [(s, p) for s, p in starts if s < person.first and p is not person]
    before = [(s, p) for s, p in before if not p.is_relative]
    if not before or before[-1][1].gender != said:
        return False  # the one named just before is someone else
    # ("…no relation to Soraya.\n\nAlso met Sloane…": a new paragraph, a new contact)
    return not any("\n" in t.text_with_ws for t in doc[before[-1][0] : person.first])


def _met_them(doc: Doc, tok: Token) -> bool:
    """ "big tam mcgregor, roofer, met him at the golf club": "him" is who was met, surer
    than the census (which reads Tam as Tamara)."""
    return tok.lower_ in ("him", "her") and tok.i >= 1 and doc[tok.i - 1].lower_ in _MET_THEM


def _in_their_clause(doc: Doc, mention: Span, tok: Token) -> bool:
    """ "wei is training for his first marathon": a "his" a few words after its subject's
    name, with nothing between that could be anyone else."""
    if mention.root.dep_ not in ("nsubj", "nsubjpass") or tok.i - mention.end > 6:
        return False
    between = doc[mention.end : tok.i]
    return not any(
        t.is_punct or t.lower_ in RELATIVES or t.pos_ in ("PROPN", "PRON") for t in between
    )


# Words for a person said right before their name: "new guy: Harpreet Gill", "this lady
# named Ife".
_GENDERED_NOUNS = {
    **dict.fromkeys("guy man dude fella gentleman".split(), "m"),
    **dict.fromkeys("lady woman gal".split(), "f"),
}


def _titled_as(doc: Doc, person: Person) -> str:
    """ "m" or "f" when a gendered title stands right before one of their mentions ("Mr.
    Nguyen", "mrs kim", "Aunty Efua"); "" otherwise."""
    for mention in person.mentions:
        at = mention.start - 1
        if at >= 1 and doc[at].text == "." and not doc[at - 1].whitespace_:
            at -= 1  # "Mr . Park" split in two
        if at >= 0 and doc[at].lower_.rstrip(".") in GENDERED_TITLES:
            return GENDERED_TITLES[doc[at].lower_.rstrip(".")]
    return ""


def _called_as(doc: Doc, start: int) -> str:
    """ "m" or "f" when the word before the name, past a colon, comma, "named" or
    "called", is "guy", "lady" and the like; "" otherwise."""
    at = start - 1
    while at >= 0 and doc[at].lower_ in (":", ",", "named", "called", "-", "–"):
        at -= 1
    return _GENDERED_NOUNS.get(doc[at].lower_, "") if at >= 0 else ""


def _pair_genders(doc: Doc, starts: list[tuple[int, Person]], genders: dict[str, str]) -> None:
    """ "kaveh and shirin moradi he's a dentist she's a designer": a "he" and then a "she"
    right after two names said together are theirs in the order they were named."""
    for (a_at, a), (b_at, b) in itertools.pairwise(starts):
        if a is b or a.gender or b.gender or a.is_relative or b.is_relative:
            continue
        if any(genders.get(p.name.split()[0].lower()) for p in (a, b)):
            continue
        a_end = next(m.end for m in a.mentions if m.start == a_at)
        if b_at != a_end + 1 or doc[a_end].lower_ not in ("and", "&", "+"):
            continue
        b_end = next(m.end for m in b.mentions if m.start == b_at)
        later = [s for s, p in starts if s >= b_end]
        said = [
            PRONOUN_GENDERS[t.lower_]
            for t in doc[b_end : later[0] if later else len(doc)]
            if t.lower_ in ("he", "she", "he's", "she's")
        ]
        if len(said) >= 2 and said[0] != said[1]:
            a.gender, b.gender = said[0], said[1]


def _said_of_someone_before(
    doc: Doc, starts: list[tuple[int, Person]], person: Person, gender: str, at: int
) -> bool:
    """Someone of that gender was named before `person` in the same sentence: the "she" at
    `at` may well be theirs, so it tells nothing about `person`."""
    for start, other in starts:
        if start >= person.first or other is person or other.gender != gender:
            continue
        if other.is_relative or any(t.text in (".", "!", "?") for t in doc[start:at]):
            continue
        end = next(m.end for m in other.mentions if m.start == start)
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            continue  # "liam's dad, his name is tomasz, he's…": Liam is only whose dad
        return True
    return False
