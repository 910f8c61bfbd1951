"""Explainable features of a follow-up message: each one a named pattern family with the exact
phrases that fired, so the coach can say *why* a draft reads as a pitch.

Token patterns (Matcher) carry most of the vocabulary; the dependency parse decides who a
"your" belongs to, who a question is about, and who is doing the promoting ("we help…").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from nlp.pitch.placements import capacity_offered, placement_claims, placements_offered
from nlp.pitch.talks import answers_their_request, talks_offered
from nlp.pitch.trade_claims import (
    booking_perks,
    bookings_with_the_writer,
    queue_jumps,
    scheme_deadlines,
    trade_claims,
)

Pattern = list[dict[str, Any]]

# Message features, in the order the weights file lists them.
PITCH = (
    "meeting_ask",
    "sale_ask",
    "free_offer",
    "self_promo",
    "price",
    "urgency",
    "booking_link",
    "decision_maker",
    "mass_message",
    "self_centred",
    "needs_probe",
    "referral_ask",
    "review_ask",
    "pivot",
)
# Neutral facts a message may carry; their weights say how much they lean either way.
# "self_intro" says who you are ("I'm a nursing student", "my name is…"); "networking_ask"
# asks to learn from them or for a lead for your own career (advice, their path, a job).
NEUTRAL = ("link", "your_business", "self_intro", "networking_ask")
GOOD = (
    "remembered",
    "personal_detail",
    "question_about_them",
    "give",
    "congrats",
    "thanks",
    "curious",
)
# Relationship features: an ask means something different to a stranger and to a friend.
RELATION = ("ask_new", "ask_warm", "ask_they_asked")
FEATURES: tuple[str, ...] = PITCH + NEUTRAL + GOOD + RELATION
# What counts as asking for something (time, money, a decision).
ASKS = (
    "meeting_ask",
    "sale_ask",
    "free_offer",
    "price",
    "booking_link",
    "decision_maker",
    "needs_probe",
    "referral_ask",
    "review_ask",
)
# Features that say the message is about business (a warm opening before one is a pivot).
# A review asked of a client is a favour for your business, not a sale: its own reason says
# why it reads early, and the warm part before it is no set-up for selling.
BUSINESS = tuple(
    name for name in PITCH if name not in ("mass_message", "self_centred", "pivot", "review_ask")
)

_MEET_NOUNS = [
    "call",
    "calls",
    "demo",
    "meeting",
    "appointment",
    "consultation",
    "walkthrough",
    "zoom",
    "skype",
]
_DOCS = [
    "quote",
    "quotes",
    "proposal",
    "contract",
    "estimate",
    "brochure",
    "invoice",
    "letter",
    "package",
    "packages",
    "menu",
    "catalog",
    "catalogue",
    "deck",
    "pricing",
]
_FREE_THINGS = [
    "consultation",
    "consult",
    "audit",
    "estimate",
    "review",
    "trial",
    "valuation",
    "quote",
    "assessment",
    "session",
    "installation",
    "installations",
    "seminar",
    "webinar",
    "demo",
    "analysis",
    "evaluation",
    "sample",
    "inspection",
    "inspections",
    "checkup",
    "check-up",
    "screening",
    "appraisal",
    "tune-up",
    "scan",
    "screens",
    "screenings",
    "plan",
    "survey",
    "surveys",
]
# A first session of a trade, given as a perk: "the first consultation's on us".
_FIRST_ON_ME = [
    "meeting",
    "chat",
    "consultation",
    "consult",
    "appointment",
    "assessment",
    "session",
    "visit",
    "lesson",
    "class",
    "hour",
    "look",
    "groom",
    "clean",
    "cut",
    "fitting",
    "treatment",
    "mock-up",
    "draft",
    "quote",
    "review",
    "check",
    "inspection",
    "valuation",
]
# Doing business for someone ("the chance to bid", "the opportunity to earn…").
_SERVE = [
    "bid",
    "quote",
    "earn",
    "win",
    "serve",
    "compete",
    "pitch",
    "present",
    "demonstrate",
    "prove",
    "handle",
    "manage",
    "insure",
    "cater",
    "supply",
    "partner",
]
# Where the people work whose purchasing someone asks about ("who handles X at your firm").
_WORKPLACES = [
    "company",
    "firm",
    "office",
    "practice",
    "clinic",
    "business",
    "school",
    "shop",
    "store",
    "hospital",
    "building",
    "organization",
    "organisation",
    "agency",
    "restaurant",
    "department",
    "museum",
    "warehouse",
    "plant",
    "facility",
    "studio",
    "gym",
]
# Who an introductory deal is for ("offering new members…").
_NEWCOMERS = [
    "customers",
    "clients",
    "members",
    "accounts",
    "patients",
    "students",
    "subscribers",
    "users",
    "homeowners",
]
# What someone already buys from a provider ("are you happy with your current accountant?").
_PROVIDERS = [
    "provider",
    "providers",
    "accountant",
    "cpa",
    "bookkeeper",
    "insurer",
    "insurance",
    "agent",
    "broker",
    "bank",
    "lender",
    "rate",
    "vendor",
    "supplier",
    "plan",
    "policy",
    "carrier",
    "contract",
    "company",
    "firm",
    "advisor",
    "adviser",
    "system",
    "setup",
    "software",
    "platform",
    "payroll",
    "mortgage",
    "service",
    "agency",
    "realtor",
    "lawyer",
    "attorney",
    "it",
    "marketing",
    "printer",
    "cleaners",
]
# What someone buys or holds with a provider, as an offer to go over it names it ("let's go
# over your coverage", "I'd be glad to look over your accounts").
_ACCOUNTS = [
    "coverage",
    "insurance",
    "policy",
    "policies",
    "investments",
    "investment",
    "portfolio",
    "accounts",
    "account",
    "finances",
    "options",
    "rates",
    "rate",
    "bills",
    "bill",
    "statements",
    "taxes",
    "books",
    "bookkeeping",
    "mortgage",
    "loan",
    "loans",
    "lending",
    "kiwisaver",
    "premiums",
    "lease",
    "spending",
    "costs",
    "expenses",
    "retirement",
    "pension",
    "savings",
    "benefits",
    "payroll",
    "contracts",
    "plan",
    "plans",
    "setup",
    "system",
    "systems",
    "marketing",
    "website",
    "seo",
    "security",
    "energy",
    "utilities",
]
# What a business buys or runs, as a function ("who handles marketing", "its billing").
_FUNCTIONS = {
    "marketing",
    "advertising",
    "ads",
    "instagram",
    "facebook",
    "socials",
    "social",
    "website",
    "seo",
    "billing",
    "invoicing",
    "payroll",
    "bookkeeping",
    "books",
    "accounts",
    "accounting",
    "taxes",
    "finance",
    "insurance",
    "benefits",
    "it",
    "tech",
    "technology",
    "software",
    "cybersecurity",
    "security",
    "phones",
    "printing",
    "signage",
    "catering",
    "cleaning",
    "maintenance",
    "facilities",
    "landscaping",
    "purchasing",
    "procurement",
    "buying",
    "vendors",
    "suppliers",
    "supplies",
    "contracts",
    "budget",
    "spend",
    "spending",
    "hiring",
    "recruiting",
    "recruitment",
    "staffing",
    "training",
    "hr",
    "logistics",
    "shipping",
    "deliveries",
    "fleet",
    "inventory",
    "stock",
    "booking",
    "bookings",
    "scheduling",
    "energy",
    "utilities",
    "compliance",
    "legal",
    "uniforms",
    "waste",
}
# Jobs only a business has, whoever's they are ("handling HR yourself?").
_OFFICE_JOBS = {"hr", "payroll", "billing", "invoicing", "bookkeeping", "seo", "procurement"}
# How a business does a job now, the set-up a seller sizes up ("still on spreadsheets",
# "does the clinic outsource its billing?", "have someone handling its IT?").
_SETUP = ["outsource", "outsources", "outsourcing", "spreadsheets", "spreadsheet", "excel"]
# Small businesses whose set-up a seller asks about, besides the workplaces below.
_SHOPS = [
    "salon",
    "bakery",
    "cafe",
    "café",
    "bar",
    "pub",
    "garage",
    "dealership",
    "farm",
    "winery",
    "brewery",
    "hotel",
    "spa",
    "pharmacy",
    "daycare",
    "gallery",
    "boutique",
    "team",
    "staff",
    "crew",
]
# Whom a seller claims to have served, as proof ("we've done it for dozens of salons").
_SERVED = [
    "shops",
    "businesses",
    "companies",
    "clients",
    "customers",
    "firms",
    "brands",
    "startups",
    "stores",
    "studios",
    "salons",
    "restaurants",
    "cafes",
    "cafés",
    "bakeries",
    "practices",
    "clinics",
    "offices",
    "gyms",
    "schools",
    "teams",
    "agencies",
    "owners",
    "homeowners",
    "landlords",
    "contractors",
    "dealerships",
    "hotels",
    "venues",
    "farms",
    "nonprofits",
    "charities",
]
# Or any trade, by its plural ("florists", "electricians", "contractors"), but not family.
_SERVED_TOKEN = {
    "LOWER": {
        "REGEX": "^(" + "|".join(_SERVED) + r"|[a-z-]+(ists|ers|ians|ors))$",
        "NOT_IN": [
            "brothers",
            "sisters",
            "mothers",
            "fathers",
            "daughters",
            "grandparents",
            "others",
            "strangers",
            "neighbors",
            "neighbours",
            "members",
            "hours",
            "flowers",
            "letters",
            "papers",
            "numbers",
            "orders",
            "matters",
            "burgers",
            "layers",
            "corners",
            "dinners",
            "waters",
            "chapters",
            "posters",
            "stickers",
            "photos",
            "visitors",
            "doors",
            "floors",
            "colors",
            "colours",
            "errors",
            "mirrors",
        ],
    }
}
# Verbs of doing a job for a client, for those claims.
_JOBS = [
    "help",
    "work",
    "serve",
    "do",
    "run",
    "set",
    "move",
    "switch",
    "migrate",
    "install",
    "instal",
    "fix",
    "build",
    "design",
    "redo",
    "renovate",
    "paint",
    "clean",
    "insure",
    "market",
    "support",
    "manage",
    "handle",
    "automate",
    "train",
    "photograph",
    "shoot",
    "cater",
    "supply",
    "equip",
    "save",
    "grow",
    "launch",
    "onboard",
    "convert",
    "digitize",
    "digitise",
]
# A public place or event whose offers are its own, not the writer's ("the library has a
# sale this week only").
_PUBLIC = {
    "library",
    "museum",
    "council",
    "church",
    "mosque",
    "temple",
    "synagogue",
    "park",
    "market",
    "club",
    "theatre",
    "theater",
    "cinema",
    "zoo",
    "pool",
    "festival",
    "fair",
    "school",
    "university",
    "college",
    "city",
    "town",
    "village",
    "county",
    "community",
    "mall",
    "airline",
    # Shops a friend points them to ("the bakery on your new street is running a special").
    "bakery",
    "café",
    "cafe",
    "deli",
    "bookstore",
    "bookshop",
    "brewery",
    "pub",
}
# What a seller finds wanting in what they have ("your website looks a bit dated").
_DATED_THINGS = [
    "site",
    "website",
    "logo",
    "branding",
    "brand",
    "menu",
    "menus",
    "signage",
    "sign",
    "app",
    "system",
    "systems",
    "storefront",
    "shopfront",
    "profile",
    "ads",
    "packaging",
    "page",
    "feed",
    "software",
    "setup",
    "kitchen",
    "bathroom",
    "roof",
    "windows",
    "furnace",
    "boiler",
    "deck",
    "photos",
    "headshots",
]
# Bookable things that run out ("only two slots left").
# How a market line sells timing: "the market is great for sellers", "a hot market".
_HOT = ["great", "hot", "perfect", "strong", "good", "amazing", "ideal", "crazy", "red-hot", "wild"]
_MARKET_SIDES = ["sellers", "buyers", "selling", "buying", "sale", "refinancing", "homeowners"]
_SLOTS = [
    "spots",
    "spot",
    "seats",
    "seat",
    "openings",
    "opening",
    "spaces",
    "places",
    "slots",
    "slot",
    "appointments",
    "appointment",
    "sessions",
    "session",
    "dates",
    "mats",
    "tables",
    "units",
    # "only 3 table sponsorships left for our gala" is scarcity like seats (trial 9)
    "sponsorships",
    "sponsorship",
    "tickets",
]

# Money given to a cause, and the causes it is asked for (trial 9).
_GIFTS = ["gift", "donation", "pledge", "contribution", "sponsorship", "sponsorships"]
_CAUSES = [
    "campaign",
    "cause",
    "appeal",
    "fundraiser",
    "gala",
    "drive",
    "mission",
    "fund",
    "auction",
    "telethon",
    "program",
    "programme",
]

# What a business is called when it is the writer's own ("I run a cleaning service").
_FIRMS = [
    "service",
    "company",
    "business",
    "firm",
    "practice",
    "agency",
    "consultancy",
    "studio",
    "shop",
    "store",
    "clinic",
    "franchise",
    "brokerage",
    "startup",
]
_PROMO_NOUNS = [
    "company",
    "firm",
    "agency",
    "platform",
    "product",
    "products",
    "solution",
    "solutions",
    "service",
    "services",
    "package",
    "packages",
    "plan",
    "plans",
    "clients",
    "customers",
    "software",
    "fund",
    "menu",
    "fee",
    "fees",
    "rates",
    "prices",
    "pricing",
    "proposal",
    "brochure",
    "offer",
    "program",
    "course",
    "app",
    "tool",
    "system",
    "panels",
    "portfolio",
    "listings",
    "team",
    "expertise",
    "business",
]
# "my team is still talking about the dancing": a team is people, promoted only by what it
# does for them ("our team can install…", matched by the writer's verbs below).
_OWNED_PROMO = [n for n in _PROMO_NOUNS if n != "team"]
_PROMO_VERBS = [
    "help",
    "distribute",
    "place",
    "supply",
    "design",
    "clean",
    "repair",
    "insure",
    "specialise",
    "offer",
    "provide",
    "specialize",
    "specialise",
    "guarantee",
    "build",
    "manage",
    "save",
    "cut",
    "fill",
    "deliver",
    "beat",
    "transform",
    "charge",
    "buy",
    "print",
    "close",
    "launch",
    "double",
    "increase",
    "grow",
    "boost",
    "reduce",
    "sell",
    "install",
    "pay",
    "work",
    "integrate",
    "handle",
    "serve",
    "do",
    "redo",
    "rebuild",
    "revamp",
    "refresh",
    "modernize",
    "modernise",
    "optimize",
    "optimise",
    "automate",
    "streamline",
    "renovate",
    "remodel",
]
# Words between "free" and "call" that make it no sales call: "feel free to call", "free for
# a chat", "free phone calls", "free, quick call".
_NOT_A_SALES_CALL = [
    "to",
    "for",
    "and",
    "or",
    "of",
    "with",
    "me",
    "you",
    "now",
    "up",
    "this",
    "that",
    "phone",
    "video",
    "whatsapp",
    "facetime",
    "skype",
    "international",
    "wifi",
    "wi",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "—",
    "–",
    "(",
    ")",
]
# What a business does while it is selling ("we're offering", "we're running a special").
_OFFERING = {"offer", "provide", "run", "launch", "supply", "sell", "serve", "specialize"}
_PRICE = [
    "price",
    "prices",
    "pricing",
    "discount",
    "discounts",
    "fee",
    "fees",
    "rates",
    "rate",
    "cost",
    "costs",
    "deal",
    "deals",
    "clearance",
    "financing",
    "budget",
    "budgets",
    "roi",
    "promo",
    "coupon",
    "cheaper",
    "discounted",
    "affordable",
    "commission",
]
_WHEN = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tonight",
    "tomorrow",
    "midnight",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "eod",
    "end",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
# What may end or expire as pressure ("our rebate ends Sunday", "it expires Friday").
_OFFERS_THAT_END = {
    "our",
    "my",
    "it",
    "this",
    "that",
    "offer",
    "offers",
    "sale",
    "deal",
    "deals",
    "discount",
    "discounts",
    "promo",
    "promotion",
    "rebate",
    "special",
    "pricing",
    "price",
    "prices",
    "rate",
    "rates",
    "window",
    "enrollment",
    "registration",
    "coupon",
    "trial",
    "code",
}
# News of a product that sells it ("we just launched…").
_LAUNCHES = {"launch", "release", "unveil", "debut"}
# Asking to be introduced to someone, and what the writer would then do to them.
_INTRODUCE = {"introduce", "connect", "intro"}
_SELL_VERBS = {"pitch", "sell", "show", "demo", "offer", "present", "quote", "tell"}
# What a question asks them to do for the writer ("introduce me", "refer clients to me").
_FAVOURS = {"introduce", "connect", "intro", "refer", "send", "recommend", "pass", "put", "forward"}
# Whom a referral ask wants sent your way ("refer a few of your borrowers to me").
_REFERRED = [
    "clients",
    "customers",
    "borrowers",
    "buyers",
    "sellers",
    "tenants",
    "patients",
    "members",
    "contacts",
    "leads",
    "referrals",
    "business",
    "folks",
    "people",
    "anyone",
    "anybody",
    "friends",
    "colleagues",
    "families",
    "owners",
    "founders",
]
# Who holds the budget ("introduce me to your CTO").
# What a client is asked to write about your work: "leave me a review", "a quick testimonial".
_REVIEWS = [
    "review",
    "reviews",
    "testimonial",
    "testimonials",
    "rating",
    "ratings",
    "endorsement",
    "shoutout",
    "shout-out",
]
_REVIEW_VERBS = ("leave", "write", "post", "give", "drop", "add", "put", "share", "do", "jot")
_RATE = {"LEMMA": {"IN": ["rate", "review"]}, "POS": "VERB"}  # the verb, not "a review on"
_REVIEW_SITES = ["google", "yelp", "facebook", "tripadvisor", "trustpilot", "etsy", "linkedin"]

_BOSSES = [
    "cto",
    "ceo",
    "cfo",
    "coo",
    "cmo",
    "owner",
    "owners",
    "founder",
    "manager",
    "director",
    "head",
    "buyer",
    "boss",
    "partners",
    "board",
]
_DECIDE = [
    "decision",
    "decisions",
    "budget",
    "purchasing",
    "buying",
    "charge",
    "hiring",
    "responsible",
    "procurement",
    "contracts",
    "vendors",
    "vendor",
]
_BUSINESS_NOUNS = {
    "business",
    "company",
    "firm",
    "website",
    "site",
    "team",
    "office",
    "needs",
    "budget",
    "revenue",
    "savings",
    "sales",
    "books",
    "clinic",
    "facility",
    "department",
    "organization",
    "organisation",
    "customers",
    "clients",
    "marketing",
    "finances",
    "portfolio",
    "home",
    "house",
    "posture",
    "dates",
    "numbers",
    "income",
    "insurance",
    "taxes",
    "tax",
    "newsletter",
    "metrics",
    "productivity",
    "pipeline",
}
_PERSONAL_NOUNS = {
    "daughter",
    "son",
    "kids",
    "children",
    "child",
    "twins",
    "wife",
    "husband",
    "partner",
    "mom",
    "mother",
    "dad",
    "father",
    "sister",
    "brother",
    "nephew",
    "niece",
    "grandmother",
    "grandfather",
    "grandma",
    "grandpa",
    "family",
    "dog",
    "dogs",
    "puppy",
    "cat",
    "trip",
    "vacation",
    "holiday",
    "marathon",
    "race",
    "recital",
    "birthday",
    "anniversary",
    "garden",
    "hike",
    "wedding",
    "engagement",
    "recovery",
    "health",
    "knee",
    "move",
    "story",
    "talk",
    "article",
    "post",
    "presentation",
    "pitch",
    "idea",
    "ideas",
    "plans",
    "comments",
    "question",
    "recipe",
    "recipes",
    "book",
    "podcast",
    "award",
    "hobby",
    "team",
    "boat",
    "band",
    "league",
    "baby",
    "graduation",
    "parents",
    "shop",
    "bakery",
    "store",
    "new",
}
_THEIRS = {"he", "she", "they", "him", "her", "them", "his", "their"}
_FAMILY = {
    "daughter",
    "son",
    "kid",
    "child",
    "twin",
    "wife",
    "husband",
    "mom",
    "mother",
    "dad",
    "father",
    "sister",
    "brother",
    "family",
    "baby",
    "puppy",
    "dog",
    "grandchild",
}
# Who else a message may describe: "my friend Sarah is a CPA who works with contractors".
_OTHERS = _FAMILY | {
    "friend",
    "cousin",
    "neighbour",
    "neighbor",
    "colleague",
    "coworker",
    "buddy",
    "uncle",
    "aunt",
    "boss",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "sister-in-law",
    "brother-in-law",
    "he",
    "she",
    "they",
}
# Asks whose object decides what they are (see PATTERNS), and the feature each is for a sale.
_GENERIC = {
    "gift_ask": "sale_ask",
    "open_ask": "sale_ask",
    "chance_ask": "sale_ask",
    "lead_ask": "referral_ask",
    "contact_ask": "decision_maker",
    "meeting_ask": "meeting_ask",
}
# Features that put something to sell in a message; any one of them makes its asks a sale's.
_COMMERCIAL = (
    "sale_ask",
    "free_offer",
    "self_promo",
    "price",
    "booking_link",
    "needs_probe",
    "decision_maker",
    "referral_ask",
    "review_ask",
)
# A meeting that is a sales meeting whatever else the message says.
# "through": a walk-through of what you sell ("pop out and talk you through it").
_SALES_MEETINGS = {"demo", "consultation", "walkthrough", "appointment", "presentation", "through"}
# Verbs that open a yes/no question ("Are the seats…?", "Did you…?").
_AUXILIARIES = {"be", "do", "have", "will", "can", "could", "would", "should", "may", "might"}
# Claims that say what someone does or offers; about a third person they are not a pitch.
_ABOUT_SOMEONE = ("sale_ask", "self_promo", "meeting_ask", "free_offer")
# Words that turn a message toward something else ("by the way", "while I have you").
PIVOT_MARKERS: list[Pattern] = [
    [{"LOWER": "by"}, {"LOWER": "the"}, {"LOWER": "way"}],
    [{"LOWER": {"IN": ["btw", "anyway", "anyways", "unrelated", "incidentally"]}}],
    [{"LOWER": "speaking"}, {"LOWER": "of"}],
    [{"LOWER": "while"}, {"LOWER": "i"}, {"LOWER": "have"}, {"LOWER": "you"}],
    [
        {"LOWER": "on"},
        {"LOWER": {"IN": ["a", "another", "that", "the"]}},
        {"LOWER": {"IN": ["business", "different", "separate", "work", "other"]}, "OP": "?"},
        {"LOWER": {"IN": ["note", "hand", "front"]}},
    ],
    [{"LOWER": {"IN": ["switching", "changing", "shifting"]}}, {"LOWER": "gears"}],
    [{"LOWER": {"IN": ["side", "separate"]}}, {"LOWER": {"IN": ["note", "thing"]}}],
    [{"LOWER": "now"}, {"LOWER": "that"}],
    [{"LOWER": "out"}, {"LOWER": "of"}, {"LOWER": "curiosity"}],
    [{"LOWER": "quick"}, {"LOWER": {"IN": ["question", "one", "thought", "ask"]}}],
    [
        {"LOWER": "i"},
        {"LOWER": {"IN": ["should", "wanted", "meant"]}},
        {"LOWER": "to", "OP": "?"},
        {"LEMMA": "mention"},
    ],
    [{"LOWER": "before"}, {"LOWER": "i"}, {"LOWER": "forget"}],
    [{"LOWER": "that"}, {"LEMMA": "remind"}, {"LOWER": "me"}],
    [{"LOWER": "heads"}, {"LOWER": "up"}],
    [{"LOWER": {"IN": ["also", "ps", "p.s.", "separately"]}, "IS_SENT_START": True}],
    [{"LOWER": {"IN": ["and", "but"]}}, {"LOWER": "separately"}],
]
# A friendly opening: "great seeing you", "I hope", "loved your talk", "what a night".
PLEASANTRIES: list[Pattern] = [
    [
        {
            "LOWER": {
                "IN": [
                    "great",
                    "good",
                    "nice",
                    "lovely",
                    "fun",
                    "wonderful",
                    "pleasure",
                    "glad",
                    "awesome",
                    "amazing",
                    "inspiring",
                    "brilliant",
                    "cracking",
                    "grand",
                ]
            }
        },
        {"OP": "?"},
        {
            "LOWER": {
                "IN": [
                    "meeting",
                    "seeing",
                    "to",
                    "chatting",
                    "talking",
                    "catching",
                    "sitting",
                    "running",
                    "game",
                    "turnout",
                    "fun",
                    "night",
                    "evening",
                    "party",
                    # "good yarn at the barbecue", "great craic at the match", "lovely chat"
                    "yarn",
                    "craic",
                    "chat",
                    "natter",
                    "bumping",
                ]
            }
        },
    ],
    [
        {
            "LOWER": {
                "IN": ["hope", "hoping", "loved", "enjoyed", "sorry", "welcome", "happy", "glad"]
            }
        }
    ],
    [{"LOWER": "what"}, {"LOWER": {"IN": ["a", "an"]}}],
    [
        {
            "LOWER": {
                "IN": [
                    "beautiful",
                    "stunning",
                    "gorgeous",
                    "impressive",
                    "incredible",
                    "fantastic",
                    "brilliant",
                    "delicious",
                    "riot",
                    "highlight",
                ]
            }
        }
    ],
]
_FIRST = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
_SECOND = {"you", "your", "yours", "yourself", "yourselves"}
_GREETING = {"hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "greetings", "hiya"}
_SCHEDULING_URL = (
    "calendly",
    "cal.com",
    "acuity",
    "/book",
    "booking",
    "/schedule",
    "/register",
    "30min",
    "15min",
    "meetings",
    "appointment",
    "savvycal",
    "youcanbook",
)


def _p(*tokens: dict[str, Any] | str) -> Pattern:
    """A token pattern; plain strings match one lowercase word."""
    return [{"LOWER": t} if isinstance(t, str) else t for t in tokens]


def _any(words: Iterable[str]) -> dict[str, Any]:
    return {"LOWER": {"IN": list(words)}}


def _lemma(*words: str) -> dict[str, Any]:
    return {"LEMMA": {"IN": list(words)}}


_GAP = {"OP": "{,3}"}
_HAVE_ADVERBS = ["'ve", "have", "'d", "already", "also", "just", "now", "recently", "even"]
_OPT = {"OP": "?"}

# Services a business buys that a trade sells it ("who looks after your IT?").
_TRADES_THEY_BUY = [
    "books",
    "bookkeeping",
    "accounts",
    "accounting",
    "taxes",
    "tax",
    "payroll",
    "insurance",
    "cover",
    "it",
    "security",
    "marketing",
    "website",
    "seo",
    "cleaning",
    "hr",
    "pensions",
    "mortgage",
    "broadband",
    "phones",
    "printing",
    "signage",
    "recruitment",
    "hiring",
]
# Their home or business, what a seller's product is shown working on.
_THEIR_PREMISES = [
    "house",
    "home",
    "business",
    "shop",
    "bills",
    "farm",
    "office",
    "team",
    "company",
    "practice",
    "clinic",
    "roof",
    "margins",
    "sales",
    "bottom",
    "store",
    "restaurant",
    "salon",
]
# What "show you our …" shows a friend: their own things, not wares.
_NOT_FOR_SALE = [
    "baby",
    "photos",
    "pictures",
    "pics",
    "place",
    "house",
    "home",
    "flat",
    "apartment",
    "garden",
    "puppy",
    "dog",
    "cat",
    "kids",
    "garage",
    "boat",
    "car",
    "town",
    "city",
    "neighbourhood",
    "neighborhood",
    "street",
    "recipe",
    "trip",
    "wedding",
]

PATTERNS: dict[str, list[Pattern]] = {
    "meeting_ask": [
        _p(
            _lemma(
                "schedule",
                "book",
                "set",
                "arrange",
                "hop",
                "jump",
                "get",
                "grab",
                "have",
                "find",
                "do",
                "take",
            ),
            _GAP,
            _any(_MEET_NOUNS),
        ),
        _p(
            _any(["have", "give", "spare", "got", "take", "schedule", "book", "grab", "borrow"]),
            _any(["me", "us"]) | _OPT,
            {"LIKE_NUM": True},
            _any(["minutes", "mins", "min"]),
        ),
        _p({"LIKE_NUM": True}, {"LOWER": "-", "OP": "?"}, _any(["minute", "min"])),
        _p(
            "when",
            _any(["are", "can", "would", "is", "could"]),
            _any(["you", "we"]),
            _any(["free", "available", "talk", "meet", "chat", "connect"]),
        ),
        _p("you", _any(["be", "are"]) | _OPT, "available"),
        _p(
            _any(["can", "could", "shall"]),
            "we",
            _any(["meet", "talk", "connect"]),
            {"LOWER": {"NOT_IN": ["for", "up", "about"]}},
        ),
        _p("time", "for", _GAP, _any(_MEET_NOUNS)),
        _p(_any(["good", "convenient", "best"]), "time", "for", _any(["you", "u"])),
        _p(
            _any(["good", "convenient", "best"]),
            "time",
            "for",
            _any(["a", "an"]) | _OPT,
            _any(["quick", "short", "brief"]) | _OPT,
            _any([*_MEET_NOUNS, "chat", "coffee"]),
        ),
        _p(
            _any(["good", "convenient", "best"]),
            "time",
            "to",
            _lemma("talk", "chat", "meet", "call", "connect", "speak", "catch", "hop", "jump"),
        ),
        _p(
            _lemma("book", "block", "set", "grab", "find", "schedule", "carve"),
            _any(["out", "aside"]) | _OPT,
            _any(["an", "one", "half"]),
            _any(["hour", "hour-long", "afternoon", "morning"]),
        ),
        _p(_any(["on", "in", "into", "onto"]), _any(["the", "your", "my"]), "calendar"),
        _p("find", _any(["a", "some"]), "time"),
        _p("let", "'s", _any(["meet", "talk", "schedule", "connect"])),
        _p(
            _lemma("swing", "stop", "drop", "pop", "come"),
            "by",
            {"IS_PUNCT": False, "OP": "{,3}"},
            "to",
            _lemma("show", "demo", "walk", "talk", "pitch", "present"),
        ),
        # "Do you have time this week?", "Have a few minutes?": their time, not my listings.
        _p(
            "you",
            _any(["ever", "still"]) | _OPT,
            _lemma("have"),
            _any(["time", "a"]),
            _any(["this", "next", "for", "to", "few"]),
        ),
        _p(
            {"LEMMA": "have", "IS_SENT_START": True},
            _any(["time", "a"]),
            _any(["this", "next", "for", "to", "few"]),
        ),
        _p(
            _any(["up", "open", "free", "available"]),
            _any(["for", "to"]),
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any([*_MEET_NOUNS, "chat", "coffee"]),
        ),
        _p(_any(["quick", "short", "brief"]), _any([*_MEET_NOUNS, "chat"])),
        _p(_lemma("work"), "for", _GAP, _any(_MEET_NOUNS)),
        # A sales visit in trade words: "pop out and talk you through it", "come round to
        # walk you through the options" (not a how-to: see _how_to).
        _p(
            _lemma("pop", "come", "drop", "swing", "stop", "nip", "head", "call"),
            _any(["out", "round", "around", "over", "by", "in", "up", "down"]),
            {"IS_PUNCT": False, "OP": "{,5}"},
            _any(["and", "to"]),
            _lemma("talk", "walk", "run", "take"),
            _any(["you", "u"]),
            "through",
        ),
        # "it might be worth having a chat about insulation": a talk about a trade's goods
        # (not "a chat about the road trip", something of theirs).
        _p(
            "worth",
            _any(["having", "a"]),
            _any(["a", "quick"]) | _OPT,
            _any(["quick"]) | _OPT,
            _any(["chat", "yarn", "talk", "natter"]),
            "about",
            {"POS": {"IN": ["NOUN", "ADJ"]}},
        ),
        # "book in a visit", "arrange a site visit", "set up a demonstration".
        _p(
            _lemma("book", "pencil"),
            "in",
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["visit", "presentation", "demonstration"]),
        ),
        _p(
            _lemma("book", "schedule", "arrange", "set", "organise", "organize"),
            _any(["up"]) | _OPT,
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["presentation", "demonstration"]),
        ),
        _p(
            _lemma("book", "schedule", "arrange", "set", "organise", "organize"),
            _any(["up"]) | _OPT,
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            "site",
            _any(["visit", "survey"]),
        ),
    ],
    "sale_ask": [
        # "I can come over and do you a quote": a price for the job, in British English.
        _p(
            _lemma("do"),
            _any(["you", "u"]),
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,1}"},
            _any(["quote", "price", "estimate", "deal"]),
        ),
        # "you'll probably want our managed print service": your wares recommended to them.
        _p(
            "you",
            _any(["'ll", "will", "might", "may", "'d", "would"]),
            _any(["probably", "definitely", "really", "likely", "also"]) | _OPT,
            _lemma("want", "need"),
            "our",
        ),
        _p(_lemma("earn", "win", "get"), "your", "business"),
        _p(_lemma("do"), "business", "with"),
        _p(_lemma("place", "put"), _any(["an", "your"]), "order"),
        _p(_lemma("sign"), _any(["up", "the", "this", "today", "now", "a"])),
        _p({"LEMMA": "sign", "POS": "VERB"}, _any(["this", "by", "before"])),
        _p("buy", "now"),
        _p(
            _lemma("ready", "want"),
            "to",
            _any(
                [
                    "switch",
                    "buy",
                    "sign",
                    "commit",
                    "order",
                    "purchase",
                    "move",
                    "get",
                    "go",
                    "place",
                ]
            ),
        ),
        _p(
            _lemma(
                "send", "put", "prepare", "get", "email", "attach", "draw", "review", "see", "give"
            ),
            {"OP": "{,4}"},
            _any(_DOCS),
        ),
        _p(_any(["attached", "enclosed"]), _lemma("be"), _GAP, _any(_DOCS)),
        _p(_any(["get", "getting"]), "started"),
        _p(_lemma("lock"), "in"),
        _p(_lemma("reserve", "claim", "secure", "save"), _any(["your", "a", "one"]), {"OP": "?"}),
        _p(
            _lemma("book"),
            _any(["a", "your"]),
            _any(["session", "spot", "slot", "visit", "appointment", "consultation"]),
        ),
        _p(_lemma("enroll", "enrol", "register", "upgrade", "subscribe", "purchase")),
        _p("test", "drive"),
        _p(_lemma("switch"), _any(["accountants", "providers", "vendors", "to", "banks"])),
        _p(
            _lemma("have", "become", "be"),
            "you",
            "as",
            _any(["a", "our"]),
            _any(["customer", "client", "member"]),
        ),
        _p(_lemma("become"), _any(["a", "our"]), _any(["customer", "client", "member"])),
        _p(_lemma("count"), "on", _GAP, "to"),
        _p(_lemma("sponsor")),
        _p(_any(["business", "income"]), _any(["opportunity", "opportunities"])),
        _p("extra", "income"),
        _p(
            _any(["like", "want", "need"]),
            _any(["a", "an"]),
            _any(["free", "quick", "written"]) | _OPT,
            _any(["quote", "estimate", "proposal", "bid"]),
        ),
        _p(
            _lemma("interest"),
            "in",
            _any(
                [
                    "a",
                    "our",
                    "my",
                    "increasing",
                    "making",
                    "hearing",
                    "learning",
                    "exploring",
                    "working",
                ]
            ),
        ),
        _p(_lemma("work"), "together"),
        _p(_lemma("work"), "with", _any(["us", "me"])),
        _p("run", "the", "numbers"),
        _p(_lemma("partner"), "with", _any(["us", "me"])),
        _p(
            _any(["love", "like"]),
            "to",
            "help",
            _any(["you", "with"]),
            _any(["with", "sell", "grow", "get", "your", "find"]),
        ),
        _p(_lemma("take"), "on", _any(["the", "your"])),
        # "help you make the most of your pension", "help you with your books"
        _p(
            _lemma("help"),
            "you",
            {"IS_PUNCT": False, "OP": "{,5}"},
            "your",
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_ACCOUNTS),
        ),
        _p(_lemma("handle"), "your"),
        # "if you end up needing to sell her house" or "decide to refinance": their next sale
        _p(
            _lemma("need", "decide", "want", "ready", "plan"),
            "to",
            _lemma("sell", "list", "refinance", "remodel", "renovate", "lease"),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["house", "home", "place", "condo", "flat", "property", "apartment", "building"]),
        ),
        _p(
            _lemma("take"),
            _any(["on"]) | _OPT,
            _any(["your", "ur"]),
            _any(["case", "account", "project", "listing", "order", "file", "books", "taxes"]),
        ),
        _p(
            "we",
            _any(["'d", "would", "will", "'ll"]),
            "be",
            _any(["glad", "happy", "delighted", "pleased", "honoured", "honored"]),
            "to",
            _lemma(
                "handle",
                "manage",
                "quote",
                "bid",
                "provide",
                "supply",
                "cater",
                "service",
                "insure",
                "represent",
            ),
        ),
        _p(_lemma("go"), "ahead"),
        # "talk with you about leasing out your warehouse", "chat about how we could help"
        _p(
            _lemma("talk", "chat", "speak"),
            _any(["with", "to"]) | _OPT,
            _any(["you", "u"]) | _OPT,
            "about",
            _any(
                [
                    "listing",
                    "selling",
                    "refinancing",
                    "switching",
                    "insuring",
                    "leasing",
                    "financing",
                    "upgrading",
                    "outsourcing",
                    "renovating",
                    "automating",
                    "rebranding",
                    "redesigning",
                    "replacing",
                ]
            ),
        ),
        _p(
            _lemma("talk", "chat", "speak"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            "about",
            "how",
            _any(["we", "i", "our", "my"]),
        ),
        # "when your team is ready to look at new software": their next purchase
        _p(
            _lemma("ready"),
            "to",
            _any(
                [
                    "look",
                    "shop",
                    "explore",
                    "consider",
                    "check",
                    "try",
                    "compare",
                    "upgrade",
                    "replace",
                    "switch",
                ]
            ),
            _any(["at", "for", "out", "around", "into"]) | _OPT,
            _any(["a", "some", "your"]) | _OPT,
            _any(["new", "newer", "other", "different", "better"]),
        ),
        # "put our new range in front of you", "get our title in front of your department"
        _p(
            _lemma("put", "get", "bring"),
            {"IS_PUNCT": False, "OP": "{1,5}"},
            "in",
            "front",
            "of",
            _any(["you", "your", "u"]),
        ),
        # "help you finance the new place", "help you plan for your retirement"
        _p(
            _lemma("help"),
            _any(["you", "u"]),
            _any(
                [
                    "finance",
                    "refinance",
                    "insure",
                    "invest",
                    "list",
                    "market",
                    "scale",
                    "automate",
                    "fund",
                    "advertise",
                    "rebrand",
                    "digitize",
                    "digitise",
                    "lease",
                    "sell",
                    "grow",
                ]
            ),
        ),
        _p(
            _lemma("help"),
            _any(["you", "u"]),
            "plan",
            "for",
            _any(["your", "retirement", "college", "university"]),
        ),
        # "I'll put together a few options for your renewal"
        _p(
            _lemma("put", "pull", "draw", "work", "prepare", "send", "get"),
            _any(["together", "up"]) | _OPT,
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["options", "numbers", "figures", "recommendations", "packages", "plans"]),
            "for",
            _any(["you", "your", "u"]),
        ),
        _p(
            _lemma("give", "get", "send"),
            _any(["you", "u"]),
            _any(["a"]),
            _any(["price", "ballpark", "figure", "rate"]),
        ),
        _p("i", _lemma("have"), _any(["buyers", "a"]), _any(["buyer", "waiting", "looking"])),
        _p(_lemma("move"), "forward"),
        _p(_lemma("do"), "your", {"POS": "NOUN"}, _lemma("need")),
        _p("come", "in", "for"),
        _p("hear", _any(["how", "more"]), _any(["our", "we", "this", "["])),
        _p(_lemma("show"), "you", _any(["how", "what"]), _any(["our", "we", "my", "i", "this"])),
        _p(_lemma("walk"), _any(["you", "u", "ya"]), _any(["through", "thru"])),
        _p(_lemma("book", "fit", "squeeze", "pencil"), "you", _any(["in", "into", "for"])),
        _p(_lemma("quote"), _any(["you", "yours", "it", "your"])),
        # "Want me to show you how?" right after a claim about what you sell.
        _p(_any(["want", "like"]), "me", "to", _lemma("show"), "you", "how", {"IS_PUNCT": True}),
        _p(
            _lemma("put", "add", "get"),
            "you",
            _any(["on", "in"]),
            _any(["the", "our", "my"]),
            _any(["schedule", "calendar", "list", "books", "waitlist", "roster"]),
        ),
        _p(
            _lemma("get"),
            "you",
            _any(["pre-approved", "preapproved", "approved", "signed", "covered", "insured"]),
        ),
        _p("get", "you", "pre", "-", "approved"),
        _p(
            "send",
            "me",
            "your",
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["project", "projects", "policy", "details", "statements", "bill", "bills"]),
        ),
        _p(
            _lemma("show"),
            "you",
            _any(["some", "a", "our", "my"]),
            _any(["examples", "samples", "work", "portfolio", "options", "plans"]),
        ),
        _p(
            _lemma("show", "give", "send"),
            "you",
            _any(["a", "our", "the", "my"]),
            _any(["demo", "walkthrough", "presentation", "tour"]),
        ),
        _p(
            _lemma("join"),
            _any(["our", "my"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any([*_PROMO_NOUNS, "gym", "class", "classes", "waitlist", "studio", "network"]),
        ),
        _p(
            _any(["want", "like"]),
            "me",
            "to",
            _lemma("hold", "save", "reserve", "book", "pencil"),
            _any(["one", "a", "you", "it"]),
        ),
        # "tell you about my services", not "tell you about my friend Maria": a friend's
        # work described warmly sells nothing of yours (trial 9).
        _p(
            _lemma("tell"),
            "you",
            "about",
            _any(["our", "my"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any([*_OWNED_PROMO, "offers", "offering", "offerings", "services", "work"]),
        ),
        _p(_lemma("see"), "if", "we", _lemma("be"), _any(["a", "the"]), "fit"),
        _p("success", "story"),
    ],
    # Asking for money for a cause (trial 9): a gift, donation, pledge, sponsorship or
    # table, or their year-end giving. Folded into sale_ask; the reason says it asks for
    # money (see model._WHY_GIFT).
    "gift_ask": [
        _p(
            _lemma("consider", "make", "give", "send"),
            _any(["a", "an", "your", "another", "one"]),
            {"LOWER": {"NOT_IN": [".", ",", "!", "?", ";"]}, "OP": "{,4}"},  # "year-end"
            _any(_GIFTS),
        ),
        _p(
            _lemma("consider"),
            _any(["giving", "donating", "pledging", "sponsoring", "supporting", "contributing"]),
        ),
        _p("you", {"IS_PUNCT": False, "OP": "{,3}"}, _lemma("donate", "pledge")),
        _p(_lemma("chip"), "in"),
        _p(
            _lemma("support", "fund", "back", "pledge", "contribute", "donate", "give"),
            _any(["to"]) | _OPT,
            _any(["our", "my"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_CAUSES),
        ),
        _p(
            _any(["your"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["giving", "philanthropy", "donations"]),
        ),
        _p(
            _lemma("sponsor", "buy", "take", "reserve", "want", "grab", "host", "fill"),
            _any(["a", "one", "the", "our"]),
            _any(["table", "sponsorship", "sponsorships"]),
        ),
        _p(_lemma("become"), _any(["a", "an", "our"]), {"OP": "?"}, _any(["sponsor", "donor"])),
        # "we have only 3 table sponsorships left": on offer to them
        _p(
            _any(["we", "i"]),
            _lemma("have", "offer"),
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(["sponsorships", "sponsorship", "tables"]),
        ),
    ],
    # Asks whose object decides what they are: "would you be open to…", "a chance to…",
    # "keep me in mind", "who should I talk to". For a sale they are sale, referral and
    # decision-maker asks; in a message that asks to learn from them or for a job lead,
    # and sells nothing, they are networking (see _networking).
    "open_ask": [
        _p(_any(["are", "would", "r"]), "you", _any(["be"]) | _OPT, _any(["interested", "open"])),
    ],
    "chance_ask": [
        # "we'd love a shot at it", "I'd appreciate the chance to quote", "give us a try"
        _p(
            _lemma("love", "like", "appreciate", "welcome", "want", "value", "get"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["shot", "chance", "opportunity", "crack"]),
            "at",
        ),
        # "the chance to earn…", "the opportunity to bid…", "a chance to work on your…":
        # a chance to serve them, not "the opportunity to bring our club by".
        _p(
            _lemma("love", "like", "appreciate", "welcome", "want", "value", "get"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["chance", "opportunity"]),
            "to",
            _any([*_SERVE, "show", "work"]),
        ),
        _p(
            _lemma("love", "like", "appreciate", "welcome", "want", "value", "get"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["chance", "opportunity"]),
            "to",
            {"IS_PUNCT": False, "OP": "{1,3}"},
            _any(["you", "your", "yours"]),
        ),
        _p(
            _any(["love", "like", "glad", "happy"]),
            "to",
            _lemma("work", "partner"),
            "with",
            "your",
            _any([*_WORKPLACES, "team", "brand"]),
        ),
        _p(
            _lemma("give"),
            _any(["us", "me"]),
            _any(["a", "the", "another"]),
            _any(["shot", "chance", "try", "crack"]),
        ),
        _p(_lemma("try"), "us"),
        _p(_lemma("consider"), _any(["us", "me", "our", "my"])),
        _p(_lemma("be"), "considered"),
        _p(
            _lemma("let"),
            _any(["us", "our"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _lemma("handle", "plan", "manage", "quote", "bid", "take", "run", "do", "cover"),
        ),
        _p(_lemma("bid"), _any(["on", "for"])),
        _p(
            _any(["love", "like", "glad", "happy"]),
            "to",
            "be",
            _any(["your", "their"]),
            {"POS": "NOUN", "LOWER": {"NOT_IN": ["friend", "buddy", "neighbour", "neighbor"]}},
        ),
    ],
    "free_offer": [
        _p(
            _any(["free", "complimentary", "no-cost", "no-obligation"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_FREE_THINGS),
        ),
        _p("no", "-", _any(["cost", "obligation", "charge"]), {"OP": "{,2}"}, _any(_FREE_THINGS)),
        # "a no-obligation chat about their first home": a sales call by its promise
        _p("no", "-", _any(["cost", "obligation", "charge"]), _any(["chat", "call", "natter"])),
        _p("at", "no", _any(["cost", "charge"])),
        _p(
            "no",
            _any(["cost", "obligation", "charge"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_FREE_THINGS),
        ),
        _p("no", _any(["charge", "obligation", "cost"]), {"IS_PUNCT": True}),
        # "I could do a quick security assessment of your shop", "offer you a consultation"
        _p(
            _lemma("offer", "give", "do", "provide", "run", "carry", "conduct", "perform"),
            _any(["you", "u", "out"]) | _OPT,
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(
                [
                    "consultation",
                    "consult",
                    "assessment",
                    "audit",
                    "estimate",
                    "valuation",
                    "appraisal",
                    "evaluation",
                    "inspection",
                    "analysis",
                    "trial",
                ]
            ),
        ),
        # "a free strategy call", "a complimentary 30-minute discovery call", "a free
        # 20-minute consult": a call or session sold by what it is about or how long it is.
        # Not "feel free to call", "free for a call", or a plain "free call" on WhatsApp.
        _p(
            _any(["free", "complimentary", "no-cost", "no-obligation"]),
            {"LOWER": {"NOT_IN": _NOT_A_SALES_CALL}, "OP": "{1,4}"},
            _any(
                [
                    "call",
                    "calls",
                    "chat",
                    "chats",
                    "sessions",
                    "consultations",
                    "consults",
                    "audits",
                    "assessments",
                    "reviews",
                    *_FREE_THINGS,
                ]
            ),
        ),
        _p("free", "of", "charge"),
        _p("on", "the", "house", {"IS_PUNCT": True}),
        _p(
            "first",
            _any(["session", "visit", "month", "lesson", "class"]),
            _lemma("be"),
            _any(["free", "on"]),
        ),
        _p(
            _any(["session", "visit", "month", "lesson", "class", "consultation"]),
            _lemma("be"),
            "free",
        ),
        _p(
            "first",
            _any(["session", "visit", "month", "week", "lesson", "class", "treatment"]),
            "free",
        ),
        # "the first consultation's on us", "your first groom is on me": a free first session
        # said without "free". "The first pint's on me" is a treat, so the session is named.
        _p(
            _any(["first", "initial"]),
            {"IS_PUNCT": False, "OP": "?"},
            _any(_FIRST_ON_ME),
            _any(["'s", "’s", "is", "will", "would"]),
            {"LOWER": "be", "OP": "?"},
            "on",
            _any(["me", "us"]),
        ),
        _p(
            _any(["first", "initial"]),
            {"IS_PUNCT": False, "OP": "?"},
            _any(_FIRST_ON_ME),
            _any(["'s", "’s", "is", "will", "would"]),
            {"LOWER": "be", "OP": "?"},
            "on",
            "the",
            "house",
        ),
        # "there's no charge for the first mock-up", "no fee for your initial chat"
        _p(
            "no",
            _any(["charge", "cost", "fee"]),
            "for",
            _any(["the", "your"]),
            _any(["first", "initial"]),
        ),
        # "no obligation at all", "no obligation whatsoever"
        _p("no", "obligation", _any(["whatsoever", "at"]), {"LOWER": "all", "OP": "?"}),
    ],
    # Who you are is an introduction, whoever is asking for what: a student asking for
    # advice says it as much as a broker asking for a meeting. What you sell is promotion.
    "self_intro": [
        _p(
            "i",
            _lemma("be"),
            _any(["a", "an"]),
            {"OP": "{,3}"},
            {"POS": "NOUN", "LOWER": {"NOT_IN": ["fan", "bit", "lot", "little", "mess"]}},
        ),
        _p("i", _lemma("be"), {"POS": "PROPN"}, "from"),
        _p("i", _lemma("be"), "with", {"POS": "PROPN"}),
        _p(
            "i",
            _lemma("be"),
            "the",
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["owner", "founder", "lead", "manager", "director", "rep", "representative"]),
            _any(["at", "of", "for", "with"]),
        ),
        _p("my", "name", "is"),
        _p(_lemma("introduce"), "myself"),
        _p(_lemma("reach"), "out", "because"),
    ],
    "self_promo": [
        # "here's our website", "here is my brochure": a sales link handed over.
        _p(
            "here",
            _any(["'s", "is", "’s"]),
            _any(["our", "my"]),
            _any(
                [
                    "website",
                    "site",
                    "web",
                    "page",
                    "brochure",
                    "menu",
                    "link",
                    "portfolio",
                    "price",
                    "prices",
                    "rates",
                ]
            ),
        ),
        # "Here's my card.", "here is my business card": your trade handed over.
        _p(
            "here",
            _any(["'s", "is", "’s"]),
            _any(["our", "my"]),
            _any(["business", "contact"]) | _OPT,
            _any(["card", "cards"]),
        ),
        _p(
            _any(["our", "my"]),
            {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "NUM", "CCONJ"]}, "OP": "{,3}"},
            _any(_OWNED_PROMO),
        ),
        # "our cleaning service", "my consulting practice": the trade is tagged as a verb
        _p(
            _any(["our", "my"]),
            {"POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{,2}"},
            {"TAG": "VBG"},
            _any(_OWNED_PROMO),
        ),
        # "I run a bookkeeping practice", "we own a staging company": the business is yours.
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": ["now", "also", "just", "recently", "'ve", "have"]}, "OP": "{,2}"},
            _lemma("run", "own", "operate", "start", "launch", "found", "open", "represent"),
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(_FIRMS),
        ),
        # "I've helped 200+ families get onto the ladder", "we've served over 500 clients": a
        # track record told unasked (trial 29)
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": ["'ve", "’ve", "have", "already", "now", "personally"]}, "OP": "{,2}"},
            _lemma("help", "serve", "place", "guide", "house", "insure"),
            {
                "LOWER": {"IN": ["over", "more", "than", "about", "around", "nearly", "almost"]},
                "OP": "{,2}",
            },
            {"LIKE_NUM": True},
            {"IS_ALPHA": False, "OP": "?"},
            {"POS": "ADJ", "OP": "?"},
            _any(
                [
                    "families",
                    "clients",
                    "customers",
                    "businesses",
                    "homeowners",
                    "buyers",
                    "people",
                    "companies",
                    "couples",
                    "firms",
                    "owners",
                    "landlords",
                    "patients",
                ]
            ),
        ),
        # "I run a 6-week program for managers", "we teach a workshop for founders"
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": ["now", "also", "just", "recently", "'ve", "have"]}, "OP": "{,2}"},
            _lemma("run", "offer", "teach", "lead", "host", "sell"),
            _any(["a", "an", "my", "our"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["program", "programme", "course", "workshop", "bootcamp", "masterclass"]),
            "for",
        ),
        # "a sales rep for a device company"
        _p(
            _any(["rep", "representative", "reseller", "distributor"]),
            _any(["for", "with", "at"]),
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any([*_FIRMS, "manufacturer", "supplier", "brand", "publisher", "distributor"]),
        ),
        _p(
            _any(
                [
                    "leading",
                    "top",
                    "top-selling",
                    "best-rated",
                    "award-winning",
                    "fastest",
                    "premier",
                    "trusted",
                    "#1",
                    "number-one",
                    "top-rated",
                ]
            ),
            {"POS": {"IN": ["ADJ", "NOUN", "VERB", "ADV"]}, "OP": "{,2}"},
            _any(
                [
                    "provider",
                    "agent",
                    "firm",
                    "company",
                    "crm",
                    "agency",
                    "growing",
                    "selling",
                    "rated",
                    "choice",
                    "in",
                    "partner",
                    "broker",
                    "realtor",
                ]
            ),
        ),
        _p(_any(["best-rated", "top-selling", "award-winning"])),
        _p(_any(["best", "top", "highest"]), "-", _any(["rated", "selling", "reviewed"])),
        _p(_lemma("guarantee")),
        _p("guaranteed"),
        _p("game", _any(["changer", "-", "changing"])),
        _p("years", "of", "experience"),
        _p(_any(["clients", "customers"]), _lemma("include")),
        _p(
            _any(
                [
                    "brands",
                    "companies",
                    "clients",
                    "businesses",
                    "teams",
                    "startups",
                    "manufacturers",
                    "professionals",
                    "people",
                    "families",
                    "factories",
                    "firms",
                    "gyms",
                    "shops",
                    "stores",
                    "restaurants",
                    "schools",
                    "practices",
                    "clinics",
                    "offices",
                    "owners",
                    "homeowners",
                    "fleets",
                    "agencies",
                ]
            ),
            "like",
            _any(["you", "yours", "[", "nike", "lyft"]),
        ),
        _p(
            _any(
                [
                    "managers",
                    "leaders",
                    "founders",
                    "executives",
                    "entrepreneurs",
                    "couples",
                    "doctors",
                    "dentists",
                    "lawyers",
                    "realtors",
                    "agents",
                    "creators",
                    "retirees",
                    "investors",
                    "landlords",
                    "contractors",
                    "owners",
                    "clients",
                    "businesses",
                ]
            ),
            _any(["exactly", "just", "much"]),
            "like",
            _any(["you", "yours"]),
        ),
        _p("we", "'ve", _lemma("help", "work", "serve")),
        _p(_lemma("excite"), "to", _any(["announce", "share", "introduce"])),
        _p("pay", "for", "themselves"),
        _p("beat", "any", "price"),
        _p("i", "'ve", "been", _lemma("coach", "sell", "help", "work", "do")),
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": ["'ve", "have", "just", "recently", "now", "also"]}, "OP": "{,2}"},
            _lemma("start", "begin"),
            _any(
                [
                    "selling",
                    "offering",
                    "installing",
                    "representing",
                    "distributing",
                    "repping",
                    "supplying",
                    "providing",
                ]
            ),
        ),
        # "we've moved dozens of studios onto…", "we fixed that for a bunch of shops"
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": _HAVE_ADVERBS}, "OP": "{,2}"},
            {"LEMMA": {"IN": _JOBS}, "POS": "VERB"},
            {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["into", "across", "with"]}, "OP": "{,6}"},
            _any(["of", "many", "other", "several", "numerous", "countless"]),
            {"POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{,2}"},
            _SERVED_TOKEN,
        ),
        # "we've installed them for lots of families on your street"
        _p(
            _any(["i", "we"]),
            {"LOWER": {"IN": _HAVE_ADVERBS}, "OP": "{,2}"},
            {"LEMMA": {"IN": _JOBS}, "POS": "VERB"},
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(["for", "on", "in"]),
            _any(["lots", "loads", "dozens", "hundreds", "half", "most", "many", "plenty"]),
            _any(["of"]) | _OPT,
            _any(["the", "your"]) | _OPT,
            _any(["families", "homes", "houses", "neighbours", "neighbors", "households"]),
            _any(["on", "in"]),
            _any(["your", "this", "the"]),
            _any(["street", "block", "road", "area", "neighbourhood", "neighborhood", "estate"]),
        ),
    ],
    "price": [
        _p({"LOWER": {"IN": _PRICE}, "POS": {"NOT_IN": ["PROPN"]}}),
        _p({"LOWER": "special", "POS": "NOUN"}),
        _p(
            _lemma("run", "offer", "have", "launch"),
            _any(["a", "an", "our", "this", "the"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["promotion", "promo", "special", "sale", "deal", "discount", "offer"]),
        ),
        _p("half", _any(["price", "off"])),
        _p("half", _any(["our", "the", "my"]), _any(["usual", "regular", "normal"])),
        # Offers for "new customers": an introductory deal.
        _p(
            _any(["for", "to", "offering", "offer", "give", "giving"]),
            "new",
            _any(_NEWCOMERS),
        ),
        _p("new", _any(_NEWCOMERS), _lemma("get", "receive", "save", "pay")),
        _p("$", {"LIKE_NUM": True}),
        _p(_any(["£", "€"]), {"LIKE_NUM": True}),
        _p({"LIKE_NUM": True}, "%", _any(["off", "discount", "cheaper", "less"]) | _OPT),
        _p(_any(["%"]), "off"),
        _p(_any(["starting", "start", "starts"]), "at", _any(["$", "just", "only"])),
        _p(_any(["starting", "start", "starts"]), "at", {"LIKE_NUM": True}),
        _p("only", "$"),
        _p("for", _any(["cheap", "cheaper", "less"]), {"IS_PUNCT": True}),
        _p("for", _any(["cheap", "cheaper"])),
        _p("per", _any(["person", "hour", "month", "email", "session", "year"])),
    ],
    "urgency": [
        # A deadline with a threat: "needs to be in by Friday or I'll have to offer the room
        # to someone else", "due by Monday or we'll release the slot".
        _p(
            "or",
            _any(["i", "we"]),
            _any(["'ll", "will", "’ll"]),
            _any(["have", "need"]),
            "to",
            _lemma("offer", "give", "release", "let", "pass", "cancel", "open", "sell", "drop"),
        ),
        _p(
            _any(["due", "in", "paid", "received", "confirmed", "settled"]),
            "by",
            _any([w for w in _WHEN if w not in ("end", "may")]),
        ),
        _p("limited", _any(["time", "offer", "spots", "seats", "availability", "edition"])),
        _p("limited", "-", _any(["time", "edition"])),
        _p(_any(["seats", "spots", "spaces", "places", "openings"]), _lemma("be"), "limited"),
        _p(_any(["spots", "seats", "openings", "spaces", "places", "slots"]), "left"),
        _p(
            "only",
            {"LIKE_NUM": True},
            {"LOWER": {"IN": _SLOTS}, "OP": "?"},
            _any(["spots", "seats", "openings", "left"]),
        ),
        _p("act", "now"),
        _p(_any(["today", "week", "weekend", "month", "hours", "days"]), "only"),
        _p(
            {"LEMMA": "end", "POS": "VERB", "TAG": {"IN": ["VB", "VBZ", "VBP", "VBG"]}},
            {"LOWER": {"NOT_IN": ["up"]}},
        ),
        _p(_lemma("expire")),
        # "before they go up Jan 1", "before our rates go up": buy now, pay more later
        _p(
            "before",
            {"LOWER": {"IN": ["they", "it", "prices", "rates", "premiums", "fees", "costs"]}},
            _lemma("go"),
            "up",
        ),
        _p(
            "before",
            _any(["our", "the", "my"]),
            {"OP": "?"},
            _any(["prices", "rates"]),
            _lemma("go"),
            "up",
        ),
        _p("before", "the", _any(["price", "rate"]), _any(["increase", "hike", "change"])),
        _p("before", _any(["it", "they", "spots", "seats"]), _OPT, _any(["gone", "sell", "fill"])),
        _p("miss", "out"),
        _p("do", "n't", "miss"),
        _p("last", "chance"),
        _p("hurry"),
        _p("now", "is", "the", "time"),
        # "The market is great for sellers right now", "it's a hot market for buyers": a
        # market line pushes them to act while it lasts.
        _p(
            _any(["market", "rates", "prices"]),
            _lemma("be"),
            _any(["really", "so", "very", "still", "super"]) | _OPT,
            _any(_HOT),
            "for",
            _any(_MARKET_SIDES),
            {"LOWER": {"IN": ["right", "now", "at"]}, "OP": "{,3}"},
        ),
        _p(
            _any(_HOT),
            _any(["market", "time"]),
            _any(["for", "to"]),
            _any(_MARKET_SIDES),
            {"LOWER": {"IN": ["right", "now", "at"]}, "OP": "{,3}"},
        ),
        _p(
            _any(["seller", "sellers", "buyer", "buyers"]), _any(["'s", "'", "’s"]) | _OPT, "market"
        ),
        _p("now", _lemma("be"), "a", _any(_HOT), "time", "to"),
        _p("right", "now"),
        _p("next", {"LIKE_NUM": True}, _any(["hours", "days"])),
        _p(
            _any(["before", "until", "by"]),
            _any(["tax", "open", "the"]) | _OPT,
            _any(["season", "enrollment", "deadline"]),
        ),
        _p(_lemma("book", "fill"), _any(["into", "up"])),
        _p(
            _any(["only", "just", "few", "couple", "last", "handful"]),
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(_SLOTS),
            _any(["left", "remaining", "remain", "open"]),
        ),
        _p(
            {"LIKE_NUM": True},
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_SLOTS),
            _any(["left", "remaining", "remain"]),
        ),
        _p(_lemma("fill", "book", "go", "sell"), _any(["up", "out"]) | _OPT, "fast"),
        _p(_any(["almost", "nearly"]), _any(["full", "booked", "gone", "sold"])),
        _p(
            "last",
            {"IS_PUNCT": False, "OP": "?"},
            _any(["spots", "slots", "seats", "openings", "places", "appointments"]),
        ),
        _p("while", _any(["you", "supplies", "they", "it"]), _any(["can", "last", "lasts"])),
        _p(_any(["wo", "will"]), _any(["n't", "not"]), _any(["last", "stay"])),
        # "I only take on four new clients a season"
        _p(
            _any(["only", "just"]),
            _lemma("take", "accept", "book", "onboard", "work"),
            _any(["on", "with"]) | _OPT,
            {"LIKE_NUM": True},
            _any(["new", "more"]) | _OPT,
            {"POS": "NOUN"},
        ),
        _p(
            _any(["only", "just"]),
            _lemma("take", "accept", "book", "onboard", "work"),
            _any(["on", "with"]) | _OPT,
            "a",
            _any(["few", "couple", "handful"]),
            "of",
            _any(["new", "more"]) | _OPT,
            {"POS": "NOUN"},
        ),
        # "our crew has a few openings in May", "we've got two slots this spring"
        _p(
            _any(["i", "we", "our", "my"]),
            {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["you", "your"]}, "OP": "{,3}"},
            _lemma("have", "get"),
            _any(["only", "just", "a", "limited"]) | _OPT,
            _any(["few", "couple", "handful", "two", "three", "four", "five", "limited"]),
            _any(["of"]) | _OPT,
            {"POS": {"IN": ["ADJ", "NOUN"]}, "OP": "?"},
            _any(["openings", "slots", "vacancies", "appointments", "availability"]),
        ),
        _p(
            _any(["i", "we", "our", "my"]),
            {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["you", "your"]}, "OP": "{,3}"},
            _lemma("have", "get"),
            _any(["only", "just", "a", "limited"]) | _OPT,
            _any(["few", "couple", "handful", "two", "three", "four", "five", "limited"]),
            _any(["of"]) | _OPT,
            {"POS": {"IN": ["NOUN", "VERB"]}, "LOWER": {"NOT_IN": ["kids", "friends"]}},
            _any(["spots", "places", "seats", "sessions", "dates"]),
            _any(["opening", "open", "left", "available", "this", "next", "for", "in"]),
        ),
    ],
    "deadline": [
        _p(
            _any(["by", "until", "before", "through", "thru", "till", "til"]),
            _any(["this", "next"]) | _OPT,
            _any(_WHEN),
        ),
        _p(_any(["this", "next"]), _any(["month", "week"]), "only"),
    ],
    "booking_link": [
        _p("booking", "link"),
        # "Here's my Calendly", "my Calendly link": a self-serve booking page
        _p(
            _any(["calendly", "acuity", "savvycal", "youcanbookme", "hubspot"]),
            _any(["link", "page"]) | _OPT,
        ),
        _p(
            _any(["my", "our"]), _any(["calendar", "scheduling", "booking"]), _any(["link", "page"])
        ),
        # "book a time", "book a call with me", "book a slot here"
        _p(
            _lemma("book", "schedule"),
            _any(["a", "some", "any"]),
            _any(["time", "slot", "call", "session", "consult", "consultation", "demo"]),
        ),
        # "grab 15 minutes on my calendar", "pick a time on my calendar"
        _p(
            _lemma("grab", "book", "pick", "find", "snag", "choose", "take"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["on", "in", "from", "off"]),
            _any(["my", "our"]),
            _any(["calendar", "calendly", "schedule"]),
        ),
        _p(_lemma("book"), "here"),
        _p("click", "here"),
        _p(_lemma("register"), "now"),
        _p(_any(["calendar", "scheduling"]), "link"),
        _p(_lemma("grab"), _any(["a", "any"]), _any(["slot", "time", "spot"])),
        _p("reply", _any(["yes", "y", "now", "today", "stop"])),
    ],
    "decision_maker": [
        _p(
            "who",
            _lemma(
                "make",
                "handle",
                "be",
                "decide",
                "oversee",
                "approve",
                "own",
                "run",
                "sign",
                "control",
                "manage",
            ),
            _GAP,
            _any(_DECIDE),
        ),
        # "Who signs off on the wellness budget?", "who decides on the training spend?"
        _p(
            "who",
            _lemma("sign", "approve", "decide", "control", "hold", "own", "set", "allocate"),
            {"IS_PUNCT": False, "OP": "{,5}"},
            _any(["budget", "budgets", "spend", "spending", "purchasing", "procurement"]),
        ),
        _p("decision", _OPT, _any(["maker", "makers", "-"])),
        _p("decision-maker"),
        _p(_lemma("get"), "in", "front", "of"),
        _p("are", "you", "the", _any(["homeowner", "owner", "right", "person", "decision"])),
        _p(_any(["handle", "handles"]), "[", {"OP": "{,8}"}, "]"),
        _p("if", "not", ",", "who"),
        _p(
            "who",
            {"LOWER": {"NOT_IN": ["you", "we", "i"]}, "IS_PUNCT": False, "OP": "{1,7}"},
            _any(["at", "for", "in"]),
            _any(["your", "the"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_WORKPLACES),
        ),
        _p(
            _any(["best", "right"]),
            _any(["person", "people", "contact"]),
            _any(["at", "in"]),
            _any(["your", "the"]),
        ),
        _p("whoever", _lemma("handle", "manage", "run", "buy", "decide", "oversee", "look")),
        # "who handles employee benefits at TD?": the buyer at a named company is the same
        # way in as the one at "your firm" (trial 7).
        _p(
            "who",
            _lemma("handle", "decide", "buy", "purchase", "manage", "oversee", "run", "approve"),
            {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["at", "you", "i", "we"]}, "OP": "{1,4}"},
            "at",
            {"POS": "PROPN"},
        ),
    ],
    # Who to talk to: the buyer at their firm, or someone who knows the field (see open_ask).
    "contact_ask": [
        _p("right", _any(["person", "member", "people"])),
        _p("who", _any(["i", "we"]), _any(["should", "can"]), _lemma("talk", "speak", "contact")),
        _p("who", "should", _any(["i", "we"]), _GAP, _lemma("talk", "speak", "contact")),
        _p(_lemma("point"), "me", _any(["to", "towards"])),
        _p(
            _lemma("introduce", "connect"),
            "me",
            _any(["to", "with"]),
            _any(["your", "the"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_BOSSES),
        ),
        _p(
            _any(["best", "right"]),
            _any(["person", "people", "contact"]),
            "to",
            _lemma("talk", "speak", "contact", "reach"),
            _OPT,
            "about",
        ),
    ],
    "needs_probe": [
        _p(_lemma("pick"), "your", "brain", {"IS_PUNCT": False, "OP": "{,8}"}, _lemma("need")),
        _p(
            "your",
            {"IS_PUNCT": False, "OP": "{,3}"},
            {"LOWER": {"IN": ["needs", "requirements"]}, "POS": "NOUN"},
        ),
        _p(
            _any(["happy", "satisfied", "pleased", "content"]),
            {"OP": "{,2}"},
            "with",
            _any(["your", "the"]),
            "current",
        ),
        _p(
            _any(["happy", "satisfied", "pleased", "content"]),
            {"OP": "{,2}"},
            "with",
            _any(["your", "the"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_PROVIDERS),
        ),
        _p(_any(["your", "the"]), "current", {"IS_PUNCT": False, "OP": "{,2}"}, _any(_PROVIDERS)),
        _p("who", _lemma("do"), "you", "use", "for"),
        # "what are you using for customer analytics?", "happy with whoever cleans your office?"
        _p("what", _any(["are", "r"]), _any(["you", "u"]), "using", "for"),
        _p("what", "you", "'re", "using", "for"),
        _p(
            _any(["happy", "satisfied", "pleased", "content"]),
            "with",
            _any(["whoever", "who", "whatever"]),
        ),
        # "when does your car insurance renew?"
        _p(
            "when",
            _lemma("do", "be"),
            _any(["your", "ur"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any([*_ACCOUNTS, *_PROVIDERS]),
            _lemma("renew", "expire", "end", "run", "come"),
        ),
        _p(_any(["which", "what"]), _any(_PROVIDERS), _lemma("do"), "you", _lemma("use", "have")),
        _p(
            _lemma("do"),
            "any",
            "of",
            "your",
            {"IS_PUNCT": False, "OP": "{,2}"},
            _lemma("client", "customer", "buyer", "seller", "member", "patient", "tenant"),
            _lemma("need", "want"),
        ),
        _p("who", _lemma("do"), "your", _any(["books", "taxes", "payroll", "insurance", "it"])),
        # "Who looks after your IT at the moment?", "who's doing your books these days?",
        # "who manages your cyber security?": who they buy a trade from (not "who looks after
        # your kids", "who does your hair").
        _p(
            "who",
            _any(["'s", "’s", "is"]) | _OPT,
            _lemma("do", "look", "handle", "manage", "sort", "run"),
            _any(["after"]) | _OPT,
            _any(["your", "ur"]),
            {"IS_PUNCT": False, "OP": "{,1}"},
            _any(_TRADES_THEY_BUY),
        ),
        _p("in", "the", "market", "for"),
        _p(
            _any(["thinking", "thought", "think"]),
            _any(["of", "about"]),
            _any(["selling", "listing", "refinancing", "switching", "upgrading", "outsourcing"]),
        ),
        _p(_lemma("shop"), "around", "for"),
        _p("time", "to", _lemma("switch")),
        # An offer to go over what they buy: "let's go over your coverage", "I'd be glad to
        # look over your accounts", "a second look at your policy".
        _p(
            _lemma(
                "go",
                "look",
                "restructure",
                "refinance",
                "revisit",
                "review",
                "compare",
                "audit",
                "assess",
                "evaluate",
                "analyze",
                "analyse",
                "examine",
                "optimize",
                "optimise",
                "check",
            ),
            _any(["over", "at", "through", "into", "on"]) | _OPT,
            "your",
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(_ACCOUNTS),
        ),
        # "see if I can beat what you're paying", "tell you what yours could fetch".
        _p(
            _lemma("see", "find", "tell", "show", "check"),
            _any(["out", "you"]) | _OPT,
            _any(["if", "whether", "what", "how"]),
            {"IS_PUNCT": False, "OP": "{,5}"},
            _lemma("save", "beat", "lower", "cut", "fetch", "worth", "qualify", "pay", "overpay"),
        ),
        _p(
            _lemma("run"),
            _any(["a", "an", "the"]),
            _any(["quick", "free", "full"]) | _OPT,
            _any(["comparison", "analysis", "assessment", "audit", "review", "quote"]),
        ),
        # "it might be a good moment to relook at your business insurance"
        _p(
            _any(["good", "right", "smart", "perfect", "great", "ideal", "best"]),
            _any(["time", "moment"]),
            "to",
            {"IS_PUNCT": False, "OP": "{1,2}"},
            _any(["at", "over", "into", "on"]) | _OPT,
            "your",
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(_ACCOUNTS),
        ),
        # "your roof looks perfect for them", "your office would be a great candidate for"
        _p(
            "your",
            {"IS_PUNCT": False, "OP": "{1,2}"},
            _lemma("be", "look", "seem"),
            _any(["perfect", "ideal", "made"]),
            "for",
            _any(["one", "them", "our", "my", "us"]),
        ),
        _p(
            "your",
            {"IS_PUNCT": False, "OP": "{1,2}"},
            _lemma("be", "look", "seem", "sound"),
            _any(["like"]) | _OPT,
            _any(["a", "an"]),
            _any(["good", "great", "perfect", "ideal", "prime", "strong"]),
            _any(["candidate", "fit", "match"]),
            "for",
        ),
        # "your site looks a bit dated", "ur logo is kind of old": what they'd buy, found
        # wanting
        _p(
            _any(["your", "ur"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(_DATED_THINGS),
            _lemma("look", "be", "seem", "feel"),
            {
                "LOWER": {
                    "IN": [
                        "a",
                        "bit",
                        "little",
                        "kind",
                        "kinda",
                        "of",
                        "pretty",
                        "really",
                        "so",
                        "quite",
                        "super",
                    ]
                },
                "OP": "{,3}",
            },
            _any(
                [
                    "dated",
                    "outdated",
                    "old-fashioned",
                    "tired",
                    "slow",
                    "clunky",
                    "old",
                    "worn",
                    "leaky",
                    "tatty",
                ]
            ),
        ),
    ],
    # "show you our new suture kit": a sale's ask unless "our kit" already reads as promotion
    "show_ask": [
        _p(
            _lemma("show", "demo", "present", "pitch"),
            _any(["you", "u"]),
            _any(["our", "my"]),
            {"POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{,2}"},
            {"POS": "NOUN", "LOWER": {"NOT_IN": _NOT_FOR_SALE}},
        ),
        # "talk you through our frost-fan packages", "take you through our new options": a
        # walk-through of what you sell is showing it.
        _p(
            _lemma("walk", "talk", "take", "run"),
            _any(["you", "u"]),
            "through",
            _any(["our", "my"]),
            {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "PUNCT"]}, "OP": "{,3}"},
            {"POS": "NOUN", "LOWER": {"NOT_IN": _NOT_FOR_SALE}},
        ),
        # "show you what a heat pump could do for your house": what you sell, shown at work
        # on their home or business (not "what fresh air can do for your mood").
        _p(
            _lemma("show"),
            _any(["you", "u"]),
            "what",
            {"IS_PUNCT": False, "OP": "{1,4}"},
            _any(["could", "can", "would", "will"]),
            _lemma("do", "save"),
            "for",
            _any(["your", "the"]),
            _any(_THEIR_PREMISES),
        ),
        # A visit or a catch-up that is there to present what you sell: "drop by your shop on
        # Monday for a quick presentation", "grab a coffee next week so I can run through what
        # remortgage rates look like" (not "so you can tell me about the trip").
        _p(
            _lemma("pop", "come", "drop", "swing", "stop", "nip", "call"),
            _any(["out", "round", "around", "over", "by", "in"]),
            {"IS_PUNCT": False, "OP": "{,5}"},
            "for",
            _any(["a", "an"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["presentation", "demonstration", "demo", "pitch", "walkthrough"]),
        ),
        _p(
            _any(["coffee", "lunch", "breakfast", "catch-up", "catchup", "cuppa", "chat", "up"]),
            {"LOWER": {"NOT_IN": [".", "!", "?", ";"]}, "OP": "{,5}"},
            "so",
            _any(["i", "we"]),
            _any(["can", "could"]),
            _lemma("run", "walk", "talk", "take"),
            _any(["you", "u"]) | _OPT,
            "through",
        ),
    ],
    # How a business does a job now, read with the sentence around it (see _sizing_up).
    "setup": [
        # "Has the shop ever had a proper security review?"
        _p(
            _lemma("have", "get", "do"),
            _any(["a", "an", "any"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(
                [
                    "review",
                    "audit",
                    "inspection",
                    "assessment",
                    "survey",
                    "checkup",
                    "check-up",
                    "valuation",
                    "appraisal",
                ]
            ),
        ),
        _p(_any(_SETUP)),
        _p(_any(["yourself", "yourselves"]), "?"),
        _p("on", "paper"),
        _p("by", "hand"),
        _p("pen", "and", "paper"),
        _p("in", "-", "house"),
        _p("in-house"),
        _p(_any(["good", "decent", "real", "proper"]) | _OPT, "handle", "on"),
        _p(
            _any(["someone", "anyone", "somebody", "anybody"]),
            _any(["for", "doing", "sorting", "handling", "looking", "managing", "running", "on"]),
        ),
    ],
    # "Let me know when…", "reach out if…": a sale's close only when the message sells.
    "call_ask": [
        _p("let", _any(["me", "us"]), "know"),
        _p(_any(["reach", "get"]), "out"),
        _p(_lemma("get", "be", "keep"), "in", "touch"),
        _p(
            _lemma("give"),
            _any(["me", "us"]),
            "a",
            _any(["call", "shout", "ring", "buzz", "holler", "text", "bell"]),
        ),
        _p(_lemma("call", "ping", "text", "email", "message", "ring"), _any(["me", "us"])),
        _p(_lemma("drop"), _any(["me", "us"]), "a", _any(["line", "note"])),
        _p(_lemma("hit"), _any(["me", "us"]), "up"),
    ],
    "lead_ask": [
        _p(_lemma("refer"), _any(["me", "us"])),
        _p(_lemma("refer"), {"IS_PUNCT": False, "OP": "{1,3}"}, "to", _any(["me", "us"])),
        _p(
            _lemma("send"),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["my", "our"]),
            "way",
        ),
        _p(_lemma("send"), _any(["them", "people", "anyone", "clients"]), "to", _any(["me", "us"])),
        _p(
            _lemma("pass", "give", "share", "hand"),
            _any(["along", "on", "out"]) | _OPT,
            _any(["my", "our"]),
            _any(["name", "card", "cards", "number", "details", "info", "contact"]),
        ),
        _p(_lemma("keep"), _any(["me", "us"]), "in", "mind"),
        _p(_lemma("mention", "recommend"), _any(["me", "us", "my", "our"])),
        _p("put", "in", "a", "good", "word"),
        _p({"LEMMA": "think", "TAG": {"IN": ["VB", "VBP"]}}, "of", _any(["me", "us"])),
    ],
    # Asking a client for a review, testimonial or rating: "would you mind leaving me a
    # review", "a 5-star review would mean the world", "could you rate us on Yelp". Who does
    # the writing is checked after matching ("I left you a review" asks nothing).
    "review_ask": [
        _p(
            _lemma(*_REVIEW_VERBS),
            {"IS_PUNCT": False, "OP": "{,6}"},  # "jot down a few words for a testimonial"
            _any(_REVIEWS),
        ),
        _p(_RATE, _any(["us", "me"])),  # not "review my draft": a peer's eye
        _p(_RATE, _any(["us", "me"]) | _OPT, "on", _any(_REVIEW_SITES)),
        _p("star", _any(_REVIEWS)),
        _p(
            _any(_REVIEWS),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _any(["would", "'d", "will", "could"]),
            _lemma("mean", "help", "make"),
        ),
    ],
    "referral_ask": [
        _p(
            "be",
            _any(["the", "your"]),
            _any(["one", "person", "people", "first", "team"]),
            _any(["call", "stop"]) | _OPT,
            "you",
            _lemma("send", "call", "recommend", "refer", "think"),
        ),
        _p(
            _lemma("keep"),
            _any(["my", "our"]),
            _any(["number", "card", "name", "details"]),
            _any(["handy", "close", "around"]),
        ),
        _p(_any(["your", "the"]), "go", "-", "to"),
        _p("go-to"),
        # Their premises as your shop window: "leave some of my leaflets on your counter",
        # "put a few of our flyers in your waiting room" (trial 31, a physio to a pharmacist).
        _p(
            _lemma("leave", "drop", "put", "pop", "stick", "display"),
            {"LOWER": {"IN": ["some", "a", "few", "of", "couple", "pile", "stack"]}, "OP": "{,4}"},
            _any(["my", "our"]),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["leaflets", "flyers", "cards", "brochures", "posters", "menus", "pamphlets"]),
            _any(["on", "in", "at", "by", "behind"]),
            _any(["your", "the"]),
        ),
        # "we could cross refer", "refer clients to each other": a referral deal proposed
        _p("cross", "-", _lemma("refer", "promote", "sell")),
        _p("cross", _lemma("refer", "promote", "sell")),
        _p(_lemma("cross-refer", "cross-promote", "cross-sell")),
        _p(
            _lemma("refer", "send", "pass"),
            {"IS_PUNCT": False, "OP": "{,3}"},
            "to",
            "each",
            "other",
        ),
        _p(
            _any(["i", "we"]),
            _any(["'m", "am", "'re", "are"]),
            "your",
            _any(["guy", "gal", "girl", "man", "woman", "person", "team", "people"]),
        ),
        _p(
            _lemma("look", "appreciate", "welcome", "love", "need"),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["referrals", "introductions", "leads"]),
        ),
        # "I'd really appreciate a referral", "a referral would mean a lot": one referral
        # asked for is still business sent your way (trial 7, a warm note about RESPs).
        _p(
            _lemma("appreciate", "welcome", "love", "value"),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _any(["referral", "recommendation"]),
        ),
        _p("a", "referral", _any(["would", "'d"]), _lemma("mean", "help", "go")),
        _p("who", _lemma("do"), "you", "know", {"OP": "{,2}"}, _lemma("need")),
        _p("referral", _any(["fee", "fees", "bonus", "bonuses", "reward"])),
        # "could you refer a few of your borrowers to me?", "send some clients my way"
        _p(
            _lemma("refer", "send", "pass", "steer", "point", "direct"),
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(_REFERRED),
            _any(["to", "my", "our"]),
            _any(["me", "us", "way"]),
        ),
        _p(
            _lemma("refer", "send", "pass", "steer", "point", "direct"),
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(_REFERRED),
            "over",
            _any(["to"]) | _OPT,
            _any(["me", "us"]),
        ),
        # Asking to be their preferred or recommended provider, or to be listed or
        # recommended to their people: "list us as your preferred rehab provider",
        # "recommend us to your members", "put our logo in your newsletter".
        _p(
            _lemma("list", "name", "add", "feature", "recommend", "make", "have"),
            _any(["us", "me"]),
            "as",
            _any(["your", "a", "the", "their"]),
            _any(["preferred", "recommended", "official", "approved", "go", "trusted"]),
            {"POS": {"IN": ["NOUN", "PROPN", "ADJ", "VERB"]}, "OP": "{,3}"},
        ),
        _p(
            _lemma("recommend", "mention", "refer", "plug", "promote", "suggest", "introduce"),
            _any(["us", "me"]),
            "to",
            _any(["your", "all", "any", "the"]),
        ),
        _p(
            _lemma("mention", "share", "include", "feature", "plug", "promote", "advertise"),
            _any(["our", "my"]),
            {"LOWER": {"NOT_IN": [",", ".", "?", "!", "and"]}, "OP": "{,3}"},
            _any(
                [
                    "discount",
                    "discounts",
                    "offer",
                    "offers",
                    "deal",
                    "deals",
                    "services",
                    "service",
                    "business",
                    "clinic",
                    "practice",
                    "company",
                    "firm",
                    "shop",
                    "rates",
                    "prices",
                    "classes",
                    "sessions",
                    "website",
                    "site",
                ]
            ),
        ),
        _p(
            _lemma("put", "add", "include", "feature", "run", "place", "print", "stick"),
            _any(["our", "my"]),
            {"LOWER": {"NOT_IN": [",", ".", "?", "!", "and"]}, "OP": "{,2}"},
            _any(
                [
                    "logo",
                    "banner",
                    "ad",
                    "advert",
                    "advertisement",
                    "flyer",
                    "flyers",
                    "leaflet",
                    "leaflets",
                    "poster",
                    "posters",
                    "link",
                    "details",
                    "card",
                    "cards",
                    "brochure",
                    "brochures",
                ]
            ),
        ),
        # A sales line to their clients: "if any of your clients ever need a physio".
        _p(
            "if",
            _any(["any", "one"]),
            "of",
            "your",
            _any(
                [
                    "clients",
                    "customers",
                    "members",
                    "patients",
                    "staff",
                    "tenants",
                    "students",
                    "friends",
                    "contacts",
                    "colleagues",
                    "team",
                    "guests",
                ]
            ),
            {"IS_PUNCT": False, "OP": "{,2}"},
            _lemma("need", "want", "require"),
        ),
    ],
    # Asking to learn from them, or for a lead for your own career: what a networking ask
    # is for. Who benefits is the writer, and the object is their knowledge or a job, not
    # the reader's custom.
    "networking": [
        _p(_lemma("advice", "guidance", "mentorship", "perspective", "insight", "feedback")),
        _p(_lemma("mentor")),
        _p(
            _any(["any", "some", "your", "few"]),
            _any(["tips", "suggestions", "pointers", "lessons", "wisdom"]),
        ),
        _p(
            "how",
            "you",
            _any(["first", "ever", "eventually", "finally"]) | _OPT,
            _lemma(
                "get",
                "make",
                "build",
                "become",
                "start",
                "break",
                "land",
                "go",
                "study",
                "prepare",
                "transition",
                "decide",
                "choose",
                "end",
                "find",
                "learn",
                "grow",
            ),
        ),
        _p(
            _any(["your", "their"]),
            _any(["path", "journey", "career", "background", "experience", "trajectory"]),
        ),
        _p(_lemma("learn", "hear"), "from", _any(["you", "someone", "people", "others", "folks"])),
        _p(_lemma("hear", "ask", "learn"), _any(["how", "what", "why"]), "you"),
        _p(_lemma("ask"), "you", {"IS_PUNCT": False, "OP": "{,2}"}, _lemma("question")),
        _p(
            "what",
            {"IS_PUNCT": False, "OP": "{1,4}"},
            _lemma("be"),
            _any(["really", "actually"]) | _OPT,
            "like",
        ),
        _p("informational"),
        _p(_lemma("pick"), "your", "brain"),
        # A job, an internship or a lead to one, for the writer.
        _p(
            _lemma("look", "search", "hunt", "hope"),
            _any(["for", "to"]),
            {"IS_PUNCT": False, "OP": "{,3}"},
            _lemma(
                "job",
                "role",
                "position",
                "work",
                "internship",
                "opening",
                "gig",
                "apprenticeship",
                "career",
            ),
        ),
        _p("any", _any(["openings", "opening", "vacancies", "roles", "positions", "jobs"])),
        _p(_any(["an", "any"]), "opening", "for"),
        _p(_any(["job", "role", "position"]), _any(["openings", "opening", "lead", "leads"])),
        _p(
            _any(["anyone", "anybody", "who", "that", "someone"]),
            _any(["is", "'s", "are", "'re"]) | _OPT,
            "hiring",
        ),
        _p(
            _lemma("take", "accept", "hire"),
            _any(["on"]) | _OPT,
            _any(["interns", "apprentices", "students", "trainees", "assistants", "volunteers"]),
        ),
        _p(_lemma("apply"), _any(["to", "for"])),
        _p("to", "apply"),
        _p("my", _any(["resume", "résumé", "cv", "application", "applications"])),
        _p(_lemma("shadow"), _any(["you", "someone", "a"])),
        _p(
            _lemma("break", "get", "move", "transition", "switch", "pivot"),
            "into",
        ),
        _p(_lemma("switch", "change"), "careers"),
        _p(_any(["career", "careers"])),
        _p(
            "i",
            _lemma("be"),
            {"IS_PUNCT": False, "OP": "{,4}"},
            _any(
                [
                    "student",
                    "graduate",
                    "grad",
                    "alum",
                    "alumnus",
                    "alumna",
                    "intern",
                    "undergraduate",
                ]
            ),
        ),
        _p(_lemma("graduate")),
        _p(_any(["phd", "ph.d.", "doctorate", "masters", "master's", "mba"])),
        _p(_any(["grad", "graduate", "law", "medical", "vet"]), "school"),
        _p("what", "you", _lemma("look"), "for", "in"),
    ],
    "mass_message": [
        _p(_any(["hi", "hello", "hey"]), "there"),
        _p("dear", _any(["hiring", "sir", "madam", "customer", "friend", "homeowner"])),
        _p("hey", _any(["girl", "guys", "friend", "hun"])),
        _p("to", "whom", "it", "may"),
        _p("[", {"OP": "{,4}"}, "]"),
        _p("reply", _any(["yes", "stop"])),
    ],
    "remembered": [
        _p(
            "you",
            {
                "LEMMA": {"IN": ["mention", "say", "tell", "recommend", "ask", "bring"]},
                "TAG": "VBD",
            },
        ),
        _p(
            "you",
            _any(["were", "'re"]),
            _any(
                [
                    "worried",
                    "excited",
                    "nervous",
                    "saying",
                    "telling",
                    "planning",
                    "looking",
                    "hunting",
                ]
            ),
        ),
        _p("i", _any(["remember", "remembered"])),
        _p(_lemma("keep"), "thinking", "about"),
        _p(_lemma("stick", "stay"), "with", "me"),
        _p(_lemma("think"), "of", "you"),
        _p("since", "we", "met"),
        _p(
            _any(["loved", "enjoyed"]), _any(["hearing", "your", "learning", "chatting", "talking"])
        ),
        _p("you", "sounded"),
        _p("like", "you", "wanted"),
        _p(
            "you",
            {"LEMMA": {"IN": ["love", "plant", "want"]}, "TAG": "VBD"},
            {"POS": {"NOT_IN": ["PART"]}},
        ),
    ],
    "give": [
        _p(
            _any(["happy", "glad"]),
            "to",
            _any(["introduce", "connect", "share", "listen", "spread", "make", "help"]),
        ),
        # "love to introduce you"; a bare "I'd love to connect" after asking who the buyer
        # is wants an introduction for yourself, not one for them.
        _p(_any(["love", "like"]), "to", "introduce"),
        _p(_any(["love", "like"]), "to", "connect", _any(["you", "him", "her", "them"])),
        _p(_lemma("introduce", "connect"), "you"),
        _p(_lemma("put"), "you", _any(["two", "both"]) | _OPT, "in", "touch"),
        _p(_any(["an", "the"]), _any(["intro", "introduction"])),
        _p(
            "here",
            _lemma("be"),
            _any(["the", "his", "her", "their", "a"]),
            _OPT,
            _any(["name", "number", "contact", "details", "link", "email", "article", "guide"]),
        ),
        _p("here", "it", "is"),
        _p("here", "'s", _any(["his", "her"])),
        _p(_lemma("think"), "you", "might"),
        _p("you", _any(["might", "'d", "would"]), _any(["enjoy", "love"])),
        _p(_lemma("think"), "you", _any(["'d", "would", "might"]), "like"),
        _p("if", _any(["that", "it"]), _any(["'s", "is", "helps"]), _any(["ever", "helpful"])),
        _p("if", "it", "helps"),
        _p("anything", "i", "can", "do"),
        # "if there is anything at all I can do" (trial 23: a condolence read as selling)
        _p(
            "anything", "at", "all", _any(["i", "we"]), _any(["can", "could"]), _lemma("do", "help")
        ),
        _p("anything", _any(["i", "we"]), _any(["can", "could"]), "help"),
        # "let me know if I can help with anything", "happy to help however I can": a
        # general offer that names nothing you sell is generosity (trial 8).
        _p("if", _any(["i", "we"]), _any(["can", "could"]), _lemma("help", "do")),
        _p("help", _any(["however", "any"]), _OPT, _any(["i", "we", "way"])),
        _p("how", "can", "i", "help"),
        _p(
            "i",
            "know",
            _any(["a", "one", "two", "someone", "somebody"]),
            {"LOWER": {"NOT_IN": ["lot", "few"]}, "OP": "?"},
        ),
        _p(
            _any(["want", "like"]),
            "me",
            "to",
            _any(["connect", "introduce", "put", "send"]),
            {"LOWER": {"NOT_IN": ["a", "the", "our", "my", "over", "you", "together"]}},
        ),
        _p("no", _any(["strings", "agenda", "pressure"])),
        _p("no", "need", "to", "reply"),
        _p("my", "treat"),
        _p(_lemma("return"), "the", _any(["favour", "favor"])),
        _p("your", "way"),
        _p(_lemma("tell"), _any(["her", "him", "them"]), "i", "sent", "you"),
        _p("i", _lemma("mention"), _any(["him", "her", "you", "them"]), "to"),
        _p("anyone", "i", "could", "introduce"),
        _p("want", _any(["her", "his", "their"]), _any(["details", "number", "contact"])),
        _p("be", "very", "welcome"),
        _p("you", "'re", "welcome", "to", "join"),
    ],
    "congrats": [
        [{"LOWER": {"REGEX": "^congrat"}}],
        _p("so", _any(["happy", "glad", "proud"]), _any(["for", "he", "she", "to"])),
        _p("well", "done"),
        _p(_lemma("deserve"), "it"),
        _p("happy", "birthday"),
        _p("proud", "of", "you"),
        _p(_lemma("crush", "nail"), "it"),
    ],
    "thanks": [
        _p(_any(["thank", "thanks"])),
        _p(_lemma("appreciate")),
        _p("grateful"),
    ],
    "curious": [
        _p(_any(["love", "like", "forward"]), "to", _any(["hear", "hearing", "learn", "learning"])),
        _p(_any(["hear", "hearing"]), _any(["how", "about", "more", "what"])),
        _p(_lemma("tell"), "me", _any(["more", "about", "how"])),
        _p("what", _any(["got", "made", "brought", "drew"]), "you"),
        _p("how", _any(["did", "do"]), "you"),
        _p("learn", "more", "about", _any(["your", "the", "how", "what"])),
    ],
}


@dataclass(frozen=True)
class Hit:
    feature: str
    text: str
    start: int  # character offsets in the message
    end: int


@dataclass
class Features:
    values: dict[str, float]
    hits: list[Hit] = field(default_factory=list)
    # Character starts of the sale_ask hits that ask for money for a cause (a gift, a
    # pledge, a table): their reason and verdict are their own (see model.py).
    gifts: frozenset[int] = frozenset()
    # Character starts of the sale_ask hits that hand over what the writer sells ("wares":
    # profiles, a deck, a demo) or offer their trade as a favour ("second_look": a second set
    # of eyes on your books): their reasons say so (see model.py).
    offers: dict[int, str] = field(default_factory=dict)

    def phrases(self, feature: str) -> list[Hit]:
        return [h for h in self.hits if h.feature == feature]


class FeatureFinder:
    """Finds every feature in a parsed Doc; build once per vocabulary, call per message."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        for name, patterns in PATTERNS.items():
            self.matcher.add(name, patterns)
        self.turns = Matcher(vocab)
        self.turns.add("marker", PIVOT_MARKERS)
        self.turns.add("pleasantry", PLEASANTRIES)
        self.promoters = DependencyMatcher(vocab)
        # "we help manufacturers…": the writer does the verb; a claim only when it says what
        # you do or can do for them, not "Could I buy you a coffee?" (see _claims_a_service).
        self.promoters.add(
            "writer_claim",
            [
                [
                    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": _PROMO_VERBS}}},
                    {
                        "LEFT_ID": "verb",
                        "REL_OP": ">",
                        "RIGHT_ID": "subject",
                        "RIGHT_ATTRS": {
                            "DEP": "nsubj",
                            "LOWER": {"IN": ["we", "i", "who", "that"]},
                        },
                    },
                ],
            ],
        )
        # "our platform cuts…": the thing doing the verb is yours.
        self.promoters.add(
            "self_promo",
            [
                [
                    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
                    {
                        "LEFT_ID": "verb",
                        "REL_OP": ">",
                        "RIGHT_ID": "subject",
                        "RIGHT_ATTRS": {
                            "DEP": {"IN": ["nsubj", "nsubjpass"]},
                            "LOWER": {"IN": _OWNED_PROMO},
                        },
                    },
                    {
                        "LEFT_ID": "subject",
                        "REL_OP": ">",
                        "RIGHT_ID": "owner",
                        "RIGHT_ATTRS": {"DEP": "poss", "LOWER": {"IN": ["our", "my"]}},
                    },
                ],
                # "our bottling line could save you a week": whatever it is, it is ours.
                [
                    {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": _PROMO_VERBS}}},
                    {
                        "LEFT_ID": "verb",
                        "REL_OP": ">",
                        "RIGHT_ID": "subject",
                        "RIGHT_ATTRS": {
                            "DEP": "nsubj",
                            "POS": "NOUN",
                            "LEMMA": {"NOT_IN": sorted(_OTHERS)},
                        },
                    },
                    {
                        "LEFT_ID": "subject",
                        "REL_OP": ">",
                        "RIGHT_ID": "owner",
                        "RIGHT_ATTRS": {"DEP": "poss", "LOWER": {"IN": ["our", "my"]}},
                    },
                ],
            ],
        )

    def __call__(self, doc: Doc, relationship_values: dict[str, float] | None = None) -> Features:
        spans: dict[str, list[Span]] = {}
        for match_id, start, end in self.matcher(doc):
            name = doc.vocab.strings[match_id]
            kind = _GENERIC.get(name, name)
            span = doc[start:end]
            if kind == "price" and (
                _about_their_topic(span)
                or _a_great_deal(span)
                or _to_deal_with(span)
                or _budget_news(span)
            ):
                continue
            if kind in _ABOUT_SOMEONE and _about_someone_else(span):
                continue
            if kind in ("price", "urgency") and _someone_elses_offer(span) and not _market(span):
                continue  # "This week only, the library has a sale": theirs, not yours
            if kind in ("meeting_ask", "show_ask") and _how_to(span):
                continue  # "pop round and talk you through how I set up my veggie beds"
            if kind == "free_offer" and (_someone_elses_offer(span) or _found_elsewhere(span)):
                continue  # "the county runs a free soil analysis": passed on, not sold
            if kind in ("price", "self_promo") and _their_prices_asked(span):
                # "my clients are hosting, could you send me your price list so I can pass it
                # on?": their prices asked for, to send them business
                continue
            if kind == "price" and _prices_in_the_news(span):
                continue  # "with fuel prices so high" is their world, not your price list
            if kind == "price" and _a_commissioned_work(span):
                continue  # "would you take on a commission for my office?" hires them
            if kind == "price" and _rates_it(span):
                continue  # "my friend rates the programme" thinks well of it; no price
            if name in ("lead_ask", "referral_ask", "review_ask", "gift_ask") and _thanked_for(
                span
            ):
                continue  # "thanks for sending the Patels my way" thanks for a referral
            if kind == "sale_ask" and _writer_gives_money(span):
                continue  # "we might be able to chip in as a sponsor": offered, not asked
            if kind == "review_ask" and not _review_asked_of_them(span):
                continue  # "I left you a review", "loved the reviews of your book"
            if kind == "urgency" and (
                _said_shorter(span) or _something_else_ends(span) or _filled_with_life(span)
            ):
                continue
            if kind == "urgency" and _EASES.search(span.sent.text):
                continue  # "please don't worry about it right now": relief, not pressure
            if kind == "decision_maker" and _in_charge_of_something_else(span):
                continue  # "Who is in charge of the gardens?" is no buyer
            if kind in ("sale_ask", "urgency") and _their_own_plans(span, kind == "urgency"):
                continue
            if name == "needs_probe" and any(t.lemma_.lower() in _OTHERS for t in span):
                continue  # "your son's needs" is family, not a budget
            if name == "needs_probe" and _shopping_for_fun(span):
                continue  # "in the market for a celebration dinner" buys nothing of mine
            if kind == "price" and _no_cost(span):
                continue  # "a no-cost brand assessment" is free: the free offer says so
            if kind == "decision_maker" and _who_did(span):
                continue  # "Who did the artwork in your lobby?" asks about the past
            if name == "curious" and _sympathy_before(span):
                continue  # "I was so sorry to hear about your father" is sympathy
            if name == "give" and _intro_thanked(span):
                continue  # "thanks a million for the introduction to Eoin": theirs, not yours
            if name == "give" and _offers_a_service(span):
                continue  # "let me know if I can help with your bookkeeping" offers a trade
            if kind == "self_promo" and _work_asked_of_them(span):
                continue  # "would you be keen on doing a logo for my business?" hires them
            spans.setdefault(name, []).append(span)
        for match_id, (verb_i, subject_i, *_) in self.promoters(doc):
            if doc.vocab.strings[match_id] == "writer_claim" and not (
                _antecedent(doc[subject_i]).lower_ in ("i", "we") and _claims_a_service(doc[verb_i])
            ):
                continue
            lo, hi = sorted((verb_i, subject_i))
            if _work_asked_of_them(doc[lo : hi + 1]):
                continue
            if _filled_with_life(doc[lo : hi + 1]):
                continue  # "my calendar is filling up with school plays"
            spans.setdefault("self_promo", []).append(doc[lo : hi + 1])
        spans.setdefault("decision_maker", []).extend(
            _intros_to_sell(doc, spans.get("self_promo", []))
        )
        # A gift asked for is a sale's ask in the weights; its reason is its own (model.py).
        gifts = spans.pop("gift_ask", [])
        spans.setdefault("sale_ask", []).extend(gifts)
        shows = spans.pop("show_ask", [])
        promoted = spans.get("self_promo", [])
        spans.setdefault("sale_ask", []).extend(
            s for s in shows if all(s.end <= o.start or s.start >= o.end for o in promoted)
        )
        for span in _links(doc):
            kind = "booking_link" if _is_scheduling(span.text) else "link"
            if kind == "link" and _homepage(span):
                kind = "self_promo"  # a bare business homepage handed over is a sales line
            spans.setdefault(kind, []).append(span)
        for name, found in _possessions(doc).items():
            spans.setdefault(name, []).extend(found)
        spans.setdefault("needs_probe", []).extend(_sizing_up(spans.pop("setup", [])))
        spans.setdefault("needs_probe", []).extend(_checks_on_them(doc))
        for name, found in _solicitations(doc).items():
            spans.setdefault(name, []).extend(found)
        spans.setdefault("sale_ask", []).extend(_switch_asks(doc))
        spans.setdefault("sale_ask", []).extend(_partner_asks(doc))
        for name, found in _own_wares(doc).items():
            spans.setdefault(name, []).extend(found)
        # The writer's trade claimed in an offer ("that's my day job", "I fit them for a
        # living"), a scheme's end as the push, a place jumped in the writer's queue.
        spans.setdefault("self_promo", []).extend(trade_claims(doc))
        spans.setdefault("urgency", []).extend(scheme_deadlines(doc))
        spans.setdefault("price", []).extend(queue_jumps(doc))
        spans.setdefault("sale_ask", []).extend(booking_perks(doc))
        spans.setdefault("sale_ask", []).extend(bookings_with_the_writer(doc))
        # Wares handed over and a trade offered as a favour are a sale's ask in the weights;
        # their reasons are their own (model.py).
        offered = _wares_shown(doc)
        # "Happy to do a wee talk at the yard for your lads on back care": the writer's trade
        # offered as a talk for their people, a way in to sell to the room (talks.py).
        talks = talks_offered(doc)
        if talks:
            offered["talk"] = talks
        # A recruiter's "any openings on your team? i have great devops people on my books",
        # "can I put you forward?", a held date or a take-over offered (placements.py).
        offered.update(placements_offered(doc))
        # "any openings on your team?" is one ask: its "your team" is not a second bullet.
        spans["openings"] = offered.get("openings", [])
        _drop_overlapping(spans, "your_business", ("openings",))
        del spans["openings"]
        for name, found in placement_claims(doc).items():
            spans.setdefault(name, []).extend(found)
        spans.setdefault("sale_ask", []).extend(capacity_offered(doc))
        for found in offered.values():
            spans.setdefault("sale_ask", []).extend(found)
        spans.setdefault("urgency", []).extend(_availability(doc))
        if any(spans.get(name) for name in (*_COMMERCIAL, "urgency")):
            # In a message that sells, "are you happy with where you're living?" sizes
            # them up as a prospect; said with nothing to sell it is only interest.
            spans.setdefault("needs_probe", []).extend(_happy_with_probes(doc))
        _networking(spans)
        self._deadlines(doc, spans)
        _link_to_the_ask(doc, spans)
        # One phrase, one meaning: "love to help you sell" is a sale, "how can I help" a gift.
        _drop_overlapping(spans, "give", ("sale_ask", "meeting_ask", "decision_maker"))
        _drop_overlapping(spans, "price", ("review_ask",))  # "rate us on Yelp" is no price
        _drop_overlapping(spans, "self_promo", ("give",))
        _drop_what_they_asked_for(spans)
        pivot = self._pivot(doc, spans)
        if pivot is not None:
            spans["pivot"] = [pivot]
        pitch_sentences = _sentences_with(doc, spans, (*PITCH, "networking_ask"))
        sells = any(spans.get(name) for name in _COMMERCIAL)
        spans["question_about_them"] = [
            s
            for s in doc.sents
            if s.start not in pitch_sentences
            and _asks_about_them(s)
            and not _favour_asked(s)
            and not (sells and _PASS_IT_ON.match(s.text))
        ]
        values: dict[str, float] = {name: 0.0 for name in FEATURES}
        hits: list[Hit] = []
        for name, found in spans.items():
            if name not in values:
                continue
            kept = _longest(found)
            values[name] = float(min(len(kept), 2))
            hits.extend(Hit(name, s.text, s.start_char, s.end_char) for s in kept)
        centred, phrase = _self_centred(doc)
        values["self_centred"] = centred
        if phrase is not None:
            hits.append(Hit("self_centred", phrase.text, phrase.start_char, phrase.end_char))
        if relationship_values:
            asked_for_something = any(values[a] > 0 for a in ASKS)
            for name, value in relationship_values.items():
                values[name] = value if asked_for_something else 0.0
        hits.sort(key=lambda h: (h.start, h.feature))
        offers = {s.start_char: kind for kind, found in offered.items() for s in found}
        return Features(values, hits, frozenset(g.start_char for g in gifts), offers)

    def pleasantries(self, doc: Doc) -> list[tuple[int, int]]:
        """Where the message is friendly ("great seeing you", "I hope"), as character ranges."""
        found = []
        for match_id, start, end in self.turns(doc):
            if doc.vocab.strings[match_id] == "pleasantry":
                found.append((doc[start].idx, doc[start:end].end_char))
        return found

    def _pivot(self, doc: Doc, spans: dict[str, list[Span]]) -> Span | None:
        """A turn to business after a warm opening: the friendly first lines make the ask
        that follows read as a set-up. The phrase is the turn ("Speaking of which") when
        there is one, else the sentence that turns."""
        business = [s for name in BUSINESS for s in spans.get(name, []) if name != "meeting_ask"]
        if not business:
            # "Great meeting you! When are you free for a coffee?" asks for their time, not
            # their business: only a sales meeting (a demo, a consultation) turns to business.
            business = [
                s
                for s in spans.get("meeting_ask", [])
                if any(t.lower_ in _SALES_MEETINGS for t in s)
            ]
        if not business:
            return None
        asks = [s for name in (*ASKS, "urgency") for s in spans.get(name, [])]
        turn = min(business, key=lambda s: s.start).sent
        warm = [s for name in GOOD for s in spans.get(name, [])]
        markers: list[Span] = []
        for match_id, start, end in self.turns(doc):
            span = doc[start:end]
            if doc.vocab.strings[match_id] == "pleasantry":
                warm.append(span)
            elif span.sent == turn:
                markers.append(span)
        warm += [s for s in doc.sents if s.end <= turn.start and _asks_about_them(s)]
        if not any(s.end <= turn.start for s in warm):
            return None
        if markers:
            return min(markers, key=lambda s: s.start)
        # Without a turn of phrase, a line about yourself is not yet a turn to business.
        asking = [s for s in asks if s.start >= turn.start]
        return min(asking, key=lambda s: s.start).sent if asking else None

    def _deadlines(self, doc: Doc, spans: dict[str, list[Span]]) -> None:
        """A date is pressure only when it is attached to a price or an "if you…" condition:
        "I'll have the quote ready by Friday" is a promise, "book by Friday" is urgency."""
        deadlines = spans.pop("deadline", [])
        priced = _sentences_with(doc, spans, ("price", "free_offer"))
        for span in deadlines:
            sent = span.sent
            conditional = any(
                t.lower_ == "if" and t.nbor(1).lower_ == "you"
                for t in sent
                if t.i + 1 < len(doc) and t.i < span.start
            )
            if conditional or sent.start in priced:
                spans.setdefault("urgency", []).append(span)


# What a reply to their own request may say without selling: "as you asked, here are the dates
# I could do the free talk for your members". A price, a deadline or a sale beside it is not
# excused: only the sentence that answers them is theirs.
_ANSWERED = ("self_promo", "free_offer", "your_business", "meeting_ask", "networking_ask")


def _drop_what_they_asked_for(spans: dict[str, list[Span]]) -> None:
    for name in _ANSWERED:
        if name in spans:
            spans[name] = [s for s in spans[name] if not answers_their_request(s.sent)]


def _networking(spans: dict[str, list[Span]]) -> None:
    """Whose benefit an ask is for decides what it is. A message that asks to learn from
    them or for a lead for your own career (advice, how they got started, a job opening),
    and puts nothing of yours up for sale, is a networking ask: its "would you have 15
    minutes", "would you be open to", "keep me in mind" and "who should I talk to" are
    asked for that, not for business, and "your company" is where they work, not a
    prospect. Anywhere else they are the sale's."""
    purpose = spans.pop("networking", [])
    generic = {key: spans.pop(key, []) for key in _GENERIC}
    selling = any(spans.get(name) for name in _COMMERCIAL) or any(
        t.lower_ in _SALES_MEETINGS for s in generic["meeting_ask"] for t in s
    )
    # "Let me know when your team is ready…" closes a sale only in a message that sells or
    # presses; after "congrats on the new flat" it is a friend's "shout if you need me".
    calls = spans.pop("call_ask", [])
    if selling or spans.get("urgency"):
        spans.setdefault("sale_ask", []).extend(c for c in calls if _conditional(c))
    if purpose and not selling:
        asked = [s for found in generic.values() for s in found]
        spans["networking_ask"] = purpose + asked + spans.pop("your_business", [])
        return
    if not (selling or spans.get("urgency") or generic["meeting_ask"]):
        # "Would you be open to me bringing my book club?" asks a favour: "open to" is a
        # sale's only when the message sells or asks for a meeting.
        generic["open_ask"] = []
    for key, found in generic.items():
        if found:
            spans.setdefault(_GENERIC[key], []).extend(found)


# A sentence that takes pressure off ("please don't worry about it right now", "no rush at
# all", "take all the time you need") says the opposite of urgency, whatever time words it has.
_EASES = re.compile(
    r"\b(?:do ?n[o'’]?t|do not|never|no need to) (?:you )?(?:worry|stress|rush|hurry|feel)\b"
    r"|\bno (?:rush|hurry|pressure|stress)\b"
    r"|\btake (?:your|all the|as much) time\b",
    re.IGNORECASE,
)
_SYMPATHY_WORDS = {
    "sorry",
    "sad",
    "saddened",
    "heartbroken",
    "devastated",
    "shocked",
    "gutted",
    "terrible",
    "awful",
}


def _sympathy_before(span: Span) -> bool:
    """ "so sorry to hear about", "sad to hear how": what comes before "hear" is sympathy."""
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 4) : span.start]
    return any(t.lower_ in _SYMPATHY_WORDS for t in before)


