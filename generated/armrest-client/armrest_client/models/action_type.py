from ..enums import OpenStrEnum


class ActionType(OpenStrEnum):
    DEBTCOLLECTION = "debtcollection"
    RESENDDOCUMENT = "resenddocument"
    STOPDEBTCOLLECTION = "stopdebtcollection"
    STOPREMINDERS = "stopreminders"
