"""Special category data (Art. 9) and criminal-offence data (Art. 10) under the GDPR and the UK GDPR: what the
notice must say about them, and the answers no wording can make lawful. The UK adds the Data Protection Act 2018's
Schedule 1 conditions (s.10). Sources: LEGAL-CHECKLIST s.12; legislation.gov.uk DPA 2018 Schedule 1 (Part 1
para 1, Part 3); GDPR Art. 7(4), 9, 10 as quoted by public references (see policygen/catalogue/special_conditions.py).
"""

from __future__ import annotations

from policygen.conditions import Condition
from policygen.laws import Check, Element, Gap


def _special(law_id: str, f) -> list[tuple[int, object]]:
    from policygen.facts.data import sensitive_for
    from policygen.laws import LAWS

    return [(i, c) for i, c in enumerate(f.a.data_categories) if sensitive_for(LAWS[law_id], c)]


def _has_special(law_id: str) -> Condition:
    return Condition(lambda f: bool(_special(law_id, f)), "a data category is special category data",
                     ("data_categories[*].category", "data_categories[*].sensitive"))


def _conditions_missing(law_id: str, prefix: str):
    def gaps(f) -> list[Gap]:
        return [(f"data_categories[{i}].special_category_condition",
                 f"'{c.label}' is special category data ({prefix} Art. 9(1)); its purposes have a legal basis under "
                 f"Art. 6, but no condition of Art. 9(2) is given (such as explicit consent)")
                for i, c in _special(law_id, f) if not c.special_category_condition]
    return gaps


def _criminal(f) -> list[tuple[int, object]]:
    return [(i, c) for i, c in enumerate(f.a.data_categories) if c.criminal_offences]


def _authority_missing(prefix: str):
    def gaps(f) -> list[Gap]:
        return [(f"data_categories[{i}].criminal_offence_authority",
                 f"'{c.label}' is about criminal convictions or offences, which {prefix} Art. 10 allows only under "
                 "official authority or a law that authorises it: name that law")
                for i, c in _criminal(f) if not c.criminal_offence_authority]
    return gaps


def _schedule_1_missing(f) -> list[Gap]:
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS

    found = []
    for i, c in _special("uk_gdpr", f):
        condition = SPECIAL_CONDITIONS.get(c.special_category_condition or "")
        if condition and condition.uk_schedule_1 and not c.uk_schedule_1_condition:
            found.append((f"data_categories[{i}].uk_schedule_1_condition",
                          f"'{c.label}' rests on {condition.label.lower()} (Art. 9(2)({condition.letter})), which the "
                          "UK allows only with a condition of the Data Protection Act 2018, Schedule 1 (s.10): name "
                          "it"))
    return found


def special_category_elements(law_id: str, prefix: str) -> list[Element]:
    def e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
        return Element(f"{law_id}.{id_}", law_id, requirement, citation, clauses, **kw)

    return [
        e("special-conditions", "For special category data, the condition of Art. 9(2) besides the legal basis",
          f"{prefix} Art. 13(1)(c), 9(2)", ("sensitive-data",), claims=("sensitive.special-conditions",),
          applies=_has_special(law_id), needs=_conditions_missing(law_id, prefix)),
        e("criminal-data", "For data about criminal convictions and offences, the law that authorises its use",
          f"{prefix} Art. 10", ("sensitive-data",), claims=("sensitive.criminal-data",),
          applies=Condition(lambda f: bool(_criminal(f)), "data about criminal convictions or offences is used",
                            ("data_categories[*].criminal_offences",)),
          needs=_authority_missing(prefix)),
    ]


def _policy_document_missing(f) -> list[Gap]:
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS

    found = []
    for i, c in _special("uk_gdpr", f):
        condition = SPECIAL_CONDITIONS.get(c.special_category_condition or "")
        if condition and condition.uk_policy_document and c.uk_policy_document is not True:
            found.append((f"data_categories[{i}].uk_policy_document",
                          f"'{c.label}' rests on {condition.label.lower()}, whose Schedule 1 condition needs an "
                          "appropriate policy document in place when the data is used (Data Protection Act 2018, "
                          "Schedule 1, paras 1(1)(b), 5, 39): say whether you keep one"))
    return found


