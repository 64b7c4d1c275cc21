from ..enums import OpenStrEnum


class GlItemSource(OpenStrEnum):
    AUTOPOSTING = "AUTOPOSTING"
    CREDITNOTE = "CREDITNOTE"
    DOCUMENT = "DOCUMENT"
