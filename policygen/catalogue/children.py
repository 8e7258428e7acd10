"""Children's vocabularies: the identifiers COPPA's internal-operations exception can cover, and the internal
operations the FTC's rule lists (16 CFR 312.2, "support for the internal operations of the website or online
service")."""

from __future__ import annotations

from policygen.catalogue.entry import Term

# Persistent identifiers and what a device sends: the only data the exception in 16 CFR 312.5(c)(7) can cover, and
# only when no other personal information is collected with them.
IDENTIFIER_CATEGORIES: tuple[str, ...] = ("online_identifiers", "device_information", "usage_data", "log_data")

# The activities 16 CFR 312.2 counts as support for internal operations, as read in the FTC's COPPA FAQ's quotation of
# the 2013 definition (the 2025 amendments' own wording of 312.2 was not read; LEGAL-CHECKLIST s.11 cites it). Each
# description completes "We use them only ..." and names the activity in plain words.
INTERNAL_OPERATIONS: dict[str, Term] = {
    "maintain_or_analyse": Term("Keeping the service working and checking how it works",
                                "to keep the service working and to check how well it works"),
    "network_communications": Term("Network communications", "to send and receive the data the service needs over "
                                   "the internet"),
    "authenticate_or_personalise": Term("Recognising a user or personalising content",
                                        "to recognise a returning user or keep their settings and content"),
    "contextual_ads": Term("Contextual ads", "to choose ads from the screen your child is on, not from what your "
                           "child has done before"),
    "frequency_capping": Term("Limiting how often an ad shows", "to limit how often the same ad is shown"),
    "security": Term("Security and integrity", "to protect the service and its users from misuse and attacks"),
    "legal_compliance": Term("Meeting legal duties", "to meet our legal and regulatory duties"),
    "child_request": Term("Answering a child's request", "to answer a request your child makes, as COPPA allows"),
}
