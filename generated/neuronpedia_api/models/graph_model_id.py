from enum import StrEnum


class GraphModelId(StrEnum):
    GEMMA_2_2B = "gemma-2-2b"
    GEMMA_3_4B_IT = "gemma-3-4b-it"
    QWEN3_1_7B = "qwen3-1.7b"
    QWEN3_4B = "qwen3-4b"

    def __str__(self) -> str:
        return str(self.value)
