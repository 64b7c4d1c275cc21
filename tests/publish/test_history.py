"""The release history (openapi/releases/, tools/releases.py) and the gate's base (tools/contract_diff.py).

The first release is the contract as it stood when releases began, 1.0.0; `diff` compares with the
latest release by default and names it; a change without the bump it needs fails against it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tools import contract_diff as gate
from tools import releases

pytestmark = pytest.mark.slow  # runs Redocly and the release tooling

DAY = dt.date(2026, 12, 7)
NEW_OPERATION = {
    "operationId": "listThingsForTheGate",
    "summary": "A new operation",
    "responses": {"200": {"description": "OK"}},
}


def first_release() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((gate.RELEASES / "armrest-1.0.0.json").read_text(encoding="utf-8"))
    return document


def with_new_operation(document: dict[str, Any], version: str) -> dict[str, Any]:
    """`document` with one operation added (a minor change) and `info.version` set."""
    changed = copy.deepcopy(document)
    changed["paths"]["/things-for-the-gate"] = {"get": NEW_OPERATION}
    changed["info"]["version"] = version
    return changed


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_the_first_release_is_1_0_0_and_the_latest() -> None:
    assert gate.latest_release() == gate.RELEASES / "armrest-1.0.0.json"
    assert first_release()["info"]["version"] == "1.0.0"


def test_diff_names_the_release_it_compares_with(capsys: pytest.CaptureFixture[str]) -> None:
    code = gate.main(["--revision", str(gate.RELEASES / "armrest-1.0.0.json")])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("contract diff: release 1.0.0 (openapi/releases/armrest-1.0.0.json)")


@pytest.mark.parametrize(("version", "code"), [("1.0.0", 1), ("1.0.1", 1), ("1.1.0", 0)])
def test_a_change_fails_the_gate_without_its_bump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str, code: int
) -> None:
    revision = write(tmp_path / "armrest.json", with_new_operation(first_release(), version))
    assert gate.main(["--revision", str(revision)]) == code
    assert ("minor changes need info.version 1.1.0" in capsys.readouterr().err) == (code == 1)


def test_releases_sort_by_version_and_ignore_other_files(tmp_path: Path) -> None:
    for name in ("armrest-1.9.0.json", "armrest-1.10.0.json", "armrest-2.0.0-rc1.json", "notes.json"):
        (tmp_path / name).write_text("{}")
    assert [p.name for _, p in gate.releases(tmp_path)] == ["armrest-1.9.0.json", "armrest-1.10.0.json"]
    assert gate.latest_release(tmp_path) == tmp_path / "armrest-1.10.0.json"
    assert gate.latest_release(tmp_path / "none") is None


def test_recording_keeps_each_new_version_with_its_changelog_entry(tmp_path: Path) -> None:
    folder, log = tmp_path / "releases", tmp_path / "CHANGELOG.md"
    first = write(tmp_path / "first.json", first_release())
    assert releases.record(first, folder, log, DAY) == folder / "armrest-1.0.0.json"
    second = write(tmp_path / "second.json", with_new_operation(first_release(), "1.1.0"))
    assert releases.record(second, folder, log, DAY) == folder / "armrest-1.1.0.json"
    assert releases.record(second, folder, log, DAY) is None  # released already: nothing to do
    text = log.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 1.1.0 (2026-12-07)",
        "## 1.0.0 (2026-12-07)",
    ]
    assert "Compared with release 1.0.0 (" in text and "- `/things-for-the-gate`" in text
    assert "the\n35 operations of Amili's API" in text
    assert (folder / "armrest-1.1.0.json").read_bytes() == second.read_bytes()


def test_a_released_version_never_changes(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copyfile(gate.RELEASES / "armrest-1.0.0.json", folder / "armrest-1.0.0.json")
    changed = write(tmp_path / "changed.json", with_new_operation(first_release(), "1.0.0"))
    with pytest.raises(releases.HistoryError, match=r"1\.0\.0 was released with another contract"):
        releases.record(changed, folder, tmp_path / "CHANGELOG.md", DAY)


def test_a_version_without_its_bump_is_not_recorded(tmp_path: Path) -> None:
    folder, log = tmp_path / "releases", tmp_path / "CHANGELOG.md"
    folder.mkdir()
    shutil.copyfile(gate.RELEASES / "armrest-1.0.0.json", folder / "armrest-1.0.0.json")
    patch = write(tmp_path / "patch.json", with_new_operation(first_release(), "1.0.1"))
    with pytest.raises(releases.HistoryError, match=r"1\.1\.0 or later"):
        releases.record(patch, folder, log, DAY)
    assert (sorted(p.name for p in folder.iterdir()), log.exists()) == (["armrest-1.0.0.json"], False)
