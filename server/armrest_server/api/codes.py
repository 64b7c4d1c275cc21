"""Codes handler: the ARM code tables, the same for every client."""

from __future__ import annotations

from armrest_server.domain import codes
from armrest_server.http.call import Call, Reply


def listCodes(call: Call) -> Reply:
    # The path parameter's enum (checked by the HTTP layer) is the list of tables.
    return Reply(200, codes.table(call.path["codetype"], call.language))
