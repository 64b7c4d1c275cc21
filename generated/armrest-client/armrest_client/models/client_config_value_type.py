from enum import StrEnum


class ClientConfigValueType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    INTEGER = "INTEGER"
    LIST = "LIST"
    STRING = "STRING"

    def __str__(self) -> str:
        return str(self.value)
