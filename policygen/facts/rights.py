"""How people use their rights."""

from __future__ import annotations

from policygen.facts import Facts, fact


@fact("a purpose relies on consent", reads=("purposes[*].legal_basis",))
def consent_basis(f: Facts) -> bool:
    return any(p.legal_basis == "consent" for p in f.a.purposes)


@fact("a purpose relies on legitimate interests", reads=("purposes[*].legal_basis",))
def legitimate_interests_basis(f: Facts) -> bool:
    return any(p.legal_basis == "legitimate_interests" for p in f.a.purposes)


@fact("a Data Protection Officer is designated", reads=("organisation.privacy_officer.is_dpo",))
def has_dpo(f: Facts) -> bool:
    officer = f.a.organisation.privacy_officer
    return officer is not None and officer.is_dpo


@fact("automated decisions are made", reads=("practices.automated_decisions",))
def automated_decisions(f: Facts) -> bool:
    return f.a.practices.automated_decisions is not None
