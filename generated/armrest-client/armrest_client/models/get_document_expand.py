from ..enums import OpenStrEnum


class GetDocumentExpand(OpenStrEnum):
    ARITEM = "arItem"
    ARITEMGLITEMS = "arItem,glItems"
    GLITEMS = "glItems"
    GLITEMSARITEM = "glItems,arItem"
