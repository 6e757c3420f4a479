"""Sentences and clauses by rule, plus the cheap test that decides which sentences get analysed.

A sentence ends at ``.``, ``!`` or ``?`` (with closing quotes) before a capital, digit or quote, and at
every line break (transcripts put headings, bylines and list items on lines of their own), except where a
line stops mid-sentence and the next one goes on in lower case: hard-wrapped transcripts. Abbreviations
("i.e.", "Mr.", "U.S.") and initials do not end a sentence. Markdown markers at the start of a line
(``#``, ``*``, ``-``, ``>``) and a byte-order mark are left out of the sentence's span.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]*_]*(?=\s+[\"“«(\[*_]*[A-Z0-9А-Я])|\n")
_ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "gen", "sen", "rep", "inc",
    "ltd", "co", "corp", "jr", "sr", "art", "para", "approx", "est", "fig", "p", "pp", "vol", "op", "cf", "al",
    "h.e", "gov", "pres", "min", "dept", "mt", "ft", "govt",
})
# A line that ends inside a sentence (a word or a comma, no closing punctuation) and a next line that
# starts in lower case: one sentence wrapped over two lines, as older transcripts are.
_UNFINISHED = re.compile(r"[\w,%)\-–—]\s*$")
_CONTINUED = re.compile(r"[ \t]*(?:[a-z(]|\d+(?:[.,]\d+)?(?![.)]\s|\d))")
# ... or a line that ends on a word that cannot end a sentence ("the", "of", "and"): "the only country of the\n
# Commonwealth of Independent States"
_FUNCTION_END = re.compile(r"(?i:\b(?:the|of|a|an|and|to|in|for|with|by|from|than|on|at|as|or|its|our|their)[ \t]*$)")
_WORD_NEXT = re.compile(r"[ \t]*[\w$€£]")
_LEAD = re.compile(r"[\s\ufeff\u200b]*(?:(?:#{1,6}|[*+>-]|\d+[.)])\s+|\*\*|__)*[\s\ufeff\u200b]*")
_TRAIL = re.compile(r"[\s*_\ufeff\u200b]*$")

# A sentence is worth analysing if it has a digit, a number word or fraction, a percent, a trend verb or
# one of the words that make statements without numbers check-worthy.
CANDIDATE = re.compile(
    r"\d|%|(?i:\b(?:percent|per\s+cent|half|third|thirds|quarter|fourths|twice|double|doubled|tripled|halved|times|fold"
    # a number in words counts only with what makes it a quantity: "two million", "one in five", "three times"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)[\s-]+(?:\w+[\s-]+)?"
    r"(?:in|out|per|percent|thousand|million|billion|trillion|times|fold|third|thirds|quarter|quarters|fourth|fourths"
    r"|fifth|fifths"
    r"|tenth|tenths|half|hundred)"
    r"|million|billion|trillion|thousand"
    r"|ris(?:e|es|ing|en)|rose|gr[eo]w\w*|increas(?:e|es|ed|ing)|jump\w*|surg\w+|soar\w*|climb\w*|widen\w*"
    r"|expand\w*|f[ae]ll(?:s|ing|en)?|drop\w*|declin\w+|decreas\w+|shr[aiu]nk\w*|narrow\w*|contract\w*|plung\w+"
    r"|slump\w*|(?:has|have|had)\s+(?:been\s+)?improv\w+|export(?:s|ed|ing|er|ers)?|import(?:s|ed|ing|er|ers)?|trade|turnover|deficit|surplus|balance|price\w*"
    r"|turning|reorient\w*|pivot\w*|outpac\w+|outstrip\w*|outgr[eo]w\w*|outperform\w*|exceed(?:s|ed)?|surpass\w*"
    r"|main|largest|biggest|leading|highest|lowest|smallest|poorest|richest|wealthiest|fastest\w*|populous|strongest|top"
    r"|ranks?|ranked|ranking|than\s+(?:in\s+)?(?:(?:almost|nearly|virtually|practically)\s+)?any|the\s+most\s+\w+s|trading\s+partners?|accounts?\s+for|accounted\s+for"
    r"|share|sanctions|ban|extended|inflation|unemployment|gdp|latest|(?:is|are|was|were)\s+(?:equal|equivalent)\s+to"
    # agreements only when said not to be carried out (an "other" note)
    r"|agreements?(?=[^.]{0,80}\b(?:not|never|failed|unfulfilled|minimal)\b))\b)"
)


# Longer "sentences" (tables flattened into one line, run-on transcripts) are cut into pieces of at most
# this many characters at a space, so the analysis of one sentence stays bounded whatever the input.
MAX_SENTENCE = 1200


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences of ``text``, trimmed of spaces and Markdown markers."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and _is_abbreviation(text, m.start()):
            continue
        if m.group() == "\n" and (
                (_CONTINUED.match(text, m.end()) and _UNFINISHED.search(text, max(pos, m.start() - 3), m.start()))
                or (_FUNCTION_END.search(text, max(pos, m.start() - 6), m.start())
                    and _WORD_NEXT.match(text, m.end()))):
            continue  # a hard-wrapped line: the sentence goes on on the next line
        end = m.end() if m.group() != "\n" else m.start()
        yield from _bounded(text, pos, end)
        pos = m.end()
    yield from _bounded(text, pos, len(text))


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    span = _trim(text, start, end)
    if not span:
        return
    s, e = span
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        piece = _trim(text, s, cut)
        if piece:
            yield piece
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        yield s, e


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in _ABBREV:
        return True
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    lead = _LEAD.match(text, start, end)
    s = lead.end() if lead else start
    trail = _TRAIL.search(text, s, end)
    e = trail.start() if trail else end
    return (s, e) if e > s else None


@functools.cache
def _candidate() -> re.Pattern[str]:
    """``CANDIDATE`` plus every trend noun and multiplier, every direction word marked ``cue`` (terms.jsonl) and
    every superlative (superlatives.json), so a word added to those lists is never skipped by the first pass ("we
    have reduced poverty", "trade came to a halt", "doubling the child credit"). Direction words that are mostly
    something else ("created", "improved", "added", "lost") are no cue: alone they pulled in sentences with nothing to
    check."""
    from factcheck.extract import superlatives
    from factcheck.extract.lexicon import load_lexicon

    # participles ("increased investment") and nouns that are direction words only beside a figure ("a 5 per cent
    # cut") would pull in sentences with nothing to check: the first pass leaves them out
    lexicon = load_lexicon()
    words = [*lexicon["trend_noun"].phrases_without("before_measure", "with_figure"),
             *lexicon["direction"].phrases_with("cue"), *lexicon["multiplier"].phrases, *superlatives.cue_words()]
    listed = "|".join(r"[\s\-\u2010\u2011\u2013]+".join(re.escape(w) for w in re.split(r"[\s-]+", p))
                      for p in sorted(words, key=len, reverse=True))
    return re.compile(rf"{CANDIDATE.pattern}|(?i:\b(?:{listed})\b)")


def is_candidate(text: str, start: int, end: int) -> bool:
    if _candidate().search(text, start, end) is not None:
        return True
    # "China emits the most carbon dioxide in the world": looked for only where "the most"/"the least" is
    from factcheck.extract import superlatives

    return superlatives.said_the_most(text, start, end)


# Clause boundaries inside a sentence: "while", "whereas", "; ", commas, dashes, "and" before a subject. The
# analyser joins a piece back to its neighbour unless both hold a number or a trend verb.
_CLAUSE = re.compile(r"(?i:\s+and\s+(?=(?:\w+\s+){0,3}(?:will|expected|is\s+projected|projected|forecast|planned)\b)"
                     r"|;\s+|,?\s+(?:while|whereas|but|although|even\s+though|though|because)\s+"
                     r"|,?\s+(?=so\s+that\s)|,\s+and\s+|,\s+|—\s*|"  # "so that" stays with its clause (a purpose)
                     r"(?=(?:its|their|the)\s+\w+\s+(?:rose|fell|grew|increased|decreased|declined|dropped))"
                     r"|\s+and\s+(?=(?:its\s+|their\s+|the\s+)?(?:exports|imports|trade|prices|gdp|inflation|unemployment)\b)"
                     r"|\s+and\s+(?=(?:we|they|I)\s))")  # "... on the planet and we are committed to ..."


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence where two statements are joined ("imports rose 6% while exports grew 2%")."""
    spans = []
    pos = start
    for m in _CLAUSE.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [(s, e) for s, e in spans if e > s]
