"""Claim extraction: a rule-based spaCy pipeline over ``spacy.blank("en")``.

Public API (used by the CLI, batch and tests):

- ``build_pipeline() -> spacy.Language``: the pipeline, built once per process.
- ``extract(document: Document, nlp: Language | None = None) -> list[Claim]``: claims in document
  order, with ids from :func:`factcheck.model.claim_id` and source spans into the original file.

The component is also usable on its own: ``nlp.add_pipe("factcheck_claims")`` (see
:mod:`factcheck.extract.pipeline`). Conventions for the records are in ``docs/claim-records.md``.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from factcheck.extract.pipeline import USER_DATA_KEY, make_claims_component
from factcheck.model import Claim, Document

__all__ = ["build_pipeline", "extract", "make_claims_component"]


def build_pipeline() -> Language:
    """``spacy.blank("en")`` with the ``factcheck_claims`` component: no trained model, nothing downloaded."""
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_claims")
    # spaCy's 1,000,000-character limit protects the parser's memory; this pipeline has no parser and
    # the tokenizer and the claim component are linear in the text, so long transcripts are fine.
    nlp.max_length = 200_000_000
    return nlp


@functools.cache
def _default_pipeline() -> Language:
    return build_pipeline()


def extract(document: Document, nlp: Language | None = None) -> list[Claim]:
    """The claims of one document, in document order."""
    nlp = nlp or _default_pipeline()
    doc = nlp.make_doc(document.text)
    doc.user_data[USER_DATA_KEY] = {
        "path": document.path, "title": document.title, "speaker": document.speaker, "date": document.date,
        "url": document.url, "about": document.about, "offset": document.offset, "text": document.text,
        # Front matter may name the period an excerpt's earlier text named (see pipeline's docstring).
        "previous_period": (document.meta or {}).get("previous_period"),
    }
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.claims or [])
