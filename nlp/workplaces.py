"""Where someone works against where the user met them: "Ji-ho Lee from the Asian Business
Council, owns Lee's Event Rentals" works at the rentals firm; the council is a society they
belong to, and yields to a firm the note says they own or work at."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.lexicon import JOB_WORDS, STOP
from nlp.people import FORMS_OF_ADDRESS

# The last word of a society's, club's or chamber's name: "Yoruba Society of Atlanta" ends
# in a place, so the words are looked for anywhere in the name.
_SOCIETIES = frozenset(
    "association assoc society council chamber union club network alliance federation "
    "league forum circle guild diaspora "
    # service clubs and lodges, said by their name alone: "we're both in rotary"
    "rotary rotaract kiwanis toastmasters soroptimists jaycees lodge freemasons masons "
    "bni".split()
)
_OWNS = frozenset("owns own owned runs run ran founded co-owns manages".split())
_WORKS = frozenset("works work working worked employed".split())
_HEADS = frozenset("owner founder co-founder ceo manager director president".split())


def a_society(name: str) -> bool:
    return any(word in _SOCIETIES for word in name.casefold().split())


def said_as_workplace(doc: Doc, ent: Span) -> bool:
    """ "owns Cho's Party Rentals", "works at Cobb DOT", "accountant at Georgia Power",
    "owner of Seoul Garden BBQ": words right before the firm say they work there."""
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1:
        return False
    word, before = doc[k].lower_, doc[k - 1]
    if word in _OWNS:
        return True
    if word == "of":
        return before.lower_ in _HEADS
    if word in ("at", "for", "with", "w"):
        return before.lower_ in _WORKS or before.ent_type_ == "ROLE"
    return False


def replaces_society(held: str | None, doc: Doc, ent: Span) -> bool:
    """A firm said as where someone works, or that they are from ("Tendai (Rotary) - from
    Old Mutual"), replaces a society already taken as theirs."""
    return (
        held is not None
        and a_society(held)
        and not a_society(ent.text)
        and (said_as_workplace(doc, ent) or _said_after(doc, ent) in ("from", "frm"))
    )


def _said_after(doc: Doc, ent: Span) -> str:
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


# Who sits on a society's board or belongs to it: "member of", "on the board of".
_MEMBERS = frozenset(
    "member members board committee trustee trustees patron chair chairman chairwoman "
    "president treasurer secretary".split()
)


def a_membership(doc: Doc, ent: Span) -> bool:
    """ "sits on the board of the Lions Club of Ikeja", "member of the Kiwanis Club", "joined
    Rotary": a society someone belongs to, never their employer ("works at the Lagos
    Chamber" is one)."""
    if not a_society(ent.text) or said_as_workplace(doc, ent):
        return False
    word = _said_after(doc, ent)
    k = ent.start - 1 - (doc[ent.start - 1].lower_ == "the" if ent.start else 0)
    if word == "of":
        return k >= 1 and doc[k - 1].lower_ in _MEMBERS
    return word in ("joined", "joining")


def titles_a_name(span: Span, named: set[int]) -> bool:
    """ "saw bisola & deacon tunde": words the model read as a firm that end in a title said
    right before someone's name are no firm."""
    return span[-1].lower_ in FORMS_OF_ADDRESS and span.end in named


# Words that open a sentence, said of the whole of it: run on after a firm's name with no
# full stop ("an engineer at Scottish Water Already knows my brother"), no word of the firm.
_SENTENCE_ADVERBS = frozenset(
    "already apparently honestly anyway anyways also actually basically obviously definitely "
    "seriously literally probably maybe perhaps hopefully luckily sadly unfortunately "
    "fortunately clearly surely frankly currently recently originally lately btw lol".split()
)


def without_sentence_adverb(span: Span) -> Span:
    """ "Scottish Water Already knows my brother": the firm is Scottish Water."""
    for tok in span[1:]:
        if tok.lower_ in _SENTENCE_ADVERBS:
            return Span(span.doc, span.start, tok.i, label=span.label_)
    return span


# Words a street's name ends in, said after a firm and "on" ("Mistry & Co on Belgrave Rd").
_ROADS = frozenset("rd road st street ave avenue lane ln way drive dr hwy gate".split())
_BY = frozenset("on off in".split())


def without_street(span: Span) -> Span:
    """ "Mistry & Co on Belgrave Rd": the firm is Mistry & Co; "on" and the street after it
    say where it is (the model may take the street's name but not "Rd")."""
    doc = span.doc
    after = doc[span.end].lower_.rstrip(".") if span.end < len(doc) else ""
    for tok in span[1:]:
        if tok.lower_ in _BY and (after in _ROADS or span[-1].lower_.rstrip(".") in _ROADS):
            return Span(doc, span.start, tok.i, label=span.label_)
    return span


# A job said of someone: "she is a nurse", "Kavya, a tax advisor", "works as a driver".
_SAID_OF = frozenset("is 's ’s was as , - – (".split())


def firms_after_jobs(doc: Doc) -> None:
    """ "a nurse with Marie Curie", "a tax advisor w/ Grant Thornton": a name the model read
    as a person, right after someone's job and "with" or "at", is the firm they work for
    ("a caterer at Tom Reid's wedding" is someone's do)."""
    ents = list(doc.ents)
    roles = {e.end: e for e in ents if e.label_ == "ROLE"}
    changed = False
    for k, ent in enumerate(ents):
        at = ent.start - 1
        if ent.label_ != "PERSON" or at < 1 or doc[at].lower_ not in ("with", "w/", "at"):
            continue
        role = roles.get(at)
        if role is None or role.start < 2 or doc[role.start - 1].lower_ not in ("a", "an"):
            continue
        if doc[role.start - 2].lower_ not in _SAID_OF:
            continue  # "met a nurse with Maria Lopez": someone met, no firm
        if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s"):
            continue
        ents[k] = Span(doc, ent.start, ent.end, label="ORG")
        changed = True
    if changed:
        doc.ents = ents


# Kinds of workplace, and times, said after "at the" where a workplace's own name would go:
# "a nurse at the hospital", "a teacher at the moment".
_NO_NAME = frozenset(
    "hospital hospice clinic surgery practice school college university uni library office "
    "offices airport station store shop supermarket market bank factory plant mill mall gym "
    "church mosque temple synagogue hotel restaurant cafe café bar pub site warehouse port "
    "docks harbour harbor farm zoo museum council court prison jail base hq lab salon garage "
    "depot yard mine kitchen front back desk counter till door reception ward unit "
    "moment minute time weekend weekends end start beginning top bottom same other minute "
    "local usual new old big main weekend nursery daycare agency firm company club".split()
)
_MAX_NAME = 3


def lowercase_workplaces_after_the(doc: Doc) -> list[Span]:
    """ "a midwife at the rotunda", "a chef at the savoy", "a physio over at the beacon": a
    lowercase name after someone's job and "at the", ending the clause, is where they work
    ("a nurse at the hospital" says only what kind of place)."""
    found = []
    for tok in doc[2:-2]:
        if tok.lower_ not in ("at", "@") or doc[tok.i + 1].lower_ != "the":
            continue
        k = tok.i - 1 - (doc[tok.i - 1].lower_ == "over")  # "a physio over at the beacon"
        if doc[k].ent_type_ != "ROLE" and doc[k].lower_ not in JOB_WORDS:
            continue
        start = end = tok.i + 2
        while end < len(doc) and end - start < _MAX_NAME and _a_lowercase_word(doc[end]):
            end += 1
        words = doc[start:end]
        if not words or any(t.lower_ in _NO_NAME for t in words):
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and not (nxt.is_punct or "\n" in nxt.text or nxt.pos_ == "ADP"):
            continue  # "a nurse at the rotunda hospital ward": no name's end in sight
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _a_lowercase_word(tok: Token) -> bool:
    return (
        tok.is_alpha
        and tok.is_lower
        and tok.lower_ not in STOP
        and tok.ent_type_ in ("", "ORG", "FAC", "PERSON")
        and tok.pos_ in ("NOUN", "PROPN", "ADJ", "X")
    )
