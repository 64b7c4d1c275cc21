"""The release step (tools/release.py): the client's version is the contract's, and checksums."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import release


def test_a_client_of_another_version_is_not_released(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = tmp_path / "armrest-client"
    client.mkdir()
    (client / "pyproject.toml").write_text('[project]\nname = "armrest-client"\nversion = "9.9.9"\n')
    monkeypatch.setattr(release, "CLIENT", client)
    with pytest.raises(release.ReleaseError, match=r"9\.9\.9"):
        release.release(tmp_path / "dist")


def test_checksums_name_each_file_relative_to_dist(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "index.html"
    page.write_bytes(b"")
    empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert release.checksums(tmp_path, [page]) == f"{empty}  docs/index.html\n"
