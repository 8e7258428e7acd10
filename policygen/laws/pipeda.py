"""Canada's PIPEDA (S.C. 2000, c. 5, Schedule 1), for people in Canada."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.i18n.speaking import N_
from policygen.laws import Element, InForce, Law, register
from policygen.laws.european import leaves


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"pipeda.{id_}", "pipeda", requirement, citation, clauses, **kw)


LAW = register(
    Law(id="pipeda", name="PIPEDA", applies=when("serves_canada"), people="people in Canada",
        # TRANSLATORS: the law's time to reply to requests, completing "For people in ..., " (it is also said on its
        # own as a sentence, capitalised).
        reply_time=N_("PIPEDA gives us 30 days to answer a request to see your information. In some cases we can "
                      "extend this by up to 30 more days, but we must tell you why within the first 30 days (PIPEDA "
                      "s. 8(3), 8(4))"),
        region=frozenset({"CA"}), region_label="Canada",
        # In force from 1 January 2001 for federally regulated businesses; from 1 January 2004 for every
        # organisation in commercial activity, the date policygen uses.
        in_force=InForce(datetime.date(2004, 1, 1), "PIPEDA implementation schedule, stage 3 (priv.gc.ca)")),
    [
        _e("accountable", "Name or title and address of the person accountable for privacy", "PIPEDA Sch. 1, 4.8.2(a)",
           ("contact", "canada-rights"),
           needs=lambda f: [] if f.a.organisation.privacy_officer else [
               ("organisation.privacy_officer", "no privacy officer is named (PIPEDA requires an accountable person)")]),
        _e("access", "How to get access to personal information", "PIPEDA Sch. 1, 4.8.2(b)",
           ("access-correct-delete", "canada-rights")),
        _e("types", "The types of personal information held and their general use", "PIPEDA Sch. 1, 4.8.2(c)",
           ("purposes",)),
        _e("related", "What is shared with related organisations", "PIPEDA Sch. 1, 4.8.2(e)", ("sharing",)),
        # The OPC's Guidelines for Processing Personal Data Across Borders (2009): say that data may be processed
        # abroad and reached there by courts and authorities (wording read from secondary sources only).
        _e("cross-border", "That data is processed outside Canada and may be accessed by foreign courts and "
           "authorities", "PIPEDA Sch. 1, 4.1.3, 4.8; OPC cross-border guidelines (2009)", ("transfers",),
           claims=("transfers.from-pipeda",), applies=leaves("pipeda", "Canada"),
           in_force=InForce(datetime.date(2009, 1, 1), "the OPC's Guidelines for Processing Personal Data Across "
                            "Borders, January 2009, as cited by secondary sources; the guidelines' own page was not "
                            "read", confirmed=False)),
    ],
)
