"""A console trial and a probe of 40 fresh pairs (nlp/pitch/data/pairs_x.jsonl) found two
misreads of talks and sessions:

- the writer's own trade offered as a talk for the reader's people ("happy to do a wee talk at
  the yard for your lads on back care", "I could run a lunch and learn at your office on
  pensions") read as a kind offer (9/100): it is a pitch for the writer's services dressed as
  a favour, a way in to sell to the room;
- a talk the reader asked for ("as you asked, here are the dates I could do the free talk for
  your members") read as pitch-first (99/100) on "I could do": a reply to their own request is
  not a pitch.

Each kind is tested in other words than the probe's, beside warm twins that open the same way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.pitch import PitchAssessor

DATA = Path(__file__).resolve().parents[2] / "nlp" / "pitch" / "data"

# (pitch, a word of the flagged phrase, the warm twin: same opening, no trade in it)
TALKS_OFFERED = [
    pytest.param(
        "Hiya Mairi, braw to see you at the Hogmanay ceilidh. I could come in and do a quick "
        "session for your care staff on manual handling and back pain, just an hour in the "
        "break room.",
        "session",
        "Hiya Mairi, braw to see you at the Hogmanay ceilidh. I could come in and give your "
        "care staff a hand with the Burns supper raffle, just an hour in the break room.",
        id="a quick session for your care staff on back pain",
    ),
    pytest.param(
        "Good morning Oluwaseun, it was a joy meeting you at the church harvest. We would be "
        "happy to run a lunch-and-learn at your office on tax planning for your staff.",
        "lunch-and-learn",
        "Good morning Oluwaseun, it was a joy meeting you at the church harvest. We would be "
        "happy to run the cake stall at your office fun day for your staff.",
        id="a lunch-and-learn at your office on tax planning",
    ),
    pytest.param(
        "hey darnell great meeting u at the block party. happy to give a free workshop for ur "
        "employees on home buying, i do these all over town",
        "workshop",
        "hey darnell great meeting u at the block party. happy to give ur employees a lift to "
        "the game on sunday, my truck seats six",
        id="lowercase: a free workshop for ur employees on home buying",
    ),
    pytest.param(
        "Dear Ms Banerjee, lovely to meet you at the Durga Puja pandal.\n"
        "- I'd love to give a short talk to your teachers about cyber security\n"
        "- happy to come to the school any Friday",
        "talk",
        "Dear Ms Banerjee, lovely to meet you at the Durga Puja pandal.\n"
        "- I'd love to hear how the school's cricket team does this year\n"
        "- happy to come to the match any Friday",
        id="bullets: a short talk to your teachers about cyber security",
    ),
    pytest.param(
        "Eoghan, grand to bump into you at the GAA club. Would your lads at the plant be up "
        "for a wee seminar from me on pensions some lunchtime?",
        "seminar",
        "Eoghan, grand to bump into you at the GAA club. Would your lads at the plant be up "
        "for a five-a-side against our office some lunchtime?",
        id="a wee seminar from me on pensions",
    ),
    pytest.param(
        "Sat sri akal Ravi ji, good to see you at the gurdwara langar. I'd be glad to speak to "
        "your staff about pensions one lunchtime.",
        "speak to your staff about pensions",
        "Sat sri akal Ravi ji, good to see you at the gurdwara langar. I'd be glad to speak "
        "to your staff about the charity walk one lunchtime.",
        id="speak to your staff about pensions",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "warm"), TALKS_OFFERED)
def test_your_trade_offered_as_a_talk_for_their_people_is_warned_and_explained(
    assessor: PitchAssessor, text: str, phrase: str, warm: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert any(phrase in r.phrase and "dressed as a favour" in r.why for r in result.reasons), (
        result.reasons
    )


def test_the_flagged_phrase_holds_the_whole_talk(assessor: PitchAssessor) -> None:
    """The card quotes "a wee talk at the yard…", not "talk at the yard…" cut mid-phrase."""
    result = assessor.assess(
        "Aye Callum, good to see you at the Tynecastle game. Happy to do a wee talk for your "
        "drivers on back care at the depot."
    )
    assert any(r.phrase.startswith("a wee talk for your drivers") for r in result.reasons), (
        result.reasons
    )


@pytest.mark.parametrize(("text", "phrase", "warm"), TALKS_OFFERED)
def test_its_warm_twin_is_not_warned(
    assessor: PitchAssessor, text: str, phrase: str, warm: str
) -> None:
    assert text.split()[:4] == warm.split()[:4]
    result = assessor.assess(warm)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # A talk about a pastime or a life, not a trade.
        "Hi Thandiwe, lovely to meet you at the library. I'd be happy to give a talk to your "
        "book club about my year cycling across India.",
        # A careers talk for their pupils sells nothing.
        "Hi Mr Okafor, great to meet you at parents' evening. Happy to do a careers talk for "
        "your pupils about life as a nurse.",
        # Their own session, which the writer would like to attend.
        "Hi Bisi, lovely to meet you at the fellowship. I'd love to come to your church's "
        "session on wellbeing next week, and I'll bring my sister.",
        "Hey Jordan, good to see you at the game. Happy to join the workshop for your team on "
        "social media, if there's a seat spare.",
        # A talk someone else gives, passed on.
        "Hi Fergus, good to see you at the match. My sister gives a brilliant talk on back "
        "care, I could ask her to come to the yard for your lads.",
    ],
)
def test_talks_that_sell_nothing_are_not_warned(assessor: PitchAssessor, text: str) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


def test_the_rewrite_drops_the_talk_and_keeps_the_warm_opening(
    assessor: PitchAssessor,
) -> None:
    text = (
        "Hi Kerry-Ann, so good to see you at the Brooklyn street fair. Your daughter's "
        "lemonade stand was the best thing there! Happy to do a lunch and learn at your "
        "office on retirement savings for the team."
    )
    result = assessor.assess(text)
    assert result.suggestion is not None
    assert "lunch and learn" not in result.suggestion, result.suggestion
    assert "lemonade stand was the best thing there" in result.suggestion, result.suggestion


# (the reply to their request, the same opening with the talk pushed unasked and sold on)
THEY_ASKED = [
    pytest.param(
        "Hi Ngaire, thanks for getting in touch after the bowls club AGM. As you asked, I "
        "could do the free talk on hearing loss for your members on the 9th or the 16th.",
        "Hi Ngaire, thanks for getting in touch after the bowls club AGM. I could do a free "
        "talk on hearing loss for your members, and then book everyone in for a hearing test "
        "at my clinic at a discount.",
        id="as you asked, I could do the free talk",
    ),
    pytest.param(
        "dear mrs chukwu, thank you for your email. you asked if i can do the session on "
        "pensions for your staff, yes i can do any tuesday in may",
        "dear mrs chukwu, thank you for your email. i can do a session on pensions for your "
        "staff, and sign them up to our advice plan at the end, it's only £30 a month",
        id="lowercase: you asked if i can do the session",
    ),
    pytest.param(
        "Hello Arjun, good to hear from you after the Rotary meet. Following your request for "
        "a workshop on GST for your team, I can do the 4th at your office.",
        "Hello Arjun, good to hear from you after the Rotary meet. I can do a workshop on GST "
        "for your team at your office on the 4th, and our firm will offer them a discounted "
        "filing package.",
        id="following your request, I can do the workshop",
    ),
    pytest.param(
        "Hey Courtney, great seeing you at the Nashville meetup. Since you asked me to run the "
        "lunch and learn on phishing for your staff, I'm free Tuesday or Thursday.",
        "Hey Courtney, great seeing you at the Nashville meetup. I could run a lunch and learn "
        "on phishing for your staff, then walk you through our managed IT plans from $30 a "
        "seat.",
        id="since you asked me to run the lunch and learn",
    ),
]


@pytest.mark.parametrize(("reply", "pitch"), THEY_ASKED)
def test_a_talk_they_asked_for_answered_is_not_warned(
    assessor: PitchAssessor, reply: str, pitch: str
) -> None:
    result = assessor.assess(reply)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


@pytest.mark.parametrize(("reply", "pitch"), THEY_ASKED)
def test_the_same_talk_pushed_unasked_and_sold_on_is_still_warned(
    assessor: PitchAssessor, reply: str, pitch: str
) -> None:
    assert reply.split()[:4] == pitch.split()[:4]
    result = assessor.assess(pitch)
    assert result.verdict != "relationship_first", (result.score, result.reasons)


def test_a_sale_tacked_onto_their_request_is_still_warned(assessor: PitchAssessor) -> None:
    """Their request answers only the sentence it is in: a discount pushed after it is a pitch."""
    result = assessor.assess(
        "Hi Siobhan, as you asked, here are the dates I could do the talk for your members. "
        "We also do 20% off our audits for members if they book by Friday."
    )
    assert result.verdict != "relationship_first", (result.score, result.reasons)


def test_none_of_these_messages_is_in_a_data_set() -> None:
    texts = {
        json.loads(line)["text"]
        for path in DATA.glob("*.jsonl")
        if not path.name.startswith("check_set")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for param in (*TALKS_OFFERED, *THEY_ASKED):
        for text in param.values:
            assert text not in texts
