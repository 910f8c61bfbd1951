"""Trial 16 (a commercial real estate broker): an offer of the user's own services ("I'd be
happy to represent you on the search"), a by-the-way turn to a listing ("I just listed a
great 35k sf space…, would love to show you") and a standing offer to their business ("if the
airport consolidation ever needs a second set of eyes on the market, I'm around") all read
"Looks good to send", and a rewrite kept "I have some medical office options that might be a
better fit". Their warm look-alikes must stay green."""

from __future__ import annotations

import pytest

from nlp.pitch.model import PitchAssessor, Relationship

JUST_MET = Relationship(stage="know", interactions=1, days_known=4, met=True)
KNOWN = Relationship(stage="know", interactions=2, days_known=11, met=True)

SERVICES = [
    "Hi Tuan, great meeting you at the chamber mixer! I know a couple of endcaps opening up in "
    "Lawrenceville and I'd be happy to represent you on the search, would you have 15 min this "
    "week?",
    "Hey Lena, so good to see you at the block party! I'd be glad to handle the sale of your "
    "mom's condo whenever the family is ready.",
    "Marcus, loved your talk at the Rotary lunch. I'd be happy to help you buy your first "
    "building when the time comes.",
    "Hi Joy, great chatting at the gym. I'd love to list your townhouse this spring if you "
    "decide to move.",
]
PIVOTS = [
    "Daniel, congrats to Sarah on Emory!! You must be so proud. By the way, I just listed a "
    "great 35k sf space in Alpharetta, would love to show you.",
    "Hi Carla, hope the new puppy is settling in! Also, I have some retail options in Decatur "
    "that might suit the bakery.",
    "Hey Omar, what a game on Saturday! Separately, I just listed a 12,000 sf flex building in "
    "Norcross, would love to show you.",
    "Ben, congrats on the engagement!! btw I've got a few warehouse listings off I-85 you "
    "should see.",
]
STANDING_OFFERS = [
    "Hi Priya, saw the news about Delta's new A350 routes, congrats to the TechOps team! "
    "Separately, if the airport consolidation ever needs a second set of eyes on the market, "
    "I'm around.",
    "Hey Raj, congrats on the new location! If the expansion ever needs someone to scout "
    "sites, I'm around.",
    "Hi Nora, loved the open house at the clinic. If the practice ever needs more space, you "
    "know where to find me.",
]
WARM = [
    "Hi Ana, it was a lovely evening! I'd love to show you the photos from the gala.",
    "Hey Sam, I'm around if you ever want to talk through the move, no agenda.",
    "Hi Father Tom, I'd be happy to represent our church at the city meeting.",
    "Hey Kim, congrats on the new house! By the way, I just got back from Lisbon, would love to "
    "show you the pictures.",
    "Hi Dave, great to see you at the game. If the kids ever need a ride to practice, I'm around.",
    "Hey Lena, so sorry about your mom. I'd be glad to handle the flowers for the service, just "
    "say the word.",
    "Hi Bea, if the team ever needs another volunteer for the car wash, I'm around.",
    "Hi Jen, I just listed my old bike on Craigslist, so the garage finally has room!",
    "Hey Mo, I could help you pick out a new stroller if you want company.",
    "Hey Lia, I have some old baby clothes that might fit Noah, want them?",
]


@pytest.mark.parametrize("draft", SERVICES + PIVOTS)
def test_own_services_and_listings_are_warned(assessor: PitchAssessor, draft: str) -> None:
    result = assessor.assess(draft, JUST_MET)
    assert result.pitch_first, (result.score, result.reasons)
    assert result.reasons


@pytest.mark.parametrize("draft", STANDING_OFFERS)
def test_a_standing_offer_to_their_business_is_at_least_mixed(
    assessor: PitchAssessor, draft: str
) -> None:
    result = assessor.assess(draft, KNOWN)
    assert result.verdict != "relationship_first", result.score
    assert any("ever needs" in r.phrase or "I'm around" in r.phrase for r in result.reasons) or (
        any("find me" in r.phrase for r in result.reasons)
    ), result.reasons


@pytest.mark.parametrize("draft", WARM)
def test_warm_look_alikes_stay_green(assessor: PitchAssessor, draft: str) -> None:
    result = assessor.assess(draft, JUST_MET)
    assert result.verdict == "relationship_first", (result.score, result.reasons)
    assert not result.reasons, result.reasons


def test_the_rewrite_drops_the_services_and_listings(assessor: PitchAssessor) -> None:
    cases = [
        (
            "Hey Yusuf, great to meet you and Mariam at the tournament. Quick question, are you "
            "guys happy with your current office lease at CHOA? I have some medical office "
            "options that might be a better fit.",
            "Hey Yusuf, great to meet you and Mariam at the tournament.",
            "options",
        ),
        (PIVOTS[0], "Daniel, congrats to Sarah on Emory!! You must be so proud.", "listed"),
        (STANDING_OFFERS[0], "congrats to the TechOps team!", "consolidation"),
        (SERVICES[0], "Hi Tuan, great meeting you at the chamber mixer!", "represent"),
    ]
    for draft, kept, cut in cases:
        result = assessor.assess(draft, JUST_MET)
        assert cut not in result.suggestion, result.suggestion
        assert "show you" not in result.suggestion, result.suggestion
        assert kept in result.suggestion, result.suggestion