# "if you or anyone you know is looking to buy or sell", "if anybody you know needs a
# mortgage": the reader and their circle, asked to come to you when they buy.
# "Do you know anyone who'd want it?" after what the writer sells asks them to pass it on;
# it asks nothing about them.
_PASS_IT_ON = re.compile(
    r"^\W*(?:(?:do|would|might)\s+you|d['’]you)\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?"
    r"(?:anyone|anybody|someone|somebody)\b[^?]*\b(?:want|need|interested|use|benefit|like|keen)",
    re.IGNORECASE,
)
_ANYONE_YOU_KNOW = re.compile(
    r"\bif (?P<you>you or )?(?:anyone|anybody|someone|somebody)(?: else)? (?:you know|in your "
    r"(?:circle|network|family|office))\b[^,.!?;]*?\b(?:looking|needs?|needing|wants?|"
    r"thinking|considering|planning|ready|in the market|interested)\b[^,.!?;]*",
    re.IGNORECASE,
)
# The offer that closes it: "I'd love to help", "give me a call", "send them my way".
_COME_TO_ME = re.compile(
    r"\b(?:I(?:'d|’d| would)? (?:love|be (?:happy|glad)|am happy|'m happy|’m happy|"
    r"am glad|'m glad|’m glad) to help|I can help|I(?:'m|’m| am) happy to help"
    r"|give me a (?:call|shout|ring)|call me|let me know|reach out|get in touch"
    r"|send them my way|I(?:'m|’m| am) your (?:girl|guy|gal|person))",
    re.IGNORECASE,
)
# What makes it trade, not a favour ("if anyone you know needs a carpool buddy, I'm happy to
# help" is a give): a purchase in the clause, or the writer's trade said just before it.
_TRADE_ASKED = re.compile(
    r"\b(?:buy|buying|sell|selling|hire|hiring|rent|renting|lease|move|moving|refinanc\w*|"
    r"mortgage|loan|insurance|insure|invest\w*|tax|taxes|accountant|lawyer|attorney|agent|"
    r"realtor|broker|planner|contractor|quote|home|house|property|listing)\b",
    re.IGNORECASE,
)
_MY_TRADE = re.compile(r"\bI(?:'m|’m| am) (?:a|an) \w+", re.IGNORECASE)


