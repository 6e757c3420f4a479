"""The ``factcheck`` command: a thin click shell over :mod:`factcheck.pipeline` and friends.

User errors (:class:`~factcheck.errors.FactcheckError`) become one line per problem on stderr
(``file:line: [FC101] what is wrong``) and exit status 1, here and only here. ``--verbose`` adds the
traceback. Usage errors are click's (exit 2).
"""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import click

from factcheck import __version__
from factcheck.errors import FactcheckError

DEFAULT_FORMATS = "md,html,jsonld"


class FactcheckGroup(click.Group):
    """Turns problems with the user's input into clean one-line errors at a single boundary."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            if ctx.meta.get("factcheck.verbose"):
                traceback.print_exc()
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            ctx.exit(1)
        except BrokenPipeError:  # output piped into `head`: nothing is wrong
            sys.stderr.close()
            ctx.exit(0)
        except OSError as exc:  # disk full, permission denied … on a path the user gave
            if ctx.meta.get("factcheck.verbose"):
                traceback.print_exc()
            click.echo(f"{exc.filename or 'factcheck'}: [FC401] {exc.strerror or exc}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug of ours: one line, and the way to the details
            if ctx.meta.get("factcheck.verbose"):
                raise
            click.echo(f"factcheck: internal error ({type(exc).__name__}: {exc}); this is a bug in factcheck, "
                       "not in your input — rerun with --verbose for the traceback and report it", err=True)
            ctx.exit(1)


def _formats(value: str) -> list[str]:
    return [f.strip() for f in value.split(",") if f.strip()]


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--verbose", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Check the numbers in what politicians and officials say.

    \b
    factcheck run                      check the bundled founding article
    factcheck run speech.md            extract, check and report one transcript
    factcheck evidence list            the series verdicts can rest on
    """
    ctx.meta["factcheck.verbose"] = verbose


evidence_option = click.option("--evidence", "evidence", type=click.Path(), default=None,
                               help="Evidence folder (a Frictionless data package). Default: the bundled one.")
scale_option = click.option("--scale", "scale", default="default", show_default=True,
                            help="Rating scale: default, politifact, fullfact, or a JSON file.")
templates_option = click.option("--templates", "templates", type=click.Path(), default=None,
                                help="Folder of Jinja templates that override the packaged ones.")
about_option = click.option("--about", default=None,
                            help="ISO alpha-3 code of the country the statements speak of (overrides the "
                                 "front matter).")
date_option = click.option("--date", "date", default=None,
                           help="When the statements were made, YYYY[-MM[-DD]] (overrides the front matter): "
                                "periods like 'last year' resolve against it and claims are judged as of it.")


@main.command()
@click.argument("inputs", nargs=-1)
@evidence_option
@click.option("--out", "out", type=click.Path(), default="factcheck-out", show_default=True,
              help="Output folder.")
@click.option("--format", "formats", default=DEFAULT_FORMATS, show_default=True,
              help="Report formats, comma-separated: md, html, jsonld.")
@templates_option
@scale_option
@about_option
@date_option
def run(inputs: Sequence[str], evidence: str | None, out: str, formats: str, templates: str | None, scale: str,
        about: str | None, date: str | None) -> None:
    """Extract, check and report. With no INPUT, runs on the bundled founding article."""
    from factcheck.pipeline import read_inputs
    from factcheck.pipeline import run as run_job

    documents = read_inputs(inputs, about, date)
    result = run_job(documents, out=Path(out), formats=_formats(formats), evidence=evidence,
                     templates=templates, scale_name=scale)
    for problem in result.evidence_problems:
        click.echo(f"warning: evidence left out: {problem}", err=True)
    _print_table(result.verdicts)
    click.echo(f"\n{len(result.claims)} claims, {len(result.verdicts)} verdicts; wrote {len(result.written)} "
               f"files to {out}/")


def _warn_broken_evidence(store: Any) -> None:
    """Broken evidence files are left out, not fatal: say which, once, before the verdicts."""
    for problem in store.package.problems:
        click.echo(f"warning: evidence left out: {problem}", err=True)


def _emit(records: Sequence[Any], out: str, what: str) -> None:
    """JSON Lines to stdout (``-``) or atomically to a file."""
    from factcheck.records import dumps, write_jsonl

    if out == "-":
        for record in records:
            click.echo(dumps(record))
    else:
        write_jsonl(out, records)
        click.echo(f"{len(records)} {what} written to {out}", err=True)


def _read(path: str, reader: Any) -> list[Any]:
    """Records from a JSON Lines file, or from standard input for ``-``."""
    if path == "-":
        return reader("<stdin>", sys.stdin.read())
    return reader(path)


