"""One package per tag of the contract; `ClientApi` binds them all to one client number."""

from __future__ import annotations

from ..client import AuthenticatedClient, Client
from .actions import ActionsResource, AsyncActionsResource
from .ar_items import ArItemsResource, AsyncArItemsResource
from .auto_postings import AsyncAutoPostingsResource, AutoPostingsResource
from .batches import AsyncBatchesResource, BatchesResource
from .client_configs import AsyncClientConfigsResource, ClientConfigsResource
from .codes import AsyncCodesResource, CodesResource
from .customers import AsyncCustomersResource, CustomersResource
from .document_bundles import AsyncDocumentBundlesResource, DocumentBundlesResource
from .documents import AsyncDocumentsResource, DocumentsResource
from .files import AsyncFilesResource, FilesResource
from .gl_items import AsyncGlItemsResource, GlItemsResource
from .gl_movements import AsyncGlMovementsResource, GlMovementsResource
from .health import AsyncHealthResource, HealthResource
from .insights import AsyncInsightsResource, InsightsResource
from .log_items import AsyncLogItemsResource, LogItemsResource
from .payment_reservations import AsyncPaymentReservationsResource, PaymentReservationsResource
from .sandbox import AsyncSandboxResource, SandboxResource

__all__ = ["AsyncClientApi", "ClientApi"]


class ClientApi:
    """Every operation of the API for one client number, typed with its success model; problems raise.

    arm = ArmrestClient(base_url, client_id=..., client_secret=...).client(2218)
    customer = arm.customers.get("543210")
    """

    actions: ActionsResource
    ar_items: ArItemsResource
    auto_postings: AutoPostingsResource
    batches: BatchesResource
    client_configs: ClientConfigsResource
    codes: CodesResource
    customers: CustomersResource
    document_bundles: DocumentBundlesResource
    documents: DocumentsResource
    files: FilesResource
    gl_items: GlItemsResource
    gl_movements: GlMovementsResource
    health: HealthResource
    insights: InsightsResource
    log_items: LogItemsResource
    payment_reservations: PaymentReservationsResource
    sandbox: SandboxResource

    def __init__(self, client: AuthenticatedClient | Client, client_no: int) -> None:
        self.client = client
        self.client_no = client_no
        self.actions = ActionsResource(client, client_no)
        self.ar_items = ArItemsResource(client, client_no)
        self.auto_postings = AutoPostingsResource(client, client_no)
        self.batches = BatchesResource(client, client_no)
        self.client_configs = ClientConfigsResource(client, client_no)
        self.codes = CodesResource(client, client_no)
        self.customers = CustomersResource(client, client_no)
        self.document_bundles = DocumentBundlesResource(client, client_no)
        self.documents = DocumentsResource(client, client_no)
        self.files = FilesResource(client, client_no)
        self.gl_items = GlItemsResource(client, client_no)
        self.gl_movements = GlMovementsResource(client, client_no)
        self.health = HealthResource(client, client_no)
        self.insights = InsightsResource(client, client_no)
        self.log_items = LogItemsResource(client, client_no)
        self.payment_reservations = PaymentReservationsResource(client, client_no)
        self.sandbox = SandboxResource(client, client_no)

    def __repr__(self) -> str:
        return f"ClientApi(client_no={self.client_no})"


class AsyncClientApi:
    """`ClientApi` with coroutines: `await arm.customers.get("543210")`, `async for c in arm.customers.iter()`.

    arm = ArmrestClient(base_url, client_id=..., client_secret=...).aclient(2218)
    """

    actions: AsyncActionsResource
    ar_items: AsyncArItemsResource
    auto_postings: AsyncAutoPostingsResource
    batches: AsyncBatchesResource
    client_configs: AsyncClientConfigsResource
    codes: AsyncCodesResource
    customers: AsyncCustomersResource
    document_bundles: AsyncDocumentBundlesResource
    documents: AsyncDocumentsResource
    files: AsyncFilesResource
    gl_items: AsyncGlItemsResource
    gl_movements: AsyncGlMovementsResource
    health: AsyncHealthResource
    insights: AsyncInsightsResource
    log_items: AsyncLogItemsResource
    payment_reservations: AsyncPaymentReservationsResource
    sandbox: AsyncSandboxResource

    def __init__(self, client: AuthenticatedClient | Client, client_no: int) -> None:
        self.client = client
        self.client_no = client_no
        self.actions = AsyncActionsResource(client, client_no)
        self.ar_items = AsyncArItemsResource(client, client_no)
        self.auto_postings = AsyncAutoPostingsResource(client, client_no)
        self.batches = AsyncBatchesResource(client, client_no)
        self.client_configs = AsyncClientConfigsResource(client, client_no)
        self.codes = AsyncCodesResource(client, client_no)
        self.customers = AsyncCustomersResource(client, client_no)
        self.document_bundles = AsyncDocumentBundlesResource(client, client_no)
        self.documents = AsyncDocumentsResource(client, client_no)
        self.files = AsyncFilesResource(client, client_no)
        self.gl_items = AsyncGlItemsResource(client, client_no)
        self.gl_movements = AsyncGlMovementsResource(client, client_no)
        self.health = AsyncHealthResource(client, client_no)
        self.insights = AsyncInsightsResource(client, client_no)
        self.log_items = AsyncLogItemsResource(client, client_no)
        self.payment_reservations = AsyncPaymentReservationsResource(client, client_no)
        self.sandbox = AsyncSandboxResource(client, client_no)

    def __repr__(self) -> str:
        return f"AsyncClientApi(client_no={self.client_no})"
