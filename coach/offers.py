"""The words of an offer of the user's own work (/me) for a contact's need: what the work is
called when the need names the one who does it ("a caterer for her gala" is the catering),
what one does with a request ("a quote" is sent, "a package" talked about), and the pasted
tails a need can carry ("dec 18, 60 ppl") that no offer says (trial 25); what a need asking
for the trade wants done ("a plumber for gas safety certs": the certs, trial 26)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.synonyms import OCCASIONS, TRADE_NEEDS, says_phrase

# Whom a need asks for, and the work the user would talk about doing: "a DJ for her
# sister's sangeet" -> "the music for her sister's sangeet".
WORK_OF = {
    "caterer": "catering",
    "caterers": "catering",
    "photographer": "photos",
    "photographers": "photos",
    "videographer": "video",
    "dj": "music",
    "deejay": "music",
    "baker": "cake",
    "florist": "flowers",
    "planner": "planning",
    "coordinator": "planning",
    "accountant": "books",
    "bookkeeper": "books",
    "cpa": "books",
    # trial 26: the trades a household calls out ("a heating engineer for the void
    # properties" -> "the heating for the void properties")
    "plumber": "plumbing",
    "plumbers": "plumbing",
    "heating engineer": "heating",
    "gas engineer": "heating",
    "safe engineer": "heating",  # "a gas safe engineer"
    "boiler engineer": "heating",
    "electrician": "electrics",
    "electricians": "electrics",
    "sparky": "electrics",
    "sparkie": "electrics",
    "roofer": "roofing",
    "roofers": "roofing",
    "joiner": "joinery",
    "carpenter": "joinery",
    "landscaper": "landscaping",
    "gardener": "gardening",
    "web designer": "website",
}


def work_of(words: Sequence[str]) -> str | None:
    """The work whoever the words end with does: "a decent sparky" -> "electrics", "a
    heating engineer" -> "heating" (two words before one: an engineer is any kind)."""
    low = [w.casefold() for w in words]
    two = " ".join(low[-2:])
    if len(low) > 1 and two in WORK_OF:
        return WORK_OF[two]
    return WORK_OF.get(low[-1]) if low else None


def names_work(words: Sequence[str]) -> bool:
    """The words name work a trade is asked for ("gas safety certs", "an EICR", "new
    rads"), not a place or an occasion ("the void properties", "her engagement shoot")."""
    said = [w.casefold() for w in words]
    if OCCASIONS & set(said):
        return False  # "her engagement shoot": the photos for it, an occasion (trial 25)
    return any(says_phrase(n, said) for _trade, needs in TRADE_NEEDS for n in needs)


# A request the user answers by doing this with it: "send him a quote for their party".
REQUEST_VERBS = {
    **dict.fromkeys("quote quotes quotation estimate proposal menu menus price".split(), "send"),
    **dict.fromkeys(
        "package packages options pricing prices availability dates".split(), "talk about"
    ),
    "tasting": "set up",
}
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_MONTH = re.compile(rf"^(?:{_MONTHS})\.?$", re.IGNORECASE)
_HEADCOUNT = frozenset("ppl people guests pax persons heads".split())
_PREPOSITIONS = frozenset("for of to with at in on by from about".split())


def cut_pasted(words: Sequence[str]) -> list[str]:
    """The need up to a date said as a month and a day ("dec 18", "18th december") or a
    headcount pasted after it ("holiday party 60 ppl"); "lunch for 40 staff" and "for 60
    people" keep their count, which says what the offer is for."""
    out = list(words)
    for at in range(1, len(out)):
        pair = out[at : at + 2]
        if len(pair) == 2 and (
            (_MONTH.match(pair[0]) and _DAY.match(pair[1]))
            or (_DAY.match(pair[0]) and _MONTH.match(pair[1]))
        ):
            out = out[:at]
            break
    if (
        len(out) > 2
        and out[-1].casefold() in _HEADCOUNT
        and out[-2].isdigit()
        and out[-3].casefold() not in _PREPOSITIONS
    ):
        out = out[:-2]
    while len(out) > 1 and out[-1].casefold() in _PREPOSITIONS | {"the", "a", "an"}:
        out = out[:-1]
    return out
