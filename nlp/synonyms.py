"""Words that mean the same thing in a Rolodex: realtor / real estate, CPA / accountant.

A small curated table (no cloud service, no word vectors) plus word forms: a query word
matches any word that starts with its stem ("sail" finds sailing, sails, sailboat), and the
spaCy lemma adds irregular forms ("children" -> child).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language

# Each group: phrases that mean the same when looking for someone. Lowercase.
_GROUPS: list[tuple[str, ...]] = [
    ("real estate", "realtor", "realty", "estate agent", "property", "properties", "homes",
     "real-estate"),
    # A business or commercial banker lends: a need for "a lender" or "a loan" is theirs.
    # "SBA financing" is an SBA lender's work.
    ("mortgage", "lender", "lending", "loan officer", "mortgage broker", "loan", "loans",
     "refinance", "refinancing", "business banker", "commercial banker", "financing"),
    # "get his books cleaned up", "his year-end": a bookkeeper's work ("books": _SHAPES)
    ("cpa", "accountant", "accounting", "bookkeeper", "bookkeeping", "tax", "taxes",
     "tax preparer", "books", "year end", "year-end"),
    # A loan for trucks or equipment is an equipment or business lender's, not any lender's.
    ("truck loan", "truck loans", "equipment loan", "equipment loans", "equipment financing",
     "equipment lender", "equipment lending"),
    # A restaurant said by its kind: "runs a dim sum place", "owns a pizzeria".
    ("restaurant", "restaurants", "restaurateur", "dim sum", "eatery", "diner", "bistro",
     "pizzeria", "noodle house", "noodle shop", "steakhouse", "sushi bar", "taqueria"),
    # "finance people": whoever works in finance, a CPA or a controller as much as a CFO
    ("finance", "financial", "cpa", "accountant", "accounting", "controller", "cfo",
     "treasurer", "comptroller", "fp&a", "financial analyst", "finance manager"),
    # "Okafor & Bello Law" is a law firm; a mother-in-law is no lawyer (_NOT_AFTER).
    # conveyancing is a solicitor's work (trial 29: "/find solicitor"); not "probate", which
    # a bereaved client has as much as a lawyer does
    ("lawyer", "attorney", "legal", "law firm", "law", "solicitor", "counsel", "paralegal",
     "conveyancing", "conveyancer"),
    ("web designer", "web design", "website", "websites", "web developer", "web dev",
     "wordpress", "webflow", "web agency"),
    ("developer", "programmer", "software engineer", "coder", "software developer"),
    # a need for "some flyers done" or "a logo made" is a graphic designer's work (trial 29)
    ("designer", "graphic designer", "graphic design", "branding", "brand designer", "logo",
     "logos", "flyer", "flyers", "leaflet", "leaflets", "brochure", "brochures"),
    ("dentist", "dental", "orthodontist", "dentistry"),
    ("physio", "physiotherapist", "physiotherapy", "physical therapist", "sports massage"),
    # A pediatrician is a doctor; a "pediatric dentist" is a dentist, not a pediatrician.
    ("pediatric", "paediatric", "kids", "children", "child", "childrens"),
    ("pediatrician", "paediatrician", "children's doctor", "kids doctor"),
    ("doctor", "physician", "gp", "medical", "clinic"),
    ("insurance", "insurer", "insurance agent", "underwriter", "umbrella policy"),
    ("financial advisor", "financial adviser", "financial planner", "wealth manager",
     "wealth management", "investment advisor", "financial planning"),
    ("marketing", "marketer", "seo", "social media", "advertising", "digital marketing",
     "instagram"),
    ("recruiter", "recruiting", "recruitment", "headhunter", "talent acquisition", "hiring",
     "staffing agency", "employment agency"),
    # trial 31: "wants to meet property managers" is who a letting agency is
    ("property manager", "property management", "letting agent", "letting agency",
     "managing agent"),
    ("investor", "angel investor", "venture capital", "vc", "investing", "funding"),
    ("contractor", "builder", "construction", "remodeling", "renovation"),
    # What a tenant asks a broker for: "an endcap", "1800sf in doraville" (sf: _SHAPES).
    ("retail space", "endcap", "end cap", "storefront", "restaurant space", "shop space",
     "strip center", "sf", "sq ft", "square feet"),
    # "who needs photos" is also who wants headshots or a photo shoot (trial 25)
    ("photographer", "photography", "photos", "headshots", "headshot", "photoshoot",
     "photo shoot", "portraits"),
    # trial 26: "who needs a plumber" is also who needs new rads, a boiler looked at or gas
    # safety certs; "who needs a sparky" who needs a rewire or an EICR
    ("plumber", "plumbing", "heating engineer", "gas engineer", "gas safe", "gas safety",
     "boiler", "boilers", "combi", "radiators", "rads", "central heating", "leaking"),
    ("electrician", "sparky", "sparkie", "electrics", "rewire", "rewiring", "eicr",
     "sockets", "consumer unit"),
    ("roofer", "roofing", "roof", "slates", "gutters", "guttering"),
    ("joiner", "joinery", "carpenter", "carpentry"),
    ("landscaper", "landscaping", "landscape gardener", "patio", "turf"),
    ("coach", "coaching", "mentor", "mentoring"),
    ("banker", "bank", "banking"),
    ("founder", "entrepreneur", "startup", "start-up", "business owner"),
    ("printer", "printing", "print shop"),
    ("it support", "tech support", "managed it", "it services", "helpdesk"),
    ("hr", "human resources", "payroll"),
    ("sailing", "sailor", "boating", "yacht", "yachting", "regatta", "sailboat"),
    ("golf", "golfer", "golfing"),
    # A marathon or a 5k is a race some runners run, no other word for running: "/find
    # marathon" found someone who only "runs" (its word forms find "marathons").
    ("running", "runner", "runners"),
    ("fishing", "fly fishing", "angling", "angler"),
    ("cycling", "cyclist", "biking", "bike"),
    ("hiking", "hiker", "trekking"),
    ("cooking", "chef", "cook", "baking", "foodie"),
    # trial 25: "who needs catering" is also who needs "food for 60", "small chops for the
    # choir", "lunch for 40 staff" or a caterer
    ("catering", "caterer", "cater", "food for", "small chops", "buffet", "canapes",
     "canapés", "finger food", "platters", "lunch for", "lunches for", "dinner for"),
    ("wine", "sommelier", "vineyard", "winery"),
    ("fitness", "gym", "personal trainer", "crossfit", "trainer"),
    ("yoga", "pilates"),
    ("chamber", "chamber of commerce"),
    ("mixer", "networking event", "happy hour"),
    ("conference", "summit", "convention", "expo", "trade show"),
    # Where someone is from, by their country, its people or its towns: "/find polish"
    # finds "he's from gdańsk" (trial 33). Written without accents, as notes are searched.
    ("polish", "poland", "krakow", "warsaw", "wroclaw", "gdansk", "poznan", "lodz",
     "katowice", "szczecin", "lublin"),
    ("brazilian", "brazil", "sao paulo", "rio de janeiro", "recife", "belo horizonte",
     "curitiba", "porto alegre", "fortaleza", "brasilia"),
    ("nigerian", "nigeria", "lagos", "abuja", "ibadan", "enugu", "port harcourt"),
    ("filipino", "filipina", "philippines", "manila", "cebu", "davao", "quezon city"),
    ("indian", "india", "mumbai", "delhi", "bangalore", "bengaluru", "chennai", "hyderabad",
     "pune", "kolkata"),
]  # fmt: skip

# A trade's own work said as a client's need: (what /me says, what a need says). Whole
# words only (and a plural s), never word forms or likeness: a bookkeeper's is "a new
# accountant", "financial statements", "his HST filings", "his year end", "payroll"; a
# need for "a business broker" or "a loan" is not, though "business" and "loan" are near.
TRADE_NEEDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("bookkeeping", "bookkeeper", "accounting", "accountant", "cpa", "cfo", "controller",
         "tax preparer", "tax preparation", "payroll"),
        ("accountant", "accounting", "bookkeeper", "bookkeeping", "books", "year end",
         "year-end", "financial statements", "payroll", "tax", "taxes", "tax filings",
         "tax return", "hst", "gst", "ifta", "cra", "cfo", "controller", "cpa", "invoicing",
         "reconciliation", "reconciliations"),
    ),
    # trial 19: a sports physio's is "a physio stall", "someone pitchside", "a gait analysis"
    (
        ("physio", "physios", "physiotherapist", "physiotherapy", "physical therapist",
         "physical therapy", "sports therapist", "sports massage"),
        ("physio", "physiotherapist", "physiotherapy", "physical therapist",
         "physical therapy", "sports massage", "sports therapist", "rehab", "injury",
         "injuries", "pitchside", "gait analysis", "msk screening", "msk assessment"),
    ),
    (
        ("dentist", "dental practice", "dental clinic", "dental surgery"),
        ("dentist", "dental", "teeth", "tooth", "check-up", "checkup", "hygienist",
         "whitening"),
    ),
    (
        ("photographer", "photography", "videographer", "photo studio"),
        ("photographer", "photography", "photos", "photo", "headshot", "headshots",
         "photoshoot", "photo shoot", "videographer", "pictures", "portraits",
         "engagement shoot"),
    ),
    (
        ("web designer", "web design", "web developer", "web agency"),
        ("web designer", "web design", "web developer", "website", "websites",
         "landing page", "wordpress", "webflow", "shopify"),
    ),
    (
        ("personal trainer", "pt", "fitness coach", "strength coach"),
        ("personal trainer", "pt", "fitness", "strength training", "workout",
         "workouts", "training plan"),
    ),
    # trial 26 (a Scottish plumbing and heating engineer): the trades a household or a
    # landlord calls out, each with the work its clients ask for by name ("new rads in
    # the surgery", "gas safety certs", "an EICR", "slates off the garage roof")
    (
        ("plumber", "plumbing", "heating engineer", "heating engineers", "gas engineer",
         "gas safe", "boiler engineer", "heating and plumbing", "plumbing and heating"),
        ("plumber", "plumbing", "heating engineer", "gas engineer", "gas safe", "gas safety",
         "gas cert", "gas certificate", "landlord cert", "landlord certs", "boiler", "combi",
         "radiator", "rads", "leak", "leaks", "leaking", "central heating", "heating",
         "water heater", "thermostat", "burst pipe", "pipes", "bathroom fitting",
         "bathroom fit", "new bathroom", "shower", "immersion", "hot water"),
    ),
    (
        ("electrician", "electrical", "electrics", "sparky", "sparkie", "sparkies",
         "electrical contractor"),
        ("electrician", "sparky", "sparkie", "electrical", "electrics", "rewire", "rewiring",
         "wiring", "socket", "sockets", "eicr", "electrical certificate", "ev charger",
         "fuse box", "consumer unit", "fuseboard"),
    ),
    (
        ("roofer", "roofers", "roofing"),
        ("roofer", "roof", "roofing", "slate", "slates", "roof tiles", "gutter", "gutters",
         "guttering", "chimney", "flashing", "leadwork", "flat roof", "skylight"),
    ),
    (
        ("joiner", "joinery", "carpenter", "carpentry", "cabinet maker"),
        ("joiner", "joinery", "carpenter", "carpentry", "door", "doors", "kitchen fitting",
         "kitchen fitted", "skirting", "staircase", "stairs", "decking", "shelving",
         "fitted wardrobes", "window frames", "flooring"),
    ),
    (
        ("landscaper", "landscaping", "landscape gardener", "gardener", "garden designer"),
        ("landscaper", "landscaping", "garden", "gardens", "gardener", "patio", "lawn",
         "hedges", "fencing", "turf", "paving", "driveway"),
    ),
    (
        ("realtor", "real estate agent", "estate agent", "letting agent"),
        ("realtor", "real estate agent", "estate agent", "letting agent", "valuation"),
    ),
    # trial 31: a solicitor's own work said as a client's need, or as what they do ("does
    # commercial leases", "does wills and probate")
    (
        ("lawyer", "solicitor", "attorney", "law firm", "barrister"),
        ("lawyer", "solicitor", "attorney", "legal advice", "conveyancing",
         "lease review", "lease", "leases", "wills", "probate", "power of attorney",
         "employment law", "family law", "divorce", "tenancy agreement"),
    ),
    # trial 31: a letting agency manages landlords' flats for them
    (
        ("letting agent", "letting agency", "lettings", "lettings agency", "property manager",
         "property management", "managing agent"),
        ("property manager", "property management", "letting agent", "letting agency",
         "managing agent", "tenant find", "rent collection"),
    ),
    # trials 21-23 and the blind-written r notes: a florist, a mortgage adviser, and the
    # other trades users now write from
    (
        ("florist", "florists", "floristry", "flower shop", "flower business"),
        ("florist", "flowers", "flower", "floral", "bouquet", "bouquets", "wreath", "wreaths",
         "centrepiece", "centrepieces", "centerpiece", "centerpieces", "buttonholes",
         "corsage", "corsages", "peonies", "arrangements"),
    ),
    (
        ("mortgage adviser", "mortgage advisor", "mortgage broker", "mortgage agent",
         "loan officer", "mortgage lender"),
        ("mortgage", "home loan", "refinance", "refinancing", "refi", "remortgage",
         "pre-approval", "preapproval", "pre-approved", "fixed rate", "top up", "top-up",
         "finance", "first home", "investment property"),
    ),
    (
        ("insurance broker", "insurance agent", "insurance adviser", "insurance advisor"),
        ("insurance", "insurance broker", "life cover", "income protection", "policy renewal",
         "business insurance", "contents insurance", "fleet insurance"),
    ),
    # trial 31: a recruiter finds the staff a business hires, said by the post ("a
    # receptionist", "a practice manager"); never a trade a business buys from ("a plumber")
    (
        ("recruiter", "recruitment", "headhunter", "talent acquisition", "staffing agency",
         "staffing", "employment agency", "recruitment agency", "temp agency"),
        ("recruiter", "recruitment", "hiring", "candidates", "hire", "staff", "receptionist",
         "administrator", "admin assistant", "office manager", "practice manager",
         "personal assistant", "pa", "secretary", "dental nurse", "care assistant",
         "barista", "bar staff", "kitchen staff", "waiting staff", "kitchen porter",
         "sales rep", "warehouse staff", "apprentice", "temp"),
    ),
    # trial 25: a caterer's is "small chops for the choir", "food for 60", "lunch for 40
    # staff"; a meal counts only said for someone ("lunch for"), never "grab lunch"
    (
        ("caterer", "caterers", "catering", "cater", "private chef", "personal chef"),
        ("caterer", "catering", "cater", "canapés", "canapes", "buffet", "food", "small chops",
         "chops", "finger food", "platters", "menu", "tasting", "feast", "love feast",
         "banquet", "luncheon", "lunch for", "lunches for", "dinner for", "breakfast for",
         "brunch for", "meals for"),
    ),
    (
        ("event planner", "event planning", "events planner", "event planners",
         "wedding planner", "wedding planning", "party planner", "event coordinator",
         "event management", "events company", "event company"),
        ("event planner", "wedding planner", "party planner", "help planning",
         "event planning", "wedding planning", "party planning", "day-of coordinator",
         "decor", "decorations"),
    ),
    (
        ("dj", "deejay", "disc jockey", "mc", "emcee"),
        ("dj", "deejay", "disc jockey", "mc", "emcee", "music", "sound system", "playlist"),
    ),
    (
        ("baker", "bakery", "cake maker", "cake designer", "pastry chef", "cakes"),
        ("cake", "cakes", "cupcakes", "wedding cake", "birthday cake", "pastries",
         "dessert table", "desserts", "cookies", "baked goods"),
    ),
    (
        ("vet", "vets", "veterinarian", "veterinary", "veterinary surgeon"),
        ("vet", "veterinary", "vaccination", "vaccinations", "neutering", "spaying",
         "worming"),
    ),
    (
        ("driving instructor", "driving school"),
        ("driving instructor", "driving lessons", "driving lesson", "driving test"),
    ),
    (
        ("graphic designer", "graphic design", "brand designer", "branding"),
        ("graphic designer", "graphic design", "logo", "logos", "branding", "rebrand",
         "flyer", "flyers", "brochure", "brochures"),
    ),
    (
        ("printer", "print shop", "printing"),
        ("printer", "printing", "business cards", "banners", "leaflets", "flyers"),
    ),
    (
        ("builder", "building company", "general contractor"),
        ("builder", "reno", "renovation", "extension", "carpenter", "joiner"),
    ),
    (
        ("cleaner", "cleaning company", "cleaning business", "janitorial"),
        ("cleaner", "cleaners", "cleaning", "office cleaning"),
    ),
    (
        ("it support", "managed it", "msp", "it consultant", "it services"),
        ("it support", "it help", "cybersecurity", "cyber security", "backups", "network",
         "wifi", "laptops"),
    ),
]  # fmt: skip


def says_phrase(phrase: str, said: list[str]) -> bool:
    """The words say the phrase whole, its last word maybe plural: "gas safety cert" in
    "needs gas safety certs for 30 flats"."""
    return _says(phrase, said)


def _says(phrase: str, said: list[str]) -> bool:
    wanted = phrase.split()
    size = len(wanted)
    for at in range(len(said) - size + 1):
        got = said[at : at + size]
        if got[:-1] == wanted[:-1] and got[-1] in (wanted[-1], wanted[-1] + "s"):
            return True
    return False


# Trades whose work is for a gathering: "a quote for their holiday party" or "a wedding
# package" is a caterer's, a planner's, a DJ's or a photographer's to answer (trial 25).
EVENT_TRADES = (
    "caterer", "catering", "cater", "event planner", "event planning", "events",
    "wedding planner", "wedding planning", "party planner", "event coordinator", "dj",
    "deejay", "mc", "emcee", "photographer", "photography", "videographer", "baker",
    "bakery", "cakes", "florist", "floristry", "decorator", "decor",
)  # fmt: skip
OCCASIONS = frozenset(
    "party parties wedding weddings engagement reception gala luncheon banquet anniversary "
    "birthday quinceañera quinceanera quince sangeet shower christening baptism wake funeral "
    "repast graduation retirement fundraiser event events conference offsite feast "
    "celebration mitzvah bash"
    .split()
)  # fmt: skip
# What one asks a trade for, naming no trade: "a quote", "a package", "some options".
REQUESTS = frozenset(
    "quote quotes quotation estimate estimates proposal price prices pricing package "
    "packages options menu menus tasting availability dates vendor vendors".split()
)
_BEFORE_HEAD = frozenset("for of from with to at in on by about".split())


def trade_work(my_work: str) -> list[str]:
    """What clients ask the user's own trade (/me) for, by TRADE_NEEDS: "radiators",
    "boiler", "gas safety" for a plumbing and heating engineer (trial 26)."""
    work = words(my_work)
    return [n for trade, needs in TRADE_NEEDS if any(_says(t, work) for t in trade) for n in needs]


def trades_for(thing: str) -> list[tuple[str, ...]]:
    """The trades whose work the thing needed is, said whole, by TRADE_NEEDS: "a
    receptionist" is a recruiter's to find, "property managers" a letting agency's
    (trial 31). Only the whole thing, never a word in it: "kitchen staff" is not "staff"."""
    said = words(thing)
    return [
        trade
        for trade, needs in TRADE_NEEDS
        if any(len(n.split()) == len(said) and _says(n, said) for n in needs)
    ]


def trade_concept(trade: Sequence[str]) -> Concept:
    """A trade as a thing to find in someone's work or firm: each way of saying it, whole
    words (a plural s allowed), as the user's own words ("lettings" never finds "let")."""
    alternatives = []
    for phrase in trade:
        body = r"[\W_]+".join(re.escape(w) for w in phrase.split())
        pattern = re.compile(rf"(?<![\w]){body}s?(?![\w])", re.IGNORECASE)
        alternatives.append(Alternative(phrase, True, pattern, prefix=phrase.split()[0]))
    return Concept(trade[0], tuple(alternatives))


