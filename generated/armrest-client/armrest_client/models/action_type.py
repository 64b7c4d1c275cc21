from enum import StrEnum


class ActionType(StrEnum):
    DEBTCOLLECTION = "debtcollection"
    RESENDDOCUMENT = "resenddocument"
    STOPDEBTCOLLECTION = "stopdebtcollection"
    STOPREMINDERS = "stopreminders"

    def __str__(self) -> str:
        return str(self.value)
