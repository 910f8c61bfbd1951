"""Trial 29: "her husband abdi was made redundant from the hosiery factory last month - go
gently" was read as Abdi's work, with the user's "go gently" in it; "lost her husband in
oct" was "husband in oct", the loss gone; "mum just had a hip op at the LRI" was not read
at all; "pooja just qualified as a solicitor" was her work. A job lost, a loss, a relative's
operation and a qualification are news, and the user's note to self is none of it."""

from __future__ import annotations

import pytest

from nlp.extract import NoteExtractor
from tests.conftest import NOW


def _facts(extractor: NoteExtractor, note: str) -> dict[str, list[tuple[str, str]]]:
    people = extractor.extract(note, now=NOW).people
    return {p.name: [(f.kind, f.text) for f in p.facts] for p in people}


@pytest.mark.parametrize(
    ("note", "relative", "said", "aside"),
    [
        ("supper club at the mosque, met fatima rahman, she's a dentist, her husband yusuf "
         "was laid off from the car plant last week - be gentle", "Yusuf", "laid off", "gentle"),
        ("coffee with tendai moyo, her brother farai got made redundant from the mill in "
         "october - tread carefully", "Farai", "redundant", "tread"),
        ("met kwame asante at the chamber do. his son kofi lost his job at the depot - dont "
         "mention it", "Kofi", "lost his job", "mention"),
    ],
)  # fmt: skip
def test_a_relatives_lost_job_is_their_news_not_their_work(
    extractor: NoteExtractor, note: str, relative: str, said: str, aside: str
) -> None:
    facts = _facts(extractor, note)
    assert relative in facts, facts
    news = [text for kind, text in facts[relative] if said in text]
    assert news, facts[relative]
    assert all(kind != "work" for kind, text in facts[relative] if said in text), facts
    assert not any(aside in text for texts in facts.values() for _, text in texts), facts


@pytest.mark.parametrize(
    ("note", "who", "said", "aside"),
    [
        ("also met bronwen ellis, she runs a letting agency on queen st, dad just had a knee "
         "op at the royal - ask how hes doing next tues", "Bronwen Ellis", "knee op", "ask"),
        ("lunch with ffion rees, she runs a cafe in canton, her mum had a fall last week - "
         "check in on friday", "Ffion Rees", "fall", "check"),
    ],
)  # fmt: skip
def test_a_relatives_mishap_is_kept_without_the_users_note_to_self(
    extractor: NoteExtractor, note: str, who: str, said: str, aside: str
) -> None:
    facts = _facts(extractor, note)
    assert who in facts, facts
    texts = [text for _, text in facts[who]]
    assert any(said in text for text in texts), facts[who]
    assert not any(aside in text.split() for text in texts), facts[who]


@pytest.mark.parametrize(
    ("note", "relative"),
    [
        ("church coffee - owen price and his wife carys, their son rhys just qualified as an "
         "accountant at grant thornton!!", "Rhys"),
        ("gurdwara langar, met harpreet gill, her daughter simran qualified as a pharmacist "
         "in june", "Simran"),
    ],
)  # fmt: skip
def test_qualifying_is_news_not_work(extractor: NoteExtractor, note: str, relative: str) -> None:
    facts = _facts(extractor, note)
    assert relative in facts, facts
    said = [(kind, text) for texts in facts.values() for kind, text in texts if "qualified" in text]
    assert said and all(kind in ("plan", "family") for kind, _ in said), facts
