"""GlMovements handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def getLatestGlMovement(call: Call) -> Reply:
    raise NotImplementedError


def listGlMovements(call: Call) -> Reply:
    raise NotImplementedError
