"""The release history: every released contract kept in openapi/releases/, and its changelog entry.

`nox -s release` calls `record` with the bundle it releases. A version not released yet is kept as
`openapi/releases/armrest-VERSION.json` (the JSON bundle, byte for byte) and gets its entry in
CHANGELOG.md, rated against the latest release before it by the diff gate (tools/contract_diff.py),
which compares every later contract with it. A version already released must not change: releasing
it again with another bundle is refused (bump `info.version` instead).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from tools import contract_diff

FIRST_ENTRY = """## {version} ({date})

The first release: the contract as the workspace has kept it since its first commit, the
{operations} operations of Amili's API (documented, inferred and designed) and the sandbox's own
controls.
"""


class HistoryError(RuntimeError):
    pass


def release_file(version: str, folder: Path) -> Path:
    return folder / f"armrest-{version}.json"


def operation_count(document: dict[str, object]) -> int:
    """The operations of Amili's API in `document` (the sandbox-only ones left out)."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return 0
    return sum(
        1
        for item in paths.values()
        if isinstance(item, dict)
        for method, operation in item.items()
        if method in contract_diff.METHODS and not operation.get(contract_diff.SANDBOX)
    )


def entry_for(bundle: Path, folder: Path, date: dt.date) -> str:
    """The changelog entry of `bundle`'s version: its changes since the latest release in `folder`."""
    revision = json.loads(bundle.read_text(encoding="utf-8"))
    previous = contract_diff.latest_release(folder)
    if previous is None:
        version = str(revision["info"]["version"])
        return FIRST_ENTRY.format(
            version=version, date=date.isoformat(), operations=operation_count(revision)
        )
    diff = contract_diff.compare(json.loads(previous.read_text(encoding="utf-8")), revision)
    problems = diff.problems()
    if problems:
        raise HistoryError("; ".join(problems))
    return contract_diff.changelog_entry(diff, contract_diff.release_name(previous), date)


def record(bundle: Path, folder: Path, changelog: Path, date: dt.date | None = None) -> Path | None:
    """Keep `bundle` as a release and write its changelog entry; None when that version is kept already.

    Raises HistoryError when the version was released with another bundle, or when the version
    does not carry the changes since the latest release."""
    version = str(json.loads(bundle.read_text(encoding="utf-8"))["info"]["version"])
    kept = release_file(version, folder)
    if kept.exists():
        if kept.read_bytes() != bundle.read_bytes():
            raise HistoryError(f"{version} was released with another contract: bump info.version")
        return None
    entry = entry_for(bundle, folder, date or dt.date.today())
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundle, kept)
    contract_diff.write_changelog(changelog, entry, version)
    return kept
