from ..enums import OpenStrEnum


class LogOperationId(OpenStrEnum):
    CREATEACTION = "createAction"
    CREATEAUTOPOSTINGS = "createAutoPostings"
    CREATECUSTOMER = "createCustomer"
    CREATECUSTOMERBATCH = "createCustomerBatch"
    CREATEDOCUMENT = "createDocument"
    CREATEDOCUMENTBATCH = "createDocumentBatch"
    CREATEPAYMENTRESERVATION = "createPaymentReservation"
    CREATEREPORTACTION = "createReportAction"
    DELETECUSTOMER = "deleteCustomer"
    UPDATEARITEM = "updateArItem"
    UPDATECUSTOMER = "updateCustomer"
    UPDATECUSTOMERBATCH = "updateCustomerBatch"
    UPLOADFILES = "uploadFiles"