def _solicitations(doc: Doc) -> dict[str, list[Span]]:
    """ "If you or anyone you know is looking to buy or sell, I'd love to help!": their
    circle is asked to send business (a referral ask), and with "you or" the reader is asked
    to buy (the offer that closes it is a sale's ask)."""
    found: dict[str, list[Span]] = {}
    for sent in doc.sents:
        match = _ANYONE_YOU_KNOW.search(sent.text)
        if match is None:
            continue
        offer = _COME_TO_ME.search(sent.text, match.end())
        trade = _TRADE_ASKED.search(match.group()) or _MY_TRADE.search(sent.text, 0, match.start())
        if offer is None or trade is None:
            continue
        start = sent.start_char + match.start()
        clause = doc.char_span(start, sent.start_char + match.end(), alignment_mode="contract")
        if clause is None:
            continue
        found.setdefault("referral_ask", []).append(clause)
        if match.group("you"):
            span = doc.char_span(
                sent.start_char + offer.start(),
                sent.start_char + offer.end(),
                alignment_mode="expand",
            )
            if span is not None:
                found.setdefault("sale_ask", []).append(span)
    return found


# "If Rivera Homes is ever looking for a new payroll provider, I'd love to chat", "if you ever
# need a new accountant, I'd be glad to help": come to me when you change providers. The
# thing looked for is a provider of a trade; "a good taco place" or "a sounding board" is not.
_PROVIDER_WORDS = (
    r"providers?|accountants?|cpa|bookkeepers?|insurers?|brokers?|lenders?|banks?|vendors?|"
    r"suppliers?|carriers?|agency|agencies|advisors?|advisers?|planners?|realtors?|"
    r"lawyers?|attorneys?|photographers?|designers?|developers?|contractors?|plumbers?|"
    r"electricians?|roofers?|printers?|cleaners?|caterers?|coach|consultants?|tutors?|crm|"
    r"agents?|mechanics?|architects?|inspectors?|landscapers?|painters?|movers?|handyman|"
    r"software|platform|mortgage|policy|insurance|payroll|bookkeeping|web ?host|hosting"
)
# A firm or service is a provider with its trade named: "a different IT company".
_FIRM_WORDS = r"company|firm|service|services"
_SWITCH_ASK = re.compile(
    r"\b(?:if|should|whenever)\b[^,.!?;]*?\b(?P<ask>(?:looking|look|need|needs|want|wants|"
    r"shopping(?: around)?|in the market)\s+(?:for\s+)?(?:a|an|another|some)\s+"
    r"(?:(?:new|different|better|second|fresh|other|reliable|cheaper)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:" + _PROVIDER_WORDS + r")|"
    r"(?:[\w-]+\s+){1,2}(?:" + _FIRM_WORDS + r")))\b",
    re.IGNORECASE,
)
# Whom they are told to come to: the writer ("I'd love to chat", "give me a shout", "we
# should talk"), not a friend recommended ("my sister-in-law Mia is brilliant", "I know a
# great one").
_WRITER = re.compile(r"\b(?:i|we|me|us)\b|\bI['’]|\bwe['’]", re.IGNORECASE)
_RECOMMENDS = re.compile(
    r"\b(?:recommend\w*|know (?:a|an|someone|somebody|just)|introduce|put you in touch|try|"
    r"check out|mine|friend|cousin|sister|brother|colleague|neighbou?r|wife|husband|partner|"
    r"mum|mom|dad)\b",
    re.IGNORECASE,
)


