"""The writer's trade offered behind a warm opening, with no word of selling in it.

A probe of fresh pairs (nlp/pitch/data/pairs_w.jsonl) found condolences and congratulations
that end in the writer's trade: "If the executor side gets on top of you, that's my day job",
"I fit them for a living and can get one in for you", "we've looked after a lot of families
in Geelong", "happy to have a look at it at my clinic". Each says the writer sells the thing
their news needs, and offers it; the same words about a friend ("my friend Cathal does probate
for a living") or the writer's job told with nothing offered ("I teach piano for a living, so
the recital had me in tears") sell nothing.

Also here: a scheme's deadline used as the push ("I can fit one before the grant closes"),
and a perk for booking ("I'll move you to the top of the waiting list").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# "conveyancing is my line of work", "that's my day job", "it's our bread and butter",
# "probate is what I do all day".
_MY_LINE = re.compile(
    r"\b[\w-]+(?:['’]s|\s+is|\s+are)\s+(?:exactly\s+|literally\s+|actually\s+|very\s+much\s+)?"
    r"(?:my|our)\s+(?:day\s+job|bread\s+and\s+butter|line\s+of\s+work|line\s+of\s+business|"
    r"trade|speciality|specialty|specialism|wheelhouse|forte|area\s+of\s+expertise|"
    r"stock\s+in\s+trade)\b"
    # "probate is what I do all day"
    r"|\b[\w-]+(?:['’]s|\s+is)\s+what\s+(?:I|we)\s+do\s+(?:all\s+day|every\s+day|for\s+work)\b",
    re.IGNORECASE,
)
# "I decorate for a living", "I put panels on roofs for a living".
_FOR_A_LIVING = re.compile(
    r"\b(?:I|we)\s+(?:[\w'’-]+\s+){0,4}?for\s+a\s+living\b",
    re.IGNORECASE,
)
# "...in our family too", "...myself": a habit or an experience shared, not a trade.
_NOT_TRADE = (
    r"(?!\s+(?:too|myself|ourselves|as\s+well|in\s+(?:my|our)\s+(?:family|house|home)|at\s+home|"
    r"with\s+(?:my|our)\s+(?:kids|family)))"
)
# "I do a lot of that", "myself and the team do a lot of it", "we handle loads of those",
# "I do a whole lot of that".
_WHO_DOES = (
    r"(?:I|we|myself\s+and\s+the\s+(?:team|lads|girls)|me\s+and\s+the\s+(?:team|lads|girls)|"
    r"the\s+team\s+and\s+I|my\s+team|our\s+team)"
)
_A_LOT_OF_IT = re.compile(
    r"\b" + _WHO_DOES + r"\s+(?:do|handle|deal\s+with|look\s+after|sort(?:\s+out)?|"
    r"process|fit|install|file|draw\s+up|write)\s+(?:a\s+(?:whole\s+)?lot|a\s+great\s+deal|loads|lots|"
    r"plenty|heaps|tons|a\s+fair\s+bit|a\s+good\s+few|dozens|hundreds)\s+of\s+"
    r"(?:(?:that|this|these|those)\s+(?:kind|sort|type)s?\s+of\s+(?:work|thing|job)s?|"
    r"that|this|it|them|these|those)\b" + _NOT_TRADE,
    re.IGNORECASE,
)
# "I do this a lot and could help", "we deal with this every day": the same, said after it.
_DO_IT_OFTEN = re.compile(
    r"\b" + _WHO_DOES + r"\s+(?:do|handle|deal\s+with|sort(?:\s+out)?)\s+"
    r"(?:this|that|these|those|it)\s+(?:(?:kind|sort|type)\s+of\s+(?:thing|work|job)\s+)?"
    r"(?:a\s+(?:whole\s+)?lot|all\s+the\s+time|every\s+(?:day|week)|daily|for\s+a\s+living|"
    r"professionally|week\s+in\s+week\s+out)\b" + _NOT_TRADE,
    re.IGNORECASE,
)
# "We've looked after a lot of families in Geelong", "we have guided many families": a track
# record told without a number (one with a number is a self_promo pattern in features.py).
_TRACK_RECORD = re.compile(
    r"\b(?:I|we)(?:['’]ve|\s+have)\s+(?:\w+\s+)?(?:looked\s+after|helped|guided|served|"
    r"supported|worked\s+with|handled|sorted|insured|housed|dressed|married)\s+"
    r"(?:a\s+lot\s+of|lots\s+of|loads\s+of|heaps\s+of|many|so\s+many|hundreds\s+of|"
    r"thousands\s+of|dozens\s+of|countless|plenty\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:families|clients|customers|businesses|firms|couples|homeowners|companies|brides|"
    r"patients|landlords|estates|households|owners)\b",
    re.IGNORECASE,
)
# "at my clinic", "out of my little salon", "I have a small studio": the writer's premises,
# named in an offer (gated below). An office is where anyone works, so it is not here; a
# garage is where anyone parks ("it's just sitting in our garage"), so only "at my garage" or
# "bring it to my garage" is a mechanic's; "come see the paintings at my studio" is an
# artist's invitation, so a studio counts only as one the writer has for the work.
_PREMISES = (
    r"clinic|practice|studio|salon|shop|surgery|workshop|showroom|boutique|parlou?r|"
    r"agency|bureau|consultancy"
)
_MY_PREMISES = re.compile(
    r"\b(?:at|to|from|out\s+of)\s+(?:my|our)\s+(?:(?:own|little|small|new|wee)\s+)?"
    r"(?:[\w-]+\s+)?(?:" + _PREMISES + r"|garage)\b(?<!studio)"
    r"|\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:got\s+|also\s+)?(?:have|own|run|got)\s+(?:a|an)\s+"
    r"(?:(?:small|little|tiny|busy|wee|new)\s+)?(?:[\w-]+\s+)?(?:" + _PREMISES + r")\b"
    r"(?!\s+(?:flat|apartment|space|room|session|photo|portrait))",
    re.IGNORECASE,
)
_CLAIMS = (_MY_LINE, _FOR_A_LIVING, _A_LOT_OF_IT, _DO_IT_OFTEN, _TRACK_RECORD, _MY_PREMISES)
# What makes a claim an offer to them: help offered on a condition of theirs or said outright
# ("if you need a hand", "if his coat ever gets away from you", "when you're ready", "I'd be
# glad to", "...and could help", "happy to", "give me a shout", "for you", "on the house").
_OFFERED = re.compile(
    r"\bif\b[^,.;!?]*?\b(?:you|u|y['’]all|your)\b|\bwhenever\s+(?:you|suits)\b"
    r"|\b(?:happy|glad|delighted|honou?red|keen)\s+to\b"
    r"|\bwhen\s+(?:you|you['’]re|you\s+are)\s+ready\b"
    r"|\b(?:I|we)(?:['’]d|['’]ll|\s+would|\s+will|\s+can|\s+could)\b"
    r"|\b(?:and|so)\s+(?:can|could|would|will)\s+(?:help|take|sort|look|come|do|get)\b"
    r"|\bgive\s+(?:me|us)\s+a\s+(?:shout|call|ring|yell|bell|holler)\b|\bjust\s+say\s+the\s+word\b"
    r"|\bcall\s+(?:me|us)\b|\bfor\s+(?:you|u)\b|\blook\s+after\s+you\b"
    r"|\bon\s+(?:me|us|the\s+house)\b",
    re.IGNORECASE,
)


def _spans(doc: Doc, sent: Span, pattern: re.Pattern[str]) -> list[Span]:
    found = []
    for match in pattern.finditer(sent.text):
        span = doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None:
            found.append(span)
    return found


def _offered_around(sents: list[Span], i: int) -> bool:
    """The claim's sentence or the next one offers it to them: "I fit them for a living and
    can get one in for you", "That's my day job. Happy to sit down with you"."""
    return any(_OFFERED.search(s.text) for s in sents[i : i + 2])


