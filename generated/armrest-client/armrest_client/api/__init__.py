"""One package per tag of the contract; `ClientApi` binds them all to one client number."""

from __future__ import annotations

from ..client import AuthenticatedClient, Client
from .actions import ActionsResource
from .ar_items import ArItemsResource
from .auto_postings import AutoPostingsResource
from .batches import BatchesResource
from .client_configs import ClientConfigsResource
from .codes import CodesResource
from .customers import CustomersResource
from .document_bundles import DocumentBundlesResource
from .documents import DocumentsResource
from .files import FilesResource
from .gl_items import GlItemsResource
from .gl_movements import GlMovementsResource
from .health import HealthResource
from .insights import InsightsResource
from .log_items import LogItemsResource
from .payment_reservations import PaymentReservationsResource
from .sandbox import SandboxResource

__all__ = ["ClientApi"]


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
