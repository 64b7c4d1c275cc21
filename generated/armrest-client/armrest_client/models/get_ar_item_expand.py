from enum import StrEnum


class GetArItemExpand(StrEnum):
    APPLICATIONS = "applications"
    APPLICATIONSDOCUMENT = "applications,document"
    DOCUMENT = "document"
    DOCUMENTAPPLICATIONS = "document,applications"

    def __str__(self) -> str:
        return str(self.value)
