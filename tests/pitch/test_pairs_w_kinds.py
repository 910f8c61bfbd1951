"""A probe of 40 fresh matched pairs (nlp/pitch/data/pairs_w.jsonl: probate, funeral, physio,
EV chargers, interiors...; Scottish, Irish, Indian, Nigerian, Southern US and Australian
English), written before reading the detector, found pitches behind condolences and
congratulations that it let through, by kind:

- the writer's trade claimed beside their need, with no word of selling: "that's my day job",
  "I fit them for a living", "I do a lot of that", "we've looked after a lot of families",
  "happy to look at it at my clinic";
- a free first session said without "free": "the first meeting's on me", "no charge for the
  first chat", "no obligation at all", and free "screens";
- a scheme's deadline as the push: "before the grant ends", "while the subsidy lasts";
- a perk for booking: "I'll bump you up the list", "mention the club when you book".

Each kind is tested here in other words, beside warm twins that open the same way: a friend's
trade recommended, a pint on me, the user's own job said with nothing offered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.pitch import PitchAssessor

DATA = Path(__file__).resolve().parents[2] / "nlp" / "pitch" / "data"

# (pitch, a word of the flagged phrase, a word of why, the warm twin)
KINDS = [
    # The writer's trade claimed beside their need.
    pytest.param(
        "Dear Brendan, so sorry to hear your aunt passed. If clearing the house and the legal "
        "side get too much, conveyancing is my line of work and I'd be glad to help.",
        "my line of work",
        "promotes you",
        "Dear Brendan, so sorry to hear your aunt passed. If clearing the house gets too "
        "much, my brother-in-law has a van and we'd both be glad to help.",
        id="X is my line of work",
    ),
    pytest.param(
        "Hi Gráinne, congratulations on the twins! If the nursery needs a lick of paint, I "
        "decorate for a living, so just give me a shout.",
        "for a living",
        "promotes you",
        "Hi Gráinne, congratulations on the twins! If the nursery needs a lick of paint, "
        "give me a shout, I've two Saturdays spare and a roller.",
        id="I do it for a living",
    ),
    pytest.param(
        "Hello Sunita, thank you for introducing me to your brother-in-law. If the GST "
        "filings ever get on top of you, we handle loads of those and I'd be happy to talk.",
        "we handle loads of those",
        "promotes you",
        "Hello Sunita, thank you for introducing me to your brother-in-law. You asked who "
        "does our GST filings: it is Mr Rao in Jayanagar, he handles loads of those.",
        id="we handle loads of those",
    ),
    pytest.param(
        "Dear Nkechi, so sorry about your mother. When you're ready to sort out her pension "
        "and the house, I deal with this every day and can take it off your hands.",
        "I deal with this every day",
        "promotes you",
        "Dear Nkechi, so sorry about your mother. When you're ready to sort out her things, "
        "I've been through this myself and can come and help.",
        id="I deal with this every day",
    ),
    pytest.param(
        "Dear Mrs Adebayo, my condolences on your husband's passing. We have guided many "
        "families in Ibadan through this, and whenever you are ready I would come to the "
        "house myself.",
        "guided many families",
        "promotes you",
        "Dear Mrs Adebayo, my condolences on your husband's passing. Many families in Ibadan "
        "loved him, and whenever you are ready I would come to the house to pray with you.",
        id="we have guided many families",
    ),
    pytest.param(
        "Hi Callan, good to see you at the hurling. Sorry the shoulder's at you again. "
        "Happy to sort it out properly at my practice whenever suits.",
        "my practice",
        "promotes you",
        "Hi Callan, good to see you at the hurling. Sorry the shoulder's at you again. I'm "
        "a physio myself, so I know how slow those heal, mind yourself.",
        id="happy to sort it at my practice",
    ),
    pytest.param(
        "Hi Tayo, lovely to meet you at the christening. If the little one's hair ever needs "
        "a trim, I cut out of my shop on Allen Avenue and the first cut is on the house.",
        "out of my shop",
        "promotes you",
        "Hi Tayo, lovely to meet you at the christening. If the little one's hair ever needs "
        "a trim, my sister has a shop on Allen Avenue and she is very gentle.",
        id="I work out of my shop",
    ),
    # A free first session said without "free".
    pytest.param(
        "Hi Seán, great to meet you at the Galway food fair. If you ever want the menus in "
        "Spanish, send them over, the first consultation's on us.",
        "consultation's on us",
        "sales hook",
        "Hi Seán, great to meet you at the Galway food fair. If you're ever in Ennis, send "
        "me a text, the first pint's on us.",
        id="the first consultation's on us",
    ),
    pytest.param(
        "Hey Lachlan, congrats on the new café! If you want a logo for the front window, "
        "there's no charge for the first mock-up.",
        "no charge for the first",
        "sales hook",
        "Hey Lachlan, congrats on the new café! If you want a hand on opening day, I'll be "
        "there first thing with my apron.",
        id="no charge for the first one",
    ),
    pytest.param(
        "Hi Efua, congratulations on the new flat! I could pop round with some paint "
        "swatches, no obligation at all.",
        "no obligation at all",
        "sales hook",
        "Hi Efua, congratulations on the new flat! I could pop round with some dinner on "
        "Friday, if you're not too tired.",
        id="no obligation at all",
    ),
    pytest.param(
        "Hi Dolly, thanks for the sweet card! Sounds like your hip is still sore. We're "
        "running free posture screenings at the practice this month, come on by.",
        "free posture screenings",
        "sales hook",
        "Hi Dolly, thanks for the sweet card! Sounds like your hip is still sore. Rest it "
        "up and I'll come on by with a casserole this month.",
        id="free screenings",
    ),
    # A scheme's deadline as the push.
    pytest.param(
        "Hi Morven, lovely to meet you at the climbing wall. Congrats on the new house! If "
        "you want a heat pump, I can fit one before the government grant closes in April.",
        "before the government grant closes",
        "pressure",
        "Hi Morven, lovely to meet you at the climbing wall. Congrats on the new house! If "
        "you want a hand painting, I can come over before the baby arrives in April.",
        id="before the grant closes",
    ),
    pytest.param(
        "Hi Deji, lovely to see you at church on Sunday. Congrats on the new Leaf! We can "
        "fit a charger at home while the subsidy lasts.",
        "while the subsidy lasts",
        "pressure",
        "Hi Deji, lovely to see you at church on Sunday. Congrats on the new Leaf! We can "
        "go for a drive after service while the weather lasts.",
        id="while the subsidy lasts",
    ),
    # A perk for booking.
    pytest.param(
        "Hey Kiri, sorry to hear the back's playing up. I'll move you to the top of the "
        "waiting list at the clinic.",
        "top of the waiting list",
        "deal",
        "Hey Kiri, sorry to hear the back's playing up. I'll move book club to mine this "
        "week so you don't have to drive.",
        id="to the top of the waiting list",
    ),
    pytest.param(
        "Hi Paddy, great to meet you at the Ploughing. Mention the Ploughing when you ring "
        "to book a service and you'll skip the queue.",
        "when you ring to book",
        "business",
        "Hi Paddy, great to meet you at the Ploughing. Mention the Ploughing to your da when "
        "you ring him, he'll get a great laugh out of it.",
        id="mention us when you book",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "why", "warm"), KINDS)
def test_each_kind_behind_a_warm_opener_is_warned_and_explained(
    assessor: PitchAssessor, text: str, phrase: str, why: str, warm: str
) -> None:
    result = assessor.assess(text)
    assert result.verdict != "relationship_first", (result.score, result.reasons)
    assert result.reasons and all(r.phrase in text for r in result.reasons)
    assert any(phrase in r.phrase and why in r.why for r in result.reasons), result.reasons


@pytest.mark.parametrize(("text", "phrase", "why", "warm"), KINDS)
def test_its_warm_twin_is_not_warned(
    assessor: PitchAssessor, text: str, phrase: str, why: str, warm: str
) -> None:
    assert text.split()[:4] == warm.split()[:4]
    result = assessor.assess(warm)
    assert result.verdict == "relationship_first", (result.score, result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # A friend's trade, described because they asked.
        "Hi Aisling, so sorry about your grandad. You asked about a solicitor for the estate: "
        "my friend Cathal does probate for a living and is very gentle, here's his number.",
        "Hey Shaz, congrats on the new pup! You asked who does our dog: Bec at Paws on Main "
        "has a little salon and does a lovely job, tell her I sent you.",
        # The user's own work told, nothing offered.
        "Dear Ifeanyi, thank you for the intro to your uncle. I did a lot of that kind of "
        "work when I started out, so we had plenty to talk about.",
        "Hi Rosie, lovely to meet you at the school fair. I teach piano for a living, so the "
        "recital had me in tears, your Millie was wonderful.",
        "Hi Jen, sorry the baby's not sleeping. I'm a nurse so I see this a lot, if you "
        "need anything just text me.",
        "Hi Dev, congrats on the new job! If you're ever in Leith, come see the new paintings "
        "at my studio, I'd love to show you round.",
        # A treat, and a deadline that is theirs.
        "Hi Gus, thanks for the intro to Marnie! Next time you're in Perth the first round's "
        "on me.",
        "Hi Ellie, congrats on the research grant! Make the most of Edinburgh before the "
        "grant ends in March.",
    ],
)
def test_warm_lines_that_share_words_with_these_kinds_are_not_warned(
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


@pytest.mark.parametrize(
    "text",
    [
        "Hi Niamh, thanks a million for the introduction to Eoin, we had a great chat.",
        "Cheers for the intro to Davo, mate, legend.",
        "Dear Mr Balogun, I am so grateful for the introduction to your cousin in Abuja.",
    ],
)
def test_thanks_for_their_intro_is_not_read_as_the_writer_offering_one(
    assessor: PitchAssessor, text: str
) -> None:
    """The probe's thank-you for an intro was credited as the writer's own help ("offers help
    with no ask attached: thanks a million for the introduction"), which also softened the
    pitch that followed it."""
    result = assessor.assess(text)
    assert not any(s.startswith("offers help") for s in result.strengths), result.strengths


def test_an_intro_the_writer_offers_is_still_help(assessor: PitchAssessor) -> None:
    result = assessor.assess("Hi Niamh, great to meet you. Happy to make an intro to Eoin.")
    assert any(s.startswith("offers help") for s in result.strengths), result.strengths