# A recruiter fills every post a business hires for (trial 33, an IT recruiter): "two qa
# engineers", "a devops lead", "a cto", "senior backend people" to hire are theirs to
# offer, never an intro to someone who does that work elsewhere.
_RECRUITERS = ("recruiter", "recruitment", "headhunter", "talent acquisition", "staffing")
_POSTS = re.compile(
    r"\b(?:engineers?|developers?|devs?|programmers?|architects?|testers?|analysts?|"
    r"scientists?|(?:ux|ui|product) designers?|(?:\w+ )?leads?(?= |$)(?<!sales leads)|"
    r"cto|cio|ciso|cpo|coo|vp of \w+|head of \w+|co-?founders?|cofounders?|"
    r"(?:\w+ )?roles?|profiles|cvs|candidates)\b"
)
# Engineers a household or a building calls out, no post a recruiter fills.
_CALLED_OUT = re.compile(r"\b(?:structural|gas|heating|boiler|sound|civil) engineers?\b")
# The kinds of a post said before its head: a QA engineer is no data engineer, a frontend
# developer no backend one (trial 33: Priya's QA engineers were offered a data engineer).
SPECIALISMS: frozenset[str] = frozenset(
    "qa test automation data security cloud devops platform infrastructure network "
    "frontend front-end backend back-end fullstack full-stack mobile android ios web "
    "software hardware firmware embedded ml machine ai research site reliability "
    "sre java python react javascript golang rust dotnet .net php ruby salesforce sap "
    "sales product design marketing solutions support systems database".split()
)


