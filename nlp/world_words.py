"""Words of the other languages a note is typed in: "grabe ang saya ng party", "então met
the guy from itaú", "piga simu next week", "yow the dinner was nice". The model tags them,
capitalised or not, as people; they are the note's own words, nobody's name. So are the
dishes, feasts and faiths said in one ("Yum cha with…", "after Sinterklaas", "Hindu,
vegetarian")."""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.pt.stop_words import STOP_WORDS as PORTUGUESE_STOP_WORDS
from spacy.lang.tl.stop_words import STOP_WORDS as TAGALOG_STOP_WORDS
from spacy.tokens import Span

from nlp.lexicon import MONTHS, STOP, first_names, last_names

# Common function words, greetings and time words, vetted: none is a given name people go
# by ("Leo", "Mimi", "Cara", "Sana", "Jana", "Tayo" and "Asante" are left out).
_TAGALOG = (
    "na lang naman talaga grabe ang ng sa si ni ko mo niya siya sila nakita kita sabi daw "
    "raw po opo ayun kasi diba sige salamat ingat bukas kanina mamaya ngayon sobra saya "
    "kumusta pala din pa nga yung mga ba naku tapos ulit"
)
_PORTUGUESE = (
    "então obrigado obrigada pelo pela convite amanhã hoje ontem dia semana beleza tudo bem "
    "valeu saudade né tá gente muito nossa também depois agora ainda sempre legal marcar"
)
_SWAHILI = (
    "habari karibu sawa kesho kutwa leo baadaye tutaonana piga simu yeye ni mimi wewe sisi "
    "wao hapana ndiyo ndio poa sasa mambo vipi pole bado wiki ijayo mwezi ujao anataka "
    "nataka atanitumia ilikuwa"
)
_PATOIS = "yow wah gwaan gwan wagwan irie bredda bredren likkle nuh seh deh yah fi yute inna"
WORLD_WORDS: frozenset[str] = frozenset(f"{_TAGALOG} {_PORTUGUESE} {_SWAHILI} {_PATOIS}".split())

# Faiths, said of who someone is: "Buddhist, goes to the temple monthly". ("Christian" is
# a given name too.)
FAITHS: frozenset[str] = frozenset(
    "buddhist hindu sikh muslim jain taoist catholic jewish baptist methodist pentecostal "
    "anglican adventist mormon evangelical".split()
)

# Dishes named in two words, the first of which the model takes for a name: "Dim sum with…".
_DISHES = frozenset({("dim", "sum"), ("yum", "cha"), ("hot", "pot"), ("bao", "buns")})


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Tagalog and Portuguese function words ("nila", "ainda", "porque"), less any that is
    a given name or a surname too ("Isa", "Nova", "Lima") or an English word ("may")."""
    found = frozenset(TAGALOG_STOP_WORDS) | frozenset(PORTUGUESE_STOP_WORDS)
    return WORLD_WORDS | (found - first_names() - last_names() - STOP - MONTHS)


def said_in_another_tongue(span: Span) -> bool:
    """Every word of the span a word of another language, a faith, or a dish's first word."""
    words = [t.lower_ for t in span if t.is_alpha]
    if not words:
        return False
    if all(w in _function_words() for w in words) or all(w in FAITHS for w in words):
        return True
    doc, end = span.doc, span.end
    return len(span) == 1 and end < len(doc) and (words[0], doc[end].lower_) in _DISHES


def name_before_their_words(span: Span) -> int:
    """Where a name the model ran into the note's own words ends: "Kip anataka help" is
    Kip. The span's end when no such word follows the first. (Only words no census lists
    as a name: "Aoife ni Bhriain" keeps her surname.)"""
    names = first_names() | last_names()
    for k, tok in enumerate(span[1:], start=1):
        if tok.is_lower and tok.lower_ in WORLD_WORDS and tok.lower_ not in names:
            return span.start + k
    return span.end


