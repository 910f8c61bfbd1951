"""DateFinder: the date phrases in a parsed note, found with the grammar.

At each word the longest phrase the grammar reads is taken, left to right. A phrase that
is a date only in context is kept only in that context: a month alone after a follow-up
word ("f/u jan", not "Jan Kowalski"), an ordinal before no noun ("f/u 16th", "by the
fifth", not "the 3rd floor"), "sat" or "sun" after no subject ("coffee sat", not "I sat"),
a holiday that names no thing ("after Thanksgiving", not "after the Christmas dinner").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from nlp.dates.grammar import Grammar
from nlp.dates.terms import Holiday, Parse, Weekday
from nlp.dates.words import NAME_LIKE_HOLIDAYS, TIME_WORDS, doc_words
from nlp.lexicon import WEEKDAYS

# Words after which a phrase that needs its context ("jan", "16th", "2wks") is a date.
_FOLLOW_CUES = frozenset("f/u fu followup follow-up ping reconnect".split())
_CUE_PAIRS = frozenset({("follow", "up"), ("touch", "base"), ("check", "in"), ("circle", "back")})
_DAY_CUES = _FOLLOW_CUES | frozenset(
    "call email text meet coffee lunch due deliver send mtg meeting demo".split()
)
# "I sat", "we sat down", "the sun was out": not Saturday or Sunday.
_NOT_BEFORE_SAT = frozenset("i we he she they you who just never had has have and the a".split())
_NOT_AFTER_SAT = frozenset(
    "down between next with in at on through around by there here for together up beside "
    "across outside inside behind near is was 's shining came comes set rose - – w/ w".split()
)
_MEALS = frozenset("coffee lunch brunch breakfast dinner drinks".split())
_HOLIDAY_LEADS = frozenset("on at for".split())
# Texting words the tagger calls nouns: "chase kemi after thanksgiving lol".
_CHAT_WORDS = frozenset("lol lmao haha tbh ngl fr pls btw asap ok okay thx".split())
_DETERMINERS = frozenset("the a an our their his my your every each".split())
_ON_DAY = frozenset("on by until till til from due before after starting".split())
_BY_VERBS = frozenset(
    "swing swinging stop stopping drop dropping come coming pop popping go going walk "
    "stopped swung dropped came went".split()
)


class DateFinder:
    """Finds date phrases in a Doc with the grammar: the longest phrase at each word, left
    to right. A phrase that is a date only in context ("f/u jan", "coffee sat", "f/u 16th")
    is kept only in that context."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, doc: Doc) -> list[Span]:
        words, first, last = doc_words([(t.text, t.whitespace_) for t in doc])
        grammar = Grammar(words)
        spans: list[Span] = []
        i = 0
        while i < len(words):
            found = grammar.phrase(i)
            if found is not None and words[i] == "by" and i > 0 and words[i - 1] in _BY_VERBS:
                found = None  # "swing by next week": "by" belongs to the verb
            if found is None or found.end <= i:
                i += 1
                continue
            start, end = first[i], last[found.end - 1] + 1
            aligned = (i == 0 or last[i - 1] < start) and (
                found.end >= len(words) or first[found.end] >= end
            )
            if aligned and self._in_context(doc, start, end, found):
                spans.append(Span(doc, start, end, label="DATE"))
                i = found.end
            elif aligned and found.loose in ("holiday", "week_number"):
                i = found.end  # "black friday eve": no "friday" either
            else:
                i += 1
        return spans

    def _in_context(self, doc: Doc, start: int, end: int, found: Parse) -> bool:
        before = doc[start - 1].lower_ if start > 0 else ""
        if isinstance(found.term, Holiday) and found.term.rel != "weekend" and end < len(doc):
            noun = doc[end]
            if noun.tag_ in ("NN", "NNS") and noun.lower_ not in TIME_WORDS | _CHAT_WORDS:
                return False  # "after the Christmas dinner", "before the thanksgiving rush"
            if found.term.name in NAME_LIKE_HOLIDAYS and noun.text[:1].isupper() and noun.is_alpha:
                return False  # "after Bayram Yılmaz signs": a man, not the Eid
        weekday = isinstance(found.term, Weekday) and doc[start].lower_ in WEEKDAYS
        if weekday and before in _DETERMINERS:
            return False  # "the Tuesday desert run"
        if found.loose is None:
            return True
        cue = _cue_before(doc, start)
        nxt = doc[end] if end < len(doc) else None
        if found.loose == "month":
            if not cue or (nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha):
                return False  # "f/u Jan Kowalski"
            return not (doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B"
                        and nxt is not None and nxt.ent_iob_ == "I")  # fmt: skip
        if found.loose in ("ordinal", "the_ordinal", "spelled_ordinal"):
            # "the first-time buyer grant", "the 3rd floor", "we spent the first hour"
            if nxt is not None and (nxt.text in ("-", "–") or nxt.tag_ in ("NN", "NNS", "JJ")):
                return nxt.lower_ in TIME_WORDS or nxt.lower_ in ("w/", "w", "re")
            if found.loose == "the_ordinal":
                return True
            return cue or before in _DAY_CUES or before in _ON_DAY
        if found.loose == "week_number":  # "until KW 50", not "CW3 Obi Nnadozie" (a rank)
            return cue or before in _ON_DAY or before in ("in", "ab", "bis", "für", "for")
        if found.loose == "duration":
            return cue or before in _DAY_CUES
        if found.loose == "weekend_day":
            after = doc[start + 1] if start + 1 < len(doc) else None
            if before in _NOT_BEFORE_SAT or (after is not None and after.ent_iob_ == "I"):
                return False  # "I sat", "Sun Li"
            if (
                doc[start].text[:1].isupper()
                and (start == 0 or doc[start - 1].is_punct or (doc[start - 1].is_space))
                and after is not None
                and after.is_alpha
            ):
                return after.lower_ in TIME_WORDS  # "Sat most of Saturday next to Ikenna"
            if after is not None and after.lower_ == "for" and start + 2 < len(doc):
                return doc[start + 2].lower_ in _MEALS  # "meet Mari sat for coffee"
            return after is None or after.lower_ not in _NOT_AFTER_SAT
        if found.loose == "holiday":
            return before in _HOLIDAY_LEADS and (nxt is None or not nxt.tag_.startswith("NN"))
        if found.loose == "scots_today":
            return _scots_today(doc, start, end)
        if found.loose == "quarter":
            return before in ("in", "for", "during", "by", "until", "before") or cue
        return False


