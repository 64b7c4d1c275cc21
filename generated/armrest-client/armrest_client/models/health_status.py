from ..enums import OpenStrEnum


class HealthStatus(OpenStrEnum):
    DEGRADED = "DEGRADED"
    DOWN = "DOWN"
    UP = "UP"
