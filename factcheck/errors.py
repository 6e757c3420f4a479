"""Problems a user can fix, as data: a stable code, the place, and what to do.

The CLI turns a :class:`FactcheckError` into one line on stderr (``file:line: [FC101] message``) and exit
status 1, at a single boundary. The catalogue below is the list the README links to; codes never change
meaning once released.
"""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, str] = {
    # input documents
    "FC101": "input file not found",
    "FC102": "input path is a directory, not a file",
    "FC103": "input is not text (binary data)",
    "FC104": "input text encoding cannot be known for sure",
    "FC105": "front matter is broken (unterminated, not YAML, or not a mapping)",
    "FC106": "front matter field has a bad value",
    "FC107": "input is empty",
    # records
    "FC201": "a JSON Lines file has a line that is not JSON",
    "FC202": "a record is missing a field or has a bad value",
    # evidence
    "FC301": "evidence folder has no datapackage.json",
    "FC302": "datapackage.json is broken",
    "FC303": "an evidence resource is broken",
    "FC304": "evidence groups table is broken",
    "FC305": "a file to import does not fit the format named",
    "FC306": "cannot import into this evidence folder",
    # outputs and options
    "FC401": "output path cannot be written",
    "FC402": "unknown report format",
    "FC403": "template folder or template is broken",
    "FC404": "unknown rating scale",
    "FC405": "batch metadata table is broken (not found, no `file` column, a bad date)",
}


@dataclass
class Problem:
    """One problem: where it is and what is wrong. ``line``/``field`` are optional places."""

    code: str
    message: str
    path: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        place = self.path or "factcheck"
        if self.line is not None:
            place += f":{self.line}"
        if self.field:
            place += f": {self.field}"
        return f"{place}: [{self.code}] {self.message}"


class FactcheckError(Exception):
    """A problem with the user's input or data. Carries one or more :class:`Problem`."""

    def __init__(self, code: str, message: str, path: str | None = None, line: int | None = None,
                 field: str | None = None, problems: list[Problem] | None = None) -> None:
        if code not in CATALOGUE:
            raise ValueError(f"unknown problem code {code}")
        self.problems = problems or [Problem(code, message, path, line, field)]
        super().__init__(str(self.problems[0]))

    @classmethod
    def of(cls, problems: list[Problem]) -> FactcheckError:
        first = problems[0]
        return cls(first.code, first.message, first.path, first.line, first.field, problems=problems)

    @property
    def code(self) -> str:
        return self.problems[0].code