def fills_posts(my_work: str, need: str) -> bool:
    """The user recruits (/me) and the need is a post to fill."""
    work, wanted = words(my_work), need.casefold()
    return (
        any(_says(t, work) for t in _RECRUITERS)
        and _POSTS.search(wanted) is not None
        and _CALLED_OUT.search(wanted) is None
    )


def own_trade_need(my_work: str, need: str) -> bool:
    """The need is what the user's own trade (/me) does, by TRADE_NEEDS ("a new
    accountant" to a bookkeeper), a post to fill to a recruiter, or a request for a
    gathering to a trade that serves one ("a quote for their holiday party", "a white
    wedding package" to a caterer)."""
    if fills_posts(my_work, need):
        return True
    work, wanted = words(my_work), words(need)
    if any(
        any(_says(t, work) for t in trade) and any(_says(n, wanted) for n in needs)
        for trade, needs in TRADE_NEEDS
    ):
        return True
    if not any(_says(t, work) for t in EVENT_TRADES):
        return False
    cut = next((at for at, w in enumerate(wanted) if w in _BEFORE_HEAD), len(wanted))
    head = wanted[cut - 1].removesuffix("s") if cut else ""
    return (head in REQUESTS or f"{head}s" in REQUESTS) and bool(OCCASIONS & set(wanted))


