"""The spaCy side: the ``factcheck_claims`` component and the pipeline built on ``spacy.blank("en")``.

Use it in your own pipeline::

    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_claims", config={"about": "BLR", "date": "2025-01"})
    doc = nlp("From January to June 2024, exports fell by 3.5% compared to the same period last year.")
    doc._.claims        # list[factcheck.model.Claim], in document order
    doc.spans["factcheck_claims"]  # the sentences that hold them, labelled with the claim kind

Per-document context overrides the config through ``doc.user_data["factcheck"]``: a dict with any of
``date``, ``about``, ``path``, ``title``, ``speaker``, ``url``, ``offset`` (the offset of the doc's
text in the file, so claim spans point into the file) and ``previous_period`` (a mapping with
``start``/``end``/``base_start``/``base_end``: the period named before this text, for excerpts).
:func:`factcheck.extract.extract` fills it from a :class:`~factcheck.model.Document`.

The component reads the characters of the doc, not its tokens: a cheap first pass keeps only sentences
with a number, a trend verb or a lexicon word, and only those get the full analysis (see
:mod:`factcheck.extract.assemble`, which tries the readers in :mod:`factcheck.extract.kinds`). The doc's
context (last period named, countries named so far) runs from sentence to sentence within one doc and never
leaks into the next.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.extract.assemble import SentenceAnalyser
from factcheck.extract.context import DocContext
from factcheck.extract.lexicon import load_lexicon
from factcheck.extract.sentences import is_candidate, sentences
from factcheck.model import Claim, Document, Period, claim_id

USER_DATA_KEY = "factcheck"
SPANS_KEY = "factcheck_claims"


def claims_from_text(text: str, document: Document, analyser: SentenceAnalyser | None = None,
                     previous_period: Period | None = None) -> list[Claim]:
    """Claims in ``text`` (the document's body), with source spans relative to the file.

    ``previous_period``: the period named before ``text`` begins (when ``text`` is an excerpt)."""
    analyser = analyser or SentenceAnalyser(load_lexicon())
    ctx = DocContext(date=document.date, about=_about_code(document.about))
    if previous_period is not None and previous_period.start:
        ctx.last_period = Period(start=previous_period.start, end=previous_period.end)
        if previous_period.base_start:
            ctx.last_base = Period(start=previous_period.base_start, end=previous_period.base_end)
    claims: list[Claim] = []
    for start, end in sentences(text):
        if not is_candidate(text, start, end):
            if ctx.about is None:  # the default entity is the country named most often so far
                ctx.counts.update(h.value for h in analyser.lex.places.find(text, start, end))
            ctx.last_subject = None  # "Its exports ..." after a sentence not read refers to nothing we know
            continue
        drafts = analyser.analyse(text, start, end, ctx)
        sentence = text[start:end]
        file_start, file_end = document.offset + start, document.offset + end
        for index, d in enumerate(drafts):
            claims.append(Claim(
                id=claim_id(sentence, document.path, file_start, file_end, index),
                text=sentence, source=document.source(file_start, file_end), kind=d.kind, subject=d.subject,
                period=d.period, against=d.against, claimed=d.claimed, claimant=d.claimant, note=d.note,
                items=d.items))
    return claims


def _about_code(about: str | None) -> str | None:
    """``about`` as a code: "BLR" stays, "Belarus" or "Belarusian" becomes "BLR"."""
    if not about:
        return None
    about = about.strip()
    lex = load_lexicon()
    if about in lex.countries or about in lex.group_names:
        return about
    hits = lex.places.find(about)
    if hits and hits[0].start == 0 and hits[0].end == len(about):
        return hits[0].value
    return about


class ClaimsComponent:
    """Finds claims in a Doc and stores them on ``doc._.claims`` and ``doc.spans["factcheck_claims"]``."""

    def __init__(self, nlp: Language, name: str, about: str | None, date: str | None) -> None:
        self.name = name
        self.about = about
        self.date = date
        self.analyser = SentenceAnalyser(load_lexicon())
        if not Doc.has_extension("claims"):
            Doc.set_extension("claims", default=None)

    def __call__(self, doc: Doc) -> Doc:
        info: dict[str, Any] = dict(doc.user_data.get(USER_DATA_KEY) or {})
        # Doc.text rebuilds the string token by token (a seventh of the extraction's time on long speeches);
        # extract() hands over the text the Doc was made from, taken back out so a serialised Doc holds it once.
        given = info.get("text")
        if isinstance(doc.user_data.get(USER_DATA_KEY), dict):
            doc.user_data[USER_DATA_KEY].pop("text", None)
        text = given if isinstance(given, str) and len(given) == _length(doc) else doc.text
        document = Document(text=text, path=str(info.get("path") or "<doc>"), slug="doc",
                            title=info.get("title"), speaker=info.get("speaker"),
                            date=info.get("date", self.date), url=info.get("url"),
                            about=info.get("about", self.about), offset=int(info.get("offset") or 0))
        previous = info.get("previous_period")
        previous_period = None
        if isinstance(previous, dict) and previous.get("start"):
            # YAML may hand over dates or numbers (2024 → int); periods are text
            previous_period = Period.from_dict({k: str(v)[:7] if v is not None else None for k, v in previous.items()})
        claims = claims_from_text(text, document, self.analyser, previous_period)
        doc._.claims = claims
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for c in claims:
            start = (c.source.start or 0) - document.offset
            end = (c.source.end or 0) - document.offset
            span = doc.char_span(start, end, label=c.kind, alignment_mode="expand")
            if span is not None and (start, end) not in seen:
                seen.add((start, end))
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


def _length(doc: Doc) -> int:
    """The length of the text a Doc was made from, without rebuilding it."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


@Language.factory("factcheck_claims", default_config={"about": None, "date": None})
def make_claims_component(nlp: Language, name: str, about: str | None, date: str | None) -> ClaimsComponent:
    """Factory for ``nlp.add_pipe("factcheck_claims")``; ``about``/``date`` are defaults for every doc."""
    return ClaimsComponent(nlp, name, about, date)
