"""schema.org ClaimReview objects, built as plain Python data (one per checked claim).

Built as data and dumped by ``json``/Jinja's ``tojson`` rather than typed into a template, so the output
is always valid JSON and a quote with ``</script>`` in it cannot break out of the HTML block.

Encoding choices (also in docs/templates.md):

- Claims of kind ``other`` (no rule checked them) get no ClaimReview: there is no review to publish.
- A rating with a numeric value carries ``ratingValue`` with the scale's ``bestRating``/``worstRating``.
  A rating without one (``unverifiable``, or every step of a no-number scale such as ``fullfact``) carries
  only ``alternateName`` and ``ratingExplanation``: putting "we could not check this" on the true–false
  axis as a number would tell archives something the evidence does not say.
- The claim's author is a Person: the claimant where the text reports someone else's words, else the
  document's speaker. ``appearance`` is given only when the document has a web address or a title.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from factcheck.report.text import shorten
from factcheck.scales import Scale

if TYPE_CHECKING:
    from factcheck.report.context import ClaimView, DocumentView

SCHEMA_ORG = "https://schema.org"
CLAIM_REVIEWED_LIMIT = 280
# Front matter dates are checked on input; a hand-edited verdicts file may still carry prose.
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def rating(claim: ClaimView, scale: Scale) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Rating"}
    numbers = [s.value for s in scale.steps if s.value is not None]
    if claim.rating_value is not None and numbers:
        data["ratingValue"] = claim.rating_value
        data["bestRating"] = max(numbers)
        data["worstRating"] = min(numbers)
    data["alternateName"] = claim.label
    data["ratingExplanation"] = claim.explanation
    return data


def item_reviewed(claim: ClaimView, document: DocumentView) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.said_by:
        item["author"] = {"@type": "Person", "name": claim.said_by}
    if claim.said_on and ISO_DATE.match(claim.said_on):
        item["datePublished"] = claim.said_on
    if document.url or document.title:
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if document.url:
            appearance["url"] = document.url
        appearance["headline"] = document.title
        item["appearance"] = appearance
    return item


def claim_review(claim: ClaimView, document: DocumentView, scale: Scale, organisation: str,
                 generated: str) -> dict[str, Any]:
    return {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": shorten(claim.quote, CLAIM_REVIEWED_LIMIT),
        "datePublished": generated,
        "author": {"@type": "Organization", "name": organisation},
        "reviewRating": rating(claim, scale),
        "itemReviewed": item_reviewed(claim, document),
    }


def claim_reviews(claims: Sequence[ClaimView], document: DocumentView, scale: Scale, organisation: str,
                  generated: str) -> list[dict[str, Any]]:
    """One ClaimReview per checked claim, in document order."""
    return [claim_review(c, document, scale, organisation, generated) for c in claims if c.checkable]


def schema() -> dict[str, Any]:
    """The JSON Schema our ClaimReview output follows (shipped beside this module)."""
    text = (resources.files("factcheck.report") / "claimreview.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
