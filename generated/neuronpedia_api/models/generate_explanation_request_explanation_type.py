from enum import StrEnum


class GenerateExplanationRequestExplanationType(StrEnum):
    ELEUTHER_ACTS_TOP20 = "eleuther_acts_top20"
    NP_MAX_ACT = "np_max-act"
    NP_MAX_ACT_LOGITS = "np_max-act-logits"
    OAI_ATTENTION_HEAD = "oai_attention-head"
    OAI_TOKEN_ACT_PAIR = "oai_token-act-pair"

    def __str__(self) -> str:
        return str(self.value)
