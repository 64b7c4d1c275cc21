from enum import StrEnum


class LogOperationId(StrEnum):
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

    def __str__(self) -> str:
        return str(self.value)
