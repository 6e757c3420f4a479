"""Words per second of claim extraction against the bare spaCy tokenizer, on the same texts, in one run.

    python benchmarks/extract_speed.py [--corpus DIR] [--limit N]

Default corpus: the 2017–2024 UN General Debate speeches (about 3.2 M words) beside this checkout in
``../shared/data/corpora/ungdc/sessions_2017-2024``. Target (issue "Claim extraction that generalises"):
extraction at least 0.10 of the bare ``spacy.blank("en")`` tokenizer's speed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from factcheck.documents import read_document
from factcheck.extract import build_pipeline, extract

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/data/corpora/ungdc/sessions_2017-2024"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))[: args.limit]
    if not files:
        raise SystemExit(f"extract_speed: no .txt files under {args.corpus} (pass --corpus)")
    documents = [read_document(path) for path in files]
    words = sum(len(doc.text.split()) for doc in documents)

    blank = spacy.blank("en")
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in blank.tokenizer.pipe(d.text for d in documents))
    tokenizer_seconds = time.perf_counter() - start

    nlp = build_pipeline()
    start = time.perf_counter()
    claims = sum(len(extract(document, nlp)) for document in documents)
    extract_seconds = time.perf_counter() - start

    tokenizer_rate = words / tokenizer_seconds
    extract_rate = words / extract_seconds
    print(f"corpus:                {len(files):,} files, {words:,} words ({tokens:,} tokens)")
    print(f"bare tokenizer:        {tokenizer_rate:,.0f} words/s ({tokenizer_seconds:.1f} s)")
    print(f"factcheck extract:     {extract_rate:,.0f} words/s ({extract_seconds:.1f} s), {claims:,} claims")
    print(f"ratio:                 {extract_rate / tokenizer_rate:.3f} of the bare tokenizer (target >= 0.10)")


if __name__ == "__main__":
    main()
