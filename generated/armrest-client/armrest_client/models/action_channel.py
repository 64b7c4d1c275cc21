from enum import StrEnum


class ActionChannel(StrEnum):
    DIGIPOST = "DIGIPOST"
    EFAKTURA = "EFAKTURA"
    EHF = "EHF"
    EMAIL = "EMAIL"
    PRINT = "PRINT"

    def __str__(self) -> str:
        return str(self.value)
