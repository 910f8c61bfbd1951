"""The last look at each name span before it becomes a person: what of it is a name, said
in a note of many Englishes and languages.

- a greeting, blessing or filler is nobody ("Assalamu alaikum", "insha allah", "yalla");
  nor is "I" ("as do I.");
- a title or form of address is no part of a name ("licenciado Ramírez", "Eng. Tarek",
  "Imran sahab" is Imran);
- the other language's words in a code-switched note are no part of one (nlp/code_switch);
- a name that carries a trade's or a business's word is a business ("Boba Bae", "Kaarigar
  Crafts", "a tiny esports team"), as is "Hwang's" in "Hwang's Naengmyeon" and a job said
  in another tongue ("kaumātua liaison", "pharmacienne")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.code_switch import (
    KIN_WORDS,
    TIME_AND_GATHERINGS,
    code_switched,
    function_words,
    named_after_their_words,
    names_in,
)
from nlp.lexicon import JOB_WORDS, TITLE_WORDS, first_names
from nlp.world_words import (
    GREETINGS,
    GREETINGS_THAT_ARE_NAMES,
    HONORIFIC_AFTER,
    HONORIFIC_AFTER_LOWERCASE,
    TITLES_THAT_ARE_NAMES,
    WORLD_CHAT,
    WORLD_CHAT_THAT_ARE_NAMES,
    WORLD_PLACE_LEADS,
    WORLD_TITLES,
)

# Words of a trade or of what a business sells, that no one is named: "Boba Bae", "Tiny
# Esports", "Kaarigar Crafts", "Hwang's Naengmyeon". (Not "Baker", "Wing" or "Stone":
# those are names too.)
TRADE_WORDS = frozenset(
    "boba esports e-sports gaming crafts handicrafts fitout fitouts naengmyeon ramen pho "
    "sushi tacos taco burritos pizza burgers bagels donuts doughnuts dumplings noodles "
    "bbq patisserie pâtisserie boulangerie panadería panaderia taquería cantina trattoria "
    "creamery gelato boutique apparel couture tailoring bridal jewellers jewelers optics "
    "opticians nails lashes barbershop tattoo tattoos detailing autos tyres removals "
    "couriers haulage catering caterers florals blooms prints printing signs signage "
    "tutoring daycare childcare preschool nursery montessori yoga pilates crossfit "
    "physiotherapy chiropractic dentistry vets veterinary"
    # iwi, trusts and the Spanish and French names of chambers, banks and firms
    " ngāti ngati ngāi ngai iwi rūnanga runanga trust cámara camara chambre banco banque "
    "compañía compania empresa empresas sociedad société societe universidad université "
    "colegio école ecole hôpital hopital clínica clinica ministerio ministère".split()
)
# Jobs said in another tongue or of a community: "kaumātua liaison", "abogada en carey".
WORLD_JOBS = frozenset(
    "liaison kaumātua kaumatua kaitiaki kaiako kaiwhakahaere abogado abogada avocat "
    "avocate pharmacien pharmacienne médecin medico médico ingénieur ingeniero ingeniera "
    "directeur directrice gerente enfermera enfermero infirmière infirmier profesor "
    "profesora professeur dentista dentiste arquitecto arquitecta architecte comptable "
    "notaire notario contador contadora".split()
)
# What a business is called right after its name: "his own ute fitout business".
_BUSINESS_NOUNS = frozenset("business company shop store brand agency startup outfit".split())
_OWN = frozenset("own his her their my our a an the".split())


def world_trimmed(doc: Doc, spans: list[tuple[Span, str | None]]) -> list[tuple[Span, str | None]]:
    """The spans, less what no one is named in them; a span a conjunction of another
    language joins ("carey y su pololo ignacio") is two. Contacts' names stay as found."""
    switched = code_switched(doc)
    out: list[tuple[Span, str | None]] = []
    for span, known_name in spans:
        if known_name is not None:
            out.append((span, known_name))
            continue
        parts = names_in(span) if switched else [span]
        for part in parts:
            kept = _name_part(part)
            if kept is not None and not _a_business(kept) and not _nobody(kept):
                out.append((kept, None))
    if switched:
        taken = {i for span, _ in out for i in range(span.start, span.end)}
        for found in named_after_their_words(doc):
            if not taken & set(range(found.start, found.end)):
                out.append((found, None))
        out.sort(key=lambda m: m[0].start)
    return out


