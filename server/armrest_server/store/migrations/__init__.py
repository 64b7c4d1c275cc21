"""The migration chain's head, read from the scripts' own `revision` and `down_revision` lines.

A server start on a database that is already current must not import Alembic (with Mako and
Pygments it was most of the start-up time): store/db.migrate compares the database's
alembic_version with these heads in one query and runs Alembic only when they differ.
tests/server/test_migrations.py pins the heads read here to Alembic's own ScriptDirectory.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).parent / "versions"
# A module-level assignment (optionally annotated) at the start of a line, as Alembic writes them.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)[ \t]*(?::[^=\n]*)?=[ \t]*(.+?)[ \t]*$", re.MULTILINE)


@cache
def heads() -> frozenset[str] | None:
    """The revisions that no other revision follows; None when a script does not say its revisions
    in a form read here (then Alembic itself decides whether to migrate)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    # The files Alembic reads as revisions: every *.py of versions/ but __init__ and editor backups.
    for script in VERSIONS.glob("*.py"):
        if script.name.startswith(("__init__", ".#")):
            continue
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        downs = down if isinstance(down, tuple | list) else (down,)
        if not isinstance(revision, str) or not all(d is None or isinstance(d, str) for d in downs):
            return None
        revisions.add(revision)
        followed.update(d for d in downs if d is not None)
    return frozenset(revisions - followed) or None