# Greetings, blessings and fillers of Arabic, Urdu and Hindi, Spanish, Portuguese, French,
# Swedish, te reo Māori, Tagalog, Hebrew, Turkish and more: "assalamu alaikum ok note for
# myself", "call her after eid insha allah", "yalla quick one", "acha so at the party".
# A span of nothing else names nobody. (Vetted: none is a given name people go by; "Salam",
# "Morena", "Dale" and "Ben" are left out.)
GREETINGS: frozenset[str] = frozenset(
    "assalamu assalam asalam asalamu salaam alaikum alaykum aleikum walaikum wa insha "
    "inshallah inshaallah allah mashallah alhamdulillah alhamdulilah subhanallah "
    "bismillah jazakallah khair yalla yallah habibi habibti khalas wallah wallahi ahlan "
    "marhaba shukran acha accha achha achcha theek thik arre arrey arey yaar chalo "
    "namaste namaskar shukriya shukria dhanyavaad dhanyavad hola buenas buenos días "
    "tardes noches órale orale ándale andale gracias ojalá ojala olá oi tchau beijos "
    "bonjour bonsoir salut merci voilà voila hej hejsan tjena tēnā koe "
    "kōrua korua koutou mōrena kaha mabuhay shalom sababa mazal merhaba inşallah "
    "maşallah ciao grazie servus moin privet spasibo sawubona yebo bon".split()
)
# Greetings that are names too: a greeting only beside another ("bon ben", "salam
# alaikum", "kia ora"); "Ben", "Masha", "Kia" and "Tena" alone are people.
GREETINGS_THAT_ARE_NAMES: frozenset[str] = frozenset(
    "ben salam dale morena hai bas masha kia ora ka tena dias kite haan".split()
)

# The little words, fillers and exclamations of other Englishes and languages a note is
# typed in, never a name, read so only lowercase: Singlish ("walao", "jio him kopi
# lah"), Indonesian and Malay ("oke jadi tadi ketemu", "besok ya"), Jamaican ("mi deh pon",
# "him waan"), Afrikaans ("ja nee", "lekker braai") and Tagalog ("sige po").
WORLD_CHAT: frozenset[str] = frozenset(
    # Singlish and Malaysian English
    "walao walau alamak lah leh lor meh hor shiok jio bojio makan kopi teh paiseh "
    "abuden siao lepak kiasu chope cheem atas tmr "
    # Indonesian and Malay
    "oke jadi tadi ketemu besok esok kirim acara terus habis itu nanti sudah udah sih "
    "kok nih gitu banget aja juga tapi dengan kemarin kemaren "
    # Jamaican and Trinidadian
    "deh pon wid waan nuh seh yuh unu likkle bredda gyal bwoy wah doh "
    # Afrikaans and South African English
    "lekker braai eish howzit jislaaik sies boet bru "
    # Tagalog
    "sige grabe talaga".split()
)
# Such words that are names too ("Di", "Mi", "Sama", "Lau", "Yang", "Inna", "Sian", "Kat",
# "Naman", "Dong" of Dong-hyun): chat only beside one of those above ("tadi di kemang",
# "mi deh pon", "wah lau", "besok ya"), or in a note typed in that language throughout.
WORLD_CHAT_THAT_ARE_NAMES: frozenset[str] = frozenset(
    "di mi sama lau fi sia sian kat yang ya yah dong inna nee po naman kasi diba".split()
)
# Of them, those that say "in", "at" or "on": what follows is a place ("di senayan",
# "inna brooklyn", "pon flatbush"), nobody.
WORLD_PLACE_LEADS: frozenset[str] = frozenset("di inna pon kat".split())

# Titles of other languages said before a name, never a name alone: "her boss licenciado
# Ramírez", "Eng. Tarek" (an engineer, in Egypt), "Arq. Paula Ríos", "Ustaz Hamid".
WORLD_TITLES: frozenset[str] = frozenset(
    "licenciado licenciada lic lic. ingeniero ingeniera ing ing. eng eng. arq arq. "
    "arquitecto arquitecta doctora dra dra. contador contadora profe maestro maestra "
    "dott dott. avv avv. dipl. mag. docteur maître janab mohtarma shri shree smt smt. "
    "hajji haji hajja hagg ustadh ustad ostaz maulana mufti pandit swami sardar "
    "sajangnim seonsaengnim bwana kyrie kyria matua whaea kaumātua kaumatua".split()
)
# Of them, those that are also someone's name ("Eng", "Ing"): a title only before a name.
TITLES_THAT_ARE_NAMES = frozenset("eng ing lic profe maestro ustad".split())

# Forms of address said after a given name: "Imran sahab" is Imran, "Jin-ho hyung" is
# Jin-ho. None of these is a surname.
HONORIFIC_AFTER: frozenset[str] = frozenset(
    "sahab saab sahib saheb bhai bhaiya bhaijaan baji garu sensei senpai sempai hyung "
    "noona oppa unnie sunbae hanım hanim efendi aunty auntie bey beyefendi khanum khanom "
    "khanoum khanoom".split()
)
# Those that are surnames or given names too ("Jackie Chan", "Li Ji", "Abi"): a form of
# address only typed lowercase after a capitalised name ("Kenji san", "Ravi ji").
HONORIFIC_AFTER_LOWERCASE: frozenset[str] = frozenset(
    "san sama kun chan ssi nim ji jee baba apa abi abla didi agha aga jan".split()
)
