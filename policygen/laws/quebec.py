"""Quebec's Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended
by Law 25 (S.Q. 2021, c. 25), for people in Quebec. It applies alongside PIPEDA: its elements here are the ones a
privacy policy must add for Quebec. Law 25 came into force in stages: the person in charge on 22 September 2022,
most notice duties on 22 September 2023."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Element, InForce, Law, register

ACT = "P-39.1"
PERSON_IN_CHARGE_RULE = InForce(datetime.date(2022, 9, 22), "Law 25, first stage: s. 3.1 in force 22 September "
                                "2022 (robic.ca; dww.com; cidprotect.ca; LEGAL-CHECKLIST s.16)")
# Most of Law 25 came into force on 22 September 2023 (dataguidance.com, ctrlweb.ca); the amended s. 8 bears
# "2021, c. 25, s. 107" on legisquebec.gouv.qc.ca. No source read gives s. 8.1's or s. 12.1's own date.
SECOND_STAGE = "Law 25, second stage: most provisions in force 22 September 2023 (dataguidance.com; ctrlweb.ca)"
NOTICE_RULE = InForce(datetime.date(2023, 9, 22), SECOND_STAGE)
SECOND_STAGE_UNREAD = InForce(datetime.date(2023, 9, 22), SECOND_STAGE + "; this section's own date not read",
                              confirmed=False)


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"quebec.{id_}", "quebec", requirement, f"{ACT} {citation}", clauses, **kw)


def _person_in_charge_missing(f) -> list:
    if f.a.organisation.privacy_officer:
        return []
    return [("organisation.privacy_officer", "no person in charge of the protection of personal information is named: "
             "by default it is the person with the highest authority in your enterprise; publish their title and "
             "contact (Quebec P-39.1 s. 3.1)")]


def _activation_missing(f) -> list:
    if f.a.practices.tracking_activation:
        return []
    return [("practices.tracking_activation", "you use technology that can identify, locate or profile people in "
             "Quebec: say how they turn those functions on (Quebec P-39.1 s. 8.1)")]


def _no_review(f) -> list:
    if f.automated_human_review:
        return []
    return [("practices.automated_decisions.human_review", "people in Quebec must be able to submit observations "
             "to a member of your staff who can review a decision made only by automated processing (Quebec P-39.1 "
             "s. 12.1)")]


LAW = register(
    Law(id="quebec", name="Quebec's private-sector privacy law", applies=when("serves_quebec"),
        people="people in Quebec",
        authority="the Commission d'accès à l'information du Québec (CAI)", authority_url="https://www.cai.gouv.qc.ca",
        # Assented to 15 June 1993, in force 1 January 1994 (the Act's header on legisquebec.gouv.qc.ca).
        in_force=InForce(datetime.date(1994, 1, 1), "P-39.1 in force 1 January 1994 (legisquebec.gouv.qc.ca)")),
    [
        _e("person-in-charge", "The title and contact of the person in charge of the protection of personal "
           "information, published", "s. 3.1", ("canada-rights",), claims=("quebec.person-in-charge",),
           needs=_person_in_charge_missing, in_force=PERSON_IN_CHARGE_RULE),
        _e("purposes", "The purposes for which information is collected", "s. 8(1)", ("purposes",),
           in_force=NOTICE_RULE),
        _e("rights", "The rights of access and rectification, and the right to withdraw consent", "s. 8(3)-(4)",
           ("canada-rights",), claims=("quebec.rights",), in_force=NOTICE_RULE),
        _e("outside-quebec", "That the information may be communicated outside Quebec", "s. 8 para. 2, 17",
           ("transfers",), claims=("transfers.from-quebec",), applies=when("leaves_quebec"), in_force=NOTICE_RULE),
        _e("technology", "Technology that can identify, locate or profile people, and how to turn those functions on",
           "s. 8.1", ("canada-rights",), claims=("quebec.technology",), applies=when("quebec_tracking_functions"),
           needs=_activation_missing, in_force=SECOND_STAGE_UNREAD),
        _e("automated", "Decisions made only by automated processing: the information used, the reasons and main "
           "factors on request, correction, and observations to a person who can review", "s. 12.1",
           ("automated-decisions",), claims=("automated.quebec",), applies=when("automated_decisions"),
           needs=_no_review, in_force=SECOND_STAGE_UNREAD),
    ],
)
