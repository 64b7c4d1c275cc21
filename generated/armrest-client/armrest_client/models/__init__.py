"""Contains all the data models used in inputs/outputs"""

from .action_channel import ActionChannel
from .action_input import ActionInput
from .action_request import ActionRequest
from .action_result import ActionResult
from .action_type import ActionType
from .adb_bucket import AdbBucket
from .adb_interval import AdbInterval
from .adb_interval_list import AdbIntervalList
from .adb_report_input import AdbReportInput
from .adb_report_interval import AdbReportInterval
from .ar_item import ArItem
from .ar_item_application import ArItemApplication
from .ar_item_application_source import ArItemApplicationSource
from .ar_item_credit_note import ArItemCreditNote
from .ar_item_list import ArItemList
from .ar_item_payment_reservation import ArItemPaymentReservation
from .ar_item_status import ArItemStatus
from .ar_item_type import ArItemType
from .ar_item_unexpanded import ArItemUnexpanded
from .ar_item_update import ArItemUpdate
from .ar_item_update_request import ArItemUpdateRequest
from .ar_item_write_result import ArItemWriteResult
from .auto_posting_application import AutoPostingApplication
from .auto_posting_failure import AutoPostingFailure
from .auto_posting_failure_result_type import AutoPostingFailureResultType
from .auto_posting_input import AutoPostingInput
from .auto_posting_method import AutoPostingMethod
from .auto_posting_problem import AutoPostingProblem
from .auto_posting_request import AutoPostingRequest
from .auto_posting_response import AutoPostingResponse
from .auto_posting_result import AutoPostingResult
from .auto_posting_result_type import AutoPostingResultType
from .batch import Batch
from .batch_accepted import BatchAccepted
from .batch_item import BatchItem
from .batch_item_result_type import BatchItemResultType
from .batch_status import BatchStatus
from .batch_type import BatchType
from .client_config import ClientConfig
from .client_config_list import ClientConfigList
from .client_config_value_type import ClientConfigValueType
from .code import Code
from .code_table import CodeTable
from .code_type import CodeType
from .customer import Customer
from .customer_batch_create_request import CustomerBatchCreateRequest
from .customer_batch_update_request import CustomerBatchUpdateRequest
from .customer_create import CustomerCreate
from .customer_create_request import CustomerCreateRequest
from .customer_distribution import CustomerDistribution
from .customer_distribution_request import CustomerDistributionRequest
from .customer_list import CustomerList
from .customer_update import CustomerUpdate
from .customer_update_request import CustomerUpdateRequest
from .customer_write_result import CustomerWriteResult
from .document_batch_create import DocumentBatchCreate
from .document_bundle import DocumentBundle
from .document_bundle_document import DocumentBundleDocument
from .document_bundle_list import DocumentBundleList
from .document_bundle_status import DocumentBundleStatus
from .document_create import DocumentCreate
from .document_create_request import DocumentCreateRequest
from .document_detail import DocumentDetail
from .document_distribution import DocumentDistribution
from .document_distribution_channel import DocumentDistributionChannel
from .document_distribution_create import DocumentDistributionCreate
from .document_line import DocumentLine
from .document_line_create import DocumentLineCreate
from .document_list import DocumentList
from .document_summary import DocumentSummary
from .document_type import DocumentType
from .document_vat_rate import DocumentVatRate
from .document_write_result import DocumentWriteResult
from .field_error import FieldError
from .file_list import FileList
from .file_source import FileSource
from .file_upload import FileUpload
from .file_upload_item_result import FileUploadItemResult
from .file_upload_item_result_type import FileUploadItemResultType
from .file_upload_request import FileUploadRequest
from .file_upload_result import FileUploadResult
from .get_ar_item_expand import GetArItemExpand
from .get_document_expand import GetDocumentExpand
from .gl_item import GlItem
from .gl_item_list import GlItemList
from .gl_item_source import GlItemSource
from .gl_movement import GlMovement
from .gl_movement_list import GlMovementList
from .gl_movement_period import GlMovementPeriod
from .health import Health
from .health_component_status import HealthComponentStatus
from .health_database import HealthDatabase
from .health_status import HealthStatus
from .health_worker import HealthWorker
from .include_sum_text import IncludeSumText
from .log_entity_type import LogEntityType
from .log_item import LogItem
from .log_item_list import LogItemList
from .log_item_method import LogItemMethod
from .log_operation_id import LogOperationId
from .metadata import Metadata
from .payment_reservation_input import PaymentReservationInput
from .payment_reservation_request import PaymentReservationRequest
from .payment_reservation_result import PaymentReservationResult
from .postal_address import PostalAddress
from .postal_address_request import PostalAddressRequest
from .posted_auto_posting import PostedAutoPosting
from .posted_auto_posting_result_type import PostedAutoPostingResultType
from .problem import Problem
from .report_action import ReportAction
from .report_action_request import ReportActionRequest
from .report_action_result import ReportActionResult
from .report_input import ReportInput
from .report_type import ReportType
from .sandbox_clock import SandboxClock
from .sandbox_clock_change import SandboxClockChange
from .stored_file import StoredFile
from .stored_file_with_content import StoredFileWithContent
from .summary import Summary
from .write_result import WriteResult
from .write_result_code import WriteResultCode
from .write_status import WriteStatus