_WORD = re.compile(r"[\w'&+-]+")
_SUFFIXES = ("ingly", "ings", "ing", "ies", "ied", "ers", "er", "ors", "ed", "es", "s")
_EXACT_MAX = 3  # short words ("cpa", "hr", "vc") match whole words only, plus a plural s


def words(text: str) -> list[str]:
    return [w.strip("'-") for w in _WORD.findall(text.casefold()) if w.strip("'-")]


def stem(word: str) -> str:
    """A crude, predictable stem: enough for 'designers' ~ 'designer' ~ 'design'."""
    word = word.casefold()
    if len(word) <= 4:
        return word.removesuffix("s") if len(word) == 4 and word.endswith("s") else word
    if word.endswith(("xes", "ches", "shes", "sses", "zes")):
        return word[:-2]  # taxes, lunches, classes
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]  # "running" -> "run", not "runn"
            return base
    return word


def _token_pattern(word: str) -> str:
    if len(word) <= _EXACT_MAX:
        if len(word) == 3 and word.isalpha() and word[-1] not in "aeiouwxy":
            # "run": runs, running; "cpa" and "hr" stay whole words
            return re.escape(word) + rf"(?:s|{re.escape(word[-1])}?ing)?(?![\w])"
        return re.escape(word) + r"s?(?![\w])"
    return re.escape(stem(word)) + r"[\w'-]*"


