"""Fragment patterns: what machine-stitched coaching text looks like (issue 20's reports),
for the sentence layer's property test and bench/first_nudges.py."""

from __future__ import annotations

import re

from coach.sentences import repeats

RELATIONS = "wife husband son sons daughter daughters kid kids twins mom brother baby".split()
# "about the plays" is a thing; "about son plays hockey" is a clause.
NOT_AFTER_A_DETERMINER = "".join(
    f"(?<!\\b{d} )" for d in ("a", "an", "the", "his", "her", "their", "my", "our", "your")
)
FRAGMENTS = {
    "a doubled word": re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE),
    "a clause after about": re.compile(
        rf"\babout\s+(?:(?:{'|'.join(RELATIONS)})\b|(?:\S+\s+){{0,4}}{NOT_AFTER_A_DETERMINER}"
        r"(?:is|are|was|were|has|had|just|plays|got|gets|said|mentioned|renews|since)\b)",
        re.IGNORECASE,
    ),
    # "the quote he asked for" ends on one and is a sentence
    "a trailing preposition": re.compile(
        r"(?<!asked )\b(?:to|for|with|about|of|in|on|at|from|by|into)\s*[.!?]?\s*$", re.IGNORECASE
    ),
    "a command in prose": re.compile(r"(?:^|\s)/\w"),
    "a clause pasted into a question": re.compile(
        r"\bhow(?:'s| is)\s[^?]*\b(?:is|are|was|has|had|mentioned|renews|got|plays)\b[^?]*going",
        re.IGNORECASE,
    ),
    "a stray space": re.compile(r"\s[,.!?:]|\s{2}"),
    # trial 3: a plan pasted with its when ("how is opening 2nd location in Decatur in Feb")
    "a plan pasted with its date": re.compile(
        r"\bhow(?:'s| is)? \w+ing\b[^?]*\b(?:in|next|this|by) (?:jan|feb|mar|apr|may|jun|jul|"
        r"aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|"
        r"october|november|december|spring|summer|fall|autumn|winter|year|month|week)\b",
        re.IGNORECASE,
    ),
    # trial 3: a follow-up's reason pasted as the verb ("Call with Tomasz", "Launch with
    # Dana") or as a thing with the note's capital ("about the Coffee")
    "a reason pasted as a verb": re.compile(
        r"^(?:call|ping|text|email|phone|launch|message) with\b", re.IGNORECASE
    ),
    # trial 3: a verb phrase said as a thing ("needs an expand into…", "found a get into…")
    "a verb said as a thing": re.compile(
        r"\b(?:needs?|found|for|of) an? (?:get|expand|take|franchise|buy|hire|open|start|grow|"
        r"move|become|break|launch|sell|refinance)\b",
        re.IGNORECASE,
    ),
    # trial 3: "Linh Tran (Saigon Bites) (work: CPA)", "Chidi Okafor (who runs…), who is…"
    "a doubled description": re.compile(r"\)\s*\(|\(who\b|\(work:"),
    # trial 3: a give missing its article ("gave you intro to…")
    "a give without its article": re.compile(
        r"\bgave (?:you|[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:intro|referral|article|introduction|"
        r"recommendation)\b"
    ),
    # "how the plans for the second location in the are coming along": a date cut out of
    # its phrase, leaving the preposition and the article behind
    "a dangling article": re.compile(
        r"\b(?:in|on|by|of|for|at|to) (?:the|a|an) (?:is|are|was|were|going|coming|went)\b",
        re.IGNORECASE,
    ),
    # trial 4: "You have dinner with Andy Nguyen and his today": a possessive whose
    # relative was cut off, left before the end or the next word of the sentence
    "a possessive with nobody after it": re.compile(
        r"\b(?:his|their)\s*(?:today\b|tomorrow\b|[:,]|$)", re.IGNORECASE
    ),
    # trial 7: "Congratulate Harpreet on finishing the half marathon last weekend", nine
    # days after the note that said it
    "a relative time pasted from a note": re.compile(
        r"\b(?:last (?:weekend|week|night|month)|yesterday|tomorrow|this (?:morning|afternoon|"
        r"evening)|next (?:week|weekend|month))\b",
        re.IGNORECASE,
    ),
    # trial 11: "ask him how Bao is liking Rice studying engineering": a place run on into
    # what they do there
    "a place run into a clause": re.compile(
        r"\b(?:liking|settling into) (?:\w+ ){1,3}(?:studying|working|doing|playing|majoring|"
        r"taking|living|training|teaching|interning)\b",
        re.IGNORECASE,
    ),
    # trial 11: "help her buy a rental property sometime": a when cut off its time
    "a when cut off": re.compile(r"\b(?:sometime|some)\s*[.!?]?\s*$", re.IGNORECASE),
    # trial 11: "ask her how buying pearland is going": the preposition before a place lost
    "a gerund without its preposition": re.compile(
        r"\bhow (?:buying|selling|renting|moving|living|investing|building|working) "
        r"(?!(?:a|an|the|in|to|into|at|on|his|her|their|some|more|up|out|back)\b)\w+ "
        r"(?:is|was) going\b",
        re.IGNORECASE,
    ),
    # trial 18: "Send Tiago something, and …": a give that names nothing to give
    "a send with nothing named": re.compile(r"\bSend [A-Z][\w-]* something(?! about)\b"),
    # trial 18: "how Amina is getting on with doing her CPA part time"
    "a doing pasted after getting on with": re.compile(r"\bgetting on with doing\b"),
    # trial 18: "how things are going with the small electrical contracting outfit"
    "a size said of a business": re.compile(
        r"\b(?:the|a) (?:small|little|tiny) (?:\w+ ){0,3}(?:outfit|business|company|shop)\b",
        re.IGNORECASE,
    ),
    # trial 19: "keep an eye out for a someone pitchside on saturdays"
    "an article before someone": re.compile(
        r"\b(?:a|an) (?:someone|somebody|anyone|anybody)\b", re.IGNORECASE
    ),
    # trial 19: "How is doing a health mela coming along?": a gerund and its event as the
    # subject, where "the plans for the health mela" is what is asked after
    "a gerund after how is": re.compile(
        r"\bhow(?:'s| is) (?:doing|having|hosting|holding|organi[sz]ing|throwing|planning) "
        r"(?:a|an|the)\b",
        re.IGNORECASE,
    ),
    # trial 19: "What got you into bad back from driving 12 hour shifts?": an ailment
    "what got them into an ailment": re.compile(
        r"\bgot you into [^?]*\b(?:bad|sore|dodgy|aching|pain|injur\w*|from)\b",
        re.IGNORECASE,
    ),
    # trial 19: "what got you into powerlifter?": a person, not the doing
    "what got them into a person": re.compile(
        r"\bgot you into (?:\w+ )*\w*(?:lifter|rower|boxer|swimmer|climber|runner|ist|fan)\?",
        re.IGNORECASE,
    ),
    # trial 25: "Send Ji-woo food to the family instead": a note's last word pasted after
    # the line's end, and a thing sent to them that was for someone else
    "a leftover word at the end": re.compile(
        # trial 26: "Thank Agnes for the tin of shortbread ha"
        r"\b(?:instead|lol|lmao|lmfao|rofl|ha|hah|haha\w*|hehe\w*|xx?x?)\s*(?:[,.!?]|$)",
        re.IGNORECASE,
    ),
    "a send to someone else": re.compile(
        r"\b(?:Send|Give|Bring|Take) [A-Z][\w'-]*(?: [A-Z][\w'-]*)? "
        r"(?:(?:some|a|an|the|his|her|their|your) )?\w+(?: \w+){0,3} "
        r"to (?:the|a|an|his|her|their)\b"
    ),
    "a copied capital": re.compile(
        r"\b(?:the|about|up) (?:Coffee|Lunch|Dinner|Drinks|Breakfast|Brunch)\b"
    ),
}


def fragments(line: str) -> list[str]:
    """The fragment patterns `line` shows; [] for a line a person could have written. Words
    in “quotes” are the user's own, quoted as typed, and not checked."""
    line = re.sub(r"“[^”]*”", "“it”", line)
    found = [name for name, pattern in FRAGMENTS.items() if pattern.search(line)]
    # trials 7 and 8: "Follow up with Ana about the joint portfolio night, and ask her
    # about the joint portfolio night": the second clause says the first again
    first, sep, second = line.partition(", and ")
    if sep and repeats(first, second):
        found.append("a clause said twice")
    return found
