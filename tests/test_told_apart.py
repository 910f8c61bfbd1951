"""Two contacts of one name are told apart wherever the user must pick one: /person,
/forget, /merge, /gave and /check (trial 10 offered "Amara" and "Amara")."""

from __future__ import annotations

import pytest

from coach.nudges import NotFound
from coach.service import Coach
from storage.contacts import Contacts

ALICE = 1001


async def two_amaras(coach: Coach) -> None:
    await coach.notes.capture(
        ALICE, "met ngozi okafor at the bar association lunch, her daughter amara just turned 9"
    )
    # Another Amara, with no firm to tell them apart by (a note the user said was someone new).
    async with coach.rt.unit_of_work() as session:
        await Contacts(session, ALICE).add("Amara", org=None, met_at="choir practice", met_on=None)
    found = await coach.people.lookup(ALICE, "amara")
    assert len(found.candidates) == 2, found


async def test_two_contacts_of_one_name_are_told_apart_in_every_menu(coach: Coach) -> None:
    await two_amaras(coach)
    labels = [c.label for c in (await coach.people.lookup(ALICE, "amara")).candidates]
    assert len(set(labels)) == 2, labels
    assert sorted(labels) == ["Amara, Ngozi Okafor's daughter", "Amara, met at choir practice"]
    forget = await coach.privacy.find_to_forget(ALICE, "amara")
    assert len({c.label for c in forget.candidates}) == 2
    merge = await coach.merging.find(ALICE, "amara")
    assert len({c.label for c in merge.candidates}) == 2
    pair = await coach.merging.find(ALICE, "amara and amara")
    assert len({c.label for c in pair.candidates}) == 2
    with pytest.raises(NotFound) as miss:
        await coach.ledger.record(ALICE, "gave", ["amara", "a", "book"])
    assert len(set(miss.value.candidates)) == 2
    check = await coach.drafts.check_draft(ALICE, "Hi Amara, lovely to meet you!")
    assert len(set(check.candidates)) == 2, check.candidates


async def test_a_name_only_one_contact_has_keeps_its_plain_label(coach: Coach) -> None:
    await coach.notes.capture(ALICE, "met Priya Shah from Acme at the BNI lunch")
    await coach.notes.capture(ALICE, "met Priya Nair at the gym")
    labels = sorted(c.label for c in (await coach.people.lookup(ALICE, "priya")).candidates)
    assert labels == ["Priya Nair", "Priya Shah (Acme)"]