# "We've helped a lot of families this year, if you ever want to volunteer": a cause's record.
_A_CAUSE = re.compile(r"\b(?:volunteer\w*|donat\w*|fundrais\w*|charity|appeal)\b", re.I)


def trade_claims(doc: Doc) -> list[Span]:
    """The writer's trade claimed in an offer to them: self-promotion, however warm."""
    sents = list(doc.sents)
    found: list[Span] = []
    for i, sent in enumerate(sents):
        claims = [span for pattern in _CLAIMS for span in _spans(doc, sent, pattern)]
        if claims and _offered_around(sents, i) and not _A_CAUSE.search(sent.text):
            found.extend(claims)
    return found


# "before the government grant closes in April", "while the subsidy lasts", "until the
# rebate runs out": an outside scheme's end used to hurry them, said beside the writer's offer.
_SCHEMES = (
    r"grants?|subsid(?:y|ies)|rebates?|schemes?|incentives?|tax\s+credits?|vouchers?|"
    r"cash-?back|funding|feed-in\s+tariffs?"
)
_SCHEME_ENDS = re.compile(
    r"\b(?:before|while|until|till)\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _SCHEMES + r")\s+(?:\w+\s+)?(?:ends?|closes?|lasts?|expires?|finish(?:es)?|"
    r"runs?\s+out|dries\s+up|is\s+(?:still\s+)?(?:open|on|running|available|around)|"
    r"goes|disappears|stops)\b",
    re.IGNORECASE,
)
_WRITER_DOES = re.compile(r"\b(?:I|we)\b|\bI['’]|\bwe['’]", re.IGNORECASE)


