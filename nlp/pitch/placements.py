"""Placements, held dates and take-overs: the asks of recruiters, agencies and freelancers that
carry no word of selling.

A console trial by a recruiter found these read as warm or neutral (1 to 9 out of 100):
- "any openings on your team? i have some great devops people on my books": their vacancies
  asked for, with the writer's people to fill them (an agency's sales call);
- "I've got three roles that fit you perfectly, can I put you forward?": the writer's roles
  pushed at a candidate, who is asked to be put forward for them;
- "I'm holding a few 2027 dates, do you want me to pencil yours in?": a booking sold as a date
  kept for them;
- "your backups look a bit shaky… we could take them over for you": a fault found in their
  setup and the writer's firm offered to run it.
Each needs both halves: "any openings on your team?" alone is a job seeker's question, "I've got
three photos of you" shares, "I'm holding the hen party plans" books nothing and "your backups
look shaky" alone is a worry.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_FLAGS = re.IGNORECASE

# Their vacancies asked for: "any openings on your team?", "are you hiring at the moment?",
# "is your team recruiting?", "any roles open in your department?", "got any open reqs".
_OPENINGS_ASKED = re.compile(
    r"\b(?:any|got any|have you any|do you have any)\s+(?:\w+\s+)?(?:openings?|vacanc(?:y|ies)|"
    r"open\s+(?:roles?|positions?|reqs?)|roles?\s+open|positions?\s+open|reqs?)\b[^.!?]*"
    r"|\b(?:are|is)\s+(?:you|your\s+(?:team|company|firm|department|crowd|lot))\s+"
    r"(?:\w+\s+)?(?:hiring|recruiting)\b[^.!?]*",
    _FLAGS,
)
# The writer's people to fill them: "i have some great devops people on my books", "I've a
# couple of great SREs on my desk", "have a few data people looking", "I look after some
# excellent cloud engineers", "my bench of Java contractors".
_PEOPLE = (
    r"(?:people|devs?|developers?|engineers?|analysts?|testers?|candidates?|contractors?|"
    r"consultants?|designers?|nurses?|accountants?|temps?|staff|talent|profiles?|sres?|"
    r"architects?|managers?|folks|hires)"
)
_MY_PEOPLE = re.compile(
    r"\b(?:i(?:['’]?ve| have)?(?:\s+got)?|have|got|i\s+look\s+after|we(?:['’]?ve| have))\s+"
    r"(?:a\s+(?:few|couple(?:\s+of)?|handful\s+of)|some|several|two|three|four|five|loads\s+of|"
    r"plenty\s+of)\s+(?:\w+\s+){0,3}?" + _PEOPLE + r"\b[^.!?]*"
    r"|\bmy\s+(?:bench|books|desk|pool|roster|network)\s+of\s+[^.!?]*",
    _FLAGS,
)
# A list the people are on, or their being free, that makes them the writer's to place.
_ON_MY_BOOKS = re.compile(
    r"\bon\s+(?:my|our)\s+(?:books|desk|bench|roster|database|list)\b|\bavailable\b|"
    r"\blooking\b|\bkeen\b|\bready\s+to\s+(?:go|start)\b|\bmy\s+(?:bench|books|desk|pool)\b",
    _FLAGS,
)

# The writer's roles that fit the reader: "three roles that fit you perfectly", "two amazing
# contracts that are a perfect match for your profile", "a few positions that would suit you".
_ROLES_FOR_YOU = re.compile(
    r"\b(?:roles?|positions?|jobs?|contracts?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|"
    r"gigs?)\b[^.!?]{0,40}?\b(?:fit|fits|suit|suits|match|matches|perfect\s+for|ideal\s+for|"
    r"perfect\s+match|made\s+for)\b[^.!?]{0,25}?\b(?:you|your)\b"
    r"|\b(?:you['’]d|you\s+would)\s+be\s+(?:ideal|perfect|a\s+great\s+fit)\b"
    # "some great contract roles for you to look at"
    r"|\b(?:roles?|positions?|jobs?|contracts?|vacanc(?:y|ies))\s+for\s+you\b",
    _FLAGS,
)
# ...and the ask to put them up for it: "can I put you forward?", "shall I send your CV
# across?", "ok if i submit you for them?", "can I get you an interview lined up?".
_PUT_FORWARD = re.compile(
    r"\b(?:put|putting)\s+you\s+(?:forward|up|in)\b[^.!?]*"
    r"|\b(?:send|sending|forward|forwarding|submit|submitting|pass)\s+(?:on\s+)?"
    r"(?:your\s+(?:cv|resume|résumé|details|profile)|you)\b[^.!?]*"
    r"|\b(?:get|line)\s+you\s+(?:an?\s+)?(?:interview|chat|call)\b[^.!?]*"
    r"|\binterview\s+lined\s+up\b[^.!?]*",
    _FLAGS,
)

# A booking kept for them: "I'm holding a few 2027 dates", "only a handful of summer slots
# left", "my 2027 calendar is filling up", "I've opened my diary for spring events".
_DATES_KEPT = re.compile(
    r"\b(?:holding|keeping|saving)\s+(?:a\s+few|some|two|three|a\s+couple\s+of)\s+"
    r"(?:\w+\s+)?(?:dates|slots|spots|places|days)\b"
    r"|\b(?:dates|slots|spots|places)\s+(?:left|remaining)\b"
    r"|\b(?:calendar|diary|books)\s+(?:is|are)\s+filling\s+up\b"
    r"|\bopened\s+my\s+(?:diary|calendar|books)\b",
    _FLAGS,
)
# ...and the offer to book theirs: "do you want me to pencil yours in?", "shall I reserve a
# date for your wedding shoot?", "want me to hold one for you?", "lock in a date for your team".
_BOOK_YOURS = re.compile(
    r"\b(?:pencil|put|book|lock|pop)\s+(?:yours|you|your\s+\w+|one)\s+in\b[^.!?]*"
    r"|\b(?:reserve|hold|save|keep|lock\s+in|block\s+out)\s+(?:a|one|the)\s+(?:date|day|slot|"
    r"spot|place)?\s*(?:for\s+you(?:r\s+[^.!?]*)?)?[^.!?]*"
    r"|\b(?:hold|save|keep)\s+one\s+for\s+you\b[^.!?]*",
    _FLAGS,
)

# A fault found in their setup: "your backups look a bit shaky", "your website is pretty slow
# on mobile", "saw your payroll setup and it looks a bit messy", "your office wifi security
# looks quite weak".
_FAULT_FOUND = re.compile(
    r"\byour\s+(?:[\w'’]+\s+){0,3}?(?:\w+)\s+(?:and\s+it\s+)?(?:looks?|seems?|is|are|feels?)\s+"
    r"(?:(?:a\s+bit|a\s+little|pretty|quite|very|really|rather|kind\s+of|fairly)\s+)?"
    r"(?:shaky|messy|slow|weak|outdated|dated|clunky|insecure|risky|patchy|flaky|old|"
    r"out\s+of\s+date|all\s+over\s+the\s+place|a\s+mess)\b"
    r"|\b(?:it|they)\s+(?:looks?|seems?)\s+(?:(?:a\s+bit|quite|pretty|a\s+little)\s+)?"
    r"(?:shaky|messy|slow|weak|outdated|clunky|patchy|flaky)\b",
    _FLAGS,
)
# ...and the writer's firm offered to run or redo it: "we could take them over for you", "we
# could run the whole thing for you", "we could rebuild it for you", "my firm could take over
# your IT support".
_TAKE_IT_OVER = re.compile(
    r"\b(?:we|i|my\s+(?:firm|team|company|agency)|our\s+(?:firm|team|company|agency))\s+"
    r"(?:could|can|would|'d|’d)\s+(?:happily\s+|easily\s+)?"
    r"(?:take\s+(?:\w+\s+)?over|run|rebuild|redo|manage|handle|sort|fix|overhaul|look\s+after)"
    r"\b[^.!?]*",
    _FLAGS,
)


def _spans(doc: Doc, sent: Span, matches: list[re.Match[str]]) -> list[Span]:
    found = []
    for match in matches:
        span = doc.char_span(
            sent.start_char + match.start(),
            sent.start_char + match.end(),
            alignment_mode="expand",
        )
        if span is not None:
            found.append(span)
    return found


def _in_sentences(doc: Doc, pattern: re.Pattern[str]) -> list[Span]:
    found = []
    for sent in doc.sents:
        found += _spans(doc, sent, list(pattern.finditer(sent.text)))
    return found


def _people_to_place(doc: Doc) -> bool:
    """The writer has people on their books: "i have some great devops people on my books"."""
    for match in _MY_PEOPLE.finditer(doc.text):
        rest = doc.text[match.start() : match.end() + 20]
        if _ON_MY_BOOKS.search(rest) or re.match(r"my\s", match.group(), _FLAGS):
            return True
    return False


def placements_offered(doc: Doc) -> dict[str, list[Span]]:
    """The asks of a recruiter, an agency or a freelancer with no selling word in them, by kind:
    "openings" (their vacancies asked with the writer's people to fill them), "placement"
    (roles pushed at them and an ask to put them forward), "dates" (a date held and an offer to
    book theirs) and "takeover" (a fault found in their setup and the writer's firm offered)."""
    found: dict[str, list[Span]] = {}
    if _people_to_place(doc):
        found["openings"] = _in_sentences(doc, _OPENINGS_ASKED)
    if _ROLES_FOR_YOU.search(doc.text):
        found["placement"] = _in_sentences(doc, _PUT_FORWARD)
    if _DATES_KEPT.search(doc.text):
        found["dates"] = _in_sentences(doc, _BOOK_YOURS)
    if _FAULT_FOUND.search(doc.text):
        found["takeover"] = _in_sentences(doc, _TAKE_IT_OVER)
    return {kind: spans for kind, spans in found.items() if spans}


# The writer's free time offered for their trade: "I have availability next month if you need
# any copywriting done", "I've some capacity for new clients in January if you need a
# bookkeeper". Free time offered for a move or a lift ("a spare van if you need") sells nothing.
_CAPACITY = re.compile(
    r"\b(?:i|we)(?:\s+(?:have|'ve|’ve|ve)|['’]ve|\s+now\s+have)\s+(?:got\s+)?(?:some\s+|a\s+bit\s+of\s+|"
    r"a\s+little\s+|spare\s+)?(?:availability|capacity|space\s+for\s+new\s+clients)\b[^.!?]*?"
    r"\bif\s+you\s+(?:ever\s+)?need\b[^.!?]*",
    _FLAGS,
)
# The writer's person put in front of them: "I have a great candidate for you", "I've found
# the perfect project manager for your team", "I have a brilliant senior designer free from
# Monday".
_PERSON_FOR_YOU = re.compile(
    r"\b(?:i|we)(?:\s+(?:have|'ve|’ve)|['’]ve)\s+(?:got\s+|found\s+|just\s+found\s+)?"
    r"(?:a|an|the)\s+(?:great|perfect|brilliant|fantastic|strong|excellent|amazing|superb|"
    r"cracking|ideal)\s+(?:\w+\s+){0,2}?(?:candidate|hire|" + _PEOPLE + r")\b[^.!?,]*"
    r"|\b(?:i|we)(?:['’]ve|\s+have)\s+found\s+(?:the|a|an)\s+(?:perfect|ideal|right)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:candidate|" + _PEOPLE + r")\s+for\s+your\b[^.!?,]*",
    _FLAGS,
)


def placement_claims(doc: Doc) -> dict[str, list[Span]]:
    """What a placement ask stands on, under the features that weigh it: the writer's roles,
    people or time put in front of them ("self_promo"), a fault found in their setup
    ("needs_probe") and dates said to be running out ("urgency")."""
    found: dict[str, list[Span]] = {}
    promoted = _in_sentences(doc, _PERSON_FOR_YOU)
    if _PUT_FORWARD.search(doc.text):
        promoted += _in_sentences(doc, _ROLES_FOR_YOU)
    if _people_to_place(doc) and _OPENINGS_ASKED.search(doc.text):
        # "i have some great devops people on my books" is what the openings ask sells.
        promoted += _in_sentences(doc, _MY_PEOPLE)
    if promoted:
        found["self_promo"] = promoted
    if _TAKE_IT_OVER.search(doc.text):
        found["needs_probe"] = _in_sentences(doc, _FAULT_FOUND)
    if _BOOK_YOURS.search(doc.text):
        found["urgency"] = _in_sentences(doc, _DATES_KEPT)
    return {kind: spans for kind, spans in found.items() if spans}


def capacity_offered(doc: Doc) -> list[Span]:
    """ "I have availability next month if you need any copywriting done": a sale's ask."""
    return _in_sentences(doc, _CAPACITY)
