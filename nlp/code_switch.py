"""Notes typed half in French, Spanish or Swedish and half in English: "j'ai jasé avec
marc-andré tremblay… rappelle-le après les fêtes", "conocí a catalina que es abogada en
carey y su pololo ignacio". The model, trained on English, runs the other language's little
words and verbs into the names around them ("Avec Marc-André", "Carey Y Su Pololo Ignacio")
or takes them for names ("Il Joue", "Que Trabaja En"). Their words are nobody's name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH_STOP_WORDS
from spacy.lang.sv.stop_words import STOP_WORDS as SWEDISH_STOP_WORDS
from spacy.tokens import Doc, Span

from nlp.lexicon import STOP, first_names, last_names

# Words that show a note is partly in French, Spanish or Swedish: none is English, nor a
# name people go by. Three different ones make a note code-switched.
_MARKERS = frozenset(
    "avec chez pis est sont une dans pour mais très aussi qui il elle nous je j' c' qu' "
    "y su sus los las una con para pero muy también que es está trabaja conocí "
    "och med efter jag hon är inte ska et les des le el los del une".split()
)
# Verbs of the other language that notes say around names (the stop-word lists hold only
# the commonest): "conocí a…", "rappelle-le", "il joue au hockey", "hablarle el lunes".
_VERBS = frozenset(
    "conocí conocimos hablé hablamos charlé trabaja trabajó vive juega quiere necesita "
    "dice dijo llamar llamarle hablarle escribirle mandarle tiene va fue "
    "jasé parlé rencontré croisé travaille joue veut cherche dit rappelle rappeler appelle "
    "appeler écrire envoyer habite vit fait connais ai suis "
    "träffade jobbar spelar vill behöver".split()
)
# "hablarle", "llamarla", "escribirles": an infinitive with its pronoun, never a name.
_VERB_WITH_PRONOUN = re.compile(r"\w+(ar|er|ir)(le|la|lo|les|los|las)$")
# Words that make a name with what follows ("Juan de la Cruz", "Maria dos Santos").
_PARTICLES = frozenset("de del la las los da das do dos du di van von".split())
# Who someone is to another, before their name: "sa blonde geneviève", "su pololo ignacio",
# "sambo Johan" (Québécois, Chilean and Swedish for a partner).
KIN_WORDS = frozenset(
    "pololo polola novio novia esposo esposa marido mujer hijo hija hermano hermana "
    "blonde chum copine copain conjointe conjoint mari femme fils fille frère soeur sœur "
    "sambo fru dotter bror syster".split()
)
# The week, the year's feasts and the gatherings said in them: "le mardi", "après les
# fêtes", "efter nyår", "Lucia fika", "Dîner de Noël", "Feria de emprendedores".
TIME_AND_GATHERINGS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves "
    "viernes sábado måndag tisdag onsdag torsdag fredag lördag söndag "
    "fêtes fête pâques réveillon navidad nyår påsk midsommar "
    "fika dîner souper déjeuner apéro soirée asado almuerzo desayuno merienda feria "
    "congreso congrès salón foire "
    # "tomorrow" and "the day after" in Indonesian and Malay, Turkish, Japanese, Afrikaans
    "besok esok lusa yarın ashita môre".split()
)
_AND = frozenset("y et och".split())
# In a code-switched note these little words are "at": "comptable chez desjardins",
# "abogada en carey" (a firm, though "Carey" is a given name too).
_AT = frozenset("chez en".split())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return frozenset(FRENCH_STOP_WORDS) | frozenset(SPANISH_STOP_WORDS) | SWEDISH_STOP_WORDS


def code_switched(doc: Doc) -> bool:
    """Three different words of French, Spanish or Swedish in the note, typed lowercase
    ("Des" and "Les" are names too)."""
    theirs = {t.lower_ for t in doc if t.is_lower and (t.lower_ in _MARKERS or _a_verb(t.lower_))}
    return len(theirs) >= 3


def _a_verb(word: str) -> bool:
    return (word in _VERBS and len(word) > 3) or _VERB_WITH_PRONOUN.fullmatch(word) is not None


def their_word(word: str) -> bool:
    """A little word, verb or kin word of the other language (lowercase)."""
    return (
        word in function_words()
        or word in _VERBS
        or word in KIN_WORDS
        or word in TIME_AND_GATHERINGS
        or _VERB_WITH_PRONOUN.fullmatch(word) is not None
        or word.endswith(("-le", "-la", "-lui", "-moi"))  # "rappelle-le", "écris-lui"
    )


def plain(word: str) -> str:
    """The word without its accents: "geneviève" is listed as "genevieve"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def a_name(word: str) -> bool:
    """A given name or surname of the census lists, with or without its accents."""
    names = first_names() | last_names()
    return word in names or plain(word) in names


