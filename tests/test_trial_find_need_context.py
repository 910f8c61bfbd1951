"""/find finds a need by the thing the note said it was about: "her sash windows need
replacing, wants somebody to price replacing them" is found by /find windows (trial:
/find radiators missed "somebody to price replacing them")."""

from __future__ import annotations

from coach.service import Coach

USER = 3104


async def test_find_reaches_the_thing_a_need_says_them_of(coach: Coach) -> None:
    await coach.notes.capture(
        USER,
        "Met Kirsty Nairn at the village hall, her sash windows need replacing, wants "
        "somebody to price replacing them",
    )
    await coach.notes.capture(USER, "Met Lachlan Bain at the village hall, he plays the fiddle")
    result = await coach.people.find(USER, "windows")
    assert [h.contact.name for h in result.hits] == ["Kirsty Nairn"]
    assert any("windows" in r for r in result.hits[0].reasons), result.hits[0].reasons