def _name_part(span: Span) -> Span | None:
    """The span less titles before it and forms of address after it."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and _a_title(doc, start, end):
        start += 1
        if start < end and doc[start].text == ".":
            start += 1  # "Eng. Tarek"
    while end - start > 1 and doc[start].is_lower and doc[start].lower_ in KIN_WORDS:
        start += 1  # "sambo Johan": her partner Johan
    while end - start > 1 and said_after_a_name(doc, end - 1):
        end -= 1
    while start < end and _chat_word(doc, start):
        start += 1  # "ketemu rizky pratama", "wid marlon grant": the words of the note
    while start < end and _chat_word(doc, end - 1):
        end -= 1  # "makan", "besok kirim": nobody
    if start > 0 and doc[start - 1].lower_ in WORLD_PLACE_LEADS and _chat_word(doc, start - 1):
        return None  # "di senayan", "inna brooklyn": where, not who
    if start >= end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, "PERSON")


# How many of another language's little words make a note one typed in that language.
_TYPED_IN_IT = 3


def _chat_word(doc: Doc, i: int) -> bool:
    """A little word or exclamation of another English or language, typed lowercase."""
    tok = doc[i]
    if not tok.is_lower:
        return False
    if tok.lower_ in WORLD_CHAT:
        return True
    if tok.lower_ not in WORLD_CHAT_THAT_ARE_NAMES or _hyphened(doc, i):
        return False  # (and "dong-hyun", "ya-ting" are names whatever the note)
    beside = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc)]
    if any(t.is_lower and t.lower_ in WORLD_CHAT for t in beside):
        return True
    # A note typed in that language throughout: "...meetup di kemang ketemu andika"
    return sum(t.is_lower and t.lower_ in WORLD_CHAT for t in doc) >= _TYPED_IN_IT


def _hyphened(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text in ("-", "‐") and not doc[i].whitespace_


def _a_title(doc: Doc, i: int, end: int) -> bool:
    word = doc[i].lower_
    if word not in WORLD_TITLES:
        return False
    after = i + 1 if i + 1 < len(doc) and doc[i + 1].text != "." else i + 2
    before_a_name = after < len(doc) and doc[after].is_alpha
    # "Eng" and "Ing" are names too: a title only before another.
    return before_a_name or word not in TITLES_THAT_ARE_NAMES or i + 1 < end


def said_after_a_name(doc: Doc, i: int) -> bool:
    """A form of address after a given name: "Imran sahab", "Ayşe Hanım", "Kenji san"."""
    if i == 0:
        return False
    tok, before = doc[i], doc[i - 1]
    if before.text in ("-", "‐") and not before.whitespace_:
        return False  # "Tyrone Washington-Bey": a double-barrelled surname
    if tok.lower_ in HONORIFIC_AFTER:
        return True
    lowercase_after = tok.is_lower and before.is_title and bool(before.whitespace_)
    return tok.lower_ in HONORIFIC_AFTER_LOWERCASE and lowercase_after


def _nobody(span: Span) -> bool:
    """A greeting or blessing, "I", a title, a job, a feast or a gathering of another
    language: "Insha Allah", "as do I.", "Pharmacienne", "Lucia fika", "efter nyår"."""
    words = [t.lower_ for t in span if t.is_alpha]
    if not words:
        return True
    if words == ["i"]:
        return True  # "so do I."
    if words in (["kia", "ora"], ["ka", "kite"]):
        return True  # te reo Māori "hello" and "see you", each word a name too
    greeting = any(w in GREETINGS for w in words)
    if greeting and all(w in GREETINGS | GREETINGS_THAT_ARE_NAMES for w in words):
        return True
    if all(w in WORLD_TITLES or w in WORLD_JOBS for w in words):
        return True
    lowercase = all(t.is_lower for t in span if t.is_alpha)
    apart = all(t.is_alpha for t in span) and len(words) > 1  # not "min-ho"
    if lowercase and apart and all(w in function_words() for w in words):
        # "antes del 20": the other language's little words ("del" alone may be Del)
        return not all(w in first_names() for w in words)
    if _a_named_day(span):
        return True
    return any(w in TIME_AND_GATHERINGS for w in words)


def _a_business(span: Span) -> bool:
    """A name with a trade's word in it ("Boba Bae", "tiny esports"), a job of another
    tongue ("kaumātua liaison"), the owner's name of a shop ("Hwang's Naengmyeon"), or what
    a business is called ("his own ute fitout business")."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if any(w in TRADE_WORDS for w in words):
        return True
    if words[-1] in WORLD_JOBS or (words[-1] in JOB_WORDS | TITLE_WORDS and words[0] in WORLD_JOBS):
        return True
    end = span.end - 1 if words[-1] in ("'s", "’s") else span.end
    if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return doc[end + 1].lower_ in TRADE_WORDS  # "Hwang's Naengmyeon"
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in _OWN and after in _BUSINESS_NOUNS and span[0].is_lower


_DAY_LEADS = frozenset("after before on till until by since".split())


def _a_named_day(span: Span) -> bool:
    """ "after Quaid-e-Azam day", "before Columbus Day": a day named for someone."""
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.end].lower_ == "day"
        and doc[span.start - 1].lower_ in _DAY_LEADS
    )
