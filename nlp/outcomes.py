"""News that settles what was known: a plan carried out ("finished the marathon", "got into
michigan") or a need met ("hired the second chef", "no longer needs a chef").

The trained detail spans miss many of these, or take the thing for a job ("got a second
chef" is not Marco's work). Read as news (a plan), the coach lets them replace the plan or
the need they settle (coach/facts.py)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span

# Verbs in the past that say something is done or got.
DONE = frozenset(
    "finished completed ran launched opened moved hired found sorted filled got accepted "
    "admitted".split()
)
# What each verb must be followed by to be news: "ran the marathon", not "ran into tomasz";
# "moved to denver", not "moved the call"; "got into michigan" or "got a chef", not "got
# coffee".
_NEXT = {
    "ran": frozenset("the a an her his their".split()),
    "moved": frozenset("to into back".split()),
    "got": frozenset("into in the a an her his their".split()),
    "found": frozenset("the a an her his their".split()),
    "opened": frozenset("the a an her his their".split()),
}
# Things got in passing, or given (the ledger's): "got coffee", "got a referral from her".
_NOT_NEWS = frozenset(
    "coffee lunch dinner drinks breakfast beer call text email message chance intro "
    "introduction referral recommendation gift ticket tickets time sense feeling".split()
)
# Said of yourself: "I finished the deck" is not the contact's news.
_SELF = frozenset("i we i've we've".split())
# Between who and the verb: "she finally got", "tyler was accepted".
_BETWEEN = frozenset("just finally already recently also actually has had have was were".split())
# Where the news ends and the sentence goes on: "finished the marathon | last sunday".
_STOPS = frozenset(
    "and but so because when after before last yesterday today tonight this on lol "
    "finally which who "
    # dictation runs on into the next clause: "got the loan he called me super happy"
    "he she they we i he's she's they're".split()
)
# Words between a verb and its thing: "got a second chef", "hired the new sous chef".
_LEADS = frozenset("a an the his her their our my new second another first out up".split())
_NEEDS = frozenset("need needs needed".split())
MAX_WORDS = 6


def settled_by(span: Span) -> int | None:
    """Where the verb is that makes `span` news rather than a job or a want: "got [a second
    chef]", "[found an apartment]"; None when nothing settles it."""
    doc = span.doc
    if _asked(doc, span.start):
        return None
    if span[0].lower_ in DONE:
        return span.start
    k = span.start - 1
    while k >= 0 and (doc[k].lower_ in _LEADS or doc[k].like_num):
        k -= 1
    if k >= 0 and doc[k].lower_ in DONE and _done_verb(doc, k):
        return k
    return None


