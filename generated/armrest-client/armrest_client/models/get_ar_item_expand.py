from ..enums import OpenStrEnum


class GetArItemExpand(OpenStrEnum):
    APPLICATIONS = "applications"
    APPLICATIONSDOCUMENT = "applications,document"
    DOCUMENT = "document"
    DOCUMENTAPPLICATIONS = "document,applications"
