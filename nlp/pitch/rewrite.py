"""The relationship-first rewrite: keep the user's own greeting and context, drop the pitch,
and add one question or offer about the other person."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.pitch.features import ASKS, PITCH, Features, greeting_end

# Without anything stored about the person, curiosity is the safest way to give attention.
GENERIC_HOOK = "What are you working on these days that you're most excited about?"
_CLOSINGS = {
    "best",
    "thanks",
    "thank",
    "cheers",
    "regards",
    "warmly",
    "sincerely",
    "talk",
    "speak",
    "all",
    "kind",
    "warm",
    "many",
    "yours",
    "take",
}
_LOWERABLE = {
    "how",
    "what",
    "did",
    "are",
    "is",
    "have",
    "has",
    "was",
    "were",
    "do",
    "does",
    "would",
    "could",
    "can",
    "if",
    "still",
    "happy",
    "any",
    "you",
    "when",
    "where",
    "hope",
    "congrats",
    "thanks",
    "by",
}


def rewrite(doc: Doc, found: Features, hook: str | None, *, keep_asks: bool = False) -> str:
    """`keep_asks`: the person asked for this, so a plain ask (a call, a quote) may stay;
    pressure and self-promotion still go."""
    dropping = {h for h in PITCH if not (keep_asks and h in ASKS)}
    pitchy = [h for h in found.hits if h.feature in dropping]
    sentences = list(doc.sents)
    closing = _closing(sentences)
    if closing is not None:
        sentences = sentences[: sentences.index(closing)]
    pieces: list[tuple[str, bool]] = []
    kept: list[Span] = []
    for n, sent in enumerate(sentences):
        if not any(sent.start_char <= h.start < sent.end_char for h in pitchy):
            kept.append(sent)
            pieces.append((sent.text.strip(), _may_lower(sent)))
            continue
        end = greeting_end(sent) if n == 0 else None
        if end is not None:
            pieces.append((doc[sent.start : end].text.strip(), False))
    gives_attention = any(
        h.feature in ("question_about_them", "give", "curious")
        and any(s.start_char <= h.start < s.end_char for s in kept)
        for h in found.hits
    )
    if hook:
        pieces.append((hook, hook.split(" ", 1)[0].lower() in _LOWERABLE))
    elif not gives_attention:
        pieces.append((GENERIC_HOOK, True))
    text = _join(pieces)
    if closing is not None:
        text += "\n\n" + closing.text.strip()
    return text


def _may_lower(sent: Span) -> bool:
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.pos_ != "PROPN" and first.lower_ != "i"


def _closing(sentences: list[Span]) -> Span | None:
    """A short sign-off at the end ("Best, Jo", "Thanks!") stays last."""
    if len(sentences) < 2:
        return None
    last = sentences[-1]
    words = [t for t in last if not t.is_space and not t.is_punct]
    if words and len(words) <= 5 and words[0].lower_ in _CLOSINGS:
        return last
    return None


def _join(pieces: list[tuple[str, bool]]) -> str:
    """After "Hi Sarah," the next sentence carries on in lowercase ("Hi Sarah, how did…")."""
    out = ""
    for piece, may_lower in pieces:
        if not piece:
            continue
        if not out:
            out = piece
        elif out.endswith(",") and may_lower:
            out += " " + piece[:1].lower() + piece[1:]
        else:
            out += " " + piece
    return out
