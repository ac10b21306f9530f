"""Deterministic stand-ins for Neuronpedia's GPU inference server.

Nothing here is a model: tokens come from a GPT-2-like regex, activations and logprobs from a hash of
their inputs, and generated text from a fixed word bank. The same inputs always give the same outputs,
and every generated text starts with ``[emulated]`` so it cannot be mistaken for a real model's output.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
from collections.abc import Sequence

EMULATED_MARK = "[emulated]"

_TOKEN_RE = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?[^\s\w]+|\s+(?!\S)|\s+""")

_WORDS_TEXT = (
    "the river carried a quiet light across an old town where lanterns waited for evening and "
    "every window held a small story about bread rain music maps and distant trains while the "
    "wind moved slowly over the hills and somebody hummed a song that nobody remembered"
)
_STEER_TEXT = (
    "steering pulls each phrase toward the chosen direction so the words lean and repeat and "
    "circle back again louder brighter stranger until the concept fills the whole reply"
)
_WORDS = tuple(_WORDS_TEXT.split())
_STEER_WORDS = tuple(_STEER_TEXT.split())


def unit(*parts: object) -> float:
    """A float in [0, 1) that depends only on ``parts``."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=8).digest()
    value: int = struct.unpack(">Q", digest)[0]
    return value / 2**64


def f32(value: float) -> float:
    """Round to float32, as the real inference server's values are."""
    rounded: float = struct.unpack("f", struct.pack("f", value))[0]
    return rounded


def bos_for(model_id: str) -> str:
    return "<bos>" if "gemma" in model_id else "<|endoftext|>"


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def is_special(token: str) -> bool:
    return token.startswith("<") and token.endswith(">") and len(token) > 2


def activation_value(source: str, index: str | int, prev: str, token: str, scale: float = 32.0) -> float:
    """The stand-in activation of feature ``source/index`` on ``token`` (0 on special tokens)."""
    if is_special(token):
        return 0.0
    u = unit("act", source, index, prev, token)
    if u < 0.55:
        return 0.0
    return f32((u - 0.55) / 0.45 * scale)


def feature_values(source: str, index: str | int, tokens: Sequence[str]) -> list[float]:
    values: list[float] = []
    prev = ""
    for token in tokens:
        values.append(activation_value(source, index, prev, token))
        prev = token
    return values


def firing_indices(source: str, stored: Sequence[str], count: int = 5) -> list[str]:
    """The features a source 'has': the stored ones, or ``count`` hash-chosen ones when none are stored."""
    if stored:
        return list(stored)
    return [str(int(unit("fire", source, i) * 16384)) for i in range(count)]


def decoder_vector(model_id: str, source: str, index: str, dimension: int) -> list[float]:
    """A unit-norm stand-in decoder vector for an SAE feature."""
    raw = [unit("dec", model_id, source, index, i) - 0.5 for i in range(dimension)]
    norm = math.sqrt(sum(v * v for v in raw)) or 1.0
    return [v / norm for v in raw]


def generate_words(n_tokens: int, *key: object, steered: bool = False) -> list[str]:
    """``n_tokens`` generated tokens (each with its leading space except the first)."""
    bank = _STEER_WORDS if steered else _WORDS
    start = int(unit("gen-start", *key) * len(bank))
    out: list[str] = []
    for i in range(max(n_tokens, 0)):
        word = bank[(start + i * (1 + int(unit("gen-step", *key) * 3))) % len(bank)]
        out.append(word if i == 0 else " " + word)
    return out


def logprobs_for(tokens: Sequence[str], *key: object, top: bool = True) -> list[dict[str, object]]:
    result: list[dict[str, object]] = []
    for i, token in enumerate(tokens):
        lp = round(-unit("lp", i, token, *key) * 3.0, 4)
        entry: dict[str, object] = {"token": token, "logprob": lp}
        if top:
            alts = [{"token": token, "logprob": lp}]
            for j, alt in enumerate((" the", " a", ".", ",")):
                alts.append({"token": alt, "logprob": round(lp - 0.5 - j * 0.7, 4)})
            entry["topLogprobs"] = alts
        else:
            entry["topLogprobs"] = None
        result.append(entry)
    return result