@dataclass(frozen=True)
class Alternative:
    """One way of saying the concept; `exact` when it is the user's own word."""

    phrase: str
    exact: bool
    pattern: re.Pattern[str]
    prefix: str | None = None  # what every match starts with, when not the phrase's stem

    @property
    def like(self) -> str:
        """A substring every match contains, for a cheap SQL prefilter."""
        if self.prefix is not None:
            return self.prefix
        first = self.phrase.split()[0]
        return first if len(first) <= _EXACT_MAX else stem(first)


@dataclass(frozen=True)
class Concept:
    """One thing the user asked for ("real estate"), with every way of saying it."""

    text: str
    alternatives: tuple[Alternative, ...]

    def best(self, field: str) -> float:
        """1.0 for the user's own word, 0.8 for a synonym, 0 for no match."""
        score = 0.0
        for alt in self.alternatives:
            if alt.pattern.search(field):
                score = max(score, 1.0 if alt.exact else 0.8)
                if score == 1.0:
                    break
        return score


# What a phrase is something else after: "law" in "mother-in-law".
_NOT_AFTER = {"law": "in-"}
# Phrases said with a number: "2,500 sf", "1800sf", "35k sf" (the text found holds "sf").
_SHAPES = {
    "sf": re.compile(r"(?<![\w,.])\d[\d,.]*\s*k?\s*sf(?![\w])", re.IGNORECASE),
    # someone's books, not a book club or "booked"
    "books": re.compile(r"(?<![\w])(?:the|his|her|their|my|our|your|its)\s+books(?![\w])", re.I),
}


