"""The release step (tools/release.py): the client's version is the contract's, and checksums."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def test_a_server_of_another_version_is_not_released(monkeypatch: pytest.MonkeyPatch) -> None:
    contract = release.client_version(release.CLIENT)  # the client made from this contract
    monkeypatch.setattr(release, "server_version", lambda: "9.9.8")
    refused = rf"server 9\.9\.8 \(pyproject\.toml\), contract {contract}"
    with pytest.raises(release.ReleaseError, match=refused):
        release.check_versions(contract)


def test_the_released_client_carries_the_changelog_in_its_package(tmp_path: Path) -> None:
    source = release.client_source(release.CLIENT, tmp_path, release.CHANGELOG)
    packed = source / "armrest_client" / "CHANGELOG.md"
    assert packed.read_bytes() == release.CHANGELOG.read_bytes()
    assert not list(source.rglob("__pycache__"))


def test_released_workflows_name_the_released_contracts(tmp_path: Path) -> None:
    (tmp_path / "openapi").mkdir()
    for name in release.CONTRACTS:
        (tmp_path / "openapi" / name).write_bytes((release.BUNDLE / name).read_bytes())
    copied = release.copy_workflows(release.WORKFLOWS, tmp_path / "workflows")
    assert [p.name for p in copied] == sorted(p.name for p in release.WORKFLOWS.glob("*.arazzo.yaml"))
    for flow in copied:
        document = yaml.safe_load(flow.read_text(encoding="utf-8"))
        urls = [source["url"] for source in document["sourceDescriptions"]]
        assert urls == ["../openapi/armrest.yaml", "../openapi/token.yaml"]
        assert all((flow.parent / url).resolve().is_file() for url in urls)
