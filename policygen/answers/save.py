"""Save answers as YAML that people can read and diff: model field order, only what was answered."""

from __future__ import annotations

from pathlib import Path

import yaml

from policygen.files import write_atomic
from policygen.model import Answers


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def dump_answers(answers: Answers) -> str:
    data = answers.model_dump(mode="python", exclude_unset=True)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def save_answers(answers: Answers, path: str | Path) -> None:
    write_atomic(path, dump_answers(answers))
