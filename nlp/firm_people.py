"""A pipeline component that splits "Meenakshi Pillai of Marigold Events" and "Odile Marchand -
Marchand Alarm", read whole as one organisation, into the person and their organisation."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as STOP
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.lexicon import EVENT_HEADS, FIRM_TAILS, first_names
from nlp.owner_firms import firm_end
from nlp.people import FIRM_WORDS, RELATIVES

# Words that start an institution's name ("Rotary Club of Evanston", "First Bank of Oak Park").
_INSTITUTION = FIRM_WORDS | frozenset(
    "club department dept office city county state board society association council first "
    "national united american royal friends sisters brothers daughters sons knights".split()
)


@Language.component("rapport_firm_people")
def split_firm_people(doc: Doc) -> Doc:
    ents: list[Span] = []
    for k, ent in enumerate(doc.ents):
        if _a_place_in_brackets(ent, doc.ents[k - 1] if k else None):
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Comau (Turin)"
            continue
        if _at_least(ent):
            continue  # "coaches at least twice a week": no firm, a word of the sentence
        if ent.label_ == "GPE" and len(ent) > 1 and ent[-1].lower_ in FIRM_WORDS:
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))  # "in Vistula Pharma"
            continue
        if ent.label_ == "PERSON" and _opens_like_a_firm(ent):
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))  # "Iglesia Bautista …"
            continue
        if ent.label_ == "PERSON" and _worked_for(ent):
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))  # "working for Kemppi"
            continue
        outlets = _outlets_of(ent)
        if outlets is not None:
            ents.append(Span(doc, ent.start, outlets, label="ORG"))  # "two Domino's franchises"
            continue
        if _two_named(ent):  # "twins Sara & Sam": two children, no firm
            ents.append(Span(doc, ent.start, ent.start + 1, label="PERSON"))
            ents.append(Span(doc, ent.end - 1, ent.end, label="PERSON"))
            continue
        dash = _spaced_dash(ent)
        if dash is not None:  # "Kemppi - Jussi Virtanen", "Dana Cole - Blue Ocean Labs"
            firm_first = _firm_then_person(ent, dash)
            ents.append(Span(doc, ent.start, dash, label="ORG" if firm_first else "PERSON"))
            ents.append(Span(doc, dash + 1, ent.end, label="PERSON" if firm_first else "ORG"))
            continue
        trade = _with_its_trade(ent) or _named_for_its_owner(ent)
        if trade is not None:
            ents.append(trade)  # "Seoul Garden BBQ", "Abuela's Tacos"
            continue
        of = _person_before_of(ent)
        if of is None:
            ents.append(_with_its_place(ent))
            continue
        ents.append(Span(doc, ent.start, of, label="PERSON"))
        ents.append(Span(doc, of + 1, ent.end, label="ORG"))
    doc.set_ents(_with_churches(doc, _titled_then_named(doc, ents)))
    return doc


# A congregation is named by its denomination: "the Korean Presbyterian ladies", "pastor
# at new life baptist"; a person's faith is said the same way: "she is Greek Orthodox".
_DENOMINATIONS = frozenset(
    "presbyterian baptist methodist lutheran episcopal pentecostal adventist orthodox "
    "catholic evangelical apostolic mennonite anglican".split()
)
_CHURCH_LEADS = frozenset("the at from of with to for".split())
_FAITHS = frozenset("devout southern practicing practising lapsed strict born raised".split())
_COMMITTEES = frozenset("committee committees".split())
_CHURCH_WORDS = frozenset("church chapel cathedral parish congregation temple mission".split())


def _with_churches(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with a church or public body the model missed ("our lady of lourdes",
    "the Ethiopian Orthodox ladies", "the Kern County Sheriff's Office") read whole as an
    organisation, and a faith after "is" as no firm."""
    churches: list[Span] = []
    for tok in doc:
        church = _our_lady(doc, tok.i) or _congregation(doc, tok.i) or _public_body(doc, tok.i)
        if church is not None and not (churches and church.start < churches[-1].end):
            churches.append(church)  # "our lady of lourdes catholic church": one name
    out = [e for e in ents if not any(c.start < e.end and e.start < c.end for c in churches)]
    out = [e for e in out if not (e.label_ == "ORG" and _a_faith(e))]
    return sorted(out + churches, key=lambda e: e.start)


def _our_lady(doc: Doc, i: int) -> Span | None:
    """ "posada at our lady of guadalupe": a parish named for Mary, in any case."""
    words = [t.lower_ for t in doc[i : i + 3]]
    if words != ["our", "lady", "of"] or i + 3 >= len(doc) or not doc[i + 3].is_alpha:
        return None
    end = i + 4
    while (
        end < len(doc)
        and end - i < 6
        and doc[end].is_alpha
        and doc[end].lower_ not in STOP
        and doc[end].ent_type_ not in ("DATE", "TIME")  # "our lady of guadalupe tonight"
    ):
        end += 1
    if end < len(doc) and doc[end].lower_ in _CHURCH_WORDS:
        end += 1
    return Span(doc, i, end, label="ORG")


