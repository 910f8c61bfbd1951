"""A recruiter's console trial found four asks with no selling word read as warm (1-9/100):
their vacancies asked with the writer's people to fill them, roles pushed at a candidate with
"can I put you forward?", a date held with "want me to pencil yours in?", and a fault found in
their setup with "we could take it over for you". Each kind is tested in other words than the
trial's, beside a warm twin that opens the same way and asks nothing of the kind.
"""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor

# (pitch, a word the card must quote, the warm twin)
PLACEMENT_ASKS = [
    pytest.param(
        "heya fiadh, congrats on closing the round!! any openings on your team? ive a few "
        "great golang people on my books",
        "openings",
        "heya fiadh, congrats on closing the round!! any plans for the weekend? ive a few "
        "great hikes in Wicklow to tell you about",
        id="openings asked with people on the books",
    ),
    pytest.param(
        "Lovely to bump into you at the Cork meetup, Chiamaka. Is your company hiring at the "
        "moment? I have some excellent data engineers available from January.",
        "hiring",
        "Lovely to bump into you at the Cork meetup, Chiamaka. Is your company doing a "
        "Christmas party this year? I have some excellent playlist ideas if you need them.",
        id="hiring asked with engineers available",
    ),
    pytest.param(
        "Hi Wojciech, I've got two contracts that suit you down to the ground. Can I send "
        "your CV over this afternoon?",
        "CV",
        "Hi Wojciech, I've got two tickets for the Leinster match on Saturday. Can I send "
        "them over this afternoon?",
        id="contracts that suit you, send your CV",
    ),
    pytest.param(
        "Anjali, a client of mine has roles that match your background perfectly. Happy to "
        "put you forward if you are interested?",
        "put you forward",
        "Anjali, a friend of mine has a book that matches your taste perfectly. Happy to "
        "lend it to you if you are interested?",
        id="roles that match, put you forward",
    ),
    pytest.param(
        "Hi Kateryna, you said a walk in Phoenix Park sometime, I'd love that. Meanwhile I've "
        "some lovely permanent positions for you to consider, shall I put you forward?",
        "put you forward",
        "Hi Kateryna, you said a walk in Phoenix Park sometime, I'd love that. Meanwhile I've "
        "some lovely photos of the park for you to see, shall I send them over?",
        id="positions for you, put you forward",
    ),
    pytest.param(
        "Hi Tadhg, congrats on the engagement! I'm holding a few dates for next summer, shall "
        "I pencil you in?",
        "pencil",
        "Hi Tadhg, congrats on the engagement! I'm holding a few bottles of bubbly for "
        "the party, shall I bring them over?",
        id="dates held, pencil you in",
    ),
    pytest.param(
        "Yusuf, only a few autumn slots left for my photography workshops, want me to hold "
        "one for you?",
        "hold",
        "Yusuf, only a few autumn leaves left on the big oak in the park, want me to send "
        "you a photo of it?",
        id="slots left, hold one for you",
    ),
    pytest.param(
        "Thanks for the tour Gráinne. Your server room looks a bit outdated to be honest, "
        "we could manage the whole lot for you.",
        "manage",
        "Thanks for the tour Gráinne. Your server room looks so tidy to be honest, you must "
        "have put a lot of work into it.",
        id="fault found, we could manage it",
    ),
]


def test_the_card_says_what_the_placement_ask_does(assessor: PitchAssessor) -> None:
    card = assessor.assess(
        "Hi Wojciech, I've got two contracts that suit you down to the ground. Can I send "
        "your CV over this afternoon?"
    )
    assert any("put forward" in r.why or "roles" in r.why for r in card.reasons), card.reasons


# (pitch, a word the card must quote, the warm twin): the writer's person or free time put in
# front of them, with no word of selling.
PEOPLE_AND_TIME = [
    pytest.param(
        "I have a brilliant candidate for you Síle! Eight years in payroll, free to start "
        "Monday. Could we hop on a call this week to talk terms?",
        "candidate",
        "I have a brilliant podcast for you Síle! Eight episodes on Irish history, perfect for "
        "the commute. Could we swap notes on it this week?",
        id="a candidate for you and terms",
    ),
    pytest.param(
        "Kenji, we've found the ideal site manager for your Galway project, ready next week.",
        "site manager",
        "Kenji, we've found the ideal pub for your Galway send-off, right by the docks.",
        id="the ideal manager for your project",
    ),
    pytest.param(
        "Hope the new flat is lovely Ngozi! I have some capacity in February if you need any "
        "grant writing done.",
        "capacity",
        "Hope the new flat is lovely Ngozi! I have some spare curtains in February if you "
        "need any for the back room.",
        id="capacity if you need grant writing",
    ),
]


@pytest.mark.parametrize(("pitch", "quoted", "warm"), PLACEMENT_ASKS + PEOPLE_AND_TIME)
def test_a_placement_ask_is_warned_and_its_warm_twin_is_not(
    assessor: PitchAssessor, pitch: str, quoted: str, warm: str
) -> None:
    warned = assessor.assess(pitch)
    assert warned.verdict != "relationship_first", warned
    assert any(quoted.casefold() in r.phrase.casefold() for r in warned.reasons), warned.reasons
    assert assessor.assess(warm).verdict == "relationship_first"


def test_a_placement_ask_with_its_roles_reads_pitch_first(assessor: PitchAssessor) -> None:
    card = assessor.assess(
        "Hi Wojciech, I've got two contracts that suit you down to the ground. Can I send "
        "your CV over this afternoon?"
    )
    assert card.pitch_first, card


def test_the_openings_ask_is_named_once(assessor: PitchAssessor) -> None:
    card = assessor.assess(
        "morning ifeoma, congrats on the new job! any vacancies on your team? i have a few "
        "great QA people on my books"
    )
    assert not any("sizes up" in r.why for r in card.reasons), card.reasons
