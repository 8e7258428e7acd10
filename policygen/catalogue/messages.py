"""The catalogue's phrases that reach a reader of the policy, listed for the translators.

They are kept as data (labels, descriptions, examples, names) and said through ``_`` where they are read
(policygen.catalogue.entry); policygen.i18n.catalogues lists them in the .pot from ``catalogue_messages``. Vocabularies
that only the wizard, ``check`` and ``explain`` show (developer-facing English) are not listed.
"""

from __future__ import annotations

from collections.abc import Iterator

_TERM_GROUPS = (
    # (module, vocabulary, what its label is, what its description is)
    ("purposes", "PURPOSES", "A purpose for which personal data is used (a table row's name).",
     "What the purpose means, completing \"We use it ...\" (starts with \"to\")."),
    ("purposes", "LEGAL_BASES", "A legal basis of GDPR Art. 6(1) (LGPD Art. 7), its official name.",
     "What the legal basis means, completing \"We rely on it because ...\"."),
    ("parties", "SOURCES", "Where personal data comes from (a list item's name).",
     "What the source means, a phrase (\"what you give us directly\")."),
    ("parties", "RECIPIENT_KINDS", "A kind of recipient of personal data (a list item's name).",
     "Who the recipients are, a phrase."),
    ("choices", "PROVIDER_KINDS", "What a provider does for us (a service kind's name).", ""),
    ("choices", "COOKIE_KINDS", "A kind of cookie (a table row's name).",
     "What cookies of this kind do, a phrase without a subject (\"[they] remember your choices\")."),
    ("choices", "TRACKING_TECHNOLOGIES", "A tracking technology (a table row's name).",
     "What the technology is, a phrase."),
    ("choices", "SECURITY_MEASURES", "A security measure (a table row's name).", "What the measure means, a phrase."),
    ("choices", "REQUEST_METHODS", "A way to send us a request.", "The way, completing \"You can ask us ...\"."),
    ("choices", "MARKETING_CHANNELS", "A channel marketing is sent through.", ""),
    ("choices", "OPT_OUT_METHODS", "A way to stop marketing.", "The way, an instruction to the reader."),
    ("choices", "CHANGE_NOTICES", "A way we tell people the policy changed.",
     "The way, completing \"We will ...\" (\"email you\")."),
    ("children", "INTERNAL_OPERATIONS", "A use COPPA counts as support for internal operations.",
     "The use, completing \"We use them only ...\" (starts with \"to\")."),
)


def catalogue_messages() -> Iterator[tuple[str, str, str]]:
    """Yields (file, message, comment for translators) for every catalogue phrase a policy reader can see."""
    import importlib

    from policygen.catalogue.categories import CCPA_CATEGORIES, DATA_CATEGORIES
    from policygen.catalogue.regions import US_STATES
    from policygen.catalogue.services import SERVICES
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS

    where = "policygen/catalogue/categories.py"
    for category in DATA_CATEGORIES.values():
        yield where, category.written_label, "A kind of personal data (a heading, list item or table cell)."
        yield where, category.written_examples, f"Typical examples of {category.written_label!r}, a list."
    for name in CCPA_CATEGORIES.written.values():
        yield where, name, ("A statutory category of personal information of the CCPA (Cal. Civ. Code "
                            "1798.140(v)(1)): translate descriptively, keeping the statute's category recognisable.")
    for module, vocabulary, label_note, description_note in _TERM_GROUPS:
        where = f"policygen/catalogue/{module}.py"
        terms = getattr(importlib.import_module(f"policygen.catalogue.{module}"), vocabulary)
        for term in terms.values():
            yield where, term.written_label, label_note
            if term.one_person_label:
                yield where, term.one_person_label, f"{label_note} For a business that is one person."
            if term.written_description:
                yield where, term.written_description, f"{description_note} {term.written_label!r}."
            if term.one_person_description:
                yield where, term.one_person_description, f"{description_note} For a business that is one person."
    where = "policygen/catalogue/regions.py"
    for name in US_STATES.written.values():
        yield where, name, "A US state's name."
    where = "policygen/catalogue/special_conditions.py"
    for condition in SPECIAL_CONDITIONS.values():
        yield where, condition.written_label, f"A condition of GDPR Art. 9(2)({condition.letter}), the law's own term."
        yield where, condition.written_description, (f"What Art. 9(2)({condition.letter}) means, completing \"we use "
                                                     "it because ...\".")
    where = "policygen/catalogue/services.py"
    for service in SERVICES.values():
        for cookie in service.cookies:
            yield where, cookie.written_purpose, f"What the cookie {cookie.name} is for (a table cell)."
            yield where, cookie.written_duration, "How long a cookie lasts (a table cell)."
