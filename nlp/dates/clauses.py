"""The clause and the sentence around a date in a note, and the shapes of them that tell
a follow-up (nlp/followups.py): a date with nothing but fillers around it ("nxt wk"), a
correction ("tuesday no wait wednesday"), a heading line above the note ("Hadassah
brunch, Sunday").

Notes are typed fast or dictated, so a clause ends at sentence punctuation, a comma or
a line break, and also at the words that start a new thought in run-on dictation ("so",
"um", an emoji) and at a new subject ("... in january she's got three boys").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

# Where a clause or a sentence ends; "dr." and "St." end neither.
_CLAUSE_END = frozenset(". ! ? ; : ( ) \n".split())
_SENTENCE_END = frozenset(". ! ? ; :".split())
_ABBREVIATIONS = frozenset("dr mr mrs ms st fr jr sr prof rev mt".split())
# A new thought or a new subject starts a clause in run-on dictation, unless after a
# word that makes it a part of the one before ("said she'd ...", "if they ...").
_NEW_THOUGHT = frozenset("so um uh anyway oh btw lol lmao haha ngl tbh".split())
SUBJECTS = frozenset("i he she they we".split())
_SUBORDINATE = frozenset(
    "if that when whether because cause cuz since until till before after what where how "
    "who which once unless while said says think thought guess hope".split()
)
# Words a clause may hold besides its date and still be a terse follow-up ("nxt wk",
# "tmrw 9am", "Petra in a couple weeks", "f/u jan").
_BARE = frozenset(
    "ok okay so then maybe probably sometime around like um uh and also again re w/ w with "
    "both all them him her me us f / u fu f/u followup ping - – — : ? ! ( ) ... + & next "
    "time on it fr lol tbh ngl pls "
    # fillers of the other languages notes slip into: Tagalog "na lang" (instead, just)
    # and "po", Arabic "inshallah" ("after christmas na lang", "next week inshallah")
    "na lang nalang po inshallah insha'allah".split()
)
# Words between two dates that make the later one replace the earlier.
_CORRECTION = frozenset(
    "no nope wait actually sorry i mean or rather make that scratch instead maybe um uh "
    "like - – — , ... ? ! oops espera".split()
)
_STRONG_CORRECTION = frozenset(
    "wait actually sorry scratch rather instead correction espera attends".split()
)
# Words that settle on a day after a vaguer one: "... after christmas, lets say jan 11".
_SETTLING = ("let's say", "lets say", "let s say", "say", "make it", "how about", "ideally")
_SETTLE_REACH = 15
_THE = frozenset("on the el le".split())  # "tuesday no, the wednesday", "el miércoles"
_CORRECTION_PAIRS = frozenset({("i", "mean"), ("make", "that"), ("no", ","), ("no", "no")})


def clause(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The clause around a date. Sentence punctuation, commas and line breaks bound it ("dr."
    and "St." do not; "Feb." before a word does); so do, in run-on dictated notes, the words
    that start a new thought ("so", "um", "anyway", an emoji) and a new subject ("... in
    january she's got three boys")."""

    def stop_before(t: int) -> bool:
        tok = doc[t]
        if t > 0 and _ends_sentence(doc, t - 1):
            return True
        if tok.lower_ in _NEW_THOUGHT or _is_emoji(tok.text):
            return True
        return (
            tok.lower_ in SUBJECTS
            and t > 0
            and doc[t - 1].lower_ not in _SUBORDINATE
            and t + 1 < len(doc)
            and not doc[t + 1].is_punct
            and not (tok.lower_ == "we" and not tok.whitespace_ and doc[t + 1].lower_ == "d")
        )

    lo = start
    while lo > 0 and not stop_before(lo):  # it stops after a clause that ends at lo - 1
        lo -= 1
    if lo < start and (doc[lo].lower_ in _NEW_THOUGHT or _is_emoji(doc[lo].text)):
        lo += 1
    hi = end
    while hi < len(doc) and not _ends_sentence(doc, hi) and not stop_before(hi):
        hi += 1
    return lo, hi


