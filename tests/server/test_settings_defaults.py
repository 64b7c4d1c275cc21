"""The defaults the README gives for settings are the Settings defaults (settings.py, their one home;
`armrest COMMAND --help` prints them from there)."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from armrest_server.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"
# "`--flag` (..., 5 s)": the first figure in the parenthesis after a flag, with its unit of bytes.
MENTION = re.compile(r"`--([a-z-]+)`\s+\(([^)]*)\)")
FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w.])(\s*[KM]iB)?")
BYTES = {None: 1, "KiB": 1024, "MiB": 1024 * 1024}


def _stated() -> list[tuple[str, str, object, object]]:
    """(flag, the figure as written, its value, the Settings default) of each figure stated."""
    defaults = {f.name.replace("_", "-"): f.default for f in fields(Settings)}
    stated = []
    for mention in MENTION.finditer(README.read_text(encoding="utf-8")):
        flag, default = mention[1], defaults.get(mention[1])
        figure = FIGURE.search(mention[2])
        if figure is None or default is None or isinstance(default, bool):
            continue
        unit = figure[2].strip() if figure[2] else None
        value = figure[1] if isinstance(default, str) else float(figure[1]) * BYTES[unit]
        stated.append((flag, figure[0], value, default))
    return stated


def test_the_readme_states_the_settings_defaults() -> None:
    stated = _stated()
    assert len(stated) >= 15, stated  # the README's settings paragraphs are read, not skipped
    assert [(flag, text, default) for flag, text, value, default in stated if value != default] == []
