from ..enums import OpenStrEnum


class ClientConfigValueType(OpenStrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    INTEGER = "INTEGER"
    LIST = "LIST"
    STRING = "STRING"