def _switch_asks(doc: Doc) -> list[Span]:
    """A standing offer for when they replace a provider, made by the writer."""
    found: list[Span] = []
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        match = _SWITCH_ASK.search(sent.text)
        if match is None:
            continue
        rest = sent.text[match.end() :]
        if not rest.strip(" ,;—–-.!?") and i + 1 < len(sents):
            rest = sents[i + 1].text
        if not _WRITER.search(rest) or _RECOMMENDS.search(rest):
            continue
        span = doc.char_span(
            sent.start_char + match.start("ask"),
            sent.start_char + match.end("ask"),
            alignment_mode="expand",
        )
        if span is not None:
            found.append(span)
    return found


# Trial 16 (a broker): the writer's own trade offered outright, "I'd be happy to represent
# you on the search", "I'd be glad to handle the sale of your mom's condo", "I'd love to list
# your townhouse", "I'd be happy to help you buy your first building". Representing "our
# church" or handling "the flowers for the service" sells nothing.
_OFFER_TO = (
    r"\b(?:I(?:['’]d| would)? (?:be )?(?:so |more than |really )?(?:happy|glad|delighted|"
    r"pleased|honou?red|love|like) to|I(?:['’]m| am) (?:happy|glad) to|I can|I could|let me)"
)
_WHAT_A_BROKER_DOES = (
    r"search|sale|listing|lease|deal|purchase|relocation|transaction|acquisition|"
    r"disposition|renewal|closing|refinanc\w*|paperwork|negotiation"
)
_PLACES = (
    r"space|spot|site|building|office|home|house|condo|property|tenant|buyer|location|"
    r"warehouse|storefront|unit|lot|land|place"
)
_SERVICE_OFFER = re.compile(
    _OFFER_TO + r"\s+(?:(?:represent|handle|list|broker|market|lease|sell|manage|run)\s+"
    r"(?:you\b|u\b|your\b|it for you\b|(?:the|this|that) (?:" + _WHAT_A_BROKER_DOES + r")\b"
    r"|[^,.!?;]{0,30}?\bfor (?:you|u)\b)"
    r"|help (?:you|u|y['’]all) (?:buy|sell|list|lease|sublease|acquire|refinance|finance)\b"
    r"|help (?:you|u) (?:find|land|secure|lock down) (?:a|an|the|your|some)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _PLACES + r")s?\b)"
    r"[^,.!?;]*",
    re.IGNORECASE,
)
# The writer's own listing or stock put in front of them: "I just listed a great 35k sf space
# in Alpharetta", "I have some medical office options that might be a better fit", "I've got
# a few warehouse listings off I-85". A trip, a recipe or "options for the carpool" is no stock.
_STOCK = (
    # "three-beds", "3-bed flats": an agent's homes, said the way they list them.
    r"(?:one|two|three|four|five|six|\d)-beds?|flats|apartments|"
    r"listings?|spaces?|propert(?:y|ies)|units?|sites?|buildings?|homes?|houses?|condos?|"
    r"lots?|parcels?|warehouses?|storefronts?|suites?|inventory|policies|plans|packages|"
    r"products?|models?"
)
_TRADE_KINDS = (
    r"office|retail|industrial|medical|warehouse|flex|commercial|residential|rental|lease|"
    r"leasing|investment|insurance|financing|loan|mortgage|coverage|policy|plan|property|"
    r"space|land|condo|home|housing"
)
_MY_STOCK = re.compile(
    r"\b(?:I|we)(?:['’]ve| have)?\s+(?:just\s+|recently\s+|finally\s+|also\s+)?"
    r"(?:listed(?!\s+(?:my|our)\b)|got\s+(?:a\s+)?(?:new\s+)?listing|"
    r"picked up (?:a\s+)?(?:new\s+)?listing)\b"
    r"|\b(?:I|we)(?:['’]ve| have)?\s+(?:also\s+|just\s+)?(?:have|got|['’]ve got)\s+"
    r"(?:some|a few|a couple(?: of)?|several|two|three|four|\d+|a|an|one)\s+"
    r"(?:(?:great|good|new|nice|perfect|solid|interesting|amazing|off-market|fresh|lovely|"
    r"gorgeous|beautiful|stunning)\s+)?"
    r"(?:(?:[\w,-]+\s+){0,3}?(?:" + _STOCK + r")\b"
    r"|(?:[\w-]+\s+){0,2}?(?:" + _TRADE_KINDS + r")\s+(?:options|opportunities|deals|"
    r"choices)\b)"
    r"|\b(?:I|we)\s+(?:just\s+)?(?:know|know of|heard of)\s+(?:a|an|some|a few|a couple(?: of)?|"
    r"two|three)\s+(?:[\w-]+\s+){0,2}?(?:" + _STOCK + r"|endcaps?)\s+(?:opening up|coming up|"
    r"coming available|coming on the market|available|for lease|for sale)\b",
    re.IGNORECASE,
)
_STOCK_WORD = re.compile(_STOCK, re.IGNORECASE)
_NOT_STOCK = re.compile(
    r"\b(?:photos?|pictures?|pics|trip|recipes?|tickets?|seats?|plans for|dinner|lunch|"
    r"carpool|kids|ideas?|borrow|lend)\b",
    re.IGNORECASE,
)
# "would love to show you", "happy to walk you through it": an offer to tour what is listed,
# when it follows the listing. "show you the photos from the gala" names something else.
_SHOW_IT = re.compile(
    r"\b(?:(?:would|I['’]d|I would|I['’]m happy to|happy to)\s+"
    r"(?:love|like|be happy)?\s*(?:to\s+)?)?"
    r"(?:show|walk|take|tour)\s+(?:you|u)\b(?:\s+(?:it|around|through it|through|over|there|"
    r"(?:the|this|that) (?:" + _PLACES + r"|listing|one)))?(?=\s*(?:[,.!?;]|$|sometime|this|"
    r"next|when|if|whenever|before))",
    re.IGNORECASE,
)
# "happy to arrange viewings", "I can set up a viewing for you": a tour of what was listed.
_VIEWINGS = re.compile(
    r"\b(?:arrange|set\s+up|book|organi[sz]e|line\s+up|sort(?:\s+out)?)\s+(?:a\s+|some\s+)?"
    r"(?:private\s+)?viewings?\b",
    re.IGNORECASE,
)
# "if the airport consolidation ever needs a second set of eyes on the market, I'm around",
# "if the practice ever needs more space, you know where to find me": a standing offer to
# their business. "If the kids ever need a ride, I'm around" is a friend's.
_THEIR_BUSINESS = (
    r"consolidation|expansion|relocation|search|deal|company|firm|office|offices|business|"
    r"store|shop|practice|clinic|restaurant|portfolio|fund|department|plant|facility|"
    r"facilities|startup|agency|brand|bakery|cafe|gym|studio|lease|build-?out|growth"
)
_MARKET_WORDS = (
    r"market|space|sites?|lease|leases|deal|broker|listing|listings|propert(?:y|ies)|"
    r"square feet|sf|footage|locations?|buildings?|offices?|warehouse|" + _PROVIDER_WORDS
)
_STANDING_OFFER = re.compile(
    r"\bif\s+(?P<who>[^,.!?;]{1,40}?)\s+ever\s+(?:needs?|wants?|could use|is looking for|"
    r"are looking for|looks for|(?P<hires>hiring|recruiting|hire))\s+(?P<what>[^,.!?;]{0,60}?)"
    r"\s*[,;—–-]?\s*"
    r"(?P<me>I['’]m (?:around|here|available|happy to help|glad to help|your (?:guy|gal|person))"
    r"|I am (?:around|here|available)|you know where to find me|you know where I am|"
    r"give me a (?:shout|call|ring)|call me|I['’]d love to help|happy to help)",
    re.IGNORECASE,
)
_JUST_YOU = re.compile(r"^(?:you|u|you guys|y['’]all|you two|you both)$", re.IGNORECASE)
_HOMEY = re.compile(
    r"\b(?:hands?|ride|lift|sitter|babysitter|ear|friend|company|chat|volunteers?|drivers?|"
    r"chaperones?|coach|cook|baker|bakers)\b",
    re.IGNORECASE,
)


