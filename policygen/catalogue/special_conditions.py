"""The conditions under which the GDPR and the UK GDPR allow special category data to be used (Art. 9(2)), each in
the law's own words, and what the UK's Data Protection Act 2018 adds to them (s.10, Schedule 1).

Sources: the Art. 9(2) list as LEGAL-CHECKLIST s.12 summarises it and the GDPR's text as quoted by public references
(raw.githubusercontent.com ThomasMoreAI/legal-skills-open .../article-9-conditions.md); DPA 2018 Schedule 1 Part 1
as enacted (legislation.gov.uk/ukpga/2018/12/schedule/1/enacted).
"""

from __future__ import annotations

from dataclasses import dataclass

from policygen.i18n.speaking import _


@dataclass(frozen=True)
class SpecialCondition:
    letter: str
    """Its point of Art. 9(2): "a" to "j"."""
    written_label: str
    """The law's own term, for the wizard's choices and the policy ("Explicit consent"), as the library writes it
    (read ``label``)."""
    written_description: str
    """What it means, in plain words completing "we use it because ...", as the library writes it (read
    ``description``)."""
    uk_schedule_1: bool = False
    """The UK GDPR allows it only with a condition of the DPA 2018, Schedule 1 Part 1 or 2 (s.10(2)-(3))."""
    uk_policy_document: bool = False
    """That Schedule 1 condition needs an appropriate policy document in place (Schedule 1 Part 4, para 39): stated
    in para 1(1)(b) for employment law; for the substantial public interest conditions of Part 2 in most of them
    (ico.org.uk, LEGAL-CHECKLIST s.12; which ones exactly was not confirmed)."""

    @property
    def label(self) -> str:
        """The term in the language of the policy being written."""
        return _(self.written_label)

    @property
    def description(self) -> str:
        """The meaning in the language of the policy being written."""
        return _(self.written_description)


SPECIAL_CONDITIONS: dict[str, SpecialCondition] = {
    "explicit_consent": SpecialCondition(
        "a", "Explicit consent", "you have given your explicit consent to it for the purposes we name"),
    "employment_social_security": SpecialCondition(
        "b", "Employment, social security and social protection law",
        "we need it to meet our duties or use our rights under employment, social security or social protection "
        "law", uk_schedule_1=True, uk_policy_document=True),
    "vital_interests": SpecialCondition(
        "c", "Vital interests", "it is needed to protect your life or someone else's when you cannot give consent"),
    "not_for_profit_body": SpecialCondition(
        "d", "Not-for-profit body", "we are a not-for-profit body with a political, philosophical, religious or "
        "trade union aim and use it only about our members, former members or regular contacts"),
    "made_public": SpecialCondition(
        "e", "Manifestly made public", "you have clearly made it public yourself"),
    "legal_claims": SpecialCondition(
        "f", "Legal claims", "we need it to make, exercise or defend legal claims"),
    "substantial_public_interest": SpecialCondition(
        "g", "Substantial public interest", "it is needed for reasons of substantial public interest set out in "
        "law", uk_schedule_1=True, uk_policy_document=True),
    "health_social_care": SpecialCondition(
        "h", "Health or social care", "it is needed for preventive or occupational medicine, medical diagnosis, or "
        "providing health or social care or treatment, under a duty of confidentiality", uk_schedule_1=True),
    "public_health": SpecialCondition(
        "i", "Public health", "it is needed for reasons of public interest in the area of public health",
        uk_schedule_1=True),
    "archiving_research_statistics": SpecialCondition(
        "j", "Archiving, research and statistics", "it is needed for archiving in the public interest, scientific "
        "or historical research, or statistics, with safeguards", uk_schedule_1=True),
}
