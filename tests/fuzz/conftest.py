"""The contract under schemathesis, in-process: the bundle against the ASGI app on a fresh demo database.

The schema is loaded from generated/openapi/armrest.yaml with the repository's schemathesis.toml
(checks, phases, seed) when this module is imported, because `schema.parametrize()` makes one test
per operation at collection. Two things only a server knows are settled here first: the tokens of
the two identities the auth checks use (signed with a signing key chosen for this run, which the
app of the `fuzz_app` fixture is then started with), and the app itself, bound to `TARGET` while
the fixture runs.
"""

from __future__ import annotations

import atexit
import json
import os
import secrets
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from armrest_server.auth import Authority
from armrest_server.demo import seed
from armrest_server.http.compiler import lift
from armrest_server.settings import Settings
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, running
from tests.support.spec import load

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "generated" / "openapi" / "armrest.yaml"
CONFIG = ROOT / "schemathesis.toml"
JWT_KEY = secrets.token_hex(32)
TOKEN_TTL = 6 * 3600


def auth_document(owner: str, stranger: str) -> dict[str, Any]:
    """Two WFC identities: `owner` (client 2218) sends every request; `stranger` (2219 only) is its peer."""

    def user(name: str, token: str) -> dict[str, Any]:
        return {"name": name, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}

    return {"schemaVersion": "0.2.0", "auth": [user("owner", owner), user("stranger", stranger)]}


# In-process the run is a smoke test of the pytest integration (the app, its hooks and checks in one
# process): the fuzz stage after pytest (tools/fuzz.py, the README's test command) runs the file's full
# counts and every phase against a served process, and fails when an operation got fewer cases.
IN_PROCESS_EXAMPLES = 5


def load_config(auth_path: Path) -> SchemathesisConfig:
    data = tomllib.loads(CONFIG.read_text())
    data["generation"]["max-examples"] = IN_PROCESS_EXAMPLES
    data["phases"]["coverage"]["enabled"] = False  # its boundary cases do not scale with max-examples
    data["auth"]["wfc"]["path"] = str(auth_path)
    if os.environ.get("CI"):
        data.setdefault("generation", {})["deterministic"] = True
    return SchemathesisConfig.from_dict(data, base_dir=str(ROOT))


class InProcess:
    """The ASGI app under test, bound while `fuzz_app` runs."""

    app: Any = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            # `running()` runs the app's lifespan (its batch workers). Refusing the scope before reading a
            # message is how an ASGI app says it has none, so schemathesis does not start a second one.
            raise RuntimeError("the fuzz_app fixture runs the lifespan")
        if self.app is None:
            raise RuntimeError("the app is bound by the fuzz_app fixture")
        await self.app(scope, receive, send)


def _load() -> schemathesis.specs.openapi.schemas.OpenApiSchema:
    authority = Authority(Settings(jwt_key=JWT_KEY), engine=None)  # type: ignore[arg-type]  # a key: no database
    owner = authority.issue("fuzz-owner", [CLIENTNO], TOKEN_TTL).access_token
    stranger = authority.issue("fuzz-stranger", [OTHER_CLIENTNO], TOKEN_TTL).access_token
    folder = tempfile.mkdtemp(prefix="armrest-fuzz-")
    atexit.register(shutil.rmtree, folder, True)
    auth = Path(folder) / "auth.json"
    auth.write_text(json.dumps(auth_document(owner, stranger)))
    # Cases are drawn from the bundle with our proposals lifted: the sandbox enforces them on requests.
    lifted = lift(load(BUNDLE))
    loaded = schemathesis.openapi.from_dict(lifted, config=load_config(auth))
    loaded.app = TARGET
    return loaded


TARGET = InProcess()
SCHEMA = _load()


@pytest.fixture(scope="session")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("fuzz")
    with running(f"sqlite:///{folder / 'armrest.db'}", jwt_key=JWT_KEY) as api:
        seed(api.services.engine, forms=api.services.forms)
        TARGET.app = api.client.app
        try:
            yield
        finally:
            TARGET.app = None
