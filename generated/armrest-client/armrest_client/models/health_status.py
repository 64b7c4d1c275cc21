from enum import StrEnum


class HealthStatus(StrEnum):
    DEGRADED = "DEGRADED"
    DOWN = "DOWN"
    UP = "UP"

    def __str__(self) -> str:
        return str(self.value)
