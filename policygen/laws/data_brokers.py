"""US data broker laws: what a business that sells personal information about people it has no direct relationship
with must add to its privacy policy, and the consistency checks around it.

Each state defines a data broker its own way:
- California: "a business that knowingly collects and sells to third parties the personal information of a consumer
  with whom the business does not have a direct relationship" (Civil Code 1798.99.80(c); self-law.org).
- Texas: "a business entity that collects, processes, or transfers personal data that the business entity did not
  collect directly from the individual linked or linkable to the data" (Bus. & Com. Code 509.001(4) as amended by
  SB 2121, in force 1 September 2025), when in 12 months more than half its revenue, or revenue from the data of more
  than 50,000 people, comes from such data (509.003(a)); publicly available information is outside the chapter
  (509.002(b)(3)). Some code sources (findlaw.com, lexace.ai) now number the chapter 510; the statute pages and bills
  read here say 509, which the citations keep.
- Vermont: a business that knowingly collects and sells or licenses brokered personal information of consumers it
  has no direct relationship with (9 V.S.A. 2430(4)).
- Oregon: a business entity that collects and sells or licenses brokered personal data to another person (ORS
  646A.593(1)).
policygen cannot judge these thresholds and exemptions from the answers: the founder answers whether they are a data
broker (practices.data_broker), asked where data is sold and a US state law applies; ``check`` asks for that answer
when the answers show data sold that came from others.

Registries that add no notice duty (so no element here):
- Vermont: annual registration with the Secretary of State by 31 January, with the opt-out method, purchaser
  credentialing, breaches and a statement on minors' data (9 V.S.A. 2446(a); self-law.org, findlaw.com); nothing in
  it asks for a notice on the broker's website or in its policy.
- Oregon: registration with the Department of Consumer and Business Services, with a declaration whether and how
  residents may opt out (ORS 646A.593; OAR 441-840-0020, law.cornell.edu); no website notice.
- Texas registration (Bus. & Com. Code 509.005) adds, since SB 1343, a link in the registration to the broker's page
  on exercising ch. 541 rights; the notice duty itself is 509.004, below.
"""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, register

TEXAS_NOTICE = ("The entity maintaining this website is a data broker under Texas law. To conduct business in Texas, "
                "a data broker must register with the Texas Secretary of State (Texas SOS). Information about data "
                "broker registrants is available on the Texas SOS website.")
"""The language 1 TAC 106.5(1) provides for a website's notice (Tex. Bus. & Com. Code 509.004(3)). Quoted as the
Secretary of State's data broker page and several registrants' notices reproduce it; the rule's figure itself could
not be read, nor the wording 106.5(2) gives for a mobile app."""

TEXAS_LAW = InForce(datetime.date(2023, 9, 1), "SB 2105 took effect 1 September 2023 (sos.state.tx.us adopted rules, "
                    "48 TexReg 7041)")
TEXAS_WORDING = InForce(datetime.date(2023, 12, 4), "1 TAC 106.5 adopted to be effective 4 December 2023 (48 TexReg "
                        "7041; cliclaw.com)")
TEXAS_RIGHTS = InForce(datetime.date(2025, 9, 1), "SB 1343 amended 509.004, in force 1 September 2025 "
                       "(wilmerhale.com; jdsupra.com)")
DELETE_ACT = InForce(datetime.date(2024, 1, 1), "SB 362 (the Delete Act) in force 1 January 2024; registration moved "
                     "to the California Privacy Protection Agency (digitalpolicyalert.org; datapanopticon.com.mx)")
METRICS_FIRST_DUE = InForce(datetime.date(2024, 7, 1), "Civil Code 1798.99.85(a): by 1 July after each year; first due "
                            "1 July 2024 (privacyworld.blog Delete Act timeline)")
DROP_PROCESSING = InForce(datetime.date(2026, 8, 1), "Civil Code 1798.99.86(c)-(d): data brokers process DROP requests "
                          "from 1 August 2026 (Governor's announcement of 20 January 2026; digitalpolicyalert.org)")

