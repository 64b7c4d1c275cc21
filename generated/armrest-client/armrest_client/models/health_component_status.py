from ..enums import OpenStrEnum


class HealthComponentStatus(OpenStrEnum):
    DOWN = "DOWN"
    UP = "UP"