def _congregation(doc: Doc, i: int) -> Span | None:
    """ "the Korean Presbyterian ladies", "from new life baptist": the words naming a church
    before its denomination, after "the", "at" or "from" (not "a devout baptist")."""
    if doc[i].lower_ not in _DENOMINATIONS:
        return None
    start = i
    while (
        start > 0
        and i - start < 3
        and doc[start - 1].is_alpha
        and doc[start - 1].lower_ not in STOP | _CHURCH_LEADS
    ):
        start -= 1
    if start == i or start == 0 or doc[start - 1].lower_ not in _CHURCH_LEADS:
        return None
    if any(t.lower_ in _FAITHS or t.lower_ in _DENOMINATIONS for t in doc[start:i]):
        return None
    end = i + 1
    if end < len(doc) and doc[end].lower_ in _CHURCH_WORDS:
        end += 1
    elif end < len(doc) and doc[end].lower_ in EVENT_HEADS | _COMMITTEES:
        return None  # "the Greek Orthodox festival committee": a gathering, no church
    return Span(doc, start, end, label="ORG")


# Last words of a public body's name: "the Kern County Sheriff's Office".
_PUBLIC_HEADS = frozenset(
    "office department dept bureau authority commission district agency".split()
)


def _public_body(doc: Doc, i: int) -> Span | None:
    """ "a dispatcher for the Kern County Sheriff's Office": capitalised words after "the"
    up to a public body's last word, its "'s" kept."""
    if doc[i].lower_ not in _PUBLIC_HEADS or not doc[i].is_title or doc[i].ent_type_:
        return None
    start = i
    while start > 1 and i - start < 5:
        word = doc[start - 1]
        if word.ent_type_ or not ((word.is_title and word.is_alpha) or word.lower_ in ("'s", "’s")):
            break
        start -= 1
    if start == i or doc[start - 1].lower_ != "the" or not doc[start].is_title:
        return None
    return Span(doc, start, i + 1, label="ORG")


def _a_faith(ent: Span) -> bool:
    """ "Lena is Greek Orthodox": what she believes, after "is", names no church."""
    doc = ent.doc
    return (
        ent[-1].lower_ in _DENOMINATIONS
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("is", "'s", "’s", "was", "are", "were")
    )


# "at least", "at heart", "at night": words after "at" that make an adverb, not a firm.
_AT_ADVERB = frozenset("least most first last all once best worst times heart night home".split())


def _at_least(ent: Span) -> bool:
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and len(ent) == 1
        and ent[0].lower_ in _AT_ADVERB
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "at"
    )


# "Mrs. Adebayo", "Dr. Haddad": a title before a surname, the full name said later.
_FORMAL = frozenset("mr mrs ms miss dr prof mx".split())
_SETS_OFF = frozenset("- – — (".split())


def _titled_then_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "met Mrs. Adebayo, coach from whitney young - Funmilayo Adebayo": the name after a
    dash ending in the surname said with a title is that person's full name, not a firm;
    what they are "from" before the dash is then the firm, not a second person."""
    titled = {
        e[-1].lower_
        for e in ents
        if e.label_ == "PERSON"
        and e.start > 0
        and doc[e.start - 1].lower_.rstrip(".") in _FORMAL
        and len(e) == 1
    }
    if not titled:
        return ents
    out = list(ents)
    for k, ent in enumerate(out):
        if (
            ent.label_ != "ORG"
            or len(ent) < 2
            or ent[-1].lower_ not in titled
            or ent.start == 0
            or doc[ent.start - 1].text not in _SETS_OFF
        ):
            continue
        out[k] = Span(doc, ent.start, ent.end, label="PERSON")
        before = out[k - 1] if k else None
        if (
            before is not None
            and before.label_ == "PERSON"
            and before.end == ent.start - 1
            and before.start > 0
            and doc[before.start - 1].lower_ in ("from", "at", "with")
        ):
            out[k - 1] = Span(doc, before.start, before.end, label="ORG")
    return out


def _with_its_trade(ent: Span) -> Span | None:
    """ "owner of Seoul Garden BBQ", "Rosita's Tacos": the capitalised trade words right after
    a name ("'s" between for a person's or a place's) end the firm's name; None when no trade
    word follows."""
    doc = ent.doc
    end = ent.end
    owned = end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and not doc[end - 1].whitespace_
    if owned:
        end += 1  # "Abuela's Tacos": a name's, then the trade
    elif ent.label_ != "ORG":
        return None
    if ent.label_ not in ("ORG", "PERSON", "GPE"):
        return None
    tails = end
    while tails < len(doc) and tails - end < 2 and _a_trade_word(doc[tails]):
        tails += 1
    if tails == end:
        return None
    return Span(doc, ent.start, tails, label="ORG")


def _named_for_its_owner(ent: Span) -> Span | None:
    """ "craig dunlop kitchens" read as a person, "[bashir]'s convenience store" in part: the
    firm named after its owner."""
    end = firm_end(ent.doc, ent.start, ent.end) if ent.label_ in ("PERSON", "ORG") else None
    return None if end is None else Span(ent.doc, ent.start, end, label="ORG")


def _a_trade_word(tok: Token) -> bool:
    return tok.lower_ in FIRM_TAILS and not tok.is_lower and not tok.ent_type_


def _with_its_place(ent: Span) -> Span:
    """ "the Fresno County Sheriff's Office": the capitalised words before an organisation
    the model read only in part, back to "the", are part of its name."""
    doc = ent.doc
    if ent.label_ != "ORG":
        return ent
    start = ent.start
    while (
        start > 1
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].pos_ == "PROPN"
    ):
        if doc[start - 1].ent_type_:
            return ent
        start -= 1
    if start == ent.start or doc[start - 1].lower_ != "the":
        return ent
    return Span(doc, start, ent.end, label="ORG")


def _a_place_in_brackets(ent: Span, before: Span | None) -> bool:
    """ "Gabriele Rossi from Comau (Turin)": one word in brackets right after a firm is
    where it is."""
    doc = ent.doc
    return (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and before is not None
        and before.label_ == "ORG"
        and ent.start == before.end + 1
        and doc[before.end].text == "("
        and ent.end < len(doc)
        and doc[ent.end].text == ")"
    )


# First words of an organisation's name, never of a person's: "Iglesia Bautista Emanuel",
# "Casa Esperanza", "Our Lady of Guadalupe".
_FIRM_OPENERS = frozenset("iglesia casa templo masjid hotel club camp banco grupo".split())


def _opens_like_a_firm(ent: Span) -> bool:
    first = ent[0].lower_
    return len(ent) > 1 and (first in _FIRM_OPENERS or (first == "our" and ent[1].lower_ == "lady"))


_WORKED = frozenset("work works worked working rep reps".split())
_WORK_ADVERBS = frozenset("now currently still remotely full-time part-time mostly".split())


def _worked_for(ent: Span) -> bool:
    """ "an engineer working for Kemppi": one word no one is named, said as whom someone
    works for, is a firm ("works for Dave Kowalski" is a person, named in full)."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ in first_names() or not ent[0].is_alpha:
        return False
    k = ent.start - 1
    if k < 1 or doc[k].lower_ != "for":
        return False
    k -= 1
    while k > 0 and doc[k].lower_ in _WORK_ADVERBS:
        k -= 1
    return doc[k].lower_ in _WORKED


