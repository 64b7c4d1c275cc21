from enum import StrEnum


class CodeType(StrEnum):
    ACTIONTYPE = "actiontype"
    ACTIVESTATUSWEB = "activestatusweb"
    ARITEMSTATUS = "aritemstatus"
    AUTOPOSTINGMETHOD = "autopostingmethod"
    BATCHSTATUS = "batchstatus"
    BATCHTYPE = "batchtype"
    CURRENCY = "currency"
    CUSTOMERCATEGORY = "customercategory"
    DISTRIBUTIONTYPE = "distributiontype"
    DOCUMENTTYPE = "documenttype"
    FILETYPE = "filetype"
    GLACCOUNT = "glaccount"
    LANGUAGE = "language"
    POSTINGRESULTTYPE = "postingresulttype"
    REGISTRATIONSTATUS = "registrationstatus"
    REPORTTYPE = "reporttype"

    def __str__(self) -> str:
        return str(self.value)
