from ..enums import OpenStrEnum


class LogItemMethod(OpenStrEnum):
    DELETE = "DELETE"
    POST = "POST"
    PUT = "PUT"
