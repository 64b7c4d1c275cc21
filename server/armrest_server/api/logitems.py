"""LogItems handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def getLogItem(call: Call) -> Reply:
    raise NotImplementedError


def listLogItems(call: Call) -> Reply:
    raise NotImplementedError