# What someone owns or runs several of, or a franchise of, is a chain: "three Domino's
# franchises" ("at Kemi's store" is her own shop, said by her name).
_OUTLETS = frozenset("franchise franchises franchisee locations stores outlets".split())


def _outlets_of(ent: Span) -> int | None:
    """Where a chain's name ends (its "'s" kept: "Domino's") when a name read as a person is
    followed by the outlets someone owns of it."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) > 2:
        return None
    end = ent.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’"):
        end += 1
    if end < len(doc) and doc[end].lower_ in _OUTLETS:
        return end
    return None


def _two_named(ent: Span) -> bool:
    """Two first names joined by "&" or "and", read as a firm, right after a relative word."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and len(ent) == 3
        and ent[1].lower_ in ("&", "and", "+")
        and ent[0].lower_ in first_names()
        and ent[2].lower_ in first_names()
        and ent.start > 0
        and doc[ent.start - 1].lower_ in RELATIVES
    )


def _spaced_dash(ent: Span) -> int | None:
    """Where a dash with a space before it splits an entity read as a person."""
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    return next((t.i for t in ent[1:-1] if t.text in _DASHES and doc[t.i - 1].whitespace_), None)


def _firm_then_person(ent: Span, dash: int) -> bool:
    """ "Kemppi - Jussi Virtanen", "Haddad Fuel - Sami Haddad": one word, or a firm's last
    word, then a full name; else the name comes first ("Kevin Oduya - Figma")."""
    doc = ent.doc
    left, right = doc[ent.start : dash], doc[dash + 1 : ent.end]
    if len(right) < 2 or right[-1].lower_ in FIRM_WORDS:
        return False
    named = all(t.is_alpha for t in right) and (
        right[0].lower_ in first_names() or all(t.is_title for t in right)
    )
    return named and (len(left) == 1 or left[-1].lower_ in FIRM_WORDS)


# A dash with a space before it separates: "Kevin Oduya - Figma". (A hyphen joins.)
_DASHES = frozenset("- – —".split())


def _person_before_of(ent: Span) -> int | None:
    """Where "of", or a spaced dash, follows a first name and a surname at the start of an
    organisation."""
    if ent.label_ != "ORG" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return None  # "at the Ancient Order of Hibernians hall": one name
    if _opens_like_a_firm(ent):
        return None  # "Our Lady of Lourdes"
    for tok in ent[2:4]:
        dash = tok.text in _DASHES and tok.doc[tok.i - 1].whitespace_
        if (tok.lower_ == "of" or dash) and tok.i + 1 < ent.end:
            before = ent.doc[ent.start : tok.i]
            if not all(t.is_alpha and t.lower_ not in _INSTITUTION for t in before):
                return None
            if before[0].lower_ in first_names() or all(t.is_title for t in before):
                return tok.i
    return None
