"""``factcheck batch``: the click command. Imports stay inside the function so ``factcheck --help`` is fast."""

from __future__ import annotations

from collections.abc import Sequence

import click


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="DIR_OR_GLOB...")
@click.option("--out", "out", type=click.Path(), default="factcheck-batch", show_default=True,
              help="Output folder: inputs/<slug>/, summary.json, errors.jsonl, index.html.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes on this machine. Default: the number of cores.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster, e.g. tcp://host:8786 (needs factcheck[dask]).")
@click.option("--resume", is_flag=True, help="Skip inputs a previous run finished (same file, same settings).")
@click.option("--evidence", "evidence", type=click.Path(), default=None,
              help="Evidence folder (a Frictionless data package). Default: the bundled one.")
@click.option("--scale", "scale", default="default", show_default=True,
              help="Rating scale: default, politifact, fullfact, or a JSON file.")
@click.option("--templates", "templates", type=click.Path(), default=None,
              help="Folder of Jinja templates that override the packaged ones (index.html too).")
@click.option("--format", "formats", default="html", show_default=True,
              help="Per-input reports, comma-separated: html (always written), md, jsonld.")
@click.option("--metadata", "metadata", type=click.Path(), default=None, metavar="FILE.csv",
              help="Per-input metadata: a `file` column (path relative to the batch root, or file name) and any "
                   "of date/year, about/iso3, speaker/president, title. Front matter wins over it.")
@click.option("--date", "date", default=None,
              help="When the statements were made, YYYY[-MM[-DD]], for inputs whose front matter and "
                   "--metadata row do not say.")
@click.option("--about", default=None,
              help="ISO alpha-3 code of the country the statements speak of, for inputs whose front matter "
                   "and --metadata row do not say.")
@click.option("--top", type=click.IntRange(min=1), default=100, show_default=True,
              help="How many claims index.html ranks.")
@click.option("--timeout", type=click.FloatRange(min=0), default=600, show_default=True,
              help="Give up on one input after this many seconds and record it in errors.jsonl (0: never).")
@click.option("--progress/--no-progress", "show_progress", default=True,
              help="Progress on stderr: a bar on a terminal, plain lines otherwise.")
def batch(sources: Sequence[str], out: str, workers: int | None, scheduler: str | None, resume: bool,
          evidence: str | None, scale: str, templates: str | None, formats: str, metadata: str | None,
          date: str | None, about: str | None, top: int, timeout: float, show_progress: bool) -> None:
    """Check many transcripts: a folder (its .txt and .md files, recursively), a quoted glob, or files.

    \b
    factcheck batch speeches/ --out checked/
    factcheck batch 'speeches/**/*.txt' --out checked/ --workers 4
    factcheck batch speeches/ --out checked/ --resume          after an interruption
    factcheck batch speeches/ --out checked/ --scheduler tcp://10.0.0.5:8786
    factcheck batch speeches/ --out checked/ --metadata speeches.csv   dates etc. per file

    Writes one folder per input (claims.jsonl, verdicts.jsonl, the brief), summary.json, errors.jsonl
    (one line per input that failed; the batch goes on) and index.html, a triage page ranking the
    claims most worth checking. Exit status 0 when the batch finished, even if some inputs failed.
    """
    from concurrent.futures.process import BrokenProcessPool

    from factcheck import __version__
    from factcheck.batch.dask_executor import BatchError
    from factcheck.batch.runner import cpu_count, run_batch
    from factcheck.batch.work import Settings

    chosen = tuple(dict.fromkeys(f.strip() for f in formats.split(",") if f.strip()))
    settings = Settings(evidence=evidence, scale=scale, templates=templates, about=about, date=date,
                        metadata=metadata, formats=chosen, top=top, version=__version__)
    workers = workers or cpu_count()
    try:
        result = run_batch(sources, out, workers=workers, scheduler=scheduler, resume=resume, settings=settings,
                           show_progress=show_progress, timeout=timeout or None)
    except BatchError as exc:
        raise click.ClickException(str(exc)) from None
    except BrokenProcessPool:
        raise click.ClickException("a worker process died (out of memory?); finished inputs are kept: run again "
                                   "with --resume, perhaps with fewer --workers") from None
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted; finished inputs are kept: run again with --resume to go on ({out}/)", err=True)
        raise SystemExit(130) from None
    figures = result.figures
    inputs, claims = figures["inputs"], figures["claims"]
    failed = f", {inputs['failed']} failed (see {out}/errors.jsonl)" if inputs["failed"] else ""
    resumed = f" ({inputs['resumed']} finished by an earlier run)" if inputs["resumed"] else ""
    click.echo(f"{inputs['total']} inputs: {inputs['done']} done{failed}{resumed}; {claims['total']} claims "
               f"in {figures['time']['seconds']:.1f} s")
    if result.metadata:
        click.echo(_matched(result.metadata))
    click.echo(f"triage page: {out}/index.html")


def _matched(figures: dict[str, int]) -> str:
    """How the inputs met the --metadata table, so a table that fits no input is noticed at once."""
    matched = figures["by_path"] + figures["by_name"]
    total = matched + figures["unmatched"] + figures["ambiguous"]
    line = f"metadata: {matched} of {total} inputs have a row in {figures['table']}"
    others = [f"{figures[k]} {one if figures[k] == 1 else many}"
              for k, one, many in (("unmatched", "has none", "have none"),
                                   ("ambiguous", "matches rows that disagree", "match rows that disagree"))
              if figures[k]]
    if others:
        line += f"; {' and '.join(others)} (front matter, else --date/--about, fill in for them)"
    return line
