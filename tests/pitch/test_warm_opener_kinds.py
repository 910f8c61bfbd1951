"""Pitches behind a warm opener, by kind, each warned with its phrase and why; the warm twin
that opens the same way is not warned. Written for these tests: none of these messages is in
a data set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.pitch import PitchAssessor

DATA = Path(__file__).resolve().parents[2] / "nlp" / "pitch" / "data"

# (pitch, a word of the flagged phrase, a word of why, the warm twin)
KINDS = [
    pytest.param(
        "Hi Nell, the christening was lovely. Does your dental practice still do its "
        "invoicing by hand?",
        "invoicing by hand",
        "as a prospect",
        "Hi Nell, the christening was lovely. Does your little one still sleep through "
        "everything like that?",
        id="how their business does a job now",
    ),
    pytest.param(
        "Hey Bram, great ride on Sunday! We've set up online ordering for dozens of bike shops.",
        "dozens of bike shops",
        "promotes you",
        "Hey Bram, great ride on Sunday! We've planned the next one for the first Sunday of May.",
        id="proof from whom you've served",
    ),
    pytest.param(
        "Hi Ottilie, congrats on the new studio. I only take on three new couples each "
        "spring, so shout if you two want a photographer.",
        "three new couples",
        "scarcity",
        "Hi Ottilie, congrats on the new studio. I only know three people who could pull "
        "that off, and you're one of them.",
        id="scarcity in other words",
    ),
    pytest.param(
        "Hi Femi, good seeing you at the derby. When your warehouse is ready to look at new "
        "forklifts, let me know.",
        "ready to look at new",
        "asks for the business",
        "Hi Femi, good seeing you at the derby. When your boys are ready for the next match, "
        "let me know.",
        id="let me know when you're ready to buy",
    ),
    pytest.param(
        "Dear Dr. Haas, I hope the conference went well. I'd love to put our new imaging "
        "software in front of your team.",
        "in front of your",
        "asks for the business",
        "Dear Dr. Haas, I hope the conference went well. I'd love to hear what stood out for you.",
        id="in front of you",
    ),
    pytest.param(
        "Hi Rania, your garden looked magical at the party. I could do a free tree survey "
        "of the yard next week.",
        "free tree survey",
        "sales hook",
        "Hi Rania, your garden looked magical at the party. I could bring over the spare "
        "tomato plants next week.",
        id="a free survey",
    ),
    pytest.param(
        "Hi Lou, lovely to see you at the school gate. With the new tax year, it might be a "
        "good time to look at your pension.",
        "good time to look at your pension",
        "as a prospect",
        "Hi Lou, lovely to see you at the school gate. With the long weekend, it might be a "
        "good time for a picnic.",
        id="a good time to review your X",
    ),
    pytest.param(
        "Hi Anton, thanks for the cider at the allotment. Who looks after the IT for your "
        "clinic these days?",
        "Who looks after",
        "way in",
        "Hi Anton, thanks for the cider at the allotment. Who taught you to press apples "
        "like that?",
        id="who handles X at your company",
    ),
    pytest.param(
        "Hi Suki, your daughter's violin solo was a joy. If your clients ever need a "
        "notary, could you mention me?",
        "mention me",
        "send you business",
        "Hi Suki, your daughter's violin solo was a joy. If your clients ever need a "
        "notary, my cousin Rina is excellent and I can send you her number.",
        id="referral ask",
    ),
    pytest.param(
        "Hi Kai, what a night at the gala! I'll pull together a few options for your "
        "fleet insurance.",
        "options for your",
        "asks for the business",
        "Hi Kai, what a night at the gala! I'll pull together a few photos for your scrapbook.",
        id="put together some options for you",
    ),
    pytest.param(
        "hey Dom, sick set at the open mic!! are you happy with whoever does your "
        "venue's sound? we have 2 slots left this month",
        "happy with whoever",
        "as a prospect",
        "hey Dom, sick set at the open mic!! are you happy with how it went? i thought "
        "the last song was the best",
        id="happy with your current X, in lowercase",
    ),
    pytest.param(
        "Dear Mr. Petrov, was very nice to know you at the festival. I am insurance agent, "
        "I can give you a good price for your restaurant.",
        "price",
        "talks price",
        "Dear Mr. Petrov, was very nice to know you at the festival. Your dumplings were "
        "the best, my wife still talks about them.",
        id="a price, in non-native English",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "why", "warm"), KINDS)
def test_each_kind_behind_a_warm_opener_is_warned_and_explained(
    assessor: PitchAssessor, text: str, phrase: str, why: str, warm: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert all(r.phrase in text for r in result.reasons)
    assert any(phrase in r.phrase and why in r.why for r in result.reasons), result.reasons


@pytest.mark.parametrize(("text", "phrase", "why", "warm"), KINDS)
def test_its_warm_twin_is_not_warned(
    assessor: PitchAssessor, text: str, phrase: str, why: str, warm: str
) -> None:
    assert text.split()[:4] == warm.split()[:4]
    result = assessor.assess(warm)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert result.suggestion == warm


@pytest.mark.parametrize(
    "text",
    [
        "Hi Wen, thank you for sending the Okafors my way, they were lovely to work with.",
        "Hi Joe, great meeting you at the mixer! When are you free for a coffee next week?",
        "Hi Eva, the boiler repair sounds like a pain to deal with, shout if you need a "
        "plumber's number.",
        "Only this weekend, the museum has free entry for kids, yours would love the dinosaurs.",
        "Hi Ros, who is in charge of the flowers at the church? They were beautiful.",
        "Hi Cal, my team is still laughing about your quiz answers.",
        "Hi Mei, would you be open to me bringing the kids to the open day?",
    ],
)
def test_warm_lines_that_share_words_with_a_pitch_are_not_warned(
    assessor: PitchAssessor, text: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


def test_none_of_these_messages_is_in_a_data_set() -> None:
    texts = {
        json.loads(line)["text"]
        for path in DATA.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for param in KINDS:
        text, _, _, warm = param.values
        assert str(text) not in texts and str(warm) not in texts