UK_SCHEDULE_1 = Element(
    "uk_gdpr.schedule-1", "uk_gdpr", "For special category data resting on Art. 9(2)(b), (g), (h), (i) or (j), the "
    "condition of the Data Protection Act 2018, Schedule 1 that the UK also requires",
    "Data Protection Act 2018 s.10(2)-(3), Schedule 1 Parts 1-2", ("sensitive-data",),
    claims=("sensitive.special-conditions",),
    applies=Condition(lambda f: bool(_schedule_1_missing(f)) or any(
        line.uk_condition for line in f.special_condition_lines), "special category data rests on a condition the "
        "UK allows only with a Schedule 1 condition", ("data_categories[*].special_category_condition",)),
    needs=lambda f: _schedule_1_missing(f) + _policy_document_missing(f))


def _law_names(f) -> str:
    """The GDPR and/or the UK GDPR, whichever apply, by their English names (findings are in English)."""
    from policygen.laws import LAWS

    return " and ".join(LAWS[law].name for law in f.legal_basis_law_ids)


def _explicit_consent_not_consent_basis(f, _today) -> list[Gap]:
    from policygen.catalogue.purposes import LEGAL_BASES

    found = []
    for i, c in enumerate(f.special_category_data):
        if c.special_category_condition != "explicit_consent":
            continue
        other = [f"'{f.a.purpose(r).label}' ({LEGAL_BASES[f.a.purpose(r).legal_basis].label.lower()})"
                 for r in dict.fromkeys(c.purposes) if f.a.purpose(r).legal_basis not in (None, "consent")]
        if other:
            found.append((f"data_categories[{f.a.data_categories.index(c)}].special_category_condition",
                          f"'{c.label}' rests on explicit consent ({_law_names(f)} Art. 9(2)(a)), "
                          f"but it is used for {', '.join(other)}, whose legal basis is not consent: if people refuse "
                          "or withdraw consent that purpose cannot go on; make the basis consent, or answer the "
                          "Art. 9(2) condition that fits"))
    return found


def _consent_for_required_data(f, _today) -> list[Gap]:
    if not f.legal_basis_laws:
        return []
    found = []
    for i, c in enumerate(f.a.data_categories):
        if c.required is not True:
            continue
        # Data required for the service may also serve an optional purpose on consent (marketing): only data
        # collected on consent as a whole makes the service depend on consent.
        # The consent answer speaks of the GDPR's consent only for its special category data (elsewhere it is the
        # US states' consent for sensitive data, policygen/laws/us_states.py).
        on_consent = (c.consent is True and any(c is s for s in f.special_category_data)
                      or c.special_category_condition == "explicit_consent"
                      or all(f.a.purpose(r).legal_basis == "consent" for r in c.purposes))
        if on_consent:
            found.append((f"data_categories[{i}].required",
                          f"'{c.label}' is required to use the service but rests on consent: consent that the "
                          f"service depends on is not freely given ({_law_names(f)} Art. 7(4), "
                          "4(11)); make it optional, or rely on a basis other than consent"))
    return found


# One check for both laws, as the other GDPR-style checks (policygen/laws/general.py): each speaks of the laws that
# apply, and finds nothing where neither does.
SPECIAL_CATEGORY_CHECKS = [
    Check("explicit-consent-basis", "gdpr", "GDPR Art. 9(2)(a), 6(1); UK GDPR Art. 9(2)(a), 6(1)", "warning",
          _explicit_consent_not_consent_basis),
    Check("consent-for-required-data", "gdpr", "GDPR Art. 7(4); UK GDPR Art. 7(4)", "warning",
          _consent_for_required_data),
]