def _compile(phrase: str, exact: bool) -> Alternative:
    shape = _SHAPES.get(phrase.casefold())
    if shape is not None and not exact:
        return Alternative(phrase, exact, shape, prefix=phrase.casefold())
    parts = words(phrase)
    body = r"[\W_]+".join(_token_pattern(p) for p in parts)
    after = _NOT_AFTER.get(phrase.casefold())
    lead = r"(?<![\w])" + (f"(?<!{re.escape(after)})" if after else "")
    return Alternative(phrase, exact, re.compile(lead + body, re.IGNORECASE))


# Endings that make a trade, its trade's adjective or its shop from one root: florist,
# floral, florals; electrician, electrical; pharmacist, pharmacy; plumber, plumbing.
_ROOT_ENDINGS = ("istry", "ists", "ist", "ians", "ian", "eries", "ery", "ary", "als", "al",
                 "ics", "ic", "ies", "ings", "ing", "ers", "er", "y", "s")  # fmt: skip
_MIN_ROOT = 4  # "bak" of baker would find "bake sale"


def root(word: str) -> str:
    """The word without the ending that makes it a trade or its adjective: "florist" ->
    "flor"; a word with no such ending, or too short a root, stays as it is."""
    word = word.casefold()
    for ending in _ROOT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_ROOT:
            return word[: -len(ending)]
    return word