# Words that may follow "the night" / "the day" said as a date: the clause ends there.
_AFTER_TODAY = frozenset("and so then about re , . ; ! ? - – —".split())


def _scots_today(doc: Doc, start: int, end: int) -> bool:
    """ "phone her the night", "chamber breakfast the day": Scots for tonight and today,
    at the end of a clause and after no verb, preposition or determiner ("stayed the
    night", "on the day", "all the day"), and with nothing that makes it a noun after it
    ("the night we met", "the day before the wedding")."""
    before = doc[start - 1] if start > 0 else None
    if before is None or before.tag_.startswith("VB") or before.tag_ in ("IN", "DT", "PDT"):
        return False
    if before.lower_ in ("of", "to", "all", "that", "what"):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or nxt.is_space or nxt.lower_ in _AFTER_TODAY


def _cue_before(doc: Doc, start: int) -> bool:
    """A follow-up shorthand right before ``start``: "f/u", "ping", "check in"."""
    if doc[start].text.startswith("~"):
        return True  # "~march": roughly then
    if start == 0:
        return False
    prev = doc[start - 1].lower_
    if prev in _FOLLOW_CUES:
        return True
    if start >= 3 and prev == "u" and doc[start - 2].text == "/" and doc[start - 3].lower_ == "f":
        return True
    return start >= 2 and (doc[start - 2].lower_, prev) in _CUE_PAIRS
