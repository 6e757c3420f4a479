"""What a document has said so far, carried from sentence to sentence.

A claim often leans on earlier sentences: "the latest data" means the last period named; a sentence
without a country speaks of the document's ``about`` (or the country named most often so far).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from factcheck.extract.lexicon import world_speakers
from factcheck.extract.periods import DateRef
from factcheck.model import Period

# How far after its sentence a period named once still dates a sentence that names none: about five sentences of
# speech. "In 2023 exports rose 5 per cent. Imports fell." dates both; "the past 30 years" said in one paragraph
# is no base for "rising inflation" several paragraphs on.
CARRY_CHARS = 1000


@dataclass
class DocContext:
    """Mutable per-document state; one instance per document, never shared between documents."""

    date: str | None = None
    about: str | None = None
    last_period: Period | None = None
    last_base: Period | None = None
    # The last period was "the past N years": a change over it is its last year against N years before.
    last_was_span: bool = False
    # The year "since then" means: where a "since" period began ("Since 2010, exports have doubled. Since then ..."),
    # else the last year the last period reached.
    last_then: int | None = None
    last_span: Period | None = None  # all that the last sentence naming periods spanned
    # Where the sentence being read begins, and where the last period was named (character offsets): a period
    # carries to the sentences that follow it, not to a sentence pages later (CARRY_CHARS).
    position: int = 0
    period_named_at: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    # The country the current sentence speaks of when one of its clauses names none: a country another clause
    # names as subject ("Out of the 37,000 million marks which the FRG is spending, 9,000 million are for
    # the military"), or, for a sentence that begins "Those"/"Its", the previous sentence's subject.
    topic: str | None = None
    last_subject: str | None = None
    # The month an era the current sentence speaks of began ("the pandemic": 2020-01), when the document is dated in
    # it: a figure the sentence dates no other way runs from then to the document's month, not over the year before.
    era_start: str | None = None

    @property
    def year(self) -> int | None:
        m = re.match(r"(\d{4})", self.date or "")
        return int(m.group(1)) if m else None

    @property
    def month(self) -> int | None:
        m = re.match(r"\d{4}-(\d{2})", self.date or "")
        return int(m.group(1)) if m else None

    def carried_period(self) -> Period | None:
        """The last period named, if it was named close enough before this sentence to still be meant."""
        if self.last_period is None or self.position - self.period_named_at > CARRY_CHARS:
            return None
        return self.last_period

    def ref(self) -> DateRef:
        last = self.last_period.end if self.last_period and self.last_period.end else None
        close = self.carried_period() is not None
        return DateRef(self.year, self.month, int(last[:4]) if last else None, self.about,
                       self.last_then if close else None, self.last_span if close else None)

    def default_entity(self) -> str | None:
        """Whose figure a clause gives when it names no country: the sentence's topic, else the speaker's."""
        return self.topic or self.speaker()

    def speaker(self) -> str | None:
        """The document's own country ("our country", "we"): its ``about``, else the country named most; the world for
        a speaker with no national figures of its own (``world_speakers`` in ``lexicons/speakers.json``: the Holy
        See)."""
        if self.about:
            return "world" if self.about in world_speakers() else self.about
        countries = [(n, c) for c, n in self.counts.items() if len(c) == 3 and c.isupper()]
        return max(countries)[1] if countries else None

    def era_period(self, cumulative: bool = False) -> Period | None:
        """From the start of the sentence's era to the document's month, when the era began after the default year;
        for a count that adds up over the era ("almost 4 million deaths" from the pandemic), whenever it is said."""
        if self.era_start is None or self.year is None or self.month is None \
                or (int(self.era_start[:4]) <= self.year - 1 and not cumulative):
            return None
        return Period(start=self.era_start, end=f"{self.year:04d}-{self.month:02d}")

    def default_period(self, with_base: bool) -> Period:
        """No period named yet: the last full calendar year before the document's date (and, for a
        comparison, the year before it). Without a date the period stays open (all fields null)."""
        if self.year is None:
            return Period()
        y = self.year - 1
        if with_base:
            return Period(start=str(y), end=str(y), base_start=str(y - 1), base_end=str(y - 1))
        return Period(start=str(y), end=str(y))
