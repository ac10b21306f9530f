from enum import StrEnum


class VectorHookType(StrEnum):
    HOOK_RESID_POST = "hook_resid_post"
    HOOK_RESID_PRE = "hook_resid_pre"

    def __str__(self) -> str:
        return str(self.value)
