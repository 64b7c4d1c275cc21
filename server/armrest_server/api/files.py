"""Files handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def listFiles(call: Call) -> Reply:
    raise NotImplementedError


def uploadFiles(call: Call) -> Reply:
    raise NotImplementedError


def getFile(call: Call) -> Reply:
    raise NotImplementedError
