from enum import StrEnum


class LogItemMethod(StrEnum):
    DELETE = "DELETE"
    POST = "POST"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)
