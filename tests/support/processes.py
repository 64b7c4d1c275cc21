"""Environments for the processes tests start.

The test command measures coverage of our code in every Python process it starts (`patch =
["subprocess"]` in pyproject.toml passes `COVERAGE_PROCESS_CONFIG` down). A tool that runs none of
our code (mypy, the client generator) gains nothing from it and runs about twice as slowly traced.
"""

from __future__ import annotations

import os


def unmeasured(**extra: str) -> dict[str, str]:
    """This process's environment without coverage's, plus `extra`: for a tool that runs none of our code."""
    return {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")} | extra
