from enum import StrEnum


class LensShareSteerMode(StrEnum):
    STEER = "steer"
    SWAP = "swap"

    def __str__(self) -> str:
        return str(self.value)