# Words after which no one's name is said: "au jean coutu" (a shop), "du montréal".
_BEFORE_PLACES = frozenset("au aux du des del".split())


def names_in(span: Span) -> list[Span]:
    """The names in a span of a code-switched note, less the other language's words:
    "avec marc-andré" is Marc-André; "carey y su pololo ignacio" is Carey and Ignacio;
    "il joue", "que trabaja en" are nobody. A part the words were cut from stays a name
    only when a word of it is a name ("métropolitain" is no one's)."""
    doc = span.doc
    parts: list[tuple[int, int]] = []
    start = span.start
    for i in range(span.start, span.end):
        tok = doc[i]
        word = tok.lower_
        particle = (
            word in _PARTICLES
            and i > start
            and i + 1 < span.end
            and (a_name(doc[i + 1].lower_) or doc[i + 1].lower_ in _PARTICLES)
        )
        # (a capitalised word is theirs only opening the span: "Avec Marc-André", not "Les")
        said = tok.is_lower or word in _AND or (i == span.start and not a_name(word))
        if tok.is_alpha and not particle and said and their_word(word):
            parts.append((start, i))
            start = i + 1
        elif "'" in tok.text and their_word(word):
            parts.append((start, i))  # "j'", "qu'": a clause starts
            start = i + 1
    parts.append((start, span.end))
    placed = span.start > 0 and doc[span.start - 1].lower_ in _BEFORE_PLACES | _AT
    if parts == [(span.start, span.end)] and not placed:
        return [span]
    end = span.end
    after = doc[end].lower_ if end < len(doc) else ""
    if after in last_names() and not their_word(after) and parts[-1][1] == end:
        parts[-1] = (parts[-1][0], end + 1)  # "avec marc-andré tremblay": his surname
    found = []
    for begin, end in parts:
        while begin < end and not doc[begin].is_alpha:
            begin += 1
        while end > begin and not doc[end - 1].is_alpha:
            end -= 1
        words = [t.lower_ for t in doc[begin:end] if t.is_alpha]
        if begin and doc[begin - 1].lower_ in _BEFORE_PLACES | _AT:
            continue  # "au jean coutu", "chez desjardins": a shop, a firm
        if words and any(a_name(w) for w in words):
            found.append(Span(doc, begin, end, label=span.label_))
    return found


_THEIR_POSSESSIVES = frozenset("sa son ma mon su mi sus mis hans hennes min".split())
# Who the writer met or spoke with: "conocí a catalina", "j'ai jasé avec marc-andré".
_MET_LEADS: list[tuple[str, ...]] = [
    ("conocí", "a"), ("conocimos", "a"), ("hablé", "con"), ("charlé", "con"), ("jasé", "avec"),
    ("parlé", "avec"), ("rencontré",), ("träffade",),
]  # fmt: skip


def named_after_their_words(doc: Doc) -> list[Span]:
    """ "pis sa blonde geneviève est pharmacienne", "conocí a catalina reyes-matte": a
    given name after a kin word or a meeting verb of the other language, that the model
    left unread; with the surname said after it."""
    found = []
    for i in range(2, len(doc)):
        tok = doc[i]
        kin = doc[i - 1].lower_ in KIN_WORDS and doc[i - 2].lower_ in _THEIR_POSSESSIVES
        met = any(
            tuple(t.lower_ for t in doc[i - len(lead) : i]) == lead
            for lead in _MET_LEADS
            if i >= len(lead)
        )
        if not (kin or met):
            continue
        if tok.is_alpha and plain(tok.lower_) in first_names() and not their_word(tok.lower_):
            found.append(Span(doc, i, _name_run_end(doc, i + 1), label="PERSON"))
    return found


def _name_run_end(doc: Doc, i: int) -> int:
    """Past the surname after a given name: "reyes-matte", "tremblay", "de los ángeles
    torres" (after a particle, any word but a little one of either language)."""
    after_particle = False
    while i < len(doc):
        tok, word = doc[i], doc[i].lower_
        if tok.text in ("-", "‐") and i + 1 < len(doc) and doc[i + 1].is_alpha and i > 0:
            i += 2
        elif word in _PARTICLES and doc[i - 1].whitespace_:
            i, after_particle = i + 1, True
            continue
        elif their_word(word) or not tok.is_alpha or not doc[i - 1].whitespace_:
            break
        elif a_name(word) or (after_particle and word not in STOP):
            i += 1
        else:
            break
        after_particle = False
    while i > 0 and doc[i - 1].lower_ in _PARTICLES:
        i -= 1  # "maría de la": no surname came
    return i
