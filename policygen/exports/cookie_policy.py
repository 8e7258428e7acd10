"""A cookie policy page, in Markdown (``cookie-policy``) or as a standalone HTML page in the policy's own style
(``cookie-policy-html``): one table per organisation that sets cookies (the organisation itself, then each provider),
with each cookie's name, purpose, duration, party and consent category.

The cookies are the answers' (cookies.own, processors[*].cookies) and, for catalogue services, the ones the provider
documents (policygen/catalogue/services.py, each list dated with its source). First and third party follow the usual
meaning: a cookie on the site's own domain is first party, whoever's script sets it.
"""

from __future__ import annotations

from policygen.document.markdown_text import Markdown, escape, link, table
from policygen.exports import Exporter, register
from policygen.exports.cookies import category_description, missing, no_cookies
from policygen.voice import in_voice


def _title(f) -> str:
    return f"Cookie policy of {f.a.organisation.display_name}"


def write_markdown(f) -> str:
    from policygen.catalogue.choices import COOKIE_KINDS
    from policygen.document.templating import long_date

    a = f.a
    org = escape(a.organisation.display_name)
    # Each library sentence is said in the answers' voice (Exporter.write runs in it); the name is the founder's.
    parts = [f"# {escape(_title(f))}",
             f"Last updated: {long_date(a.changes.last_updated)}",
             in_voice("Cookies are small text files a website stores in your browser. This page lists the cookies "
                      "our site sets, who sets each one, what it is for and how long it lasts.")
             + f" {org} " + in_voice("is responsible for them, including those that other companies' scripts set "
                                     "for us.")]
    if a.cookies.consent_banner:
        parts.append(in_voice("We set essential cookies because the site cannot work without them. We ask for your "
                              "consent before we set any other cookie, and you can change your choice at any time "
                              "in our cookie settings."))
    parts.append("## Categories")
    parts.append(table(("Category", "What the cookies do"),
                       [(COOKIE_KINDS[k].label, category_description(k)) for k in f.listed_cookie_kinds]))
    for setter in f.cookie_setters:
        if not setter.cookies:
            continue
        own = setter.key == "us"
        parts.append(f"## {escape(in_voice('Our own cookies') if own else setter.name)}")
        if not own:
            named = link(setter.name, setter.policy_url) if setter.policy_url else escape(setter.name)
            parts.append(Markdown(f"Set by {named}'s script {in_voice('on our site')}") + ".")
        parts.append(table(("Cookie", "Purpose", "Duration", "Party", "Category"),
                           [(c.name, c.purpose[:1].upper() + c.purpose[1:], c.duration,
                             "First party" if c.first_party else "Third party",
                             COOKIE_KINDS[c.kind].label) for c in setter.cookies]))
    return "\n\n".join(parts) + "\n"


def write_html(f) -> str:
    from policygen.render.html import separate_document_page

    return separate_document_page(_title(f), write_markdown(f))


register(Exporter("cookie-policy", no_cookies, missing, write_markdown))
register(Exporter("cookie-policy-html", no_cookies, missing, write_html))
