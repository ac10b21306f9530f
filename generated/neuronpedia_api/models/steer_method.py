from enum import StrEnum


class SteerMethod(StrEnum):
    ORTHOGONAL_DECOMP = "ORTHOGONAL_DECOMP"
    PROJECTION_CAP = "PROJECTION_CAP"
    SIMPLE_ADDITIVE = "SIMPLE_ADDITIVE"

    def __str__(self) -> str:
        return str(self.value)