def scheme_deadlines(doc: Doc) -> list[Span]:
    """A scheme's end pressing them to buy from the writer: only in a sentence where the
    writer does something ("I can fit one before the grant closes"); "make the most of
    Edinburgh before the grant ends" is their own plans."""
    found: list[Span] = []
    for sent in doc.sents:
        if _WRITER_DOES.search(sent.text):
            found.extend(_spans(doc, sent, _SCHEME_ENDS))
    return found


# "I'll bump you up the list", "move you to the top of the waiting list": a place in the
# writer's queue handed over as a perk. ("You'll skip the queue if you go early" is advice.)
_QUEUE_JUMP = re.compile(
    r"\b(?:bump|move|put|push|pop|slot)\s+(?:you|u|y['’]all|her|him|them)\s+"
    r"(?:up|straight\s+up|to\s+the\s+(?:top|front)\s+of|at\s+the\s+(?:top|front)\s+of)\s+"
    r"(?:the|my|our)\s+(?:waiting\s+)?(?:list|queue|wait-?list)\b",
    re.IGNORECASE,
)


def queue_jumps(doc: Doc) -> list[Span]:
    return [span for sent in doc.sents for span in _spans(doc, sent, _QUEUE_JUMP)]


# "Mention the club when you book", "just say Gemma sent you when you ring to book a service":
# a perk promised for buying, so it presumes they will.
_BOOKING_PERK = re.compile(
    r"\b(?:mention|say|tell\s+them|quote)\s+(?:me|us|my\s+name|our\s+name|the\s+[\w'’ -]{1,30}?|"
    r"this\s+(?:message|text|note|email)|[A-Z][\w'’-]+\s+sent\s+you)\s+when\s+you\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:book|order|sign\s+up|come\s+in|buy|enrol|enroll|register)\b",
    re.IGNORECASE,
)


def booking_perks(doc: Doc) -> list[Span]:
    return [span for sent in doc.sents for span in _spans(doc, sent, _BOOKING_PERK)]


# "book an ergonomic assessment with me", "book in with me at the practice", "book yourself in
# with us for a few sessions", "book ur engagement shoot with us": a booking with the writer,
# asked of them, is asking for the business. "Book the cottage with us for June" books a
# holiday together, so only what a trade is booked for, or a bare "book in", counts.
_BOOKED_FOR = (
    r"sessions?|assessments?|appointments?|consultations?|check-?ups?|checks?|massages?|"
    r"treatments?|lessons?|classes|class|slots?|visits?|reviews?|surveys?|shoots?|fittings?|"
    r"viewings?|scans?|cleans?|cleanings?|audits?|services?|portraits?|tests?"
)
_BOOK_WITH_ME = re.compile(
    r"\bbook\s+(?:(?:yourself|yourselves|him|her|them|you|u)\s+)?"
    r"(?:in\s+|(?:(?:a|an|your|ur|the|his|her|their|one|[\w'’-]+['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:" + _BOOKED_FOR + r")\s+)"
    r"(?:with|at)\s+(?:me|us|my|our)\b",
    re.IGNORECASE,
)
# What comes before an imperative or a suggested booking: "so book", "do book", "just book".
_BOOK_LEAD_INS = {"so", "and", "just", "do", "please", "then", "to", "should", "can", "could"}


def _book_is_asked(span: Span) -> bool:
    """ "Book" is the verb asked of them, not "your book with me"."""
    book = span[0]
    if book.is_sent_start or book.pos_ == "VERB":
        return True
    # The parser can run "...after the Munro? Book in with me" into one sentence.
    before = book.nbor(-1).text if book.i > 0 else ""
    return before.lower() in _BOOK_LEAD_INS or before in ("?", "!", ".", "-", "•")


def bookings_with_the_writer(doc: Doc) -> list[Span]:
    return [
        span
        for sent in doc.sents
        for span in _spans(doc, sent, _BOOK_WITH_ME)
        if _book_is_asked(span)
    ]
