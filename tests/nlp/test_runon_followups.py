"""Long run-on notes about several people (a sports physio's dictation, UK English):
follow-ups not wanted, follow-ups and corrections that must stay with the person they are
about, and details the reader missed or misread (trial 20).

Each note is a variant of a kind of miss the trial found, not the trial's own note."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.extract import NoteExtractor
from nlp.schema import NoteExtraction
from tests.nlp.helpers import person, said

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # Monday


def read(extractor: NoteExtractor, text: str) -> NoteExtraction:
    return extractor.extract(text, now=NOW)


# 1. A follow-up said not to be needed is no follow-up.


@pytest.mark.parametrize(
    "text",
    [
        "Saw Gareth at the clinic, hamstring is fine now, no need to ring him in march",
        "Marta's away skiing, don't bother ringing her on friday",
        "Kirsty's back to full training so there's no need to follow up with her in January",
        "don't need to text Tomasz next week, he's sorted",
    ],
)
def test_a_follow_up_said_not_to_be_needed_is_none(extractor: NoteExtractor, text: str) -> None:
    assert read(extractor, text).follow_ups == []


def test_a_follow_up_said_beside_a_refused_one_stays(extractor: NoteExtractor) -> None:
    r = read(extractor, "ring Kemi next week, no need to email her the exercises")
    assert [f.person for f in r.follow_ups] == ["Kemi"]


@pytest.mark.parametrize(
    "text",
    [
        "no need to ring Gareth in march",
        "don't bother calling Ifeoma next week",
    ],
)
def test_a_follow_up_refused_is_no_meeting(extractor: NoteExtractor, text: str) -> None:
    r = read(extractor, text)
    assert r.follow_ups == []
    assert all(not p.met for p in r.people)


@pytest.mark.parametrize(
    "text",
    ["no need to ring Gareth Pryce in march", "don't bother calling Ifeoma Obi next week"],
)
def test_a_stranger_named_only_in_a_refusal_is_no_new_contact(
    extractor: NoteExtractor, text: str
) -> None:
    assert read(extractor, text).people == []


def test_a_contact_named_only_in_a_refusal_is_kept_to_cancel_with(
    extractor: NoteExtractor,
) -> None:
    r = extractor.extract("no need to ring gareth in march", now=NOW, known_names=["Gareth Pryce"])
    assert [p.name for p in r.people] == ["Gareth Pryce"]
    assert [c.person for c in r.changes if c.field == "follow_up"] == ["Gareth Pryce"]


def test_a_refusal_until_a_time_not_read_cancels_nothing(extractor: NoteExtractor) -> None:
    r = read(
        extractor, "Saoirse came in for her shoulder. Don't need to chase Saoirse till spring."
    )
    assert r.follow_ups == [] and not [c for c in r.changes if c.field == "follow_up"]


@pytest.mark.parametrize(
    ("text", "whose", "said"),
    [
        ("Saw Gareth and Ruth, no need to ring Ruth in march", "Ruth", "in march"),
        (
            "Ruth came with Gareth, his groin is fine, no point calling him before Easter",
            "Gareth",
            "before Easter",
        ),
        ("Lovely to see Aoife, needn't follow up with her", "Aoife", None),
    ],
)
def test_a_refused_follow_up_names_whose_to_cancel(
    extractor: NoteExtractor, text: str, whose: str, said: str | None
) -> None:
    r = read(extractor, text)
    assert [(c.person, c.old) for c in r.changes if c.field == "follow_up"] == [(whose, said)]


# 2. In a note about several people, a follow-up and a correction stay with the one meant.


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        (
            "Had Mags Thornton in with Wei, Mags is struggling with her achilles and wants a "
            "new plan, ring her next week. Wei is training for his first marathon.",
            "Mags",
        ),
        (
            "Saw Siobhan and Kwame at the club, Kwame's groin is much better and he's back "
            "playing, Siobhan is still limping after her ankle op, give her a bell friday",
            "Siobhan",
        ),
        (
            "Treated Hamish and Leticia this morning. Leticia is doing the Great North Run, "
            "her IT band is sore, ring her next week. Hamish is off to Portugal for a fortnight.",
            "Leticia",
        ),
    ],
)
def test_a_pronoun_follow_up_goes_to_the_one_the_sentence_is_about(
    extractor: NoteExtractor, text: str, whose: str
) -> None:
    r = read(extractor, text)
    assert [f.person.split()[0] for f in r.follow_ups if f.person] == [whose]


def test_her_in_a_sentence_about_a_named_woman_is_hers(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "Had Mags Thornton in with Wei, Mags is struggling with her achilles and wants a "
        "new plan. Wei is training for his first marathon.",
    )
    mags, wei = person(r, "mags"), person(r, "wei")
    assert said(mags, "achilles") and said(mags, "plan")
    assert not said(wei, "achilles") and not said(wei, "new plan")


@pytest.mark.parametrize(
    ("text", "right", "wrong", "detail"),
    [
        (
            "Saw Niamh and Wei at the track. Wei was on about her calf. actually Niamh's "
            "the one with the dodgy hamstring, not Wei",
            "Niamh",
            "Wei",
            "hamstring",
        ),
        (
            "Saw Bronagh and Tadhg at the club. Tadhg is off to Lanzarote. correction: "
            "Bronagh's the one with the sore shoulder, not Tadhg",
            "Bronagh",
            "Tadhg",
            "shoulder",
        ),
        (
            "Quick one about Jomo and Callum: actually Callum is the one with the "
            "stress fracture, not Jomo",
            "Callum",
            "Jomo",
            "stress fracture",
        ),
    ],
)
def test_a_correction_naming_one_person_is_theirs(
    extractor: NoteExtractor, text: str, right: str, wrong: str, detail: str
) -> None:
    r = read(extractor, text)
    fixed = [c for c in r.changes if c.correction and detail in c.new.lower()]
    assert [c.person for c in fixed] == [right]
    assert not said(person(r, wrong), detail)


# 3. Details the reader missed or misread.


@pytest.mark.parametrize(
    ("text", "who", "word"),
    [
        ("Kevin is behind on his HST filings, CRA sent him a letter", "kevin", "filings"),
        ("Met Tom at the gym, he's behind on his VAT return", "tom", "vat return"),
        (
            "Rang Aisling, HMRC are chasing her for her self assessment",
            "aisling",
            "self assessment",
        ),
        ("Saw Brad after training, the IRS sent him a notice about his taxes", "brad", "irs"),
    ],
)
def test_trouble_with_the_tax_office_is_a_need(
    extractor: NoteExtractor, text: str, who: str, word: str
) -> None:
    r = read(extractor, text)
    assert said(person(r, who), word, {"need"})


def test_a_childs_exams_are_no_topic_nor_the_parents_pronoun(
    extractor: NoteExtractor,
) -> None:
    r = read(extractor, "Saw Colin after his session, his daughter is doing her a levels")
    assert person(r, "colin").pronoun == "he"
    assert not [t for t in r.topics if "levels" in t.lower()]


@pytest.mark.parametrize(
    ("text", "who", "reads"),
    [
        ("Saw Colin, his daughter is doing her a levels", "colin", "daughter doing her A-levels"),
        ("Saw Fiona, her son's doing his GCSEs", "fiona", "son doing his GCSEs"),
        (
            "Saw Padraig, his lad's sitting his leaving cert",
            "padraig",
            "son sitting his Leaving Cert",
        ),
        (
            "Saw Mark, his daughter's in year 12 doing her HSC",
            "mark",
            "daughter in year 12 doing her HSC",
        ),
    ],
)
def test_a_childs_exams_read_as_a_sentence(
    extractor: NoteExtractor, text: str, who: str, reads: str
) -> None:
    r = read(extractor, text)
    p = person(r, who)
    assert reads in [f.text for f in p.facts if f.kind in ("family", "plan")]


@pytest.mark.parametrize(
    ("text", "who", "word"),
    [
        ("Saw Jess at parkrun, her knee is better", "jess", "knee is better"),
        ("Rang Rob, his back's playing up again", "rob", "back's playing up again"),
        ("Had Ayesha in, her shoulder is much improved", "ayesha", "shoulder is much improved"),
    ],
)
def test_health_news_is_theirs(extractor: NoteExtractor, text: str, who: str, word: str) -> None:
    r = read(extractor, text)
    assert said(person(r, who), word.lower(), {"plan"})


def test_each_ones_injury_news_stays_theirs(extractor: NoteExtractor) -> None:
    r = read(
        extractor,
        "Saw Tomás and Grace today. Tomás's knee is sore after the derby. Grace is training "
        "for a triathlon, her hip is a bit stiff.",
    )
    tomas, grace = person(r, "tomás"), person(r, "grace")
    assert said(tomas, "knee is sore", {"plan"}) and not said(tomas, "hip")
    assert said(grace, "hip is a bit stiff", {"plan"}) and not said(grace, "knee")


def test_a_correction_at_the_end_of_a_run_on_is_about_the_one_it_names(
    extractor: NoteExtractor,
) -> None:
    r = read(
        extractor,
        "then Hannah Okafor came in with Tobias Wren, Hannah's calf is tight and she wants "
        "a new rehab plan, ring her next week, Tobias is behind on his VAT return, oh and "
        "correction Tobias is the one with the sore hip not Hannah",
    )
    fixed = [c for c in r.changes if c.correction]
    assert [(c.person.split()[0], c.new) for c in fixed] == [("Tobias", "has a sore hip")]


def test_injury_news_is_kept_whole(extractor: NoteExtractor) -> None:
    r = read(extractor, "Keira came in after training, Keira's achilles is flaring up again")
    assert said(person(r, "keira"), "achilles is flaring up again", {"plan"})


def test_a_refusal_till_after_a_day_cancels_nothing(extractor: NoteExtractor) -> None:
    r = read(extractor, "Saw Ruairi, no need to ring him till after christmas")
    assert not [c for c in r.changes if c.field == "follow_up"]
    assert [(f.person, f.due.isoformat()) for f in r.follow_ups] == [("Ruairi", "2026-12-28")]


# A follow-up put off ("no need to chase him till the new year") is due once that time
# comes: after a holiday, from the start of a month, on the day named.
@pytest.mark.parametrize(
    ("text", "who", "due"),
    [
        ("Deepak's ankle is healing well, no point calling deepak before Easter", "Deepak",
         "2027-03-29"),
        ("needn't chase Oluwaseun until february, his knee is grand", "Oluwaseun", "2027-02-01"),
        ("coffee with Declan, no need to chase him till the new year", "Declan", "2027-01-04"),
        ("lunch w sunita, don't need to ring her till march", "Sunita", "2027-03-01"),
        ("met Kofi at the expo, no rush to call him until thursday", "Kofi", "2026-12-10"),
    ],
)  # fmt: skip
def test_a_follow_up_put_off_is_due_when_its_time_comes(
    extractor: NoteExtractor, text: str, who: str, due: str
) -> None:
    r = read(extractor, text)
    assert [(f.person, f.due.isoformat()) for f in r.follow_ups] == [(who, due)]
