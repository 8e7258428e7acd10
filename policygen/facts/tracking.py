"""Cookies, analytics and advertising."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.i18n.speaking import _
from policygen.voice import in_voice

# Kinds of provider that may collect information about people across sites when they use theirs for themselves.
TRACKING_KINDS = ("advertising", "analytics", "social_media")


@dataclass(frozen=True)
class ProviderLine:
    """One analytics or advertising provider as the policy lists it."""

    name: str
    policy_url: str | None
    purpose: str
    """What we use it for, a sentence ending in a full stop ("to show and measure our ads.")."""
    opt_out_url: str | None


@dataclass(frozen=True)
class Names:
    """Company names for a sentence, and whether there are several (so the verb and pronoun agree)."""

    names: tuple[str, ...]

    @property
    def several(self) -> bool:
        return len(self.names) > 1


def _purpose_sentence(text: str) -> str:
    from policygen.document.markdown_text import fragment

    text = fragment(text)
    return text if text[-1:] in ".!?" else text + "."


@dataclass(frozen=True)
class ProviderGroup:
    """The providers of one kind, with what the sentences about them depend on."""

    lines: tuple[ProviderLine, ...]
    one: bool
    """Exactly one provider (the sentence says "the company", not "the companies")."""
    all_linked: bool
    some_linked: bool
    """Some but not all names link to a privacy policy."""


def _group(providers, default_purpose: str) -> ProviderGroup:
    lines = tuple(ProviderLine(p.display_name, p.resolved_policy_url,
                               _purpose_sentence(p.purpose or default_purpose), p.resolved_opt_out_url)
                  for p in providers)
    linked = sum(1 for line in lines if line.policy_url)
    return ProviderGroup(lines, len(lines) == 1, bool(lines) and linked == len(lines), 0 < linked < len(lines))


@fact("an advertising provider is named or advertising cookies are used",
      reads=("processors[*].service", "processors[*].kind", "cookies.kinds"))
def shows_ads(f: Facts) -> bool:
    return bool(f.a.processors_of_kind("advertising")) or "advertising" in f.a.cookies.kinds


@fact("ads are personalised: based on people's activity on other sites and apps over time",
      reads=("cookies.personalised_ads", "cookies.kinds", "data_categories[*].shared_for_advertising"))
def ads_personalised(f: Facts) -> bool:
    a = f.a
    # "Shared for cross-context advertising" is the CCPA's question, asked only where a US law applies; elsewhere
    # the answer has no effect (check says so), and cookies.personalised_ads decides.
    return bool(a.cookies.personalised_ads) or "advertising" in a.cookies.kinds or f.shares_for_ads


@fact("ads are shown and the answers say they are contextual: chosen from the page or app, not from activity "
      "elsewhere", reads=("cookies.personalised_ads", "processors[*].kind", "cookies.kinds"))
def ads_contextual_only(f: Facts) -> bool:
    # Not answered (None) is not "no": the policy then says neither.
    return f.shows_ads and not f.ads_personalised and f.a.cookies.personalised_ads is False


@fact("some data is shared with ad partners for cross-context advertising (the US laws' question, asked only where "
      "one applies)", reads=("data_categories[*].shared_for_advertising", "audiences.regions"))
def shares_for_ads(f: Facts) -> bool:
    return f.us_law and any(c.shared_for_advertising is True for c in f.a.data_categories)


@fact("the advertising providers, as the policy lists them", reads=("processors[*]",))
def ad_providers(f: Facts) -> ProviderGroup:
    # TRANSLATORS: what we use an advertising provider for, completing "We use Google Ads ..." when the answers do not
    # say ("We use Google Ads to show and measure our ads.").
    return _group(f.a.processors_of_kind("advertising"), in_voice(_("to show and measure our ads")))


@fact("the analytics providers, as the policy lists them", reads=("processors[*]",))
def analytics_providers(f: Facts) -> ProviderGroup:
    # TRANSLATORS: as "to show and measure our ads", for an analytics provider ("We use Plausible to measure how our
    # services are used.").
    return _group(f.a.processors_of_kind("analytics"), in_voice(_("to measure how our services are used")))


@fact("the analytics providers stated to act only on instructions (third_party is no)",
      reads=("processors[*].third_party",))
def analytics_processor_names(f: Facts) -> Names:
    return Names(tuple(p.display_name for p in f.a.processors_of_kind("analytics") if p.third_party is False))


@fact("the analytics providers stated to use the data for their own purposes (third_party is yes)",
      reads=("processors[*].third_party",))
def analytics_own_use_names(f: Facts) -> Names:
    return Names(tuple(p.display_name for p in f.a.processors_of_kind("analytics") if p.third_party))


def _trackers(f: Facts):
    return [p for p in f.a.processors if p.resolved_kind in TRACKING_KINDS]


@fact("other companies may collect information about people's activity across sites over time: ads are "
      "personalised, social networks' features are used, or an ad, analytics or social provider uses data for itself",
      reads=("cookies.personalised_ads", "cookies.kinds", "cookies.social_networks", "processors[*].third_party"))
def others_track_across_sites(f: Facts) -> bool:
    return f.ads_personalised or bool(f.a.cookies.social_networks) or any(p.third_party for p in _trackers(f))


@fact("other companies' code (SDKs) runs in the apps", reads=("cookies.technologies",))
def uses_sdks(f: Facts) -> bool:
    return "sdks" in f.a.cookies.technologies


@fact("the providers whose code (SDKs) the answers say runs in the apps", reads=("processors[*].in_app",))
def sdk_providers(f: Facts) -> tuple:
    return tuple(p for p in f.a.processors if p.in_app)


@fact("no other company collects information across sites through the services: ads (if any) are contextual, no "
      "social network features, every ad, analytics or social provider is stated to act only on instructions, and "
      "where other companies' code (SDKs) runs in the apps, the companies whose code it is are named and each is "
      "stated to act only on instructions",
      reads=("cookies.personalised_ads", "cookies.kinds", "cookies.social_networks", "processors[*].third_party",
             "cookies.technologies", "processors[*].in_app"))
def nobody_tracks_across_sites(f: Facts) -> bool:
    trackers = _trackers(f)
    # Code from companies the answers do not name could be anyone's, collecting for itself: the policy cannot deny
    # it until each company whose code runs in the apps is named and stated to act only on instructions.
    unknown_code = f.uses_sdks and not (
        f.sdk_providers and all(p.third_party is False for p in f.sdk_providers))
    return not f.others_track_across_sites and not unknown_code and all(p.third_party is False for p in trackers)


@fact("who may collect information across sites, in words (\"our advertising partners\")",
      reads=("cookies.personalised_ads", "cookies.kinds", "cookies.social_networks", "processors[*].third_party"))
def cross_site_collectors(f: Facts) -> str:
    own_use = {p.resolved_kind for p in _trackers(f) if p.third_party}
    if f.ads_personalised or "advertising" in own_use:
        # TRANSLATORS: who may collect information about people across sites ("Other companies, such as our
        # advertising partners, may collect information about your activity on our services and on other sites").
        return in_voice(_("our advertising partners"))
    if f.a.cookies.social_networks or "social_media" in own_use:
        # TRANSLATORS: as "our advertising partners".
        return in_voice(_("the social networks whose features we use"))
    # TRANSLATORS: as "our advertising partners".
    return in_voice(_("our analytics providers"))


@fact("the cookie kinds that track (analytics, advertising), as labels for the middle of a sentence",
      reads=("cookies.kinds",))
def tracking_cookie_labels(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.choices import COOKIE_KINDS
    from policygen.document.markdown_text import lower_first

    return tuple(lower_first(COOKIE_KINDS[k].label) for k in f.a.cookies.kinds if k in ("analytics", "advertising"))


@fact("cookies are used (a kind of cookie is named, or cookies among the technologies)",
      reads=("cookies.kinds", "cookies.technologies"))
def uses_cookies(f: Facts) -> bool:
    return bool(f.a.cookies.kinds) or "cookies" in f.a.cookies.technologies


@fact("cookies other than essential ones are used", reads=("cookies.kinds",))
def non_essential_cookies(f: Facts) -> bool:
    return any(k != "essential" for k in f.a.cookies.kinds)


@fact("the tracking technologies other than cookies", reads=("cookies.technologies",))
def other_technologies(f: Facts) -> tuple[str, ...]:
    return tuple(t for t in f.a.cookies.technologies if t != "cookies")


@fact("one social network is named (not several)", reads=("cookies.social_networks",))
def one_social_network(f: Facts) -> bool:
    return len(f.a.cookies.social_networks) == 1


@fact("marketing is sent by push notification", reads=("marketing.sends_marketing", "marketing.channels"))
def push_marketing(f: Facts) -> bool:
    return f.a.marketing.sends_marketing and "push" in f.a.marketing.channels
