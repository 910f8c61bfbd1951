"""Trial 19 (a physio): /check credited greetings ("sat sri akal gary ji", "cześć tomasz!",
"alright delroy") and the writer's own offer as "remembers something they told you". A
memory is a clause that names what they told; their name greeting them is not one."""

from __future__ import annotations

import html

from bot.formatting import check_card
from coach.service import Coach

USER = 7019
MEMORY = "remembers something they told you"


async def _card(coach: Coach, user: int, draft: str) -> tuple[str, str]:
    check = await coach.drafts.check_draft(user, draft)
    return check.assessment.verdict, html.unescape(check_card(check))


# 2. A greeting with their name, or the writer's own words, is no memory of them.


async def test_a_greeting_in_another_language_is_no_memory(coach: Coach) -> None:
    user = USER + 3
    await coach.notes.capture(
        user, "met harjit singh bains at the gurdwara, goes by jeet, his son is doing gcses"
    )
    _, card = await _card(
        coach, user, "@Harjit Singh Bains sat sri akal jeet ji, hope the family are keeping well."
    )
    assert MEMORY not in card, card
    _, card = await _card(
        coach,
        user,
        "@Harjit Singh Bains sat sri akal jeet ji, how are the gcses going for your son?",
    )
    assert f"{MEMORY}: “how are the gcses going for your son?”" in card, card


async def test_a_bare_name_greeting_is_no_memory(coach: Coach) -> None:
    user = USER + 4
    await coach.notes.capture(
        user, "met marek nowak at the polish club, runs the sunday league team, knee is sore"
    )
    for draft in ("cześć marek! cheers for the chat on friday.", "alright marek, good to see you"):
        _, card = await _card(coach, user, "@Marek Nowak " + draft)
        assert MEMORY not in card, (draft, card)
    _, card = await _card(coach, user, "@Marek Nowak alright marek, is the knee any better?")
    assert f"{MEMORY}: “is the knee any better?”" in card, card
