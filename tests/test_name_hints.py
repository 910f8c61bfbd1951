"""A big Rolodex: a note is read with hints for just the contacts its words could name."""

from __future__ import annotations

from coach.matching import names_in_reach
from coach.service import Coach
from nlp.known import name_words
from storage.contacts import Contacts, name_key
from storage.models import Contact, User

ALICE, BOB = 1001, 1002


def test_note_words_cover_possessives_hyphens_and_case() -> None:
    words = name_words("Coffee w/ SARAH's brother Jean-Luc and O'Brien; Müller too")
    assert {"sarah's", "sarah", "jean-luc", "jean", "luc", "o'brien", "müller"} <= words
    assert "coffee" in words and "" not in words


async def test_hints_are_every_contact_the_notes_words_could_name(coach: Coach) -> None:
    names = ["Sarah Chen", "Sarah", "Sarahbeth Cole", "Jean-Luc Picard", "Dana Lee", "Ben_x Roe"]
    async with coach.rt.unit_of_work() as session:
        session.add_all([User(id=ALICE), User(id=BOB)])
        await session.flush()
        for owner, name in [(ALICE, n) for n in names] + [(BOB, "Sarah Bob's")]:
            session.add(Contact(user_id=owner, name=name, name_key=name_key(name)))
    async with coach.rt.unit_of_work() as session:
        contacts = Contacts(session, ALICE)
        note = "met sarah's friend jean-luc at the mixer, ben% too"
        hinted = names_in_reach(await contacts.all_keyed(), name_words(note))
        everyone = [n for _, n, _ in await contacts.all_names()]
    assert hinted == ["Sarah Chen", "Sarah", "Jean-Luc Picard"]
    # Exactly the contacts whose first word the note uses: nobody missed, nobody else's.
    words = name_words(note)
    assert hinted == [n for n in everyone if name_key(n).split()[0] in words]


async def test_a_lowercase_known_name_is_still_recognised_in_a_big_rolodex(coach: Coach) -> None:
    async with coach.rt.unit_of_work() as session:
        session.add(User(id=ALICE))
        await session.flush()
        for n in range(500):
            session.add(Contact(user_id=ALICE, name=f"Person {n}", name_key=f"person {n}"))
        session.add(Contact(user_id=ALICE, name="Farouk Haddad", name_key="farouk haddad"))
    card = await coach.notes.capture(ALICE, "lunch with farouk haddad, follow up friday")
    assert [(p.name, p.created) for p in card.people] == [("Farouk Haddad", False)]


async def test_a_later_note_finds_people_by_the_names_they_are_called(coach: Coach) -> None:
    """Said the way people say them, names find the contact the first note made: the given
    name of a name written family name first, a name without its middle or second surname."""
    await coach.notes.capture(
        ALICE,
        "mixer at the walker: Nguyen Van Thanh owns a pho place on eat street; "
        "juan carlos mendoza ruiz from the credit union; Gurpreet Kaur Sandhu, cfo at allina",
    )
    later = {
        "thanh texted, he needs a bookkeeper": "Nguyen Van Thanh",
        "dinner w juan carlos, his wife is expecting": "Juan Carlos Mendoza Ruiz",
        "gurpreet sandhu mentioned she is training for a marathon": "Gurpreet Kaur Sandhu",
    }
    for note, name in later.items():
        card = await coach.notes.capture(ALICE, note)
        assert [(p.name, p.created) for p in card.people] == [(name, False)], note
