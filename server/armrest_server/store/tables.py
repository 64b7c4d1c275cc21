"""Every table of the server. Money is integer øre (BigInteger), never a float.

Each client's rows carry `clientno`, and every query filters on it: no data of one client is ever
visible to another.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)
Id = BigInteger().with_variant(Integer, "sqlite")  # SQLite autoincrements INTEGER PRIMARY KEY only
# Ids a client sees (arItemId, documentBundleId, glItemId, logItemId, reservationId) are numbered per
# client from `counters` in the writing transaction, so they show nothing of other clients' writes:
# the key is (clientno, id), and rows referring to such a row name it by both.
ClientId = Id
Utc = DateTime(timezone=True)
STALE = text("wire IS NULL")  # a row whose wire form is to be made (store/stored_forms.py)

# --- security -------------------------------------------------------------------------------------
signing_keys = Table(
    "signing_keys",
    metadata,
    Column("kid", String(64), primary_key=True),
    Column("secret", String(200), nullable=False),
    Column("created_at", Utc, nullable=False),
)
api_clients = Table(
    "api_clients",
    metadata,
    Column("client_id", String(100), primary_key=True),
    Column("secret_hash", String(200), nullable=False),  # pbkdf2-sha256, salted
    Column("clients", JSON, nullable=False),  # client numbers this API client may use
    Column("created_at", Utc, nullable=False),
)
# Removed API clients: their tokens issued up to `revoked_at` are refused (auth.Revocations).
revocations = Table(
    "revocations",
    metadata,
    Column("subject", String(100), primary_key=True),  # a token's `sub`: the API client's id
    Column("revoked_at", Utc, nullable=False),
)

# --- clients and their configuration ---------------------------------------------------------------
clients = Table(
    "clients",
    metadata,
    Column("clientno", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("created_at", Utc, nullable=False),
)
client_configs = Table(
    "client_configs",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("config_key", String(50), primary_key=True),
    Column("value", JSON, nullable=False),
    Column("changed_at", Utc, nullable=False),
)
counters = Table(
    "counters",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("name", String(30), primary_key=True),  # accountNo, voucherNo, jobQueueId
    Column("value", BigInteger, nullable=False),
)

# --- customers and documents ----------------------------------------------------------------------
customers = Table(
    "customers",
    metadata,
    Column("id", Id, primary_key=True),
    Column("clientno", Integer, ForeignKey("clients.clientno"), nullable=False),
    Column("customer_no", String(20), nullable=False),
    Column("customer_key", String(20), nullable=False),  # lower case: values compare case-insensitively
    Column("account_no", BigInteger, nullable=False),
    Column("name", String(200), nullable=False),
    Column("name_key", String(200), nullable=False),
    Column("customer_category", String(20)),
    Column("organization_no", String(9)),
    Column("data", JSON, nullable=False),  # the other documented fields, as on the wire
    Column("created_at", Utc, nullable=False),
    Column("changed_at", Utc, nullable=False),
    # The record as the API answers it, validated when written (store/stored_forms.py).
    Column("wire", LargeBinary),
    Column("wire_schema", String(32)),  # the fingerprint of the schema `wire` was validated against
    # The per-client version of the write that made the row as it is (0: as inserted): store/history.py.
    Column("row_version", BigInteger, nullable=False, server_default="0"),
    UniqueConstraint("clientno", "customer_key"),
    UniqueConstraint("clientno", "account_no"),
    Index("ix_customers_clientno_changed_at", "clientno", "changed_at"),
    # Rows without a form, by index (migration 0005). The writers now name the rows whose forms are
    # to be made by id (store/stored_forms.py), so no query reads it: dropping it takes a migration.
    Index("ix_customers_stale", "clientno", "id", sqlite_where=STALE, postgresql_where=STALE),
)
document_bundles = Table(
    "document_bundles",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("id", ClientId, primary_key=True, autoincrement=False),
    Column("customer_id", Id, ForeignKey("customers.id"), nullable=False),
    Column("bundle_key", String(50)),
    Column("distribution_type", String(20), nullable=False),
    Column("status", String(20), nullable=False),
    Column("created_at", Utc, nullable=False),
    Index("ix_document_bundles_clientno_customer_id_bundle_key", "clientno", "customer_id", "bundle_key"),
)
documents = Table(
    "documents",
    metadata,
    Column("id", Id, primary_key=True),
    Column("clientno", Integer, ForeignKey("clients.clientno"), nullable=False),
    Column("document_no", String(30), nullable=False),
    Column("document_key", String(30), nullable=False),
    Column("document_uuid", String(36), nullable=False, unique=True),
    Column("document_type", String(20), nullable=False),
    Column("customer_id", Id, ForeignKey("customers.id"), nullable=False),
    Column("document_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("kid", String(25)),
    Column("reference_no", String(50)),
    Column("credited_document_id", Id, ForeignKey("documents.id")),
    Column("bundle_id", ClientId),
    Column("amount_excl_vat", BigInteger, nullable=False),
    Column("vat_amount", BigInteger, nullable=False),
    Column("amount_incl_vat", BigInteger, nullable=False),
    Column("data", JSON, nullable=False),  # lines (amounts in øre), references, distribution
    Column("created_at", Utc, nullable=False),
    UniqueConstraint("clientno", "document_key"),
    ForeignKeyConstraint(["clientno", "bundle_id"], ["document_bundles.clientno", "document_bundles.id"]),
    Index("ix_documents_clientno_customer_id", "clientno", "customer_id"),
    Index("ix_documents_clientno_kid", "clientno", "kid"),
    Index("ix_documents_clientno_document_date", "clientno", "document_date"),
)

# --- the AR ledger --------------------------------------------------------------------------------
ar_items = Table(
    "ar_items",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("id", ClientId, primary_key=True, autoincrement=False),
    Column("customer_id", Id, ForeignKey("customers.id"), nullable=False),
    Column("document_id", Id, ForeignKey("documents.id")),  # null for an unapplied payment credit
    Column("document_type", String(20), nullable=False),  # a document type, or PAYMENT for unapplied money
    Column("kid", String(25)),
    Column("document_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("original_amount", BigInteger, nullable=False),  # øre; + debit, - credit
    Column("remaining_amount", BigInteger, nullable=False),  # same sign as original, never beyond it
    Column("status", String(10), nullable=False),
    Column("closed_date", Date),
    Column("in_debt_collection", Boolean, nullable=False, default=False),
    Column("stop_reminder_until", Date),
    Column("stop_debt_collection_until", Date),
    Column("stop_interest_calc_until", Date),
    Column("created_at", Utc, nullable=False),
    Column("changed_at", Utc, nullable=False),
    Column("wire", LargeBinary),  # as on customers
    Column("wire_schema", String(32)),
    Column("row_version", BigInteger, nullable=False, server_default="0"),  # as on customers
    Index("ix_ar_items_clientno_customer_id_status", "clientno", "customer_id", "status"),
    Index("ix_ar_items_clientno_kid", "clientno", "kid"),
    Index("ix_ar_items_clientno_due_date", "clientno", "due_date"),
    Index("ix_ar_items_document_id", "document_id"),
    Index("ix_ar_items_stale", "clientno", "id", sqlite_where=STALE, postgresql_where=STALE),
)
ar_applications = Table(
    "ar_applications",
    metadata,
    Column("id", Id, primary_key=True),
    Column("clientno", Integer, ForeignKey("clients.clientno"), nullable=False),
    Column("ar_item_id", ClientId, nullable=False),
    Column("amount", BigInteger, nullable=False),  # øre, signed like the item's remaining change
    Column("applied_date", Date, nullable=False),
    Column("source", String(20), nullable=False),  # AUTOPOSTING | CREDITNOTE
    Column("voucher_no", BigInteger, nullable=False),
    Column("created_at", Utc, nullable=False),
    ForeignKeyConstraint(["clientno", "ar_item_id"], ["ar_items.clientno", "ar_items.id"]),
    Index("ix_ar_applications_ar_item_id", "ar_item_id"),
)
payment_reservations = Table(
    "payment_reservations",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("id", ClientId, primary_key=True, autoincrement=False),
    Column("payment_id", String(64), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("payment_date", Date),
    Column("expires_on", Date, nullable=False),
    Column("ar_item_id", ClientId),
    Column("customer_id", Id, ForeignKey("customers.id"), nullable=False),
    Column("status", String(10), nullable=False),  # ACTIVE | CONSUMED
    Column("created_at", Utc, nullable=False),
    UniqueConstraint("clientno", "payment_id"),
    ForeignKeyConstraint(["clientno", "ar_item_id"], ["ar_items.clientno", "ar_items.id"]),
    Index("ix_payment_reservations_ar_item_id", "ar_item_id"),
)

# --- the general ledger: entries only; movements and balances are derived from them ---------------
gl_entries = Table(
    "gl_entries",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("id", ClientId, primary_key=True, autoincrement=False),
    Column("voucher_no", BigInteger, nullable=False),
    Column("gl_year", Integer, nullable=False),
    Column("gl_period", Integer, nullable=False),
    Column("posting_date", Date, nullable=False),
    Column("account_no", String(4), nullable=False),
    Column("amount", BigInteger, nullable=False),  # øre; + debit, - credit
    Column("text", String(200), nullable=False),
    Column("document_id", Id, ForeignKey("documents.id")),
    Column("ar_item_id", ClientId),
    Column("customer_id", Id, ForeignKey("customers.id")),
    Column("source", String(20), nullable=False),
    Column("created_at", Utc, nullable=False),
    ForeignKeyConstraint(["clientno", "ar_item_id"], ["ar_items.clientno", "ar_items.id"]),
    Index(
        "ix_gl_entries_clientno_gl_year_gl_period_account_no",
        "clientno",
        "gl_year",
        "gl_period",
        "account_no",
    ),
    Index("ix_gl_entries_clientno_voucher_no", "clientno", "voucher_no"),
    Index("ix_gl_entries_document_id", "document_id"),
)

# --- asynchronous work ----------------------------------------------------------------------------
batches = Table(
    "batches",
    metadata,
    Column("batch_uuid", String(36), primary_key=True),
    Column("clientno", Integer, ForeignKey("clients.clientno"), nullable=False),
    Column("batch_type", String(30), nullable=False),
    Column("status", String(30), nullable=False),
    Column("user_id", String(100), nullable=False),
    Column("payload", JSON, nullable=False),  # the items (or the report request) as received
    Column("item_count", Integer, nullable=False),
    Column("processed_count", Integer, nullable=False, default=0),
    Column("accepted_count", Integer, nullable=False, default=0),
    Column("rejected_count", Integer, nullable=False, default=0),
    Column("job_queue_id", BigInteger),
    Column("dedupe_key", String(64)),  # report jobs: identical requests share a queued job
    Column("file_id", String(36)),
    Column("created_at", Utc, nullable=False),
    Column("started_at", Utc),
    Column("completed_at", Utc),
    Column("lease_until", Utc),  # a worker's claim; a crashed worker's claim runs out
    # Claims since the batch last made progress; after the limit it ends FAILED (worker/queue.py).
    Column("attempts", Integer, nullable=False, default=0, server_default="0"),
    Column("problem", JSON),  # why a FAILED batch ended (a Problem's title and detail)
    Column("progress_at", Utc),  # when item results last committed; health counts batches stuck past it
    Index("ix_batches_status_created_at", "status", "created_at"),
    Index("ix_batches_clientno_dedupe_key", "clientno", "dedupe_key"),
)
batch_items = Table(
    "batch_items",
    metadata,
    Column("batch_uuid", String(36), ForeignKey("batches.batch_uuid"), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("item_key", String(50), nullable=False),
    Column("result_type", String(10), nullable=False),  # ACCEPTED | REJECTED
    Column("result", String(20)),
    Column("errors", JSON, nullable=False),
)
# The sandbox's clock (--sandbox-controls): how far it runs ahead of the system clock, one row, kept
# in the database so that every server process (and batch worker) reads the same time.
sandbox_clock = Table(
    "sandbox_clock",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("offset_us", BigInteger, nullable=False),  # microseconds ahead, never negative
    Column("changed_at", Utc, nullable=False),
)
worker_heartbeats = Table(
    "worker_heartbeats",
    metadata,
    Column("worker_id", String(64), primary_key=True),
    Column("beat_at", Utc, nullable=False),
)

# --- files, log, idempotency ------------------------------------------------------
files = Table(
    "files",
    metadata,
    Column("file_id", String(36), primary_key=True),
    Column("clientno", Integer, ForeignKey("clients.clientno"), nullable=False),
    Column("file_name", String(255), nullable=False),
    Column("file_type", String(10), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", String(10), nullable=False),
    Column("document_id", Id, ForeignKey("documents.id")),
    Column("job_queue_id", BigInteger),
    Column("content", LargeBinary, nullable=False),
    Column("created_at", Utc, nullable=False),
    Index("ix_files_clientno_created_at", "clientno", "created_at"),
)
log_items = Table(
    "log_items",
    metadata,
    Column("clientno", Integer, ForeignKey("clients.clientno"), primary_key=True),
    Column("id", ClientId, primary_key=True, autoincrement=False),
    Column("logged_at", Utc, nullable=False),
    Column("user_id", String(100), nullable=False),
    Column("source", String(100)),
    Column("correlation_id", String(100)),
    Column("operation_id", String(50), nullable=False),
    Column("method", String(10), nullable=False),
    Column("path", String(500), nullable=False),
    Column("entity_type", String(30), nullable=False),
    Column("entity_key", String(100), nullable=False),
    Column("status", Integer, nullable=False),
    Column("result", String(20)),
    Column("message", String(1000), nullable=False),
    Index("ix_log_items_clientno_logged_at", "clientno", "logged_at"),
    Index("ix_log_items_clientno_entity_type_entity_key", "clientno", "entity_type", "entity_key"),
)
idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("clientno", Integer, primary_key=True, autoincrement=False),
    Column("idempotency_key", String(255), primary_key=True),
    Column("operation_id", String(50), nullable=False),
    Column("request_hash", String(64), nullable=False),
    Column("state", String(10), nullable=False),  # RUNNING | DONE
    Column("status", Integer),
    Column("body", JSON),
    Column("headers", JSON),
    Column("created_at", Utc, nullable=False),
)


# --- earlier versions of changed rows (store/history.py) --------------------------------------------
def _default(column: Column[Any]) -> Any:
    default = column.server_default
    return getattr(default, "arg", None)


def _history(table: Table) -> Table:
    """The earlier versions of `table`'s rows: each column of the row as it was, the version of the
    write that replaced or deleted it (`version_to`) and when (kept 25 hours, for frozen lists)."""
    return Table(
        f"{table.name}_history",
        metadata,
        *(Column(c.name, c.type, nullable=c.nullable, server_default=_default(c)) for c in table.c),
        Column("version_to", BigInteger, nullable=False),
        # A row's own key and the version that replaced it.
        PrimaryKeyConstraint(*(c.name for c in table.primary_key.columns), "version_to"),
        Column("replaced_at", Utc, nullable=False),
        Index(f"ix_{table.name}_history_clientno_version_to", "clientno", "version_to"),
        Index(f"ix_{table.name}_history_replaced_at", "replaced_at"),
    )


customers_history = _history(customers)
ar_items_history = _history(ar_items)
