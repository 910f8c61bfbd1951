"""Encryption at rest, export formats, and property-based fuzzing of the parsers."""

from __future__ import annotations

import contextlib

from cryptography.fernet import Fernet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from bot.keyboards import parse
from coach.infra.durations import parse_duration
from coach.infra.formats import PortableContact, fold, read_csv, read_vcards, unfold, vcard
from coach.infra.hardening import clean_text
from coach.infra.settings import Settings, StorageSettings
from coach.privacy import is_erase_phrase
from coach.service import Coach
from nlp.extract import NoteExtractor
from nlp.pitch.model import PitchAssessor
from tests.conftest import NOW


async def test_note_text_is_encrypted_at_rest_and_search_still_works(
    settings: Settings, extraction: object
) -> None:
    key = Fernet.generate_key().decode()
    secret = settings.model_copy(update={"storage": StorageSettings(encryption_key=key)})
    coach = Coach(secret, extraction=extraction)  # type: ignore[arg-type]
    try:
        await coach.notes.capture(1, "met Sarah Chen from Acme, her daughter has diabetes")
        async with coach.engine.connect() as conn:
            raw = (await conn.execute(text("SELECT text, extraction FROM notes"))).one()
        assert "diabetes" not in str(raw.text) and str(raw.text).startswith("enc:v1:")
        assert "diabetes" not in str(raw.extraction)
        found = await coach.people.find(1, "daughter")
        assert [h.contact.name for h in found.hits] == ["Sarah Chen"]
        card = await coach.people.card(1, found.hits[0].contact.contact_id)
        assert card is not None and "diabetes" in card.timeline[0].text
    finally:
        await coach.close()
    # A coach without the key still reads legacy plaintext but refuses ciphertext clearly.
    plain = Coach(settings, extraction=extraction)  # type: ignore[arg-type]
    try:
        await plain.notes.capture(2, "met Bo Diaz")
        assert (await plain.backup.everything(2))["notes"][0]["text"] == "met Bo Diaz"
    finally:
        await plain.close()
    rotated = settings.model_copy(
        update={
            "storage": StorageSettings(encryption_key=f"{Fernet.generate_key().decode()},{key}")
        }
    )
    again = Coach(rotated, extraction=extraction)  # type: ignore[arg-type]
    try:
        notes = (await again.backup.everything(1))["notes"]
        assert "diabetes" in notes[0]["text"]
    finally:
        await again.close()


def test_vcard_escapes_and_folds() -> None:
    card = PortableContact(
        name="Ana; María, \\Núñez", org="A,B;C", note="line one\nline two " + "é" * 80
    )
    out = vcard([card], NOW)
    assert all(len(line.encode()) <= 75 for line in out.split("\r\n"))
    assert "FN:Ana\\; María\\, \\\\Núñez" in unfold(out)
    back = next(iter(read_vcards(out)))
    assert isinstance(back, PortableContact)
    assert (back.name, back.org, back.note) == (card.name, card.org, card.note)


names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
).filter(lambda s: s.split() != [])


@given(name=names, org=st.none() | names, note=st.none() | st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_vcard_round_trips_any_text(name: str, org: str | None, note: str | None) -> None:
    contact = PortableContact(name=" ".join(name.split()), org=org, note=note)
    out = vcard([contact], NOW)
    assert all(len(line.encode()) <= 75 for line in out.split("\r\n"))
    parsed = [c for c in read_vcards(out) if isinstance(c, PortableContact)]
    assert len(parsed) == 1 and parsed[0].name == " ".join(name.split())


@given(st.text(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_parsers_never_raise_on_arbitrary_input(data: str) -> None:
    list(read_vcards(data))
    list(read_csv(data))
    unfold(data)
    fold(data)
    parse(data)
    is_erase_phrase(data)
    cleaned = clean_text(data)
    assert clean_text(cleaned) == cleaned
    assert "\x00" not in cleaned


@given(st.text(max_size=400))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_note_check_and_command_parsers_never_raise(note: str) -> None:
    extractor = _extractor()
    cleaned = clean_text(note)
    extractor.extract(cleaned, now=NOW)
    if cleaned.strip():
        PitchAssessor(extractor.nlp).assess(cleaned.strip())
    for words in (cleaned.split(), cleaned.split()[:3]):
        with contextlib.suppress(ValueError):
            parse_duration(" ".join(words))


_cached: list[NoteExtractor] = []


def _extractor() -> NoteExtractor:
    if not _cached:
        _cached.append(NoteExtractor())
    return _cached[0]


async def test_an_import_keeps_over_long_values_clipped_and_merges_them_next_time(
    coach: Coach,
) -> None:
    name, role = "Bartholomew " * 25, "head of " + "operations " * 40
    note = " ".join(f"word{i}" for i in range(120))
    row = PortableContact(name=name.strip(), org="Acme " * 60, title=role.strip(), note=note)
    first = await coach.portability.merge(1001, [row])
    again = await coach.portability.merge(1001, [row])
    assert len(first.added) == 1 and again.added == [] and len(again.unchanged) == 1
    card = (await coach.people.page(1001)).contacts[0]
    assert len(card.name) == 200 and card.name.endswith("…")
    assert card.org is not None and len(card.org) == 200
    person = await coach.people.card(1001, card.contact_id)
    assert person is not None and person.details.title is not None
    assert len(person.details.title) == 200 and person.details.title.endswith("…")
    # A note longer than a fact is kept whole, in pieces split between words.
    assert " ".join(f.text for f in person.facts) == note
    assert all(len(f.text) <= 300 for f in person.facts) and len(person.facts) == 3


async def test_an_import_is_cleaned_like_a_typed_note(coach: Coach) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\x07 Sm\u200bith\x00\r\nORG:Ac\x07me\u202e Corp\r\n"
        "TITLE:head of\x1b[31m sales\r\nNOTE:loves\x00 sailing\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\u202e\u200b\r\nEND:VCARD\r\n"
    )
    report = await coach.portability.import_file(1001, "phone.vcf", card.encode())
    assert report.added == ["Bob Smith"]
    assert report.skipped == {"a row without a name": 1}  # only invisible characters
    contact = (await coach.people.page(1001)).contacts[0]
    assert (contact.name, contact.org) == ("Bob Smith", "Acme Corp")
    person = await coach.people.card(1001, contact.contact_id)
    assert person is not None and person.details.title == "head of[31m sales"
    assert [f.text for f in person.facts] == ["loves sailing"]
