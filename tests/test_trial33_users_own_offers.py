"""Trial 33 (a Dublin IT recruiter): what the user offered or promised a contact is the
user's give to make, never the contact's offer. "i offered to do a free salary benchmark
for her" is no "Thank Marta for offering…"; "i promised to send cathal 3 devops cvs" is
"Send Cathal … 3 devops CVs", never "Send Cathal cathal 3 devops cvs"."""

from __future__ import annotations

import pytest

from coach.sentences import HE, SHE, Who, follow_up
from coach.service import Coach

USER = 3304


@pytest.mark.parametrize(
    ("who", "reason", "line"),
    [
        (Who("Amara Okafor", SHE, True), "send amara the tasting menu",
         "Send Amara Okafor the tasting menu"),
        (Who("Tariq", HE, True), "send tariq 2 sample contracts", "Send Tariq 2 sample contracts"),
        (Who("Ines Duarte", SHE, True), "send ines duarte the pitch deck",
         "Send Ines Duarte the pitch deck"),
    ],
)  # fmt: skip
def test_a_promise_naming_them_names_them_once(who: Who, reason: str, line: str) -> None:
    assert follow_up(who, reason) == line


# (the note, the first name, what the user offered)
OFFERED = [
    (
        "coffee with rangi parata, he runs a surf school in raglan, i offered to do a free "
        "website audit for him, follow up next month",
        "Rangi",
        "website audit",
    ),
    (
        "lunch with olga ivanova, she's an architect at a small practice, i offered to "
        "review her portfolio, follow up the 18th",
        "Olga",
        "portfolio",
    ),
]


@pytest.mark.parametrize(("note", "name", "thing"), OFFERED)
async def test_the_users_own_offer_is_never_theirs(
    coach: Coach, note: str, name: str, thing: str
) -> None:
    card = await coach.notes.capture(USER, note)
    person = next(p for p in card.people if p.name.startswith(name))
    offers = [f.text for f in person.facts if f.kind == "offer"]
    assert not any(thing in o for o in offers), offers
    lines = [v.idea for v in await coach.nudges.upcoming(USER)]
    assert not any("for offering" in line for line in lines), lines
