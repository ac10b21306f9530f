from enum import StrEnum


class ChatMessageRole(StrEnum):
    ASSISTANT = "assistant"
    DEVELOPER = "developer"
    MODEL = "model"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