_BY_PHRASE: dict[str, tuple[str, ...]] = {}
for _group in _GROUPS:
    for _phrase in _group:
        _BY_PHRASE.setdefault(_phrase, _group)
_LONGEST = max(len(p.split()) for p in _BY_PHRASE)


def _same_root(word: str) -> Alternative | None:
    """Whole words on the word's root, the same trade said another way ("Bloom & Vine
    Florals" for a florist); not any word that starts with the root ("Florida"), nor one
    the table above says means something else (a pediatrician is not "pediatric")."""
    base = root(word)
    if base == word.casefold() or len(words(word)) != 1:
        return None
    own = _BY_PHRASE.get(word.casefold())
    kin = [e for e in ("", *_ROOT_ENDINGS) if _BY_PHRASE.get(base + e, own) == own]
    endings = "|".join(re.escape(e) for e in kin)
    pattern = re.compile(rf"(?<![\w]){re.escape(base)}(?:{endings})(?![\w])", re.IGNORECASE)
    return Alternative(word, False, pattern, prefix=base)


# Words in a trade's group that name what the trade deals in, not the trade: "home" and
# "property" are a realtor's, and an insurance agent's lines too ("home auto life and
# commercial P&C", trial 15); "loan" is a lender's and a bank's.
DEALT_IN = frozenset("property properties homes loan loans photos".split())