def _own_wares(doc: Doc) -> dict[str, list[Span]]:
    """The writer's own services offered (a sale's ask), listings put in front of them
    (promotion, with the "would love to show you" that tours them), and a standing offer to
    their business ("if the expansion ever needs…, I'm around": a sale's ask)."""
    found: dict[str, list[Span]] = {}

    def add(name: str, start: int, end: int) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.setdefault(name, []).append(span)

    listed_at: int | None = None
    for sent in doc.sents:
        text, base = sent.text, sent.start_char
        for match in _SERVICE_OFFER.finditer(text):
            add("sale_ask", base + match.start(), base + match.end())
        for match in _MY_STOCK.finditer(text):
            rest = re.split(r"[,.!?;]", text[match.start() :], maxsplit=1)[0]
            said = doc.char_span(base + match.start(), base + match.end(), alignment_mode="expand")
            if _NOT_STOCK.search(rest) or said is None:
                continue
            last = said[-1]
            if last.dep_ == "compound" and not _STOCK_WORD.fullmatch(last.head.lower_):
                continue  # "a spare space heater you can borrow" is no stock
            add("self_promo", base + match.start(), base + match.start() + len(rest))
            listed_at = listed_at if listed_at is not None else base + match.start()
        for match in _STANDING_OFFER.finditer(text):
            who, what = match.group("who").strip(), match.group("what")
            theirs = re.search(r"\b(?:" + _THEIR_BUSINESS + r")\b", who, re.IGNORECASE)
            trade = match.group("hires") or re.search(  # "if you're ever hiring devs"
                r"\b(?:" + _MARKET_WORDS + r")\b", what, re.IGNORECASE
            )
            if not (trade or (theirs and not _JUST_YOU.match(who))) or (
                not trade and _HOMEY.search(what)
            ):
                continue
            add("sale_ask", base + match.start(), base + match.end())
    if listed_at is not None:
        for match in _SHOW_IT.finditer(doc.text, listed_at):
            add("sale_ask", match.start(), match.end())
        for match in _VIEWINGS.finditer(doc.text, listed_at):
            add("sale_ask", match.start(), match.end())
    return found


