"""ClaimReview JSON-LD: valid against our schema, with the fields fact-check archives read."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest

from factcheck.model import Verdict
from factcheck.report import render
from factcheck.report.claimreview import schema
from factcheck.report.samples import sample_verdicts
from factcheck.scales import load_scale

GENERATED = "2025-01-20"


def reviews_of(verdicts: list[Verdict], **kwargs: object) -> list[dict]:
    data = json.loads(render(verdicts, "jsonld", generated=GENERATED, **kwargs))  # type: ignore[arg-type]
    jsonschema.validate(data, schema(), cls=jsonschema.Draft202012Validator)
    return data


def by_id(reviews: list[dict], verdict: Verdict) -> dict:
    return next(r for r in reviews if r["identifier"] == verdict.claim_id)


@pytest.fixture(scope="module")
def verdicts() -> list[Verdict]:
    return sample_verdicts()


def test_schema_itself_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_one_review_per_checked_claim(verdicts: list[Verdict]) -> None:
    reviews = reviews_of(verdicts)
    assert len(reviews) == len(verdicts) - 1  # the `other` claim is kept in the draft, not reviewed
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview" for r in reviews)


def test_true_claim_review(verdicts: list[Verdict]) -> None:
    v = next(v for v in verdicts if v.rule == "level")
    review = by_id(reviews_of(verdicts), v)
    assert review["claimReviewed"] == v.claim.text  # type: ignore[union-attr]
    assert review["datePublished"] == GENERATED
    assert review["author"] == {"@type": "Organization", "name": "factcheck"}
    assert review["reviewRating"]["ratingValue"] == 5
    assert review["reviewRating"]["bestRating"] == 5
    assert review["reviewRating"]["worstRating"] == 1
    assert review["reviewRating"]["alternateName"] == "True"
    assert "37,194.6" in review["reviewRating"]["ratingExplanation"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Pavel Latushka"}
    assert item["datePublished"] == "2025-01"
    assert item["appearance"]["headline"].startswith("Belarus foreign trade")
    assert "url" not in item["appearance"]  # the article has no url in its front matter


def test_reported_claim_is_the_claimants(verdicts: list[Verdict]) -> None:
    v = next(v for v in verdicts if v.rule == "shift")
    item = by_id(reviews_of(verdicts), v)["itemReviewed"]
    assert item["author"]["name"] == "Maxim Ryzhenkov, Foreign Minister"


def test_unverifiable_has_a_label_and_no_number(verdicts: list[Verdict]) -> None:
    v = next(v for v in verdicts if v.rule == "change")
    rating = by_id(reviews_of(verdicts), v)["reviewRating"]
    assert rating["alternateName"] == "Unverifiable"
    assert not {"ratingValue", "bestRating", "worstRating"} & rating.keys()


def test_url_and_organisation_are_used(verdicts: list[Verdict]) -> None:
    with_url = [replace(v, claim=replace(v.claim, source=replace(v.claim.source, url="https://example.org/a")))
                for v in verdicts if v.claim]
    reviews = reviews_of(with_url, organisation="Our Newsroom")
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://example.org/a"
    assert reviews[0]["author"]["name"] == "Our Newsroom"


def test_long_claim_is_shortened(verdicts: list[Verdict]) -> None:
    v = verdicts[1]
    long = replace(v, claim=replace(v.claim, text="word " * 200))  # type: ignore[arg-type]
    claim_reviewed = reviews_of([long])[0]["claimReviewed"]
    assert len(claim_reviewed) <= 280 and claim_reviewed.endswith("…")


@pytest.mark.parametrize("name", ["default", "politifact", "fullfact"])
def test_every_scale_gives_valid_reviews(verdicts: list[Verdict], name: str) -> None:
    scale = load_scale(name)
    reviews = reviews_of(verdicts, scale=scale)
    labels = {s.label for s in scale.steps}
    assert all(r["reviewRating"]["alternateName"] in labels for r in reviews)
    if name == "fullfact":
        assert all("ratingValue" not in r["reviewRating"] for r in reviews)
    if name == "politifact":
        true = next(r for r in reviews if r["reviewRating"]["alternateName"] == "True")
        assert (true["reviewRating"]["bestRating"], true["reviewRating"]["worstRating"]) == (6, 1)


def test_bad_date_in_hand_edited_verdict_is_left_out(verdicts: list[Verdict]) -> None:
    v = verdicts[1]
    v = replace(v, claim=replace(v.claim, source=replace(v.claim.source, date="last Tuesday")))  # type: ignore[arg-type]
    assert "datePublished" not in reviews_of([v])[0]["itemReviewed"]
