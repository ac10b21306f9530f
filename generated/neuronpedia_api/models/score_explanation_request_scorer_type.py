from enum import StrEnum


class ScoreExplanationRequestScorerType(StrEnum):
    ELEUTHER_EMBEDDING = "eleuther_embedding"
    ELEUTHER_FUZZ = "eleuther_fuzz"
    ELEUTHER_RECALL = "eleuther_recall"
    NLA_RECONSTRUCTOR = "nla_reconstructor"
    NLA_VERBALIZER = "nla_verbalizer"
    NLA_VERBALIZER_LAST = "nla_verbalizer_last"
    RECALL_ALT = "recall_alt"

    def __str__(self) -> str:
        return str(self.value)