# Trial 18: what the writer sells put in front of them after a warm opener, with no word of
# selling: a recruiter's "I'd love to share a few profiles", "I have three strong candidates
# for your controller role", "I put together a short deck", "happy to share a case study",
# "I'll email you our new furniture catalogue". Sharing an article, the playlist, a recipe or
# a photo from the party sells nothing, and neither does "your portfolio" (theirs).
_WARES = (
    r"(?:[\w-]+\s+){0,2}?(?:profiles|candidates|resum[eé]s|cvs|shortlist|short-list|decks?|"
    r"slides|case stud(?:y|ies)|demo|samples|proposal|quotes?|pricing(?: sheet)?|price list|"
    r"rate card|catalogu?e|brochure|one-pager|buyers|(?:\w+\s+)?openings)\b"
    r"|(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:portfolio|app|tool|platform|software|product|"
    r"products|services?|solution|system|plans?|program|programme)\b"
    r"|(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:app|tool|platform|software|product|system)\s+"
    r"(?:we|I)\s+(?:built|made|designed|launched|developed)\b"
    r"|(?:an?\s+)?(?:free\s+)?trial of (?:our|my)\b[^,.!?;]*"
)
_HANDED = (
    r"\b(?:share|send|send over|send you|email you|drop off|show you|walk you through|give you|"
    r"go over|run through|walk through|put together|drafted|draft|mapped out|pass along|"
    r"forward|set (?:you|your team) up with)"
)
_WARES_SHOWN = re.compile(
    _HANDED + r"\s+(?:you\s+)?(?:over\s+)?(?:a few|a couple(?: of)?|some|several|two|three|"
    r"\d+|a|an|the|their|my|our|this|that)?\s*(?P<what>" + _WARES + r")"
    r"|\b(?:I|we)(?:['’]ve| have)?\s+(?:also\s+|just\s+)?(?:have|got|['’]ve got)\s+"
    r"(?:a few|a couple(?: of)?|some|several|two|three|four|\d+|a|an)\s+"
    r"(?:(?:great|strong|solid|quick|short|new|excellent|qualified|serious|cash)\s+)?"
    r"(?P<held>profiles|candidates|decks?|case stud(?:y|ies)|buyers|(?:\w+\s+)?openings)\b"
    r"[^,.!?;]*",
    re.IGNORECASE,
)
# Not wares: what they asked for ("the case study you asked about"), slides from a talk they
# missed, a band's demo tape, candidates for the book club's name.
_NOT_WARES = re.compile(
    r"\byou (?:asked|wanted|requested|missed|mentioned)\b|\bfrom (?:my|our|the) (?:talk|class|"
    r"course|lecture|presentation|trip|hike|party|band|wedding)\b|\b(?:tapes?|songs?|tracks?|"
    r"reels?|recordings?|name|names|vote)\b",
    re.IGNORECASE,
)
# Candidates and profiles are wares when they are for a job: "for your controller role".
_FOR_A_JOB = re.compile(
    r"\b(?:role|roles|position|positions|job|jobs|opening|openings|team|hire|hires|seat|"
    r"vacancy|vacancies|req|search)\b",
    re.IGNORECASE,
)
# Who hands it over: the writer ("I'd love to", "happy to", "can I"), not a friend.
_WRITER_OFFERS = re.compile(
    r"\b(?:I|we|me|us)\b|\bI['’]|\bwe['’]|\b(?:happy|glad|love|like) to\b|^\s*(?:share|send)",
    re.IGNORECASE,
)
# A trade offered as a standing favour: "if you ever want a second set of eyes on your books,
# my door's open", "any time you want someone to look over your business taxes, just say the
# word", "happy to take a look at your company's 401k". A second set of eyes on a wedding speech
# or a look at the old Mustang in their garage is a friend's.
_TRADE_THINGS = (
    r"books|bookkeeping|taxes|tax return|financials|accounts|payroll|contracts?|leases?|"
    r"website|site|marketing|ads|seo|branding|insurance|polic(?:y|ies)|benefits|401k|401\(k\)|"
    r"retirement|portfolio|investments|estate plan|mortgages?|(?:home )?loans?|lending|"
    r"kiwisaver|cash ?flow|pricing|network|"
    r"security|social media|it|hiring|recruiting|supply chain|logistics|energy bills?"
)
_SECOND_LOOK = re.compile(
    r"\b(?P<look>(?:(?:a\s+)?(?:second|fresh|another)\s+(?:set|pair)\s+of\s+eyes|fresh eyes|"
    r"(?:a\s+)?second (?:opinion|look)|(?:someone|somebody|me) to (?:look over|go over|check|"
    r"review|audit)|(?:take|have) a (?:quick |closer )?look|"
    r"(?:a\s+)?hand\s+with|(?:some\s+)?help\s+with)"
    r"\s+(?:on|at|over)?\s*your\s+(?:[\w'’-]+\s+){0,2}(?:" + _TRADE_THINGS + r"))\b",
    re.IGNORECASE,
)
# The writer's trade offered for their money: "your KiwiSaver might be worth a look, happy to
# go over it with you", "your insurance renews in March, happy to compare a few options".
_TRADE_OFFERED = re.compile(
    r"\b(?:happy|glad|keen)\s+to\s+(?P<look>(?:go\s+over|look\s+over|look\s+at|have\s+a\s+look|"
    r"compare|review|run\s+through|crunch|sort\s+out)\b[^,.!?;]{0,30}?)"
    r"(?=\s+(?:with|for)\s+(?:you|u)\b|\s+if\b|[,.!?;]|$)",
    re.IGNORECASE,
)
_YOUR_TRADE_THING = re.compile(
    r"\byour\s+(?:[\w'’-]+\s+){0,2}(?:" + _TRADE_THINGS + r")\b", re.IGNORECASE
)
_STANDING = re.compile(
    r"\b(?:if|whenever|any ?time|should)\b|\b(?:door|I|I['’]m|we|me|happy|glad|could)\b",
    re.IGNORECASE,
)
# Their house priced or their provider switched to yours: "want to talk about what your house
# could sell for?", "happy to run the numbers on switching your office to our internet plan",
# "I'd love to introduce you to our wealth team".
_VALUED_OR_SWITCHED = re.compile(
    r"\bwhat your (?:house|home|place|condo|property|business|company|practice) (?:could|would|"
    r"might|will) (?:sell|go|list|fetch|be worth)\b[^,.!?;]*"
    r"|\bswitch(?:ing)? (?:you|your [\w-]+(?: [\w-]+)?) (?:over )?to (?:our|my)\b[^,.!?;]*"
    r"|\bintroduce you to (?:our|my) (?:[\w-]+ )?(?:team|firm|agency|company|practice|"
    r"services?|partners)\b",
    re.IGNORECASE,
)