def sentence(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The sentence or line around a date: "Fly fishing. nxt wk" -> "nxt wk"."""

    def stop(t: int) -> bool:
        text = doc[t].text
        if text == "." and t > 0 and doc[t - 1].lower_ in _ABBREVIATIONS:
            return _opens_a_sentence(doc, t + 1)
        return (
            text in _SENTENCE_END
            or "\n" in text
            or (_ends_sentence(doc, t) and text != "," and text not in "()")
        )

    lo = start
    while lo > 0 and not stop(lo - 1):
        lo -= 1
    hi = end
    while hi < len(doc) and not stop(hi):
        hi += 1
    return lo, hi


def _ends_sentence(doc: Doc, t: int) -> bool:
    text = doc[t].text
    if text == "." and t > 0 and doc[t - 1].lower_ in _ABBREVIATIONS:
        return False
    if text in _CLAUSE_END or text == "," or "\n" in text:
        return True
    # "wants listings to stage in Feb. coffee mid-jan": the period sits inside the token
    return (
        len(text) > 2
        and text.endswith(".")
        and text[:-1].isalpha()
        and (text[:-1].lower() not in _ABBREVIATIONS or _opens_a_sentence(doc, t + 1))
        and t + 1 < len(doc)
        and not doc[t + 1].like_num
    )


_AFTER_A_VERB = frozenset("on her him them the a an up back about with in".split())


def _opens_a_sentence(doc: Doc, t: int) -> bool:
    """ "...the deli on Elm St. Decide on the sponsorship": a capitalised verb after "St."
    starts a new sentence, where a name ("St. Mark's", "St. Louis") would not. The tagger
    often calls the verb a proper noun there; what follows it tells ("Decide on", "Send
    her")."""
    if t + 1 >= len(doc) or not doc[t].text[:1].isupper():
        return False
    if doc[t].ent_type_ in ("PERSON", "GPE", "LOC"):
        return False
    nxt = doc[t + 1]
    return doc[t].tag_ == "VB" or (nxt.text.islower() and nxt.lower_ in _AFTER_A_VERB)


def _is_emoji(text: str) -> bool:
    return any(ord(c) >= 0x2190 for c in text) and not any(c.isalnum() for c in text)


_WHY_THEN = frozenset("when once".split())
# Words that take back what was said before a date: "call after lambing? no - next weds".
_TAKING_BACK = frozenset("no nope nah actually wait sorry".split())


def bare(doc: Doc, lo: int, hi: int, span: Span) -> bool:
    """Nothing in lo..hi but the date, fillers and names: "nxt wk", "f/u jan", and "no -
    next weds" taking back what was said before it (but not "no f/u next week"). What
    comes after "when" or "once" past the date only says why then ("probably mid-November
    when things calm down")."""
    for t in doc[lo:hi]:
        if span.start <= t.i < span.end:
            continue
        if t.i >= span.end and t.lower_ in _WHY_THEN:
            return True
        if t.lower_ in _TAKING_BACK and t.i < span.start and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.is_punct or nxt.lower_ in _TAKING_BACK:
                continue
        if t.lower_ in _BARE or t.is_space or t.is_punct or t.ent_type_ in ("PERSON", "ORG"):
            continue  # "Petra in a couple weeks": NER calls a lone first name either
        return False
    return True


def corrects(doc: Doc, earlier: Span, later: Span) -> bool:
    """ "tuesday no wait wednesday", "tonight, actually tomorrow morning", "monday about
    pricing no wait she said tuesday": the later date replaces the earlier one."""
    between = doc[earlier.end : later.start]
    if not between or len(between) > 8:
        return False
    if any(_ends_sentence(doc, t.i) and t.text != "," for t in between):
        return False
    words = [t.lower_ for t in between]
    if words[-1] in ("of", "than", "not"):
        return False  # "early next week instead of this week": the later one is refused
    if all(w in _CORRECTION or w in _THE for w in words) and len(words) <= 5:
        return True
    pairs = set(pairwise(words))
    if set(words) & _STRONG_CORRECTION or pairs & _CORRECTION_PAIRS:
        return True
    return _taken_back(doc, earlier, words)


# Why a day is taken back ("no thats too late", "no before that"), said between it and
# the day that replaces it.
_TOO = frozenset("too before after earlier sooner later".split())
_REASONS = _TOO | frozenset("that thats that's 's s is it way far late early soon like".split())


def _taken_back(doc: Doc, earlier: Span, words: list[str]) -> bool:
    """ "call after tet no thats too late call mid december", "after new year no before
    that like next week": a day taken back with the reason, then the new day; the action
    may be said again before it."""
    if words[0] not in _TAKING_BACK or not set(words) & _TOO:
        return False
    before = {t.lower_ for t in doc[max(0, earlier.start - 8) : earlier.start]}
    return all(w in _REASONS or w in _CORRECTION or w in _THE or w in before for w in words[1:])


def settles(doc: Doc, earlier: Span, later: Span) -> bool:
    """ "meet after christmas to talk it over, lets say the week of jan 11": the later date,
    named after a word that settles on a day, in the same sentence, replaces the earlier."""
    between = doc[earlier.end : later.start]
    if not between or len(between) > _SETTLE_REACH:
        return False
    if any(_ends_sentence(doc, t.i) and t.text != "," for t in between):
        return False
    lead = " ".join(t.lower_ for t in between[-3:]).replace(" '", "'")
    return lead.endswith(_SETTLING)


def heading(doc: Doc, span: Span) -> bool:
    """A date on a note's first line, above more lines, in a line with no verb: the note's
    heading ("Sunday coffee hour @ Hope Community Church", "BNI 2/6 - new visitors")."""
    if any("\n" in t.text for t in doc[: span.start]):
        return False
    end = next((t.i for t in doc[span.end :] if "\n" in t.text), None)
    if end is None:
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in doc[:end])
