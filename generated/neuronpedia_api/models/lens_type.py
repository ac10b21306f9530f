from enum import StrEnum


class LensType(StrEnum):
    JACOBIAN_LENS = "JACOBIAN_LENS"
    LOGIT_LENS = "LOGIT_LENS"

    def __str__(self) -> str:
        return str(self.value)
