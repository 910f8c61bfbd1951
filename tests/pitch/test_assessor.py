"""The pitch-first assessor on messages it was not fitted on: warm ones stay unflagged, sales
moves are flagged and explained, and the same ask reads differently to a friend."""

from __future__ import annotations

import pytest

from nlp.pitch import PitchAssessor, Relationship

WARM = [
    "Hi Maya, lovely to meet you at the chamber lunch! How did your son's first soccer game go?",
    "Would you like me to introduce you to Paul Greer? He hires designers and I think you two "
    "would get along.",
    "As promised, here's the number of the plumber I mentioned: Tom Reyes, 555-0188. "
    "He's honest and quick.",
    "Congratulations on the new store opening, Lena! Everyone at the breakfast was talking "
    "about it.",
    "Would you like to grab coffee next week? I'd love to hear more about how you started the "
    "bakery.",
    "Thanks again for the tip about the accounting meetup, Raj. Is there anything I can do to "
    "return the favour?",
]
PITCHY = [
    "Hi Mark, our firm is the leading provider of payroll software in the state. "
    "Can we schedule a 20-minute demo this week?",
    "Great meeting you! Grab a slot on my calendar so we can talk about your marketing: "
    "calendly.com/ann-growth/30min",
    "This month only, new clients get 25% off their first audit. Reply today to lock in "
    "the discount!",
    "Hi Jo, quick question: who makes the purchasing decisions at your company? "
    "I'd like to send them our proposal.",
]
SOFT_ASK = "Happy to send over my rates. Do you have time this week for a quick call about it?"
TRUSTED_WHO_ASKED = Relationship(
    stage="trust", interactions=11, gave=2, days_known=500, they_asked=True
)
MET_YESTERDAY = Relationship(stage="know", interactions=1, gave=0, days_known=1)


@pytest.mark.parametrize("text", WARM)
def test_warm_curious_and_helpful_messages_are_not_flagged(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.pitch_first
    assert result.strengths


@pytest.mark.parametrize("text", PITCHY)
def test_hard_sells_links_discounts_and_gatekeeper_questions_are_flagged(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text)
    assert result.pitch_first, (result.score, result.reasons)
    assert result.score >= 50
    assert result.reasons


def test_reasons_quote_the_exact_phrases_and_say_why(assessor: PitchAssessor) -> None:
    text = PITCHY[1]
    result = assessor.assess(text)
    phrases = {r.phrase: r.why for r in result.reasons}
    assert all(p in text for p in phrases)
    assert "booking link" in phrases["calendly.com/ann-growth/30min"]


def test_discount_and_urgency_are_named(assessor: PitchAssessor) -> None:
    whys = " ".join(r.why for r in assessor.assess(PITCHY[2]).reasons)
    assert "price or discounts" in whys
    assert "urgency" in whys


def test_the_same_soft_ask_is_fine_to_a_trusted_contact_who_asked(
    assessor: PitchAssessor,
) -> None:
    friend = assessor.assess(SOFT_ASK, TRUSTED_WHO_ASKED)
    stranger = assessor.assess(SOFT_ASK, MET_YESTERDAY)
    assert not friend.pitch_first
    assert stranger.pitch_first
    assert stranger.score > friend.score
    assert any("they asked for this" in s for s in friend.strengths)
    assert any("met yesterday" in r.why for r in stranger.reasons)


def test_rewrite_keeps_the_greeting_drops_the_pitch_and_adds_the_hook(
    assessor: PitchAssessor,
) -> None:
    text = (
        "Hi Sarah, great meeting you at the mixer! Our agency helps brands like yours grow 3x. "
        "Can we book a call on Tuesday?"
    )
    result = assessor.assess(text, MET_YESTERDAY, hook="How's the marathon training going?")
    assert result.suggestion.startswith("Hi Sarah, great meeting you at the mixer!")
    assert "agency" not in result.suggestion and "call" not in result.suggestion
    assert result.suggestion.endswith("How's the marathon training going?")


def test_without_anything_stored_the_rewrite_asks_about_them(assessor: PitchAssessor) -> None:
    result = assessor.assess("Hey Dan, I sell insurance. Want a free quote today?")
    assert result.suggestion.startswith("Hey Dan,")
    assert result.suggestion.endswith("?")
    assert "insurance" not in result.suggestion


def test_a_warm_draft_is_left_as_it_is(assessor: PitchAssessor) -> None:
    assert assessor.assess(WARM[0]).suggestion == WARM[0]


def test_json_shape(assessor: PitchAssessor) -> None:
    out = assessor.assess(PITCHY[0]).to_dict()
    assert set(out) == {"verdict", "pitch_first", "score", "reasons", "strengths", "suggestion"}
    assert out["verdict"] == "pitch_first" and out["pitch_first"] is True
    assert isinstance(out["score"], int) and 0 <= out["score"] <= 100
    assert all(set(r) == {"phrase", "why"} for r in out["reasons"])


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("BNI breakfast, gave my elevator pitch to everyone at the table", "pitched"),
        ("chamber mixer tonight, handed out 50 cards", "cards"),
        ("tried the rotary lunch once, no leads, not going back", "hop"),
    ],
)
def test_notes_that_show_pitching_or_hop_in_hop_out(
    assessor: PitchAssessor, note: str, kind: str
) -> None:
    tip = assessor.note_tip(note)
    assert tip is not None and tip.kind == kind


@pytest.mark.parametrize(
    "note",
    [
        "met john from acme at the mixer, into fly fishing. follow up friday",
        "coffee with Sarah, her daughter is applying to college",
        "lunch with Priya, she pitched me her startup idea and I loved it",
    ],
)
def test_ordinary_notes_get_no_tip(assessor: PitchAssessor, note: str) -> None:
    assert assessor.note_tip(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "coffee with Anna, trying to sell her house before spring",
        "coffee with Anna Lee, she's trying to sell her house",
        "Anna is trying to sell her condo and move to Ottawa",
        "Coffee with Kim. Trying to sell their cottage, asked if I know a stager",
    ],
)
def test_a_contact_selling_their_own_things_is_no_pitch(assessor: PitchAssessor, note: str) -> None:
    assert assessor.note_tip(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "tried to sell him my package at the mixer",
        "tried to sell to everyone at the mixer",
        "tried to sell her on our services at the mixer",
    ],
)
def test_the_user_selling_to_someone_is_still_a_pitch(assessor: PitchAssessor, note: str) -> None:
    tip = assessor.note_tip(note)
    assert tip is not None and tip.kind == "pitched"


def test_notes_saying_they_asked_about_the_offer(assessor: PitchAssessor) -> None:
    assert assessor.they_asked(["Sarah asked about my pricing for the spring campaign"])
    assert assessor.they_asked(["coffee with Dev", "Dev wants a quote for the new office"])
    assert not assessor.they_asked(["met Sarah at the mixer, loves sailing"])
    assert not assessor.they_asked(["I asked Tom about his rates for the kitchen remodel"])
