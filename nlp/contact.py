"""Whom a note says the user met or talked with: the one rule for what counts as real contact.

Only real contact is a touch (it moves stages, restarts the keep-in-touch clock and closes
a due follow-up). In a note, a person was met or talked with when:

* the note is no correction ("correction: priya is VP finance not CFO", "oops, kevin is
  the one behind on his filings") without a word of meeting or talking, and no second-hand
  news alone ("mike switched to compass": a change and no word of meeting or talking);
* they are nobody's relative (a relative is mentioned, not met);
* and either the note is about them (theirs is the first name in it, or the first on a
  line of a list, not said as someone else's "mike's colleague", nor inside brackets), or
  they are named right after a word of contact ("coffee with", "met", "w/", "heard from",
  "talked to", "called"), or listed with such a person by "and", "&", "then" or a comma
  ("dinner w chidi and ngozi", "met Ana (Stripe), Ben from Figma and Carla"), or open a
  sentence with "also", "and" or "plus" after someone met ("met tama. also hemi walker").

Everyone else the note names is only mentioned: "Grace, realtor at compass (mike's
colleague)" is no contact with Mike, "call with tomasz… leah is handling his lease review"
none with Leah, "heard from chidi, fatima approved his loan" none with Fatima.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from nlp.dates.actions import refused
from nlp.people import FORMS_OF_ADDRESS, RELATIVES, Person

# Words of meeting or talking anywhere in a note: it is no piece of news alone.
MEETING_WORDS = frozenset(
    "met meet meeting coffee lunch dinner breakfast talked chatted called call zoom saw "
    "ran sat caught visited drinks spoke heard texted emailed messaged phoned "
    "brekkie bbq barbie mixer networking meetup cuppa yarn faces".split()
)
# A name right after one of these was met or talked with ("coffee with mike").
_CUES = frozenset(
    "met meet meeting with w/ w called call phoned texted emailed messaged visited saw "
    "congratulated thanked".split()
)
# "heard from chidi", "talked to dana", "spoke with raj", "ran into sam", "caught up w/ jo".
_CUE_PAIRS = frozenset(
    {
        ("heard", "from"),
        ("hear", "from"),
        ("talked", "to"),
        ("talk", "to"),
        ("spoke", "to"),
        ("speak", "to"),
        ("chatted", "to"),
        ("ran", "into"),
        ("bumped", "into"),
        ("zoom", "w/"),
        ("up", "with"),
        ("up", "w/"),
        ("up", "w"),
    }
)
# Words that make the next name someone's ("her pastor, james"), not one of a list.
_SOMEONES = frozenset("that his her their whose".split())
# Between two names of a list of people met together.
_JOINS = frozenset(", and & + plus then".split())
_STOPS = frozenset(". ; : ! ?".split())
_BULLETS = frozenset("- * • – —".split())
_OPEN, _CLOSE = frozenset("( [".split()), frozenset(") ]".split())


# A note that says it corrects an earlier one.
_CORRECTING = frozenset("correction corrections oops typo mistaken".split())


def says_correction(doc: Doc) -> bool:
    """ "correction: thanuja is the one looking for an accountant", "oops, kevin is…"."""
    return any(t.lower_ in _CORRECTING for t in doc)


def where_met_corrected(tok: Token) -> bool:
    """ "correction … and i met him at the Ghana Association xmas planning meeting not the
    igbo union": the words of meeting in a sentence that puts right where they met tell
    of the first meeting, not of a new one."""
    doc = tok.doc
    if not (says_correction(doc) or any(t.lower_ == "actually" for t in doc)):
        return False
    words = [t.lower_ for t in tok.sent]
    met = next((k for k, w in enumerate(words) if w in ("met", "meet")), None)
    return met is not None and "not" in words[met + 1 :]


def met_people(
    doc: Doc, people: Sequence[Person], *, news_only: bool, correction: bool
) -> set[int]:
    """The ids (`id(person)`) of the people the note says the user met or talked with."""
    if correction:
        return set()
    if news_only:
        # "sam lee and I went to the meetup together, he's a cpa at Lee & Co": whoever was
        # with the user was met, whatever news the note also tells
        return {
            id(p)
            for p in people
            if not p.is_relative and not p.of_me
            for m in p.mentions
            if _with_me(doc, m)
        }
    mentions = sorted(
        (
            (m, p)
            for p in people
            if (not p.is_relative or _named_first(doc, p)) and not p.of_me
            for m in p.mentions
        ),
        key=lambda mp: mp[0].start,
    )
    everyone = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    met: set[int] = set()
    if everyone and mentions and mentions[0][0].start == everyone[0].start:
        first = mentions[0][0]
        if (
            not _possessive(first, mentions[0][1])
            and not _bracketed(doc, first)
            and not _not_to_contact(doc, first.start)
        ):
            met.add(id(mentions[0][1]))
    previous: Span | None = None
    for mention, person in mentions:
        if _bracketed(doc, mention):
            previous = mention
            continue
        joined = (
            previous is not None
            and id(_owner(mentions, previous)) in met
            and _joined(doc, previous, mention)
        )
        if _not_to_contact(doc, mention.start):
            previous = mention
            continue
        if (
            _after_cue(doc, mention.start)
            or joined
            or _opens_a_line(doc, mention, person)
            or _with_me(doc, mention)
            or (met and _goes_on(doc, mention.start))
        ):
            met.add(id(person))
        previous = mention
    return met


_AND = frozenset("and & +".split())
_ME = frozenset("i me".split())


def _with_me(doc: Doc, span: Span) -> bool:
    """ "sam lee and I went…", "me and dana drove…": someone the user was with."""
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return (len(after) == 2 and after[0] in _AND and after[1] in _ME) or (
        len(before) == 2 and before[1] in _AND and before[0] in _ME
    )


def _named_first(doc: Doc, person: Person) -> bool:
    """ "met segun, tunde's brother in law": a relative named before who they are to
    someone is someone the user met; "her husband tom" is only mentioned."""
    if person.newborn:
        return False  # "she just had a wee girl called zara": nobody the user met
    start = person.mentions[0].start
    return not any(t.lower_ in RELATIVES for t in doc[max(0, start - 4) : start])


def _joined(doc: Doc, previous: Span, mention: Span) -> bool:
    """ "chidi and ngozi", "dana, raj and priya", "Mike from Northwind and Sarah"; but not
    "heard from chidi, fatima approved his loan", where a comma starts a new clause."""
    gap = doc[previous.end : mention.start]
    words = [t.lower_ for t in gap]
    if not words or len(words) > 8 or not _JOINS & set(words):
        return False
    if _SOMEONES & set(words):
        return False  # "heard from dana that her pastor, james cole, runs…": only mentioned
    if mention.end < len(doc) and doc[mention.end].lower_ in ("'s", "’s"):
        return False  # "met segun, tunde's brother in law": whose brother, not met
    if any(
        t.is_sent_start or t.pos_ in ("VERB", "AUX") or t.text in _STOPS or "\n" in t.text
        for t in gap
    ):
        return False
    if words != [","]:
        return True
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is None or nxt.pos_ not in ("VERB", "AUX")


def _owner(mentions: Sequence[tuple[Span, Person]], span: Span) -> Person:
    return next(p for m, p in mentions if m.start == span.start)


def _opens_a_line(doc: Doc, span: Span, person: Person) -> bool:
    """ "- Ana, VP sales at Stripe" under "mixer tonight:": each line of a list of people is
    about the person it opens with, as a one-line note is."""
    k = span.start - 1
    while k >= 0 and doc[k].text in _BULLETS:
        k -= 1
    return k >= 0 and "\n" in doc[k].text and not _possessive(span, person)


# A sentence that goes on with the people met: "met tama. also hemi walker…", ". and losana".
_GOES_ON = frozenset("also and plus".split())


def _goes_on(doc: Doc, start: int) -> bool:
    """ "…met tama ngata. also hemi walker from walker builders": a name opening a sentence
    with "also", "and" or "plus" is one more person met, once someone before was."""
    k = start - 1
    while k >= 0 and doc[k].lower_.rstrip(".") in FORMS_OF_ADDRESS:
        k -= 1
    if k < 0 or doc[k].lower_ not in _GOES_ON:
        return False
    return k == 0 or doc[k].is_sent_start or doc[k - 1].text in _STOPS or "\n" in doc[k - 1].text


_TO_THEM = frozenset("with to up w/ w".split())


def _not_to_contact(doc: Doc, start: int) -> bool:
    """ "no need to ring gary", "needn't follow up with ana": someone the note says not to
    contact is not met by being named."""
    k = start - 1
    while k > 0 and start - k <= 3 and doc[k].lower_ in _TO_THEM:
        k -= 1
    return k >= 0 and refused(doc, k)


def _after_cue(doc: Doc, start: int) -> bool:
    k = start - 1
    while k >= 0 and (
        doc[k].lower_ in FORMS_OF_ADDRESS or doc[k].lower_.rstrip(".") in FORMS_OF_ADDRESS
    ):
        k -= 1  # "met dr. olumide", "also met tita cora santos", "met brother abdi"
    k = _past_whose(doc, k)  # "met the groom's uncle kofi"
    if k < 0:
        return False
    word = doc[k].lower_
    if word in _CUES:
        return True
    if k >= 1 and (doc[k - 1].lower_, word) in _CUE_PAIRS:
        return True
    return _introduced_to_me(doc, k)


_WHOSE_LEADS = frozenset("the a an my our".split())


def _past_whose(doc: Doc, k: int) -> int:
    """Before "the groom's uncle", "the bride's cousin": where the words start, so a word of
    meeting before them is found ("also met the groom's uncle kofi" met Kofi)."""
    j = k - 1 if k >= 0 and doc[k].lower_ in RELATIVES else k
    if (
        j >= 2
        and doc[j].lower_ in ("'s", "’s")
        and doc[j - 1].is_lower
        and doc[j - 2].lower_ in _WHOSE_LEADS
    ):
        return j - 3
    return k


# Said of an introduction made without meeting: "introduced me to aoife by email".
_APART = frozenset("email e-mail emailed linkedin text whatsapp dm online".split())


def _introduced_to_me(doc: Doc, k: int) -> bool:
    """ "kieran introduced me to aoife byrne at the craft fair": the user met her there (a
    note of meeting her said "you haven't met yet", trial 20); not an intro by email."""
    if k < 2 or doc[k].lower_ != "to" or doc[k - 1].lower_ not in ("me", "us"):
        return False
    verb = doc[k - 2].lower_
    if verb == "'d" and k >= 3:
        verb = doc[k - 3].lower_  # "intro'd me to"
    if not verb.startswith("intro"):
        return False
    return not any(t.lower_ in _APART for t in doc[k].sent)


def _possessive(span: Span, person: Person) -> bool:
    """ "mike's colleague", "mikes son": the note is about someone of theirs."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'"):
        return True
    last = span[-1].lower_
    return last.endswith("s") and last[:-1] in {w.lower() for w in person.name.split()}


def _bracketed(doc: Doc, span: Span) -> bool:
    """Inside an aside: "(mike's colleague)"."""
    depth = 0
    for tok in doc[: span.start]:
        if tok.text in _OPEN:
            depth += 1
        elif tok.text in _CLOSE:
            depth = max(0, depth - 1)
    return depth > 0