def news_from(doc: Doc, at: int, hi: int) -> str | None:
    """The news that starts at the verb doc[at], up to where its clause goes on ("finished
    the marathon" out of "finished the marathon last sunday"); None when it names no thing."""
    end = at + 1
    while end < hi and not doc[end].is_punct and doc[end].lower_ not in _STOPS:
        end += 1
    words = doc[at:end]
    if len(words) > MAX_WORDS:
        # "got the charge nurse job at hennepin healthcare": the news, without where
        cut = next((t.i for t in words[2:] if t.pos_ == "ADP"), end)
        words = doc[at:cut]
    things = [t for t in words[1:] if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ", "X")]
    if not things or len(words) > MAX_WORDS or things[-1].lower_ in _NOT_NEWS:
        return None
    return words.text


def done_verbs(doc: Doc, lo: int, hi: int) -> list[int]:
    """Verbs in doc[lo:hi] that carry news of something done ("marco hired the chef"), not
    one that asks ("has he found a chef?") or is a want ("wants to get a dog")."""
    return [
        i
        for i in range(lo, hi)
        if doc[i].lower_ in DONE and _done_verb(doc, i) and not _asked(doc, i)
    ]


def _asked(doc: Doc, i: int) -> bool:
    """doc[i] is in a question ("has he found a chef yet?"): what it says is not known."""
    for token in doc[i:]:
        if token.text in (".", "!", ";", "\n"):
            return False
        if token.text == "?":
            return True
    return False


def _done_verb(doc: Doc, i: int) -> bool:
    k = i - 1
    while k >= 0 and doc[k].lower_ in _BETWEEN:
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    follows = _NEXT.get(doc[i].lower_)
    if follows is not None and after not in follows:
        return False
    # "to get", "will get", "hasn't found": a plan or a want, not news.
    return before not in ("to", "will", "not", "n't", "never", "if", "yet", *_SELF)


def no_longer_needs(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """ "marco no longer needs a chef", "doesn't need a chef anymore", "is no longer
    looking for a bookkeeper": the need's words. "found a caterer, so no longer need one":
    the thing found."""
    words = [t.lower_ for t in doc[lo:hi]]
    pairs = list(itertools.pairwise(words))
    at = next((k for k, w in enumerate(words) if w in _NEEDS), None)
    if at is None:  # "looking for a bookkeeper": the words after "for"
        at = next((k + 1 for k, pair in enumerate(pairs) if pair in _LOOKING), None)
    if at is None:
        return None
    if ("no", "longer") not in set(pairs) and "anymore" not in words:
        return None
    start = lo + at + 1
    end = start
    while end < hi and not doc[end].is_punct and doc[end].lower_ not in _STOPS | {"anymore"}:
        end += 1
    if end == start + 1 and doc[start].lower_ in _ONE:
        return _found_before(doc, lo, start)
    return (start, end) if end > start else None


_LOOKING = frozenset((verb, "for") for verb in "looking searching hunting shopping".split())
# "no longer need one": the need is the thing just said to be found.
_ONE = frozenset("one it them any".split())


def _found_before(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """ "found a caterer, so no longer need one": the words of the thing found."""
    verbs = done_verbs(doc, lo, hi)
    if not verbs:
        return None
    start = verbs[-1] + 1
    while start < hi and doc[start].lower_ in _LEADS:
        start += 1
    end = start
    while end < hi and not doc[end].is_punct and doc[end].lower_ not in _STOPS:
        end += 1
    return (start, end) if end > start else None


# The user's offer taken up: "accepted my quote for the rewiring", "said yes to the
# estimate", "booked me to fit the boiler", "we agreed I'll start in March". What was agreed
# is no longer a need to help with (the coach keeps it as history).
# A met need's Change.new when the user's offer was taken up: dealt with them, not news.
AGREED = "agreed"
_OFFERS = frozenset("quote quotes estimate estimates price prices offer proposal tender".split())
_AGREED = frozenset("agreed agree".split())
_BOOKED = frozenset("booked hired".split())
# Between "agreed" and what was agreed: "we agreed (that) (i'll) start…".
_AGREED_LEADS = frozenset("that on to i i'll 'll will we we'll 'd i'd with it".split())
_NOT = frozenset("not n't never hasn't haven't didn't won't yet if to".split())
_AGREED_STOPS = frozenset("and but so because when if lol though".split())


def agreed_on(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The words of what the user and a contact agreed in doc[lo:hi]: "the rewiring" of
    "said yes to the quote for the rewiring", "fit the boiler" of "booked me to fit the
    boiler", "start in march" of "we agreed i'll start in march"; None if nothing was."""
    for i in range(lo, hi):
        word = doc[i].lower_
        if _denied(doc, lo, i):
            continue
        if word in _AGREED and doc[i - 1].lower_ in ("we", "i", "both", "all", "and"):
            return _thing(doc, i + 1, hi, _AGREED_LEADS)
        if word in _BOOKED and i + 2 < hi and doc[i + 1].lower_ in ("me", "us"):
            return _thing(doc, i + 2, hi, frozenset({"to", "for", "in"}))
        taken = word == "accepted" or (word == "yes" and doc[i - 1].lower_ == "said")
        if taken and any(t.lower_ in _OFFERS for t in doc[i + 1 : min(hi, i + 5)]):
            offer = next(t.i for t in doc[i + 1 : hi] if t.lower_ in _OFFERS)
            if offer + 1 < hi and doc[offer + 1].lower_ in ("for", "on"):
                return _thing(doc, offer + 2, hi, frozenset())
            return (offer, offer + 1)
    return None


def _denied(doc: Doc, lo: int, i: int) -> bool:
    """ "hasn't accepted", "didn't agree", "if she accepts": not agreed (yet)."""
    k = i - 1
    while k >= lo and doc[k].lower_ in _BETWEEN:
        k -= 1
    return (k >= lo and doc[k].lower_ in _NOT) or _asked(doc, i)


def _thing(doc: Doc, start: int, hi: int, leads: frozenset[str]) -> tuple[int, int] | None:
    while start < hi and doc[start].lower_ in leads:
        start += 1
    end = start
    while end < hi and not doc[end].is_punct and doc[end].lower_ not in _AGREED_STOPS:
        end += 1
    return (start, end) if end > start else None