__all__ = (
    "ActionChannel",
    "ActionInput",
    "ActionRequest",
    "ActionResult",
    "ActionType",
    "AdbBucket",
    "AdbInterval",
    "AdbIntervalList",
    "AdbReportInput",
    "AdbReportInterval",
    "ArItem",
    "ArItemApplication",
    "ArItemApplicationSource",
    "ArItemCreditNote",
    "ArItemList",
    "ArItemPaymentReservation",
    "ArItemStatus",
    "ArItemType",
    "ArItemUnexpanded",
    "ArItemUpdate",
    "ArItemUpdateRequest",
    "ArItemWriteResult",
    "AutoPostingApplication",
    "AutoPostingFailure",
    "AutoPostingFailureResultType",
    "AutoPostingInput",
    "AutoPostingMethod",
    "AutoPostingProblem",
    "AutoPostingRequest",
    "AutoPostingResponse",
    "AutoPostingResult",
    "AutoPostingResultType",
    "Batch",
    "BatchAccepted",
    "BatchItem",
    "BatchItemResultType",
    "BatchStatus",
    "BatchType",
    "ClientConfig",
    "ClientConfigList",
    "ClientConfigValueType",
    "Code",
    "CodeTable",
    "CodeType",
    "Customer",
    "CustomerBatchCreateRequest",
    "CustomerBatchUpdateRequest",
    "CustomerCreate",
    "CustomerCreateRequest",
    "CustomerDistribution",
    "CustomerDistributionRequest",
    "CustomerList",
    "CustomerUpdate",
    "CustomerUpdateRequest",
    "CustomerWriteResult",
    "DocumentBatchCreate",
    "DocumentBundle",
    "DocumentBundleDocument",
    "DocumentBundleList",
    "DocumentBundleStatus",
    "DocumentCreate",
    "DocumentCreateRequest",
    "DocumentDetail",
    "DocumentDistribution",
    "DocumentDistributionChannel",
    "DocumentDistributionCreate",
    "DocumentLine",
    "DocumentLineCreate",
    "DocumentList",
    "DocumentSummary",
    "DocumentType",
    "DocumentVatRate",
    "DocumentWriteResult",
    "FieldError",
    "FileList",
    "FileSource",
    "FileUpload",
    "FileUploadItemResult",
    "FileUploadItemResultType",
    "FileUploadRequest",
    "FileUploadResult",
    "GetArItemExpand",
    "GetDocumentExpand",
    "GlItem",
    "GlItemList",
    "GlItemSource",
    "GlMovement",
    "GlMovementList",
    "GlMovementPeriod",
    "Health",
    "HealthComponentStatus",
    "HealthDatabase",
    "HealthStatus",
    "HealthWorker",
    "IncludeSumText",
    "LogEntityType",
    "LogItem",
    "LogItemList",
    "LogItemMethod",
    "LogOperationId",
    "Metadata",
    "PaymentReservationInput",
    "PaymentReservationRequest",
    "PaymentReservationResult",
    "PostalAddress",
    "PostalAddressRequest",
    "PostedAutoPosting",
    "PostedAutoPostingResultType",
    "Problem",
    "ReportAction",
    "ReportActionRequest",
    "ReportActionResult",
    "ReportInput",
    "ReportType",
    "SandboxClock",
    "SandboxClockChange",
    "StoredFile",
    "StoredFileWithContent",
    "Summary",
    "WriteResult",
    "WriteResultCode",
    "WriteStatus",
)
