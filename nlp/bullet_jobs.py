"""A bullet line of a name, a dash and what they do ("- harjit - builder", "- Manpreet -
joiner, does lofts"): the words after the dash are the person's job, though the details
model, seeing so few words, often reads no job there."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as STOP
from spacy.tokens import Doc, Span, Token

from nlp.lexicon import JOB_WORDS

BULLETS = frozenset("- – — * •".split())
DASHES = frozenset("- – —".split())
# The endings of words for someone by what they do: builder, joiner, agronomist, mechanic.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ic")
# Where a job said after the dash ends: "roofer, does flat roofs".
_JOB_ENDS = frozenset(", . ; ( / |".split())
_MAX_JOB_WORDS = 3
_MAX_NAME_WORDS = 3


def a_job_word(word: str) -> bool:
    """ "builder", "joiner", "plumber": a word for someone by their work."""
    return word in JOB_WORDS or (len(word) > 4 and word.endswith(_AGENT_ENDINGS))


def line_opens(doc: Doc, i: int) -> bool:
    """doc[i] is a bullet that opens the note or a line."""
    return doc[i].text in BULLETS and (i == 0 or "\n" in doc[i - 1].text)


def job_after(doc: Doc, dash: int) -> Span | None:
    """The job said right after a dash, to the end of its clause: one to three plain words
    ending in a word for a worker, none a firm's name ("- Priya - Tesco" is her firm)."""
    end = dash + 1
    while end < len(doc) and end - dash <= _MAX_JOB_WORDS:
        tok = doc[end]
        if "\n" in tok.text or tok.text in _JOB_ENDS:
            break
        if not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.ent_type_ in ("ORG", "GPE") and not tok.is_lower:
            return None  # "- Priya - Tesco": her firm ("- jas - joiner" read as one is a job)
        end += 1
    if end == dash + 1 or end - dash > _MAX_JOB_WORDS:
        return None
    if end < len(doc) and not ("\n" in doc[end].text or doc[end].text in _JOB_ENDS):
        return None
    if not a_job_word(doc[end - 1].lower_):
        return None
    return Span(doc, dash + 1, end, label="ROLE")


def _a_name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.lower_ not in STOP and tok.pos_ not in ("VERB", "AUX")


def bullet_jobs(doc: Doc) -> list[Span]:
    """The jobs of "- name - job" bullet lines, as roles."""
    found = []
    for tok in doc:
        if not line_opens(doc, tok.i):
            continue
        dash = next(
            (
                k
                for k in range(tok.i + 2, min(len(doc), tok.i + 2 + _MAX_NAME_WORDS))
                if doc[k].text in DASHES
            ),
            None,
        )
        if dash is None or not all(_a_name_word(t) for t in doc[tok.i + 1 : dash]):
            continue  # ("- wants - a van": no one named before the dash)
        job = job_after(doc, dash)
        if job is not None:
            found.append(job)
    return found


def roles_of_bullets(doc: Doc) -> None:
    """ "- jas - joiner": the job of a bullet's person is their role, though the model read
    it as a firm or as nothing."""
    jobs = bullet_jobs(doc)
    if not jobs:
        return
    kept = [e for e in doc.ents if not any(e.start < j.end and j.start < e.end for j in jobs)]
    doc.ents = sorted(kept + jobs, key=lambda e: e.start)