def other_trade(phrase: str, text: str) -> bool:
    """The text names a trade or field the table knows that is not `phrase`'s: "insurance"
    in "insurance agent, home auto life", for "realtor"."""
    own = _group_of(phrase.casefold())
    said = words(text)
    for size in (2, 1):
        for at in range(len(said) - size + 1):
            group = _group_of(" ".join(said[at : at + size]))
            if (
                group is not None
                and group != own
                and " ".join(said[at : at + size]) not in (own or ())
            ):
                return True
    return False


def means_else(phrase: str, said: str) -> bool:
    """What was found for `phrase` is a known phrase that is not one of its synonyms:
    "finance" (a CFO's field) found by the word form of "financing" (a lender's)."""
    own = _group_of(phrase.casefold())
    found = _group_of(" ".join(words(said)))
    # a plural of the phrase's own group ("Nair Solicitors" for "solicitor") is itself
    return (
        own is not None and found is not None and found != own and " ".join(words(said)) not in own
    )


def is_known(phrase: str) -> bool:
    """The table knows the phrase (a trade, a field, a pastime): "lender", "bookkeeper"."""
    return _group_of(phrase.casefold()) is not None


def phrases_with(word: str) -> list[str]:
    """Known phrases of more than one word that hold `word`: "estate" -> "real estate"."""
    word = word.casefold()
    return [p for p in _BY_PHRASE if len(p.split()) > 1 and word in p.split()]


def _group_of(phrase: str) -> tuple[str, ...] | None:
    found = _BY_PHRASE.get(phrase)
    if found is None and len(phrase) > 3:
        for candidate in {stem(phrase), phrase.removesuffix("s")}:
            found = found or _BY_PHRASE.get(candidate)
    return found


# Who is hiring, by what their needs say: a post to fill or the hiring itself (trial 33:
# "/find hiring" found no one who "needs two qa engineers").
_HIRING = (
    "hire", "hiring", "recruit", "recruiting", "engineer", "developer", "dev", "programmer",
    "architect", "tester", "analyst", "data scientist", "designer", "tech lead", "team lead",
    "devops lead", "engineering lead", "cto", "cofounder", "co-founder", "roles", "headcount",
    "staff", "candidates",
)  # fmt: skip


def hiring_concept() -> Concept:
    """ "hiring" as needs say it: any post to fill, or hiring said outright."""
    return Concept("hiring", tuple(_compile(p, p == "hiring") for p in _HIRING))


def concepts(terms: Sequence[str], lemmas: Sequence[str] | None = None) -> list[Concept]:
    """Group the query's words into concepts: known phrases first ("real estate"), then
    single words, each with its synonyms, word forms and lemma."""
    out: list[Concept] = []
    i = 0
    while i < len(terms):
        for size in range(min(_LONGEST, len(terms) - i), 0, -1):
            phrase = " ".join(terms[i : i + size])
            group = _group_of(phrase)
            if group is not None or size == 1:
                alts = [_compile(phrase, True)]
                if size == 1 and lemmas and lemmas[i] and lemmas[i] != terms[i]:
                    alts.append(_compile(lemmas[i], True))
                alts += [_compile(p, False) for p in group or () if p != phrase]
                kin = _same_root(phrase) if size == 1 else None
                alts += [kin] if kin is not None else []
                out.append(Concept(phrase, tuple(alts)))
                i += size
                break
    return out


def lemmatize(nlp: Language, text: str) -> list[str]:
    """Lemmas of the words in `text`, from the loaded pipeline's tagger and lemmatizer only."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"):
            doc = component(doc)
    return [t.lemma_.casefold() for t in doc if not t.is_punct and not t.is_space]
