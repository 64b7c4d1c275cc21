from ..enums import OpenStrEnum


class ArItemApplicationSource(OpenStrEnum):
    AUTOPOSTING = "AUTOPOSTING"
    CREDITNOTE = "CREDITNOTE"
