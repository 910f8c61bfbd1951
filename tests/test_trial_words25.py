"""User trial 25 (a Nigerian-born caterer in Atlanta): drafts agree with a gentle nudge in
a hard time, and the best detail comes first: a new baby before "how is your husband
doing", which is the weakest line of all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coach.drafts import hook_from
from coach.ideas import Person, idea, opener
from coach.sentences import Detail
from coach.service import Coach
from tests.conftest import FakeClock
from tests.nudge_lines import everything_said

USER = 2525


async def _said(coach: Coach, clock: FakeClock, work: str, *notes: str, days: int = 21) -> str:
    """Every /balance line, nudge and draft about these notes over the next weeks."""
    return "\n".join(await everything_said(coach, clock, USER, work, notes, days=days))


async def test_drafts_in_a_hard_time_are_as_gentle_as_the_nudge(
    coach: Coach, clock: FakeClock
) -> None:
    # Trial 25: "Check in on Ngozi; it's been a hard time for her", and its draft was
    # "Hi Ngozi, how are things with you?"; Ji-woo's "thinking of her" drafted as "What
    # are you working on these days?"
    said = await _said(
        coach,
        clock,
        "caterer",
        "met dmitri volkov at the makers fair, he builds furniture, his mother is in the "
        "hospital after a stroke. check on him friday",
        "lucia ferraro called, her father passed away on sunday, she runs the deli on 5th. "
        "follow up in a week",
    )
    assert "how are things with you" not in said, said
    assert "What are you working on" not in said, said
    assert "What's new with you" not in said, said
    assert "thinking of you and your family" in said, said
    assert "holding up" in said, said


async def test_a_hard_time_told_after_the_nudge_went_still_makes_the_draft_gentle(
    coach: Coach, clock: FakeClock
) -> None:
    await coach.set_my_work(USER, "caterer")
    await coach.notes.capture(USER, "met anand rao at the chamber lunch, he sells solar panels")
    sent = []
    for _ in range(4):
        clock.advance(timedelta(days=1))
        for outgoing in await coach.dispatcher.claim_due():
            for nudge in outgoing.nudges:
                await coach.dispatcher.sent_many([([nudge.nudge_id], 1)])
                sent.append(nudge)
    assert sent, sent
    assert "thinking of" not in sent[0].idea, sent[0].idea
    await coach.notes.capture(USER, "anand rao's wife is in hospice, it's been rough for him")
    drafts = [await coach.nudges.draft(USER, n.nudge_id) for n in sent]
    said = "\n".join(d.opener for d in drafts if d is not None)
    assert "thinking of you and your family" in said, said
    assert "solar" not in said.casefold(), said


def test_a_rewrite_in_a_hard_time_ends_on_how_they_are_holding_up() -> None:
    # /check's rewrite question: never "have you played any tennis lately?" a week after
    # her brother died, even when a later note spoke of the news again
    told = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    person = Person(
        "Marisol Vega",
        None,
        (
            Detail("interest", "tennis", 1, told),
            Detail("news", "her brother died last week", 2, told),
        ),
        pronoun="she",
    )
    notes = [(told + timedelta(days=2), "marisol's brother died, the funeral is saturday")]
    asked = hook_from(person, None, told + timedelta(days=7), "caterer", "", notes)
    assert asked == "How are you holding up?", asked
    assert hook_from(person, None, told + timedelta(days=60), "caterer") != asked


TOLD = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
WEEK_ON = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _lines(person: Person) -> str:
    """Each kind's nudge line and draft for the person a week after the note."""
    said = []
    for kind in ("first", "follow_up", "keep_in_touch"):
        said += [idea(person, kind, "", WEEK_ON).text, opener(person, kind, "", WEEK_ON)]
    return "\n".join(said)


def test_a_new_baby_comes_before_asking_after_the_husband() -> None:
    # Trial 25: "Follow up with Bisola, and ask her how her husband is doing" when the
    # notes said she and her husband just had a baby girl named Toluwani
    for baby in ("a baby boy, Kamsi", "a baby boy named Kamsi", "baby boy Kamsi"):
        person = Person(
            "Chiamaka Eze",
            None,
            (
                Detail("family", "husband is Obinna", 1, TOLD),
                Detail("family", baby, 2, TOLD),
                Detail("work", "runs the youth choir", 3, TOLD),
            ),
            pronoun="she",
            touches=3,
        )
        said = _lines(person)
        assert "baby Kamsi" in said, said
        assert "husband" not in said, said
        assert "on the way" not in said, said


def test_a_named_baby_is_born_never_on_the_way() -> None:
    # Trial 25: Tunde's "baby Toluwani" was asked about as "the baby on the way"
    for fact in ("baby Adaora", "husband is Ifeanyi, a baby girl, Adaora"):
        person = Person("Uche Obi", None, (Detail("family", fact, 1, TOLD),), pronoun="he")
        said = _lines(person)
        assert "on the way" not in said, said
        assert "baby Adaora" in said, said


def test_how_the_wife_is_doing_is_the_weakest_line() -> None:
    # Trial 25: "Call Femi, and ask him how his wife is doing", the wife with no news at all
    person = Person(
        "Kwesi Boateng",
        None,
        (
            Detail("family", "wife is Ama", 1, TOLD),
            Detail("work", "accountant", 2, TOLD),
        ),
        pronoun="he",
        touches=3,
    )
    said = _lines(person)
    assert "wife" not in said and "Ama" not in said, said


def test_a_title_is_never_said_as_a_relative_s_name() -> None:
    # "his wife pastor (mrs) Yewande": "Ask Femi how Pastor is doing"
    for fact in ("wife pastor", "wife Mama Chioma"):
        person = Person(
            "Segun Ade", None, (Detail("family", fact, 1, TOLD),), pronoun="he", touches=3
        )
        said = _lines(person)
        assert "Pastor is" not in said and "Mama is" not in said, said
        assert "how is Pastor" not in said.casefold(), said


def test_a_follow_up_is_not_padded_with_how_the_wife_is_doing() -> None:
    # Trial 25: "Call Femi, and ask him how his wife is doing": the call is reason enough
    person = Person(
        "Kwesi Boateng", None, (Detail("family", "wife is Ama", 1, TOLD),), pronoun="he", touches=3
    )
    for reason in ("call him to confirm numbers", "lunch with him", ""):
        said = idea(person, "follow_up", reason, WEEK_ON).text
        assert "wife" not in said, said


def test_their_own_surgery_is_asked_after_as_a_recovery() -> None:
    # Trial 25: the pastor "recovering from knee surgery" is no bereavement: how he is
    # feeling, never "it's been a hard time for him", and never how his wife is doing
    for surgery in ("recovering from hip surgery", "had shoulder surgery last week"):
        person = Person(
            "Rahul Menon",
            None,
            (Detail("family", "wife is Anjali", 1, TOLD), Detail("plan", surgery, 2, TOLD)),
            pronoun="he",
            touches=3,
        )
        said = _lines(person)
        assert "recovery" in said and "feeling" in said, said
        assert "hard time" not in said and "holding up" not in said, said
        assert "wife" not in said and "Anjali" not in said, said
    # a relative's surgery is asked after by who had it (trial 29): never his recovery
    person = Person(
        "Rahul Menon", None, (Detail("family", "mum had heart surgery", 1, TOLD),), pronoun="he"
    )
    said = _lines(person)
    assert "how's your mum doing after her heart surgery?" in said, said
    assert "your recovery" not in said and "are you feeling" not in said, said
