"""Exit codes and the errors policygen reports to people (on stderr, one line per problem, never a traceback)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from policygen.console import visible


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    """A check found something (reserved for --strict checks and diffs)."""
    BAD_INPUT = 2
    """Bad usage, or an answers file that cannot be read, parsed or validated."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    """Where in the answers: ``data_categories[2].retention``."""

    def __str__(self) -> str:
        """One line; the file name and any user text in it are made visible (no escape sequence reaches a terminal)."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return visible(f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}")


class PolicygenError(Exception):
    """An error that is the user's to fix; the CLI prints each problem and exits with ``exit_code``."""

    exit_code = ExitCode.BAD_INPUT

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class AnswersError(PolicygenError):
    """The answers file cannot be read, parsed or validated."""


class UsageError(PolicygenError):
    """The command line or a path on it is wrong."""
