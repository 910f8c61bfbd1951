"""Offline transcription of the committed fixtures (espeak-ng speech, Ogg/Opus 48 kHz mono)."""

from __future__ import annotations

import pytest

from nlp.speech import AudioError, AudioTooLong, Transcriber, Transcript, decode, probe_seconds
from tests.voice.conftest import FIXTURES, SENTENCES, fixture
from tests.voice.wer import word_error_rate

# Left out of `make test-fast`: the speech model.
pytestmark = pytest.mark.slow

# Measured with tiny.en int8, no hints: 0 to 0.39 per sentence, 0.13 on average
# (synthetic voices and unusual surnames are its weak spot).
MAX_MEAN_WER = 0.25
MAX_SENTENCE_WER = 0.5


def test_fixtures_are_small_enough_to_commit() -> None:
    for path in FIXTURES.glob("*.ogg"):
        assert path.stat().st_size < 100_000, path.name


def test_transcripts_stay_within_the_word_error_bound(heard: dict[str, Transcript]) -> None:
    rates = {}
    for name, sentence in SENTENCES.items():
        rates[name] = word_error_rate(sentence["expect"], heard[name].text)
        assert heard[name].audio_seconds == pytest.approx(probe_seconds(fixture(name)), abs=0.1)
    assert max(rates.values()) <= MAX_SENTENCE_WER, rates
    assert sum(rates.values()) / len(rates) <= MAX_MEAN_WER, rates


def test_speech_from_the_first_instant_keeps_its_first_words(heard: dict[str, Transcript]) -> None:
    # The fixture's speech starts at t=0; without the lead-in whisper drops the first sentence.
    text = heard["sarah"].text.lower()
    assert text.startswith("met sarah chen"), text


def test_known_names_as_hotwords_fix_a_misheard_surname(
    transcriber: Transcriber, heard: dict[str, Transcript]
) -> None:
    plain = heard["marcus"].text
    hinted = transcriber.transcribe(fixture("marcus"), hotwords="Met Marcus Okafor, Sarah Chen")
    assert "Okafor" not in plain
    assert "Marcus Okafor" in hinted.text


@pytest.mark.parametrize("name", ["silence", "noise"])
def test_silence_and_noise_give_no_words(transcriber: Transcriber, name: str) -> None:
    heard = transcriber.transcribe(fixture(name))
    assert heard.text == ""
    assert heard.audio_seconds == pytest.approx(4.0, abs=0.1)


@pytest.mark.parametrize(
    "data",
    [b"", b"this is not audio at all " * 40, fixture("sarah")[:3000]],
    ids=["empty", "text", "truncated-header"],
)
def test_corrupt_audio_is_a_clear_error(transcriber: Transcriber, data: bytes) -> None:
    with pytest.raises(AudioError, match="not readable audio"):
        transcriber.transcribe(data)


def test_over_long_audio_is_refused_before_decoding(transcriber: Transcriber) -> None:
    with pytest.raises(AudioTooLong) as refused:
        transcriber.transcribe(fixture("sarah"), max_seconds=3)
    assert refused.value.seconds == pytest.approx(6.75, abs=0.1)  # from the container


def test_decoding_stops_at_the_limit_when_the_container_does_not_say() -> None:
    with pytest.raises(AudioTooLong):
        decode(fixture("sarah"), max_seconds=3)
    assert decode(fixture("sarah"), max_seconds=10).size == pytest.approx(6.75 * 16_000, abs=400)


def test_progress_is_reported_as_segments_are_decoded(transcriber: Transcriber) -> None:
    seen: list[float] = []
    transcriber.transcribe(fixture("david"), progress=seen.append)
    assert seen and seen == sorted(seen)
    assert 0.8 <= seen[-1] <= 1.0
