"""The floor: the least a server on this stack does per request, served by uvicorn as armrest is.

One SQLite table of 14-field customers read and written through SQLAlchemy Core, each answer validated
with jsonschema-rs and encoded with orjson; no auth, no routing from the contract. Same paths as armrest,
so the bench sends both the same bytes. Its database: FLOOR_DATABASE_URL, seeded with FLOOR_ROWS (1,000) rows.

Not the stack's own limit: that is bare (bench/bare.py), uvicorn answering armrest's captured bytes with no
application work at all. The floor is what a minimal real application costs on top of it.
"""

import os

import jsonschema_rs
import orjson
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

TEXT = ("name", "organization_no", "email", "phone", "address", "postal_code", "city", "country", "currency")
meta = sa.MetaData()
NUMBERS = ("client_no", "account_no", "due_days")
customers = sa.Table(
    "customers", meta, sa.Column("customer_no", sa.String(20), primary_key=True),
    *(sa.Column(name, sa.Integer) for name in NUMBERS),
    *(sa.Column(name, sa.String) for name in TEXT), sa.Column("created_at", sa.String),
)  # fmt: skip
COLUMNS = [str(c.name) for c in customers.columns]
KIND = {"type": "string", "maxLength": 99}
ROW = {
    "type": "object",
    "required": COLUMNS,
    "additionalProperties": False,
    "properties": {name: {"type": "integer"} if name in NUMBERS else KIND for name in COLUMNS},
}
one_valid = jsonschema_rs.validator_for(ROW)
page_valid = jsonschema_rs.validator_for({"type": "array", "items": ROW, "maxItems": 100})
create_valid = jsonschema_rs.validator_for({"type": "object", "required": ["customer"], "properties": {
    "customer": {"type": "object", "required": ["customerNo", "name"]}}})  # fmt: skip
engine = sa.create_engine(os.environ.get("FLOOR_DATABASE_URL", "sqlite:///floor.db"))
meta.create_all(engine)


def row(n: int | str, name: str) -> dict[str, object]:
    return {"customer_no": str(n), "client_no": 2218, "account_no": 500000, "due_days": 14, "name": name,
            **{t: "x" for t in TEXT[1:]}, "created_at": "2026-01-01T00:00:00Z"}  # fmt: skip


with engine.begin() as conn:
    if not conn.execute(sa.select(sa.func.count()).select_from(customers)).scalar():
        rows = int(os.environ.get("FLOOR_ROWS", "1000"))
        conn.execute(sa.insert(customers), [row(500000 + n, f"Kunde {n}") for n in range(rows)])


def answer(status: int, body: object) -> Response:
    return Response(orjson.dumps(body), status, media_type="application/json")


# Handlers are async and call the database on the event loop: no thread hop, the cheapest a request gets.
async def one(request: Request) -> Response:
    with engine.connect() as conn:
        found = conn.execute(customers.select().where(customers.c.customer_no == request.path_params["no"]))
        values = found.first()
    if values is None:
        return answer(404, {"title": "not found"})
    record = dict(zip(COLUMNS, values, strict=True))  # plain str keys: jsonschema-rs refuses quoted_name
    one_valid.validate(record)
    return answer(200, record)


async def page(request: Request) -> Response:
    size = min(int(request.query_params.get("pagesize", "100")), 100)
    with engine.connect() as conn:
        found = conn.execute(customers.select().order_by(customers.c.customer_no).limit(size))
        records = [dict(zip(COLUMNS, values, strict=True)) for values in found]
    page_valid.validate(records)
    return answer(200, {"customers": records})


async def create(request: Request) -> Response:
    body = orjson.loads(await request.body())
    if not create_valid.is_valid(body):
        return answer(422, {"title": "invalid"})
    customer = body["customer"]
    with engine.begin() as conn:
        conn.execute(sa.insert(customers), row(customer["customerNo"], customer["name"]))
    return answer(201, {"status": "PROCESSED", "result": "CREATED", "customerNo": customer["customerNo"]})


async def health(request: Request) -> Response:
    return answer(200, {"status": "UP"})


BASE = "/arm/v1/clients/{clientno}/customers"
app = Starlette(routes=[Route("/arm/v1/health", health), Route(BASE, page),
                        Route(BASE, create, methods=["POST"]), Route(BASE + "/{no}", one)])  # fmt: skip
