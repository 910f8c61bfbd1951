"""Talks and sessions: the writer's trade offered as a talk for the reader's people, and a talk
(or anything else) the reader asked for, answered.

A console trial found "happy to do a wee talk at the yard for your lads on back care" read as
a kindness: a talk, a "quick session" or a "lunch and learn" on the writer's own trade, given
to the reader's staff or members, is a way in to sell to the room, a pitch dressed as a
favour. A talk on a pastime or a life ("my year cycling across India", "life as a nurse") sells
nothing, nor does one the reader asked for: "as you asked, here are the dates I could do the
free talk for your members" answers their own request, and was read as self-promotion on "I
could do".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# "a wee talk", "one free seminar", "a quick toolbox talk": the talk with its words before it,
# so the card quotes the whole of it.
_SIZED = (
    r"(?:(?:a|an|one)\s+)?(?:(?:wee|quick|short|little|small|free|brief|informal|lunchtime|"
    r"toolbox|half-hour|hour-long|friendly)\s+){0,2}"
)
_TALK = (
    r"(?:talks?|sessions?|workshops?|seminars?|lunch[- ]and[- ]learns?|lunch\s+&\s+learns?|"
    r"masterclass(?:es)?|presentations?|webinars?|training|briefings?|clinics?|drop-ins?)"
)
# The subjects a trade gives talks on: health, money, law, property, tech. A pastime, a trip
# or a career is no trade's way in, so a talk on it is not here.
_TRADE_TOPIC = (
    r"back\s+(?:care|pain)|posture|ergonomics?|manual\s+handling|injur(?:y|ies)|physio\w*|"
    r"eye\s+(?:health|care)|eyes|hearing(?:\s+loss)?|dental\s+care|teeth|oral\s+health|"
    r"skin\s*care|nutrition|health\s+checks?|screening|wellbeing|well-being|stress|"
    r"pensions?|retirement(?:\s+(?:planning|savings))?|tax(?:\s+planning)?|taxes|gst|vat|"
    r"financ\w+|investing|investments?|savings|budgeting|money|mortgages?|insurance|"
    r"wills?|estate\s+planning|probate|inheritance|employment\s+law|"
    r"(?:first-time\s+)?(?:home\s+)?buying|selling\s+(?:a|your)\s+home|property|"
    r"cyber\s*security|phishing|passwords?|it\s+security|backups?|"
    r"solar(?:\s+panels?)?|energy\s+(?:bills|saving)|getting\s+(?:their|your)\s+books|"
    r"bookkeeping|accounts|marketing|seo|social\s+media"
)
# The people a talk is given to.
_AUDIENCE = (
    r"(?:lads|girls|team|staff|members|crew|drivers|employees|workers|students|pupils|teachers|"
    r"congregation|parents|nurses|volunteers|residents|players|colleagues|reps|apprentices|"
    r"seniors|group)"
)
# "speak to your staff about pensions" is a talk; "speak to the club about money for the kit"
# is a favour asked of someone, so only an audience is spoken to here.
_SPEAK_TO = (
    r"speak\s+(?:to|at|with)\s+(?:your|ur|the|all\s+(?:your|the))\s+(?:[\w'’-]+\s+){0,2}?"
    + _AUDIENCE
)
_ON_A_TRADE_TOPIC = re.compile(
    r"\b(?:"
    + _SIZED
    + _TALK
    + r"|"
    + _SPEAK_TO
    + r")\b[^.!?;\n]{0,60}?\b(?:on|about|around|covering)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + _TRADE_TOPIC + r")\b",
    re.IGNORECASE,
)
# Their people or their place: "for your lads", "to your teachers", "at the yard", "at your
# office", "for the congregation".
_THEIR_PEOPLE = re.compile(
    r"\b(?:for|to|with)\s+(?:your|ur|the|all\s+(?:your|the))\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + _AUDIENCE + r"|people|folks|club|office|front\s+desk)\b"
    r"|\b(?:at|in|into|to)\s+(?:your|ur|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:yard|office|depot|site|gym|school|salon|practice|shop|factory|warehouse|plant|"
    r"staff\s*room|break\s*room|club|church|temple|mosque|gurdwara|surgery|workplace|firm|"
    r"branch|store|restaurant|hotel|farm|garage)\b"
    r"|\b(?:your|ur)\s+(?:[\w'’-]+\s+){0,2}?(?:lads|staff|team|employees|members|crew|"
    r"practice|office|firm|company)\b",
    re.IGNORECASE,
)
# The writer offers to give it: "happy to", "I could", "I'd love to", "shall I", "from me".
_WRITER_OFFERS = re.compile(
    r"\b(?:I|i|we)(?:['’]d|['’]ll|\s+would|\s+will|\s+can|\s+could|\s+might)\b"
    r"|\b(?:happy|glad|delighted|keen|love)\s+to\b|\bshall\s+(?:I|we)\b"
    r"|\bfrom\s+(?:me|us)\b|\boffer\s+to\b",
    re.IGNORECASE,
)
# The writer gives it ("do a wee talk", "run a lunch and learn", "a workshop from me"), not
# attends it ("I'd love to come to your church's session on wellbeing").
_GIVES = re.compile(
    r"\b(?:do|give|run|host|put\s+on|deliver|hold|present|lead|set\s+up|pitch|offer|"
    r"organi[sz]e|teach)\b[^.!?;\n]{0,25}$",
    re.IGNORECASE,
)
_FROM_ME = re.compile(r"\bfrom\s+(?:me|us)\b", re.IGNORECASE)


def _given_by_the_writer(line: str, match: re.Match[str]) -> bool:
    talk = match.group()
    return (
        talk.lower().startswith("speak")
        or _GIVES.search(line[: match.start()]) is not None
        or _FROM_ME.search(talk) is not None
    )


# Someone else gives it: "my sister gives a brilliant talk on back care".
_SOMEONE_ELSES = re.compile(
    r"\b(?:my|our)\s+(?:sister|brother|friend|mate|wife|husband|partner|cousin|colleague|"
    r"mum|mom|dad|son|daughter|aunt|uncle|neighbou?r)\b|\b(?:he|she|they)\s+(?:gives?|runs?|"
    r"does|do)\b",
    re.IGNORECASE,
)

# Their own request answered: "as you asked", "you asked if I could", "following your request
# for", "since you asked me to", "as requested", "you wanted a workshop". "You mentioned you
# might be looking" is news of theirs, not a request, so it is not here.
_THEIR_REQUEST = re.compile(
    r"\bas\s+(?:you\s+)?(?:asked|requested)\b"
    r"|\byou\s+(?:asked|requested)\s+(?:me\s+|us\s+)?(?:if|whether|to|for)\b"
    r"|\byou\s+wanted\s+(?:me\s+to|us\s+to|a|an|the)\b"
    r"|\b(?:your|the)\s+request\b|\bat\s+your\s+request\b"
    r"|\bsince\s+you\s+asked\b",
    re.IGNORECASE,
)


def answers_their_request(sent: Span) -> bool:
    """The sentence answers something the reader asked the writer for."""
    return _THEIR_REQUEST.search(sent.text) is not None


def _lines(sent: Span) -> list[str]:
    """A bulleted draft can parse as one sentence: each line is read on its own."""
    return [line for line in sent.text.split("\n") if line.strip()]


def talks_offered(doc: Doc) -> list[Span]:
    """A talk or session on the writer's trade, offered by the writer to the reader's people
    or at their place, unasked: the phrase is the talk and its topic ("wee talk at the yard for
    your lads on back care")."""
    found: list[Span] = []
    for sent in doc.sents:
        if answers_their_request(sent):
            continue
        for line in _lines(sent):
            if not (_WRITER_OFFERS.search(line) and _THEIR_PEOPLE.search(line)):
                continue
            if _SOMEONE_ELSES.search(line):
                continue
            offset = sent.text.index(line)
            for match in _ON_A_TRADE_TOPIC.finditer(line):
                if not _given_by_the_writer(line, match):
                    continue
                start = sent.start_char + offset + match.start()
                span = doc.char_span(start, start + len(match.group()), alignment_mode="expand")
                if span is not None:
                    found.append(span)
    return found
