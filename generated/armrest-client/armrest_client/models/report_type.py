from ..enums import OpenStrEnum


class ReportType(OpenStrEnum):
    ADB = "adb"
    ARITEMS = "aritems"
    GLBALANCE = "glbalance"