def _print_table(verdicts: Sequence[Any]) -> None:
    width = 78
    for verdict in verdicts:
        claim = verdict.claim
        text = " ".join(claim.text.split()) if claim else verdict.claim_id
        if len(text) > width:
            text = text[: width - 1] + "…"
        kind = claim.kind if claim else "?"
        click.echo(f"{verdict.rating:<13} {kind:<7} {text}")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", default="-", show_default=True, help="JSON Lines file, or - for stdout.")
@about_option
@date_option
def extract(inputs: Sequence[str], out: str, about: str | None, date: str | None) -> None:
    """Claim records (JSON Lines) from transcripts."""
    from factcheck.pipeline import extract_all, read_inputs

    _emit(extract_all(read_inputs(inputs, about, date)), out, "claims")


@main.command()
@click.argument("claims_file", metavar="CLAIMS.jsonl")
@evidence_option
@click.option("--out", "out", default="-", show_default=True, help="JSON Lines file, or - for stdout.")
@scale_option
def check(claims_file: str, evidence: str | None, out: str, scale: str) -> None:
    """Verdict records (JSON Lines) for claim records."""
    from factcheck.evidence import EvidenceStore
    from factcheck.records import read_claims
    from factcheck.rules import check as check_claims
    from factcheck.scales import load_scale

    claims = _read(claims_file, read_claims)
    store = EvidenceStore.load(evidence)
    _warn_broken_evidence(store)
    _emit(check_claims(claims, store, load_scale(scale)), out, "verdicts")


@main.command()
@click.argument("verdicts_file", metavar="VERDICTS.jsonl")
@click.option("--format", "formats", default=DEFAULT_FORMATS, show_default=True,
              help="Report formats, comma-separated: md, html, jsonld.")
@click.option("--out", "out", type=click.Path(), default="factcheck-out", show_default=True,
              help="Output folder.")
@templates_option
@scale_option
def report(verdicts_file: str, formats: str, out: str, templates: str | None, scale: str) -> None:
    """Reports (one per input document and format) from verdict records."""
    from factcheck.pipeline import prepare_out, write_reports
    from factcheck.records import read_verdicts
    from factcheck.report import FORMATS
    from factcheck.scales import load_scale

    chosen = _formats(formats)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise FactcheckError("FC402", f"unknown report format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    verdicts = _read(verdicts_file, read_verdicts)
    prepare_out(Path(out))
    written = write_reports(verdicts, Path(out), chosen, slugs={}, templates=templates, scale=load_scale(scale))
    for path in written:
        click.echo(str(path))


class LazyGroup(FactcheckGroup):
    """A group whose heavier subcommands are imported only when they run (or their help is shown).

    ``evidence import`` pulls in pandas and the importers; ``factcheck batch`` workers and ``--help``
    should not pay for that.
    """

    lazy: ClassVar[dict[str, str]] = {"import": "factcheck.evidence.import_cli:import_command"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, _, attribute = self.lazy[name].partition(":")
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)


@main.group(cls=LazyGroup)
def evidence() -> None:
    """Check and browse evidence."""


@evidence.command("validate")
@click.argument("directory", required=False)
def evidence_validate(directory: str | None) -> None:
    """Report every problem in an evidence folder; exit 1 if there is one."""
    from factcheck.evidence import load_package

    package = load_package(directory)
    for notice in package.notices:
        click.echo(f"note: {notice}", err=True)
    if package.problems:
        raise FactcheckError.of(package.problems)
    rows = len(package.observations)
    click.echo(f"{package.directory}: {len(package.resources)} series resources, {rows:,} observations, "
               f"{sum(1 for _ in package.groups)} groups: no problems")


@evidence.command("list")
@evidence_option
def evidence_list(evidence: str | None) -> None:
    """Each series with its coverage (first and last period) and source."""
    from factcheck.evidence.browse import series_table

    for line in series_table(evidence):
        click.echo(line)


@evidence.command("show")
@click.argument("series")
@evidence_option
@click.option("--last", default=24, show_default=True, help="How many of the latest periods to show.")
def evidence_show(series: str, evidence: str | None, last: int) -> None:
    """The values of one series (RESOURCE:SERIES or SERIES), with a small terminal chart."""
    from factcheck.evidence.browse import show_series

    for line in show_series(series, evidence, last):
        click.echo(line)


@main.command("rules")
def list_rules() -> None:
    """The rules installed, one per claim kind."""
    from factcheck.rules import registered_rules

    for kind, rule in registered_rules().items():
        needs = ", ".join(rule.needs) or "-"
        click.echo(f"{kind:<7} {rule.__module__}.{rule.__name__}: {rule.title} (needs {needs})")


from factcheck.batch.cli import batch  # noqa: E402 - registered last, keeps start-up light

main.add_command(batch)


if __name__ == "__main__":
    main()
