"""No empty message, ever: every kind of note through the fake Bot API, which refuses empty
and blank texts as Telegram does. A "Which X?" question comes alone or after a card with
something to say, and the user never reads "something went wrong"."""

from __future__ import annotations

from bot import texts
from tests.e2e.trust import replies
from tests.fakebot.server import FakeTelegram

# Every kind of note a user sends, after two Mikes and a John are known.
KNOWN = [
    "met Mike Brennan from Brennan Insurance at the chamber breakfast",
    "met Mike Okafor at the BNI lunch, into chess",
    "met John Park from Globex at the mixer",
]
NOTES = [
    # Names only an ambiguous person: the question alone (this sent an empty card first).
    "Mike called, wants to talk about his umbrella policy",
    "mike",
    # An ambiguous person and a new one.
    "lunch with Mike and Sarah Chen from Acme, Sarah loves sailing",
    # Updates a known contact; follow-up only; give; get; a need with an intro to offer.
    "John's daughter is applying to college",
    "follow up with John next tuesday about the gala",
    "introduced Dana Lee to John Park",
    "John Park referred me to his lender",
    "met Priya Shah at the expo, wants an intro to a good insurance broker",
    # No name at all; an event only; emoji; markup characters; a very long note.
    "great coffee this morning, need to call the bank",
    "at the chamber breakfast again",
    "🎉🤝☕",
    "met <b>Tom</b> & Jerry's <i>cousin</i> at the <gala>",
    "met Ana Ruiz at the mixer. " + "She talked about her garden and her dog. " * 120,
    # Only invisible characters: nothing to keep, and the user is told so.
    "\u200b\u2060\u200b",
]


async def test_every_kind_of_note_gets_a_reply_that_says_something(fake: FakeTelegram) -> None:
    alice = fake.user(1001)
    for note in KNOWN:
        await alice.send(note)
        await alice.next_reply()
    for note in NOTES:
        await alice.send(note)
        answers = await replies(alice)
        assert answers, note
        for answer in answers:
            assert answer.text.strip(), (note, answer)
            assert texts.ERROR not in answer.text, (note, answer.text)
        questions = [i for i, a in enumerate(answers) if "did you mean?" in a.text]
        for i in questions:
            # Alone, or after a card that shows something (never an empty one).
            assert i == 0 or answers[i - 1].text.strip(), (note, answers)
    fake.assert_no_errors()


async def test_a_note_naming_only_an_ambiguous_person_gets_just_its_question(
    fake: FakeTelegram,
) -> None:
    alice = fake.user(1001)
    for note in KNOWN[:2]:
        await alice.send(note)
        await alice.next_reply()
    await alice.send("Mike called, wants to talk about his umbrella policy")
    answers = await replies(alice)
    assert len(answers) == 1
    assert answers[0].text.startswith("🤔 Which Mike did you mean?")
    await alice.press(answers[0], "Mike Brennan")
    resolved = await alice.next_edit()
    assert "Mike Brennan" in resolved.text