def _wares_shown(doc: Doc) -> dict[str, list[Span]]:
    """What the writer sells handed over unasked (a recruiter's profiles, a deck, a demo, a
    catalogue), a trade offered as a standing favour (a second look at their books), their
    house valued or their office switched to yours: each a sale's ask."""
    found: dict[str, list[Span]] = {}

    def add(kind: str, start: int, end: int) -> None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.setdefault(kind, []).append(span)

    for sent in doc.sents:
        text, base = sent.text, sent.start_char
        for match in _WARES_SHOWN.finditer(text):
            clause = re.split(r"[,.!?;]", text[match.start() :], maxsplit=1)[0]
            if not _WRITER_OFFERS.search(text[: match.end()]) or _NOT_WARES.search(clause):
                continue
            if _THEIR_PRICES_ASKED.search(clause):
                continue  # "send me a price list": theirs, asked for, not the writer's wares
            held = match.group("held") or ""
            if held.lower() in ("candidates", "profiles") and not _FOR_A_JOB.search(clause):
                continue  # "a few candidates for the book club name"
            add("wares", base + match.start(), base + match.end())
        for match in _SECOND_LOOK.finditer(text):
            if _STANDING.search(text[: match.start()]) or _WRITER_OFFERS.search(text):
                add("second_look", base + match.start("look"), base + match.end("look"))
        if _YOUR_TRADE_THING.search(text):
            for match in _TRADE_OFFERED.finditer(text):
                add("second_look", base + match.start("look"), base + match.end("look"))
        for match in _VALUED_OR_SWITCHED.finditer(text):
            add("wares", base + match.start(), base + match.end())
        for match in _PRICE_LIST_SENT.finditer(text):
            add("wares", base + match.start(), base + match.end())
    return found


# Trial 29: "would you be able to send me a price list so I can pass it on?" asks for their
# prices, as a buyer does or to pass on to clients: no price of the writer's is talked.
_THEIR_PRICES_ASKED = re.compile(
    r"\b(?:send|email|e-mail|forward|share|pass|drop)\s+(?:me|us)\s+(?:over\s+)?"
    r"(?:a|an|the|your|some)?\s*(?:[\w-]+\s+){0,2}?(?:price\s*lists?|prices|pricing|rates|"
    r"rate\s+card|menus?|brochures?|catalogu?es?|quotes?|fees)\b",
    re.IGNORECASE,
)


def _their_prices_asked(span: Span) -> bool:
    return _THEIR_PRICES_ASKED.search(span.sent.text) is not None


# Trial 19: a price list sent unasked ("please find attached our price list") is what the
# writer sells put in front of them.
_PRICE_LIST_SENT = re.compile(
    r"\b(?:(?:please\s+)?find\s+attached|attached\s+(?:is|are)|i['’]ve\s+attached|"
    r"we['’]ve\s+attached|enclosed\s+(?:is|are))\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:price\s+list|prices|rate\s+card|rates|fees|tariff|brochure|catalogue|catalog)\b",
    re.IGNORECASE,
)
# Trial 19: "we'd love to become your preferred physio referral partner", "a referral
# agreement": asking them for a standing deal ("book a meeting" is a meeting asked already).
_PARTNER_ASK = re.compile(
    r"\bbecome\s+(?:your|their|the\s+\w+['’]s)\s+(?:preferred|go-to|trusted|official|"
    r"recommended|approved|exclusive)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partner|supplier|provider|vendor|contractor|practice|clinic)s?\b"
    r"|\breferral\s+(?:agreement|partnership|arrangement|deal|scheme|contract)s?\b",
    re.IGNORECASE,
)


def _matched(pattern: re.Pattern[str], doc: Doc) -> list[Span]:
    """The spans of the draft a regular expression matches, widened to whole tokens."""
    matches = pattern.finditer(doc.text)
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in matches)
    return [span for span in spans if span is not None]


def _partner_asks(doc: Doc) -> list[Span]:
    return _matched(_PARTNER_ASK, doc)


# Selling on availability: "I'm filling my January calendar", "I'm taking on a few new
# clients", "we're accepting new patients", "I have room for two more families", "I've opened
# up three spots". A calendar filled "with coffees with old friends" sells nothing.
_AVAILABILITY = re.compile(
    r"\b(?:filling|booking)\s+(?:up\s+)?(?:my|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:calendar|schedule|diary|books|roster|client list)\b"
    r"(?:\s+and\s+(?:i\s+)?(?:have|['’]ve got|got)\s+(?:a few|a couple(?: of)?|two|three|some)"
    r"\s+(?:[\w-]+\s+)?(?:openings|spots|slots|places)\b)?"
    r"(?!\s+(?:up\s+)?with\b(?!\s+(?:new\s+)?(?:clients|customers|projects|sessions|"
    r"appointments|shoots|bookings|jobs)))"
    r"|\b(?:i|we)(?:['’]m|['’]re| am| are|['’]ll| will)?\s+(?:now\s+|currently\s+|also\s+|"
    r"just\s+|finally\s+)?(?:taking on|taking|accepting|onboarding|welcoming|booking)\s+"
    r"(?:on\s+)?(?:a (?:few|couple(?: of)?|handful of|limited number of)\s+|two\s+|three\s+|"
    r"some\s+|a\s+)?(?:new|more)\s+(?:[\w-]+\s+)?(?:clients|customers|patients|students|"
    r"families|accounts|projects|members|businesses)\b"
    r"|\b(?:i|we)(?:['’]ve(?:\s+got)?\s+|\s+(?:\w+\s+){0,2}?(?:have|['’]ve got|got)\s+)"
    r"(?:room|space|capacity)\s+"
    r"for\s+(?:one|two|three|four|a few|a couple(?: of)?|\d+)\s+(?:more\s+)?(?:new\s+)?"
    r"(?:clients|customers|patients|students|families|accounts|projects|businesses|farms|"
    r"orchards|households|homes|houses|practices|companies|sites|properties|offices|venues)\b"
    r"|\b(?:i|we)(?:['’]ve| have)?\s+(?:just\s+)?opened\s+up\s+(?:a few|a couple of|\w+)\s+"
    r"(?:more\s+|new\s+)?(?:[\w-]+\s+)?(?:spots|slots|openings|places|sessions|appointments)\b",
    re.IGNORECASE,
)


def _availability(doc: Doc) -> list[Span]:
    return _matched(_AVAILABILITY, doc)


# What a friend shops for: "in the market for a celebration dinner", "shopping around for a
# puppy". No trade sells it to them.
_LEISURE = {
    "dinner",
    "lunch",
    "brunch",
    "breakfast",
    "drink",
    "coffee",
    "party",
    "celebration",
    "holiday",
    "vacation",
    "trip",
    "getaway",
    "puppy",
    "dog",
    "cat",
    "kitten",
    "pet",
    "book",
    "novel",
    "recipe",
    "restaurant",
    "bar",
    "hike",
    "game",
    "movie",
    "show",
    "concert",
    "gift",
    "present",
    "hobby",
    "buddy",
    "friend",
    "partner",
}


def _shopping_for_fun(span: Span) -> bool:
    """ "Are you in the market for a celebration dinner?": the first noun after it is leisure."""
    doc = span.doc
    for token in doc[span.end : min(span.end + 5, len(doc))]:
        if token.is_punct:
            return False
        if token.pos_ in ("NOUN", "PROPN"):
            return token.lemma_.lower() in _LEISURE
    return False


def _no_cost(span: Span) -> bool:
    """ "a no-cost assessment", "at no cost": nothing is priced."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    return span[0].lower_ in ("cost", "costs", "fee", "fees") and (
        before[-1:] == ["no"] or before == ["no", "-"]
    )


def _filled_with_life(span: Span) -> bool:
    """ "My calendar is filling up with school plays": a full life, not a sales calendar."""
    if not any(t.lemma_.lower() in ("fill", "book") for t in span):
        return False
    after = span.doc.text[span.end_char : span.end_char + 40].lower()
    words = re.findall(r"[\w']+", after)
    if words[:1] == ["up"]:
        words = words[1:]
    business = {"clients", "customers", "projects", "sessions", "appointments", "bookings", "jobs"}
    return words[:1] == ["with"] and not business & set(words[1:4])


def _market(span: Span) -> bool:
    return any(t.lower_ == "market" for t in span)


# "are you happy with where you're living?", "do you like your current place?": a question
# about whether they would change their home, provider or plan.
_HAPPY_WITH = re.compile(
    r"\b(?:are|r) (?:you|u) (?:\w+ )?(?:happy|satisfied|content|thrilled)\s+with\s+"
    r"(?:where (?:you(?:'re|’re| are)|u r) (?:living|staying|renting)|where you live"
    r"|(?:your|ur) (?:current |present |existing )?\w+)"
    r"|\b(?:do|would) you (?:\w+ )?(?:like|love) (?:your|ur) (?:current|present|existing) \w+",
    re.IGNORECASE,
)


def _happy_with_probes(doc: Doc) -> list[Span]:
    """The question clause of each "are you happy with where you're living?" in the doc."""
    found = []
    for sent in doc.sents:
        if not sent.text.rstrip().endswith("?"):
            continue
        match = _HAPPY_WITH.search(sent.text)
        if match is None:
            continue
        start = sent.start_char + match.start()
        span = doc.char_span(start, sent.end_char, alignment_mode="expand")
        if span is None:
            continue
        if span[-1].text == "?":
            span = span[:-1]
        found.append(span)
    return found


def _review_asked_of_them(span: Span) -> bool:
    """ "Would you mind leaving me a review?" asks them; "I left you a review" and "you left
    such a kind review" tell what someone already did, and "I'll write you a testimonial" is
    the writer's own offer."""
    if any(t.lower_ in ("free", "complimentary") for t in span):
        return False  # "happy to do a free review for Imran": the writer's service, no rating
    verb = span[0] if span[0].pos_ in ("VERB", "AUX") else span.root
    hypothetical = any(c.lower_ == "if" for c in verb.children)  # "if you wrote us one"
    if verb.tag_ in ("VBD", "VBN") and not hypothetical:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(is_first_person(c) for c in subjects)


def _link_to_the_ask(doc: Doc, spans: dict[str, list[Span]]) -> None:
    """ "Would you leave me a review? Here's the link": a link handed over right after an
    ask is the way to do what was asked, not a gift."""
    asked = {s.sent.end for name in ASKS for s in spans.get(name, [])}
    spans["give"] = [
        s
        for s in spans.get("give", [])
        if not (s.sent.start in asked and any(t.lower_ == "link" for t in s))
    ]


def _conditional(span: Span) -> bool:
    """ "Let me know when you're ready", "reach out if you want better photos": a standing
    invitation to come to you when they buy, not "let me know if you'd like to meet"."""
    words = [t.lower_ for t in span.sent]
    return any(w in ("if", "when", "whenever", "once") for w in words) and any(
        w in ("ready", "ever", "decide", "need", "needs", "want", "wants", "looking") for w in words
    )


def _sizing_up(setups: list[Span]) -> list[Span]:
    """ "Does the bakery have someone sorting out its instagram?", "are you guys still doing
    stock on spreadsheets?": asking how their business does a job now, about its marketing,
    its billing or the shop itself, sizes them up as a buyer. "Do you have someone to walk
    the dog?" names no business and no job a business buys."""
    found: list[Span] = []
    for setup in setups:
        sent = setup.sent
        words = [t for t in sent if not t.is_space]
        if not words or not (words[-1].text == "?" or any(t.lower_ == "still" for t in words)):
            continue
        if not any(_their_business_word(t) for t in sent):
            continue
        start = greeting_end(sent) or sent.start
        span = sent.doc[max(start, sent.start) : sent.end]
        if span not in found:
            found.append(span)
    return found


# "are your clinics PHIPA compliant?", "is the office backed up?", "are you covered for
# ransomware?": whether their business meets a rule or is protected is what a compliance or
# security seller asks a prospect.
_COVERED = re.compile(
    r"\b(?:are|is|r)\s+(?:you|u|your\s+(?:\w+\s+){0,2}?\w+|the\s+(?:\w+\s+)?"
    r"(?:office|offices|clinic|clinics|shop|store|practice|business|company|firm|site|network|"
    r"systems?|servers?|data))\s+(?:all\s+|fully\s+|properly\s+|still\s+|already\s+)?(?:"
    r"(?:\w+\s+)?compliant|compliance[- ]ready|covered\s+(?:for|against)|insured\s+(?:for|against)"
    r"|backed\s+up|(?:fully\s+)?patched|encrypted|protected\s+(?:from|against)|audited"
    r"|up\s+to\s+(?:date|code))\b",
    re.IGNORECASE,
)
# "I noticed your POS and cameras are pretty old", "I saw that your website looks outdated":
# a remark on the state of what they run sizes it up for replacing.
_WORN = re.compile(
    r"\bI\s+(?:noticed|saw|see|notice|spotted|could tell)\s+(?:that\s+)?(?:your|ur)\s+"
    r"[^.!?]{1,50}?\b(?:is|are|looks?|seems?|seem|'s|'re)\s+(?:\w+\s+){0,2}?(?:old|outdated|"
    r"dated|ancient|slow|ageing|aging|out\s+of\s+date|clunky|obsolete|insecure|behind)\b",
    re.IGNORECASE,
)


def _checks_on_them(doc: Doc) -> list[Span]:
    """Questions on whether their business is compliant or covered, and remarks on how old
    their equipment is: the set-up of a sale, never curiosity about them."""
    found: list[Span] = []
    for sent in doc.sents:
        text = sent.text
        covered = _COVERED.search(text) if "?" in text else None
        for match in (covered, _WORN.search(text)):
            if match is None:
                continue
            span = doc.char_span(
                sent.start_char + match.start(),
                sent.start_char + match.end(),
                alignment_mode="expand",
            )
            if span is not None:
                found.append(span)
    return found


def _their_business_word(token: Token) -> bool:
    """ "its billing", "your practice", "the salon", "you guys", "HR": their business or one
    of its jobs, as opposed to a friend's hobby."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    owners = ("your", "its", "their", "the")
    if token.lower_ in _FUNCTIONS and before in ("your", "its", "their"):
        return True
    if token.lower_ in _OFFICE_JOBS:
        return True
    if token.lower_ in ("team", "staff", "crew"):
        return before == "your"
    if token.lower_ in _SETUP and token.lower_.startswith("spreadsheet"):
        return True
    if (token.lower_ in _WORKPLACES or token.lower_ in _SHOPS) and before in owners:
        return True
    return token.lower_ == "guys" and before == "you"


def _to_deal_with(span: Span) -> bool:
    """ "a pain to deal with" is coping, not a bargain."""
    token = span[0]
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ == "deal" and (token.pos_ == "VERB" or after == "with")


_PLACE_OFFERING = re.compile(
    r"^\W*(?:(?:btw|by the way|also|oh|and|ps|p\.s\.)\W+)?(?:the|that|this)\s+(?:[\w'’-]+\s+)?"
    r"(\w+)(?:\s+(?:on|near|by|at|in|down|across|around)\s+[^,.!?;]*?)?\s+(?:is|are|has|have)"
    r"\s*$",
    re.IGNORECASE,
)


def _someone_elses_offer(span: Span) -> bool:
    """A sale or a deadline whose subject is a public place or someone close to them ("the
    library has a sale", "my brother's café is half price today"), not the writer."""
    head = span.root
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    for subject in head.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.lower_ in ("our", "my") and c.dep_ == "poss" for c in subject.children):
            return False
        if subject.lemma_.lower() in _PUBLIC or subject.lemma_.lower() in _OTHERS:
            return subject.lower_ not in ("they", "he", "she")
    # A parse that misses the subject ("Btw the bakery on your new street is running a
    # special"): the words before the offer in its sentence name the public place.
    before = span.doc.text[span.sent.start_char : span.start_char]
    place = _PLACE_OFFERING.search(before)
    return place is not None and place.group(1).lower() in _PUBLIC


# Where a free thing passed on comes from, said after it ("the free back-care plan on the ACC
# website"), and who found or vouches for it, said before it ("a mate swore by", "I came
# across"): someone else's, so it is a tip, not a sales hook.
_FROM_ELSEWHERE = re.compile(
    r"^[^,.!?;]{0,30}?\b(?:on|from|at|through|via)\s+(?:the|a|their|his|her)\s+"
    r"[^,.!?;]{0,30}?\b(?:site|website|app|page|channel|podcast|blog|library|council)\b",
    re.IGNORECASE,
)
_VOUCHED = re.compile(
    r"\b(?:swore|swears|swear|raved|raves|rave)\s+(?:by|about)\b"
    r"|\b(?:came|come|stumbled)\s+(?:across|upon|on)\b|\brecommended\b|\bput me on(?:to| to)\b",
    re.IGNORECASE,
)


def _found_elsewhere(span: Span) -> bool:
    """A free thing someone else provides, passed on as a tip; "our free plan on our
    website" is still yours."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("our", "my"):
        return False
    after = doc.text[span.end_char : span.sent.end_char]
    before = doc.text[span.sent.start_char : span.start_char]
    return bool(_FROM_ELSEWHERE.match(after) or _VOUCHED.search(before))


def _how_to(span: Span) -> bool:
    """A walk-through of how something is done is a hand, not a sales visit."""
    doc = span.doc
    return span[-1].lower_ == "through" and span.end < len(doc) and doc[span.end].lower_ == "how"


# What everyone pays for and talks about ("fertiliser prices", "power prices"): prices in
# the news. Not houses or mortgages, which a trade's market talk sells.
_GOODS_IN_THE_NEWS = {
    "power",
    "petrol",
    "fuel",
    "diesel",
    "electricity",
    "energy",
    "gas",
    "food",
    "grocery",
    "fertiliser",
    "fertilizer",
    "feed",
    "milk",
    "beef",
    "wool",
    "egg",
    "coffee",
}


def _prices_in_the_news(span: Span) -> bool:
    """ "With fuel prices so high…": what the world charges, not what the writer sells."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].lower_ in ("price", "prices", "costs", "cost")
        and span.start > 0
        and doc[span.start - 1].lemma_.lower() in _GOODS_IN_THE_NEWS
    )


def _a_commissioned_work(span: Span) -> bool:
    """ "a commission" is a piece of work ordered from an artist; a fee is "my commission"."""
    return (
        span.text.lower() == "commission"
        and span.start > 0
        and span.doc[span.start - 1].lower_ in ("a", "another", "the")
    )


def _rates_it(span: Span) -> bool:
    """ "rates" as a verb ("my physio friend rates the programme") says what someone thinks
    of something, not what it costs."""
    word = span[0]
    return len(span) == 1 and word.lower_ in ("rate", "rates", "rated") and word.pos_ == "VERB"


def _thanked_for(span: Span) -> bool:
    """ "Thank you for sending the Patels my way" thanks them for a referral they made; it
    asks for nothing."""
    first = span[0]
    before = [t.lower_ for t in span.doc[max(span.sent.start, first.i - 6) : first.i]]
    return (
        first.tag_ in ("VBG", "VBD", "VBN")
        and "for" in before
        and (any(w.startswith("thank") or w in ("grateful", "appreciate") for w in before))
    )


_THANKING = ("thank", "grateful", "appreciat")


def _intro_thanked(span: Span) -> bool:
    """ "Thanks a million for the introduction", "cheers for the intro", "so grateful for the
    introduction": an intro they made, thanked for; "happy to make an intro" is the writer's."""
    if span[-1].lower_ not in ("intro", "introduction"):
        return False
    before = [t.lower_ for t in span.doc[max(span.sent.start, span.start - 6) : span.start]]
    thanked = any(w.startswith(_THANKING) or w in ("cheers", "ta") for w in before)
    return "for" in before and thanked


