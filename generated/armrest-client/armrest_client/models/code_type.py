from ..enums import OpenStrEnum


class CodeType(OpenStrEnum):
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
