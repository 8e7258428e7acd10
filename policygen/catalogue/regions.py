"""The audiences a policy can serve, and the mechanisms that make transfers between regions lawful."""

from __future__ import annotations

from policygen.catalogue.entry import Names, Term

REGIONS: dict[str, Term] = {
    "eea": Term("European Economic Area", "people in the EU, Iceland, Liechtenstein and Norway (GDPR)"),
    "uk": Term("United Kingdom", "people in the UK (UK GDPR)"),
    "switzerland": Term("Switzerland", "people in Switzerland (Swiss FADP)"),
    "california": Term("California", "California residents (CCPA/CPRA, CalOPPA)"),
    "other_us_states": Term("Other US states", "residents of US states with their own privacy laws"),
    "brazil": Term("Brazil", "people in Brazil (LGPD)"),
    "canada": Term("Canada", "people in Canada (PIPEDA)"),
    "other": Term("Elsewhere", "people in other countries"),
}

# US states with a comprehensive consumer-privacy law besides California, named by postal code.
US_PRIVACY_STATES: Names = Names({
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "IN": "Indiana",
    "IA": "Iowa",
    "KY": "Kentucky",
    "MD": "Maryland",
    "MN": "Minnesota",
    "MT": "Montana",
    "NE": "Nebraska",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NV": "Nevada",
    "OR": "Oregon",
    "RI": "Rhode Island",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VA": "Virginia",
})

# US states with a consumer health data law and no comprehensive privacy law: a choice of audience whose law is only
# its health data law (policygen/laws/washington_health.py). Nevada and Connecticut have both kinds and are above.
US_HEALTH_DATA_STATES: Names = Names({
    "WA": "Washington",
})

# Every US state besides California the answers can name as an audience, in alphabetical order of code.
US_STATES: Names = Names(dict(sorted({**US_PRIVACY_STATES.written, **US_HEALTH_DATA_STATES.written}.items())))

# Canada's provinces and territories, by their postal abbreviations. Quebec has its own private-sector privacy law
# (policygen/laws/quebec.py).
CANADIAN_PROVINCES: dict[str, str] = {
    "AB": "Alberta",
    "BC": "British Columbia",
    "MB": "Manitoba",
    "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador",
    "NS": "Nova Scotia",
    "NT": "Northwest Territories",
    "NU": "Nunavut",
    "ON": "Ontario",
    "PE": "Prince Edward Island",
    "QC": "Quebec",
    "SK": "Saskatchewan",
    "YT": "Yukon",
}

TRANSFER_MECHANISMS: dict[str, Term] = {
    "adequacy": Term(
        "Adequacy decision", "the destination has been found to protect personal data adequately (GDPR Art. 45)"
    ),
    "sccs": Term(
        "Standard contractual clauses",
        "we sign the European Commission's standard contractual clauses with the recipient (GDPR Art. 46(2)(c))",
    ),
    "uk_addendum": Term(
        "UK transfer agreement",
        "we use the UK International Data Transfer Agreement or the UK Addendum to the standard clauses",
    ),
    "dpf": Term(
        "Data Privacy Framework",
        "the US recipient is certified under the EU-U.S. Data Privacy Framework and its UK and Swiss extensions",
    ),
    "anpd_clauses": Term(
        "Brazil's standard contractual clauses",
        "we sign the standard contractual clauses of Brazil's data protection authority (ANPD) with the recipient",
    ),
    "bcrs": Term("Binding corporate rules", "our group's binding corporate rules, approved by regulators (Art. 47)"),
    "consent": Term("Your consent", "you have explicitly agreed to the transfer after being told the risks (Art. 49)"),
    "contract_necessity": Term(
        "Needed for a contract", "the transfer is needed to perform a contract with you (GDPR Art. 49(1)(b))"
    ),
}
