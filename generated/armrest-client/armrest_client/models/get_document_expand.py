from enum import StrEnum


class GetDocumentExpand(StrEnum):
    ARITEM = "arItem"
    ARITEMGLITEMS = "arItem,glItems"
    GLITEMS = "glItems"
    GLITEMSARITEM = "glItems,arItem"

    def __str__(self) -> str:
        return str(self.value)