CALIFORNIA = when("california_broker")
METRICS_DUE_MONTH_DAY = (7, 1)
"""Civil Code 1798.99.85(a): "On or before July 1 following each calendar year" the metrics are in the policy."""


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"data_brokers.{id_}", "data_brokers", requirement, citation, clauses, **kw)


def _texas_notice_needs(f) -> list:
    if f.maintains_website:
        return []
    return [("services.covered", "the Texas data broker notice goes on your website or app (Tex. Bus. & Com. Code "
             "509.004); policygen has the Secretary of State's words for a website only: post the wording 1 TAC "
             "106.5(2) gives for a mobile app in your app")]


def _no_metrics(f) -> list:
    if f.a.practices.broker.request_metrics:
        return []
    return [("practices.broker.request_metrics", "give the requests you received in the last calendar year you were a "
             "data broker: received, complied with, denied, and the median and mean days to respond, for each kind")]


def due_year(today: datetime.date) -> int:
    """The calendar year whose figures the policy must show by ``today``: "on or before July 1" the year after, so
    last year's from 2 July, the year before's until then."""
    return today.year - 1 if (today.month, today.day) > METRICS_DUE_MONTH_DAY else today.year - 2


def _metrics_gaps(f, today: datetime.date) -> list:
    """The policy prints the latest year answered: it must be the year due or a later one, with every figure."""
    from policygen.facts.brokers import DROP_OPENED, METRIC_KINDS

    due = due_year(today)
    given = f.a.practices.broker.request_metrics
    if not given or max(m.year for m in given) < due:
        return [("practices.broker.request_metrics",
                 f"no request figures for {due}: by 1 July {due + 1} the policy must show the requests you received "
                 f"in {due} (if you were a data broker that year), how many you complied with and denied, and the "
                 "median and mean days you took to respond")]
    index, entry = max(enumerate(given), key=lambda pair: pair[1].year)
    path, year = f"practices.broker.request_metrics[{index}]", entry.year
    wanted = [(name, words) for name, _, words in METRIC_KINDS if name != "drop_deletion" or year >= DROP_OPENED]
    gaps = [(f"{path}.{name}", f"no figures for {words} in {year}: give 0 where there were none")
            for name, words in wanted if getattr(entry, name) is None]
    if entry.drop_deletion is not None and entry.drop_deletion.denied and entry.drop_denials is None:
        gaps.append((f"{path}.drop_denials", f"{entry.drop_deletion.denied} DROP requests were denied in {year}: say "
                     "how many because they could not be verified, were not made by a consumer, asked for exempt "
                     "information, or for other reasons (Civil Code 1798.99.85(b))"))
    return gaps


def _metrics_due(f, today: datetime.date) -> list:
    if not f.california_broker:
        return []
    return _metrics_gaps(f, today)


def _metrics_coming(f, today: datetime.date) -> list:
    """Until 1 July, last year's figures are due soon: a reminder while the policy shows an older year."""
    year = today.year - 1
    if not f.california_broker or due_year(today) == year:
        return []
    if any(m.year >= year for m in f.a.practices.broker.request_metrics):
        return []
    return [("practices.broker.request_metrics", f"the request figures for {year} are due in the policy by 1 July "
             f"{today.year}")]


def _broker_unanswered(f, _today) -> list:
    if f.a.practices.data_broker is not None or not f.broker_question_applies or not f.sells_data_from_others:
        return []
    return [("practices.data_broker", "you sell personal information that came from others, not from the people it "
             "is about: say whether you are a data broker (California, Texas, Vermont and Oregon each define one; "
             "brokers must register and add notices to their policy)")]


def _texas_notice_elsewhere(f, _today) -> list:
    if not f.texas_broker_notice:
        return []
    sites = [f.a.organisation.website] + [s.url or s.name for s in f.a.services.covered
                                          if s.kind in ("website", "web_app")]
    where = ", ".join(dict.fromkeys(s for s in sites if s))
    app = "; your app needs its own notice, in the words 1 TAC 106.5(2) gives for apps" if f.has_app else ""
    return [("practices.data_broker", "the policy prints the Texas data broker notice, but Tex. Bus. & Com. Code "
             f"509.004 asks for a conspicuous notice on the website itself: show the same words on {where} (for "
             f"example in every page's footer), readable by people with a disability{app}")]