def _said_shorter(span: Span) -> bool:
    """ "I only have two slots left": the phrase to show is "two slots left", which its own
    pattern finds; "our crew has a few openings" has no shorter form."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return span[0].lower_ in ("i", "we", "our", "my") and after in ("left", "remaining", "remain")


def _something_else_ends(span: Span) -> bool:
    """ "The honey tasting ends Sunday" is news; "our rebate ends Sunday", "the offer
    expires Friday" and "it ends Sunday" press: what ends must be an offer or yours."""
    verb = span[0]
    if verb.lemma_.lower() not in ("end", "expire"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    words = {t.lower_ for s in subjects for t in s.subtree}
    return not words & _OFFERS_THAT_END


def _in_charge_of_something_else(span: Span) -> bool:
    """ "Who is in charge of marketing spend?" looks for a buyer; "who is in charge of the
    gardens?" for someone to compliment."""
    words = [t.lower_ for t in span]
    if not ({"charge", "responsible"} & set(words)):
        return False
    doc = span.doc
    after = [t for t in doc[span.end : min(span.end + 5, span.sent.end)] if not t.is_punct]
    if not after or after[0].lower_ not in ("of", "for"):
        return False
    return not any(t.lower_ in _FUNCTIONS or t.lower_ in _DECIDE for t in after)


def _drop_overlapping(spans: dict[str, list[Span]], loser: str, winners: Iterable[str]) -> None:
    strong = [s for w in winners for s in spans.get(w, [])]
    spans[loser] = [
        s for s in spans.get(loser, []) if all(s.end <= o.start or s.start >= o.end for o in strong)
    ]


def _longest(spans: list[Span]) -> list[Span]:
    """Overlapping matches of one feature count once (the longest)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _sentences_with(doc: Doc, spans: dict[str, list[Span]], names: Iterable[str]) -> set[int]:
    return {s.sent.start for n in names for s in spans.get(n, [])}


def _about_someone_else(span: Span) -> bool:
    """ "who works with a lot of contractors", said of my friend the CPA, describes her work;
    it is no ask of mine."""
    verbs = list(span)
    head = span.root
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    verbs.append(head)
    for verb in verbs:
        for subject in verb.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and _third_party(_antecedent(subject)):
                return True
    return False


def _their_own_plans(span: Span, pressure: bool) -> bool:
    """ "Are you signing up for the full marathon?" asks about their plans, and "How are the
    classes filling up?" about their news: pressure needs someone pressing."""
    sent = span.sent
    asks_them = (
        sent.text.rstrip().endswith("?")
        and _opens_a_question(sent)
        and not any(t.lower_ in _FIRST for t in sent)
    )
    if pressure and asks_them:
        return True
    for token in span:
        subjects = [c.lower_ for c in token.children if c.dep_ == "nsubj"]
        if token.tag_ == "VBG" and "you" in subjects:
            return True
        if (
            token.lemma_ == "sign"
            and "i" in subjects
            and token.nbor(1).lower_ == "up"
            and not any(t.lower_ in _SECOND for t in token.subtree if t.i > token.i)
        ):
            return True  # "I'm signing up for the fall one": the writer's own plans
    return False


def _opens_a_question(sent: Span) -> bool:
    """ "How are the classes filling up?" and "Are the seats going fast?" are questions; "Only
    three sessions left, want one?" is a claim with an offer tacked on."""
    start = greeting_end(sent)
    words = [t for t in sent if not t.is_space and not t.is_punct and t.i >= (start or 0)]
    if not words:
        return False
    first = words[0]
    return first.tag_ in ("WRB", "WP", "WP$", "WDT") or first.lemma_.lower() in _AUXILIARIES


# What names a trade in an offer of help; "help with anything", "with the move" name none.
_SERVICE_WORDS = frozenset(
    {
        *_PROMO_NOUNS,
        *_FUNCTIONS,
        *_OFFICE_JOBS,
        *("tax", "taxes", "insurance", "mortgage", "pension", "slots", "audit", "quote"),
    }
) - {"plan", "plans"}


def _offers_a_service(span: Span) -> bool:
    """ "if I can help with your bookkeeping" offers what the writer sells; "if I can help
    with anything" or "with your parents' move" is a general offer, a give."""
    if span[0].lower_ != "if":
        return False
    after = span.doc[span.end : span.sent.end]
    return any(t.lower_ in _SERVICE_WORDS or t.lemma_.lower() in _SERVICE_WORDS for t in after)


# "if you want company" is a friend along, not a firm.
_KEEPING_COMPANY = frozenset({"company"})


def _claims_a_service(verb: Token) -> bool:
    """ "We help…", "I design…" (what you do), "we're offering…" (what you sell now) and "we
    can insure…" (what you could do for them) are claims; "Could I buy you a coffee?",
    "I'll save you a spot", "I'd happily work a wedding" and "I'm working on my novel" are
    favours, plans and news."""
    modals = [c.lower_ for c in verb.children if c.tag_ == "MD"]
    if verb.lemma_.lower() == "work" and not any(c.lower_ == "with" for c in verb.children):
        return False  # "I work in marketing" says where; "I work with contractors", for whom
    if verb.tag_ in ("VBP", "VBZ"):
        return not modals
    if verb.tag_ == "VBG":
        return verb.lemma_.lower() in _OFFERING
    if verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _LAUNCHES and not modals:
        return True  # "we just launched a new insurance product": news that sells
    asks = verb.sent.text.rstrip().endswith("?")
    if verb.lemma_.lower() == "help" and not asks:
        # "I could help you refinance the rental" offers a trade; "I could help you set up
        # the bake sale table" is a hand offered.
        said = " ".join(t.text for t in verb.subtree)
        trade = {t.lemma_.lower() for t in verb.subtree} & _SERVICE_WORDS - _KEEPING_COMPANY
        if not (trade or _TRADE_ASKED.search(said)):
            return False
    return not asks and any(m in ("can", "could") for m in modals)


def _intros_to_sell(doc: Doc, promoted: list[Span]) -> list[Span]:
    """ "Could you introduce me to your landlord so I can pitch him?" or "…introduce me to
    your CFO? I'd love to show her our software": an introduction asked for in order to sell
    to whoever it is, in the same sentence or the next. The phrase is the ask for the intro
    (with its "so I can…" when it says so). After a claim of what you do ("we supply laundry
    services…"), "I'd appreciate an intro to the new owners" asks for one to sell to them."""
    found = []
    sentences = list(doc.sents)
    for n, sent in enumerate(sentences):
        before = sentences[n - 1] if n else None
        claimed = any(
            p.start >= s.start and p.end <= s.end
            for p in promoted
            for s in (sent, before)
            if s is not None
        )
        for noun in sent:
            if claimed and _intro_wanted(noun):
                found.append(doc[noun.i : noun.right_edge.i + 1])
        for verb in sent:
            if verb.lemma_.lower() not in _INTRODUCE:
                continue
            me = [c for c in verb.children if c.lower_ in ("me", "us")]
            if not me:
                continue
            end = sent.end
            while end > verb.i + 1 and doc[end - 1].is_punct:
                end -= 1
            here = doc[verb.i : end]
            after = sentences[n + 1] if n + 1 < len(sentences) else None
            if _sells(here):
                found.append(here)
            elif after is not None and _sells(after):
                to = [c for c in verb.children if c.lower_ == "to"]
                stop = to[0].right_edge.i + 1 if to else verb.i + 2
                found.append(doc[verb.i : stop])
    return found


# What the writer says they would welcome: "I'd appreciate an intro", "grateful for an
# introduction", "love an introduction".
_WELCOME = {"appreciate", "grateful", "love", "welcome", "value"}


def _intro_wanted(noun: Token) -> bool:
    """ "an introduction" that the writer asks for ("I'd be grateful for an introduction")."""
    if noun.lower_ not in ("introduction", "intro", "introductions", "intros"):
        return False
    head = noun.head.head if noun.head.dep_ == "prep" else noun.head
    if head.lemma_.lower() not in _WELCOME and head.lower_ not in _WELCOME:
        return False
    return any(t.lower_ in ("i", "we") for t in noun.sent if t.i < noun.i)


def _sells(span: Span) -> bool:
    """Does the writer pitch, sell or show something of theirs here ("so I can pitch him",
    "I'd love to show her our software")?"""
    for token in span:
        if token.lemma_.lower() not in _SELL_VERBS:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.dep_ == "xcomp":
            subjects += [c for c in token.head.children if c.dep_ == "nsubj"]
        mine = any(t.lower_ in ("our", "my") for t in token.subtree)
        if any(c.lower_ in ("i", "we") for c in subjects) and (
            mine or token.lemma_.lower() in ("pitch", "sell")
        ):
            return True
    return False


def _favour_asked(sent: Span) -> bool:
    """ "Any chance you'd introduce me to your landlord?", "Could you send a few clients my
    way?": the question asks them to do something for the writer, so it is no question
    about them. Nor is "Would you be keen on doing a logo for my business?": it hires them."""
    start = greeting_end(sent) if sent.start == 0 else None
    asked = sent.doc[start or sent.start : sent.end].text
    if _HIRING_ASK.match(asked) and re.search(r"\bfor (?:my|our)\b", asked, re.IGNORECASE):
        return True
    for token in sent:
        if token.lemma_.lower() not in _FAVOURS:
            continue
        if any(c.lower_ in ("me", "us") for c in token.children):
            return True
        if any(
            c.lower_ in ("to", "for") and any(g.lower_ in ("me", "us") for g in c.children)
            for c in token.children
        ):
            return True
        if "my way" in sent.text.lower() or "our way" in sent.text.lower():
            return True
    return False


def _antecedent(subject: Token) -> Token:
    """Who "who" is in "my friend is a CPA who works with…": the friend."""
    if subject.lower_ not in ("who", "that", "which") or subject.head.dep_ != "relcl":
        return subject
    noun = subject.head.head
    if noun.dep_ in ("attr", "appos"):
        owners = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if owners:
            return owners[0]
    return noun


def _third_party(token: Token) -> bool:
    if token.lower_ in _FIRST or token.lower_ in _SECOND:
        return False
    return token.pos_ == "PROPN" or token.lower_ in _OTHERS or token.lemma_.lower() in _OTHERS


def _who_did(span: Span) -> bool:
    """ "Who handles facilities at your school?" asks who is responsible; "Who did the artwork
    in your lobby?" asks who made something once."""
    first = span[0]
    return (
        first.lower_ == "who"
        and first.i + 1 < len(span.doc)
        and span.doc[first.i + 1].tag_ == "VBD"
    )


# "a big deal", "such a huge deal", "no big deal": how much something matters.
_HOW_MUCH = {"great", "good", "big", "huge", "massive", "major", "real"}


def _a_great_deal(span: Span) -> bool:
    """ "It would mean a great deal" is how much, and so are "that's a big deal" and "no big
    deal"; "what a deal!" is an exclamation; "a great deal on tires" is a price."""
    doc = span.doc
    if span.text.lower() != "deal" or span.start == 0:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, span.start - 5) : span.start]]
    if before[-2:] == ["what", "a"]:
        return after in ("", "!", ".", ",", "?", "lol", "haha")  # "What a deal!"
    if "you" in before or "u" in before:
        return False  # "I can get you a really good deal" is an offer
    if after in ("on", "with"):
        return False  # "a big deal on tires"
    previous = doc[span.start - 1].lower_
    if previous not in _HOW_MUCH:
        return False
    # "a big deal for your family" matters to them; "a great deal for new clients" sells.
    return after != "for" or previous not in ("great", "good")


_BUDGET_NEWS = {
    "approve",
    "get",
    "pass",
    "sign",
    "agree",
    "confirm",
    "clear",
    "cut",
    "freeze",
    "grant",
    "increase",
    "raise",
    "double",
    "land",
    "secure",
    "finalise",
    "finalize",
}


def _budget_news(span: Span) -> bool:
    """ "the budget got approved", "their budget was cut": news about a budget, not your price.
    Only "budget" alone, with such a verb within three words either side."""
    if span.text.lower() not in ("budget", "budgets") or len(span) != 1:
        return False
    doc = span.doc
    near = doc[max(0, span.start - 3) : min(len(doc), span.end + 3)]
    return any(t.lemma_.lower() in _BUDGET_NEWS and t.tag_ in ("VBD", "VBN") for t in near)


def _about_their_topic(span: Span) -> bool:
    """ "your article on pricing strategy" is their subject, not your price list."""
    token = span.root
    for _ in range(4):
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in token.children):
            return True
        if token.dep_ not in ("compound", "pobj", "prep", "amod") or token.head is token:
            return False
        token = token.head
    return False


def _links(doc: Doc) -> list[Span]:
    return [doc[t.i : t.i + 1] for t in doc if t.like_url or t.like_email]


_HOMEPAGE = re.compile(
    r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,3}){1,2}/?$", re.IGNORECASE
)
_OTHERS_SITE = {"his", "her", "their", "your", "its"}


def _homepage(span: Span) -> bool:
    """ "movewellphysio.co.uk", "www.pawsandgo.co.uk": a bare homepage, not an email, a page
    ("…/recipes/parkin") or someone else's site ("their site is …")."""
    if span[0].like_email or not _HOMEPAGE.match(span.text):
        return False
    before = span.doc[max(span.sent.start, span.start - 6) : span.start]
    return not any(t.lower_ in _OTHERS_SITE for t in before)


def _is_scheduling(url: str) -> bool:
    lowered = url.lower()
    return any(marker in lowered for marker in _SCHEDULING_URL)


# What of their family's a planner or an agent sells into: "your kids' college".
_FAMILY_MONEY = {
    "college",
    "tuition",
    "education",
    "university",
    "savings",
    "fund",
    "future",
    "insurance",
    "retirement",
    "mortgage",
    "inheritance",
}


def _possessions(doc: Doc) -> dict[str, list[Span]]:
    """Whose thing is "your …": their family and passions, or their business as a prospect."""
    found: dict[str, list[Span]] = {}
    for token in doc:
        if token.lower_ != "your" or token.dep_ != "poss":
            continue
        owned = token.head
        lemma = owned.lemma_.lower()
        if owned.dep_ == "poss" and owned.head.lower_ in _FAMILY_MONEY:
            # "your kids' college", "your family's insurance": what is sized up is the money
            found.setdefault("your_business", []).append(doc[token.i : owned.head.i + 1])
            continue
        if owned.lower_ in _BUSINESS_NOUNS:
            name = "your_business"
        elif lemma in _PERSONAL_NOUNS or owned.lower_ in _PERSONAL_NOUNS:
            name = "personal_detail"
        elif lemma in _BUSINESS_NOUNS:
            name = "your_business"
        else:
            continue
        if name == "your_business" and _inside_thanks(token):
            continue  # "thanks a million for the intro to your HR team": what they did for you
        lo, hi = min(token.i, owned.i), max(token.i, owned.i)
        found.setdefault(name, []).append(doc[lo : hi + 1])
    return found


# Thanks in many Englishes, and the words that turn a sentence from the thanks to something else.
_THANKS_WORDS = ("thank", "grateful", "appreciat", "cheers", "mahalo", "merci", "danke")
_TURNS = {"but", "while", "also", "btw", "anyway", "how", "who", "what", "does", "do", "is"}


def _inside_thanks(your: Token) -> bool:
    """ "cheers for the intro to your finance team", "thank you for introducing me to your IT
    department": their team is named in what they are thanked for, with no turn between the
    thanks and it ("thanks for the intro, and who handles your payroll?" turns)."""
    before = [t.lower_ for t in your.doc[your.sent.start : your.i]]
    thanked_at = [i for i, w in enumerate(before) if w.startswith(_THANKS_WORDS) or w == "ta"]
    if not thanked_at or "for" not in before[thanked_at[0] :]:
        return False
    return not any(w in _TURNS for w in before[thanked_at[0] :])


# "Do you have a minute this week?", "Got a sec?", "Are you free Tuesday?": a question that
# asks for their time is about what the writer wants next, not about them.
_TIME_ASKED = re.compile(
    r"^\W*(?:(?:do|would|will) you have|have you got|you got|got|any chance you(?:'d| would)? "
    r"have)\s+(?:a|an|some|any|\d+|five|ten|fifteen|a few|a spare|a quick|a free)?\s*"
    r"(?:spare\s+|quick\s+|free\s+)?(?:minute|minutes|min|mins|sec|secs|second|moment|time)\b"
    r"|^\W*(?:are|r) (?:you|u) (?:free|around|available)\b",
    re.IGNORECASE,
)


def asks_for_time(sent: Span) -> bool:
    """ "Do you have a minute this week?", "Got a sec?": a question for their time."""
    start = greeting_end(sent) if sent.start == 0 else None
    words = [t for t in sent if not t.is_space and t.i >= (start or sent.start)]
    if not words or words[-1].text != "?":
        return False
    return _TIME_ASKED.match(sent.doc[words[0].i : sent.end].text) is not None


def _asks_about_them(sent: Span) -> bool:
    """A question about the other person: it ends in "?", it is about "you" (or someone of
    theirs), and the writer is not the one who would act ("Shall I send…?")."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    greeted = greeting_end(sent)
    if greeted is not None:
        words = [t for t in words if t.i >= greeted] or words
    if _TIME_ASKED.match(sent.doc[words[0].i : sent.end].text):
        return False  # "Do you have a minute this week?" asks for their time, not about them
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root]
    if any(t.lower_ in ("i", "we") for t in subjects):
        return False
    about_them = any(
        t.lower_ in _SECOND or t.lower_ in _THEIRS or t.lemma_.lower() in _FAMILY for t in sent
    )
    # "How's the marathon training going?" is about them even without a "you".
    opens_wide = words[0].lower_ in ("how", "what") and not any(t.lower_ in _FIRST for t in sent)
    return about_them or opens_wide


def _self_centred(doc: Doc) -> tuple[float, Span | None]:
    """How much more the message says I/we than you: 0 when balanced or about them."""
    first = [t for t in doc if t.lower_ in _FIRST]
    second = [t for t in doc if t.lower_ in _SECOND]
    if len(first) + len(second) == 0:
        return 0.0, None
    share = len(first) / (len(first) + len(second))
    value = max(0.0, share - 0.5) * 2
    if value <= 0 or len(first) < 3:
        return 0.0, None
    # The sentence that leans hardest on "I/we" is the phrase to show.
    worst = max(
        doc.sents,
        key=lambda s: sum(t.lower_ in _FIRST for t in s) - sum(t.lower_ in _SECOND for t in s),
    )
    return round(value, 3), worst


_GIVING = frozenset("chip sponsor donate give contribute pledge fund back support cover".split())


def _writer_gives_money(span: Span) -> bool:
    """ "We might be able to chip in as a sponsor", "I'd be glad to sponsor a table", "I can
    chip in for the raffle": the writer offers the money, which is a give, not an ask. Who
    gives is the subject of the giving verb at or before the phrase, found up its heads."""
    sent = span.sent
    for token in sent:
        if token.i >= span.end:
            break
        if token.pos_ != "VERB" or token.lemma_.lower() not in _GIVING:
            continue
        between = sent.doc[token.i : span.start]
        if any(t.lower_ in ("you", "your") for t in between):
            continue  # "give you a sponsorship deal": offered them, not money given
        head: Token | None = token
        for _ in range(4):
            if head is None:
                break
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                if subjects[0].lower_ in ("i", "we") and not _asked_of_them(sent):
                    return True
                break
            head = head.head if head.head is not head else None
    return False


# "Would you be keen on doing a logo for my business?", "Could you make one for my shop's
# opening?": work asked of them, for the writer; the writer's business is the client here.
_HIRING_ASK = re.compile(
    r"^\W*(?:(?:would|could|can|will)\s+(?:you|u)\b|(?:are|r)\s+(?:you|u)\s+"
    r"(?:keen|up for|free|able|available|taking)\b|any chance you)",
    re.IGNORECASE,
)


# What a question to them asks for the writer's business that is no work of theirs to be paid
# for: a testimonial or a share is a favour, a visit or a trial is the writer's sale.
_NO_HIRE = re.compile(
    r"\b(?:testimonials?|reviews?|ratings?|referrals?|intros?|introductions?|recommend\w*|"
    r"shout-?outs?|share|post|feature|mention|vote|try|check out|visit|join|sign up|come|"
    r"attend|consider|switch\w*|buy|book|use|invest\w*|sponsor\w*|donat\w*)\b",
    re.IGNORECASE,
)


def _work_asked_of_them(span: Span) -> bool:
    """Is "my business" (or "my company's new office") what the writer asks them to do
    work for, in a question to them? Then it hires them; it promotes nothing. "Could you
    write a testimonial for my editing services?" asks a favour for it, and still promotes."""
    sent = span.sent
    start = greeting_end(sent) if sent.start == 0 else None
    asked = sent.doc[start or sent.start : sent.end].text
    before = span.doc[max(sent.start, span.start - 1) : span.start].text.lower()
    return (
        "?" in sent.text
        and _HIRING_ASK.match(asked) is not None
        and not _NO_HIRE.search(sent.doc[sent.start : span.start].text)
        and (before == "for" or span.text.lower().startswith("for "))
    )


def _asked_of_them(sent: Span) -> bool:
    """ "Would we be able to count you in?" turns the offer into a question to them; "…chip
    in as a sponsor if you're still short" stays an offer: its "you" is in the condition."""
    return "?" in sent.text and any(
        t.lower_ in ("you", "your", "u") and t.dep_ in ("nsubj", "dobj") for t in sent
    )


# Greetings of other languages, said in English messages: "Kia ora Tama,", "Talofa Sione!".
_GREETING_PHRASES = (
    ("kia", "ora"),
    ("kia", "orana"),
    ("malo", "e", "lelei"),
    ("mālō", "e", "lelei"),
    ("talofa",),
    ("bula",),
    ("jambo",),
    ("salaam",),
    ("salam",),
    ("namaste",),
    ("sawubona",),
    ("mabuhay",),
)


def _greeted_in_words(words: list[Token]) -> bool:
    said = tuple(t.lower_ for t in words[:3])
    return any(said[: len(g)] == g for g in _GREETING_PHRASES)


def greeting_end(sent: Span) -> int | None:
    """Where an opening "Hi Sarah," (or "Kia ora Tama,") ends inside the first sentence, if it
    starts with one."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    greeted = words[0].lower_ in _GREETING or words[0].lower_ == "good"
    if not greeted and not _greeted_in_words(words):
        return None
    for token in words[:6]:
        if token.text in (",", "!", ":", "—", "-"):
            return token.i + 1
    return None


def is_first_person(token: Token) -> bool:
    return token.lower_ in _FIRST
