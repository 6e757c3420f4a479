"""Claim extraction: a rule-based spaCy pipeline over ``spacy.blank("en")``.

Public API (used by the CLI, batch and tests):

- ``build_pipeline() -> spacy.Language``: the pipeline, built once per process.
- ``extract(document: Document, nlp: Language | None = None) -> list[Claim]``.
"""