def _not_registered_in_california(f, _today) -> list:
    if not f.california_broker or "california" in f.a.practices.broker.registered_with:
        return []
    return [("practices.broker.registered_with", "a data broker registers with the California Privacy Protection "
             "Agency by 31 January after each year it was one; once registered, add california here")]


def _drop_not_processed(f, _today) -> list:
    if not f.california_broker or f.a.practices.broker.processes_drop_requests is True:
        return []
    return [("practices.broker.processes_drop_requests", "since 1 August 2026 a data broker must check California's "
             "Delete Request and Opt-out Platform (DROP) at least every 45 days and delete within 45 days the "
             "personal information of each person who asked: say that you do")]


LAW = register(
    Law(id="data_brokers", name="US data broker laws",
        applies=when("is_data_broker", "you are a data broker and sell data of people in US states"),
        people="people whose personal information we hold without a direct relationship with them",
        # Vermont's was the first registry: 9 V.S.A. 2430, 2446, in force 1 January 2019 (zwillgen.com).
        in_force=InForce(datetime.date(2019, 1, 1), "Vermont's data broker law in force 1 January 2019 "
                         "(zwillgen.com)")),
    [
        _e("texas-notice", "A conspicuous notice that the entity maintaining the website is a data broker, with the "
           "Texas Secretary of State's words: \"" + TEXAS_NOTICE + "\"",
           "Tex. Bus. & Com. Code 509.004(1)-(3); 1 TAC 106.5(1)", ("data-broker",),
           claims=("broker.texas-notice",), applies=when("texas_broker"), needs=_texas_notice_needs,
           in_force=TEXAS_WORDING),
        _e("texas-rights", "How to exercise the rights of the Texas Data Privacy and Security Act",
           "Tex. Bus. & Com. Code 509.004(4), as amended by SB 1343", ("data-broker", "us-state-rights"),
           applies=when("texas_broker"), in_force=TEXAS_RIGHTS),
        _e("california-rights", "How consumers delete, correct, know about, opt out of the sale of and limit the use "
           "of their personal information (the page the registration links to)", "Cal. Civ. Code 1798.99.82(b)(2)",
           ("us-state-rights",), applies=CALIFORNIA, in_force=DELETE_ACT),
        _e("california-metrics", "The requests received in the previous calendar year: how many were received, "
           "complied with in whole or in part and denied, the median and mean days to respond, DROP denials by "
           "reason, and deletions an exemption did not require", "Cal. Civ. Code 1798.99.85(a)-(c)",
           ("data-broker",), claims=("broker.metrics",), applies=CALIFORNIA, needs=_no_metrics,
           in_force=METRICS_FIRST_DUE),
    ],
    [
        # Checks run whatever the law's condition: this one asks the answer that decides whether the law applies.
        Check("broker-unanswered", "data_brokers", "Cal. Civ. Code 1798.99.80(c); Tex. Bus. & Com. Code 509.001(4); "
              "9 V.S.A. 2430(4); ORS 646A.593(1)", "error", _broker_unanswered),
        Check("broker-texas-notice-on-site", "data_brokers", "Tex. Bus. & Com. Code 509.004; 1 TAC 106.5", "warning",
              _texas_notice_elsewhere, TEXAS_LAW, applies=when("texas_broker_notice")),
        Check("broker-california-registration", "data_brokers", "Cal. Civ. Code 1798.99.82(a)", "warning",
              _not_registered_in_california, DELETE_ACT, applies=CALIFORNIA),
        Check("broker-drop", "data_brokers", "Cal. Civ. Code 1798.99.86(c)-(d)", "error", _drop_not_processed,
              DROP_PROCESSING, applies=CALIFORNIA),
        Check("broker-metrics-due", "data_brokers", "Cal. Civ. Code 1798.99.85(a)-(c)", "error", _metrics_due,
              METRICS_FIRST_DUE, applies=CALIFORNIA),
        Check("broker-metrics-coming", "data_brokers", "Cal. Civ. Code 1798.99.85(a)", "warning", _metrics_coming,
              METRICS_FIRST_DUE, applies=CALIFORNIA),
    ],
)
