"""Proper nouns a note types in lower case that a line says with capitals (trial 33, a
Dublin recruiter: "a sysadmin at the hse", "sales for emea", "moving to cork").

Only words that are nobody's ordinary English: "sap", "ups", "ida" and "bray" are words or
names too, and stay as typed. Towns that are also words ("cork", "trinity") are in
PLACE_WORDS and get their capital only where they are said as places."""

from __future__ import annotations

# Bodies said by their capitals whose letters a no-vowel test misses ("ibm", "aib"):
# firms, banks, state bodies and universities.
ORG_ACRONYMS: frozenset[str] = frozenset(
    # Ireland's state bodies, banks and universities
    "hse esb rte aib ebs ptsb ucd ucc dcu tcd nuig ul atu tud rcsi gaa fai iru ibec "
    # firms and bodies known everywhere by their capitals
    "ibm aws hsbc ubs axa abb kpmg pwc bmw sas nyu ucla usc ucl lse mit unicef unesco "
    "nato oecd imf".split()
)

# Work's shorthand, always in capitals in a line: "sales for emea", "till q2", "a vp".
TERMS: dict[str, str] = {
    w: w.upper()
    for w in "emea apac latam dach nordics q1 q2 q3 q4 h1 h2 pb vp svp evp cto ceo cfo coo cpo "
    "cio cmo ciso kpi kpis okr okrs roi ipo b2b b2c saas sre qa ux ui".split()
} | {"cv": "CV", "cvs": "CVs", "kpis": "KPIs", "okrs": "OKRs", "nordics": "Nordics"}

# Towns, suburbs and universities that are never an ordinary word: "lives in rathmines".
TOWNS: dict[str, str] = {
    p.casefold(): p
    for p in (
        # Ireland: counties, towns, Dublin's suburbs, universities
        "Dun Laoghaire", "Dún Laoghaire", "Rathmines", "Ranelagh", "Rathgar", "Sandyford",
        "Smithfield", "Phibsborough", "Drumcondra", "Stoneybatter", "Clontarf", "Tallaght",
        "Malahide", "Howth", "Dundrum", "Blanchardstown", "Lucan", "Dogpatch", "Kilkenny",
        "Waterford", "Wexford", "Sligo", "Athlone", "Drogheda", "Dundalk", "Letterkenny",
        "Killarney", "Tralee", "Ennis", "Donegal", "Wicklow", "Kildare", "Maynooth",
        "Leitrim", "Roscommon", "Tipperary", "Offaly", "Westmeath", "Connemara", "Derry",
        # Poland, Spain, Brazil: where the trial's contacts come from
        "Kraków", "Krakow", "Wrocław", "Wroclaw", "Warsaw", "Gdańsk", "Gdansk", "Poznań",
        "Poznan", "Łódź", "Lodz", "Katowice", "Sevilla", "Seville", "Valencia", "Bilbao",
        "Málaga", "Malaga", "Recife", "Curitiba", "Belo Horizonte", "Porto Alegre",
    )
}  # fmt: skip

# Towns and universities that are ordinary words too: a capital only where said as a place.
PLACE_WORDS: dict[str, str] = {
    w: w.capitalize() for w in "cork trinity bray swords mayo clare kerry meath".split()
}
