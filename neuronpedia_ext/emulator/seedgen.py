"""Generate the emulator's default seed (``data/default_seed.json``) deterministically.

Run ``python -m neuronpedia_ext.emulator.seedgen`` to rewrite the shipped file; the emulator's tests
check that the file equals this module's output. The seed holds the objects the reference recordings
were made against (users ``testuser`` and ``bot``; models gpt2-small, gemma-2-2b, gemma-2-2b-it;
source sets res-jb, gemmascope-res-16k, gemmascope-att-16k; and the recorded features) and fills in
activations, explanations, scores, logits and histograms from a small topic bank. Models, sources and
source sets are written compactly: the seed loader fills every column it leaves out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from neuronpedia_ext.emulator.inference import bos_for, tokenize, unit

BOT_ID = "clkht01d40000jv08hvalcvly"
TESTUSER_ID = "cltestuser0000000000000001"
SEEDED_AT = "2026-11-20T12:00:00.000Z"
SEED_PATH = Path(__file__).parent / "data" / "default_seed.json"

_TYPES = ("oai_token-act-pair", "np_max-act-logits", "np_acts-logits-general", "eleuther_acts_top20")
_EXPLAINERS = ("gpt-4o-mini", "claude-3-5-haiku-20241022", "gemini-1.5-flash", "gpt-3.5-turbo")
_NEG_WORDS = (" lawsuit", " orbit", " voltage", " parliament", " quantum", " tax", " invoice", " verdict")

# topic -> (explanations, positive logit words, example sentences with the topic words)
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "animals": (
        ("the word cat and other animals", "animal nouns such as cat, dog and bird", "cats, kittens and other pets"),
        (" cat", " dog", " bird", " kitten"),
        ("The cat sat on the mat", "A bird sang near the cat", "Her kitten chased a dog"),
    ),
    "dogs": (
        ("references to dogs and puppies", "dog breeds and pet dogs", "walking a dog on a leash"),
        (" bark", " leash", " puppy", " dog", " breed", " fetch", " kennel", " collar"),
        ("My puppy loves to fetch the ball", "We walked the dog on a leash", "The dog began to bark"),
    ),
    "food": (
        ("food and cooking", "recipes and ingredients", "kitchen verbs like bake and stir"),
        (" sauce", " oven", " flour", " garlic", " tomato", " butter"),
        ("Add the garlic to the sauce", "This bread was baked in the oven", "Stir the flour into butter"),
    ),
    "music": (
        ("music and musical instruments", "songs, bands and concerts", "melody and rhythm words"),
        (" chord", " melody", " guitar", " song", " concert", " band"),
        ("He played a chord on the guitar", "Their band sold out the concert", "The melody of the song"),
    ),
    "politics": (
        ("politics and elections", "government and parliament"),
        (" voters", " candidate", " election", " senate", " ballot", " campaign"),
        ("The candidate won the election", "The voters cast a ballot", "The senate passed the bill"),
    ),
    "finance": (
        ("money and prices", "currency amounts and dollars", "finance and costs"),
        (" billion", " revenue", " dollars", " profit", " price", " market"),
        ("The company reported revenue of a billion dollars", "The price rose in the market"),
    ),
    "weather": (
        ("weather and rain", "rain, storms and forecasts", "temperature and climate words"),
        (" showers", " degrees", " rain", " storm", " wind", " forecast"),
        ("Heavy rain and wind are in the forecast", "It rained all night and the storm grew"),
    ),
    "sports": (
        ("sports and games", "football scores and teams"),
        (" goal", " team", " match", " coach", " league", " score"),
        ("The team scored a goal in the match", "Our coach praised the league"),
    ),
    "medicine": (
        ("medicine and hospitals", "doctors, patients and treatment"),
        (" patient", " doctor", " hospital", " dose", " symptoms", " clinic"),
        ("The doctor saw the patient at the clinic", "Take one dose for the symptoms"),
    ),
    "math": (
        ("mathematical constants such as pi", "numbers and equations"),
        (" pi", " equation", " circle", " radius", " digits"),
        ("The digits of pi never end", "Solve the equation for the radius"),
    ),
    "code": (
        ("programming and source code", "function and variable names"),
        (" function", " variable", " return", " class", " loop"),
        ("The function will return a value", "Define a class with a loop"),
    ),
    "travel": (
        ("travel and places", "cities, trains and airports"),
        (" train", " airport", " city", " journey", " ticket"),
        ("We took the train to the city", "Her ticket for the journey"),
    ),
    "space": (
        ("space and astronomy", "planets, stars and rockets"),
        (" planet", " star", " rocket", " galaxy", " moon"),
        ("The rocket flew past the moon", "A star in a distant galaxy"),
    ),
    "punctuation": (
        ("opening quotation marks", "punctuation at the end of sentences"),
        (' "', ".", ",", "!", "?"),
        ('He said "hello" to her.', "Wait, what was that?"),
    ),
    "names": (
        ("first names of people", "words and names in titles"),
        (" John", " Mary", " Smith", " Alice", " Robert"),
        ("John met Mary at the station", "Alice and Robert wrote a book"),
    ),
    "dinosaurs": (
        ("dinosaurs and fossils", "prehistoric reptiles"),
        (" dinosaur", " fossil", " Jurassic", " raptor", " extinct"),
        ("The dinosaur fossil was found in rock", "A raptor from the Jurassic"),
    ),
}

# (model, source, index, topic)
FEATURES: tuple[tuple[str, str, str, str], ...] = (
    *(
        ("gpt2-small", "0-res-jb", str(i), topic)
        for i, topic in enumerate(
            (
                "animals",
                "punctuation",
                "names",
                "code",
                "travel",
                "space",
                "math",
                "sports",
                "medicine",
                "music",
                "dogs",
                "weather",
                "finance",
                "politics",
                "dinosaurs",
            )
        )
    ),
    ("gpt2-small", "0-res-jb", "3141", "math"),
    ("gpt2-small", "0-res-jb", "14057", "food"),
    ("gpt2-small", "0-res-jb", "24575", "punctuation"),
    ("gpt2-small", "6-res-jb", "0", "names"),
    ("gpt2-small", "6-res-jb", "1", "code"),
    ("gpt2-small", "6-res-jb", "2", "music"),
    ("gpt2-small", "6-res-jb", "42", "sports"),
    ("gpt2-small", "6-res-jb", "512", "medicine"),
    ("gpt2-small", "6-res-jb", "1024", "weather"),
    ("gpt2-small", "6-res-jb", "3000", "politics"),
    ("gpt2-small", "6-res-jb", "7650", "space"),
    ("gpt2-small", "6-res-jb", "9999", "finance"),
    ("gpt2-small", "6-res-jb", "14057", "food"),
    ("gpt2-small", "6-res-jb", "20000", "travel"),
    ("gpt2-small", "6-res-jb", "24575", "dogs"),
    ("gemma-2-2b", "20-gemmascope-res-16k", "0", "animals"),
    ("gemma-2-2b", "20-gemmascope-res-16k", "1337", "code"),
    ("gemma-2-2b", "20-gemmascope-res-16k", "16383", "dinosaurs"),
    ("gemma-2-2b", "3-gemmascope-att-16k", "4232", "names"),
)


def cuid(*parts: object) -> str:
    """A stable cuid-like id (25 chars, starts with 'c')."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = "c"
    for i in range(24):
        out += alphabet[int(unit("cuid", i, *parts) * 36)]
    return out


def _activation(
    model: str, source: str, index: str, sentence: str, words: tuple[str, ...], peak: float, n: int
) -> dict[str, Any]:
    tokens = [bos_for(model), *tokenize(sentence)]
    values: list[float] = []
    for pos, token in enumerate(tokens):
        if pos == 0:
            values.append(0.0)
        elif token in words:
            values.append(round(peak * (0.6 + 0.4 * unit("hot", source, index, n, pos)), 3))
        else:
            u = unit("cold", source, index, n, pos)
            values.append(round(u * peak * 0.3, 3) if u > 0.6 else 0.0)
    if max(values) == 0.0:
        values[1] = round(peak, 3)
    best = max(values)
    return {
        "id": cuid("act", source, index, n),
        "tokens": tokens,
        "dataIndex": str(int(unit("dataIndex", source, index, n) * 9_000_000)),
        "index": index,
        "layer": source,
        "modelId": model,
        "maxValue": best,
        "maxValueTokenIndex": values.index(best),
        "minValue": min(values),
        "values": values,
        "creatorId": BOT_ID,
        "createdAt": f"2026-11-20T12:00:{n:02d}.000Z",
    }


def _feature(model: str, source: str, index: str, topic: str, position: int) -> dict[str, Any]:
    explanations, words, sentences = TOPICS[topic]
    key = (model, source, index)
    peak = round(5 + unit("peak", *key) * 35, 2)
    n_acts = 24 if (source, index) == ("0-res-jb", "14057") else 3 + int(unit("nacts", *key) * 8)
    activations = []
    for n in range(n_acts):
        sentence = sentences[n % len(sentences)]
        act = _activation(model, source, index, sentence, words, round(peak * (1 - n * 0.03), 3), n)
        if n_acts == 24 and n >= 20:
            act["binMin"] = round(0.1 * (n - 19), 3)
            act["binMax"] = round(0.1 * (n - 18), 3)
            act["binContains"] = round(0.01 * (n - 17), 3)
        activations.append(act)
    n_expl = 1 + int(unit("nexpl", *key) * len(explanations))
    expl_rows = []
    for e in range(min(n_expl, len(explanations))):
        eid = cuid("expl", *key, e)
        scores = []
        if unit("scored", *key, e) > 0.5:
            for s, score_type in enumerate(("recall_alt", "eleuther_fuzz")):
                scores.append(
                    {
                        "id": cuid("score", *key, e, s),
                        "initiatedByUserId": BOT_ID,
                        "value": round(0.4 + unit("score", *key, e, s) * 0.5, 3),
                        "explanationId": eid,
                        "explanationScoreTypeName": score_type,
                        "explanationScoreModelName": "gpt-4o-mini",
                        "jsonDetails": json.dumps({"n_true_positives": 8 + s, "n_false_positives": 1 + s}),
                        "createdAt": "2026-11-21T09:30:00.000Z",
                    }
                )
        slot = (position + e) % len(_TYPES)
        expl_rows.append(
            {
                "id": eid,
                "description": explanations[e],
                "typeName": _TYPES[slot],
                "explanationModelName": _EXPLAINERS[slot],
                "scores": scores,
            }
        )
    n_pos, n_neg = len(words), 4
    feature: dict[str, Any] = {
        "modelId": model,
        "layer": source,
        "index": index,
        "maxActApprox": peak,
        "topkCosSimIndices": [int(index)] + [int(unit("cos", *key, i) * 16000) for i in range(4)],
        "topkCosSimValues": [1] + [round(0.55 - 0.08 * i - unit("cosv", *key, i) * 0.05, 4) for i in range(4)],
        "neg_str": [_NEG_WORDS[(position + i) % len(_NEG_WORDS)] for i in range(n_neg)],
        "neg_values": [round(-0.98 + 0.12 * i, 3) for i in range(n_neg)],
        "pos_str": list(words),
        "pos_values": [round(1.17 - 0.1 * i, 3) for i in range(n_pos)],
        "frac_nonzero": round(0.0002 + unit("density", *key) * 0.004, 6),
        "freq_hist_data_bar_heights": [int(20 + unit("fh", *key, i) * 380) for i in range(12)],
        "freq_hist_data_bar_values": [round(-6 + 0.4 * i, 1) for i in range(12)],
        "logits_hist_data_bar_heights": [int(unit("lh", *key, i) * 3000) for i in range(12)],
        "logits_hist_data_bar_values": [round(-1 + 0.2 * i, 1) for i in range(12)],
        "activations": activations,
        "explanations": expl_rows,
    }
    if (source, index) == ("0-res-jb", "14057"):
        feature["comments"] = [
            {
                "id": cuid("comment", *key),
                "text": "Fires on cooking verbs too, not only on nouns.",
                "userId": TESTUSER_ID,
                "createdAt": "2026-11-22T08:00:00.000Z",
            }
        ]
    return feature


def build_seed() -> dict[str, Any]:
    """The default seed as a JSON-ready mapping."""
    gpt2_cfg = {
        "d_in": 768,
        "d_sae": 24576,
        "hook_name": "blocks.0.hook_resid_pre",
        "hook_layer": 0,
        "model_name": "gpt2-small",
        "architecture": "standard",
        "context_size": 128,
        "dataset_path": "Skylion007/openwebtext",
        "apply_b_dec_to_input": True,
        "normalize_activations": "none",
    }
    return {
        "users": [
            {"id": BOT_ID, "name": "bot", "admin": True},
            {"id": TESTUSER_ID, "name": "testuser", "apiKey": "np-emulator-testuser-key"},
        ],
        "models": [
            {
                "id": "gpt2-small",
                "displayNameShort": "GPT2-SM",
                "displayName": "GPT2-Small",
                "tlensId": "gpt2-small",
                "dimension": 768,
                "layers": 12,
                "neuronsPerLayer": 24576,
                "defaultSourceSetName": "res-jb",
                "defaultSourceId": "0-res-jb",
                "owner": "OpenAI",
                "website": "https://openai.com",
            },
            {
                "id": "gemma-2-2b",
                "displayNameShort": "Gemma 2 2B",
                "displayName": "Gemma 2 2B",
                "tlensId": "gemma-2-2b",
                "dimension": 2304,
                "layers": 26,
                "neuronsPerLayer": 16384,
                "defaultSourceSetName": "gemmascope-res-16k",
                "defaultSourceId": "20-gemmascope-res-16k",
                "defaultGraphSourceSetName": "gemmascope-transcoder-16k",
                "owner": "Google",
                "website": "https://ai.google.dev/gemma",
            },
            {
                "id": "gemma-2-2b-it",
                "displayNameShort": "Gemma 2 2B IT",
                "displayName": "Gemma 2 2B Instruct",
                "tlensId": "gemma-2-2b-it",
                "dimension": 2304,
                "layers": 26,
                "neuronsPerLayer": 0,
                "instruct": True,
                "owner": "Google",
                "website": "https://ai.google.dev/gemma",
            },
        ],
        "releases": [
            {
                "name": "res-jb",
                "description": "Residual stream SAEs for GPT2-Small (Joseph Bloom)",
                "creatorName": "Joseph Bloom",
                "defaultSourceSetName": "res-jb",
                "defaultSourceId": "0-res-jb",
            },
            {
                "name": "gemma-scope-2b-pt-res",
                "description": "Gemma Scope residual stream SAEs for Gemma 2 2B",
                "creatorName": "Google DeepMind",
                "defaultSourceSetName": "gemmascope-res-16k",
                "defaultSourceId": "20-gemmascope-res-16k",
            },
            {
                "name": "gemma-scope-2b-pt-att",
                "description": "Gemma Scope attention SAEs for Gemma 2 2B",
                "creatorName": "Google DeepMind",
                "defaultSourceSetName": "gemmascope-att-16k",
                "defaultSourceId": "3-gemmascope-att-16k",
            },
        ],
        "sourceSets": [
            {
                "modelId": "gpt2-small",
                "name": "res-jb",
                "description": "Residual Stream - 24k",
                "type": "sae",
                "creatorName": "Joseph Bloom",
                "releaseName": "res-jb",
                "allowInferenceSearch": True,
                "sourceDefaults": {
                    "saelensRelease": "gpt2-small-res-jb",
                    "saelensSaeId": "blocks.{layer}.hook_resid_pre",
                    "hfRepoId": "jbloom/GPT2-Small-SAEs-Reformatted",
                    "inferenceEnabled": True,
                },
                "sourceOverrides": {
                    "0-res-jb": {
                        "saelensConfig": gpt2_cfg,
                        "num_prompts": 24576,
                        "num_tokens_in_prompt": 128,
                        "dataset": "Skylion007/openwebtext",
                    }
                },
            },
            {
                "modelId": "gemma-2-2b",
                "name": "gemmascope-res-16k",
                "description": "Residual Stream - 16k",
                "type": "sae",
                "creatorName": "Google DeepMind",
                "releaseName": "gemma-scope-2b-pt-res",
                "allowInferenceSearch": True,
                "sourceDefaults": {
                    "saelensRelease": "gemma-scope-2b-pt-res-canonical",
                    "saelensSaeId": "layer_{layer}/width_16k/canonical",
                    "hfRepoId": "google/gemma-scope-2b-pt-res",
                    "inferenceEnabled": True,
                },
            },
            {
                "modelId": "gemma-2-2b",
                "name": "gemmascope-att-16k",
                "description": "Attention Out - 16k",
                "type": "sae",
                "creatorName": "Google DeepMind",
                "releaseName": "gemma-scope-2b-pt-att",
                "sourceDefaults": {
                    "saelensRelease": "gemma-scope-2b-pt-att-canonical",
                    "saelensSaeId": "layer_{layer}/width_16k/canonical",
                    "hfRepoId": "google/gemma-scope-2b-pt-att",
                    "inferenceEnabled": True,
                },
            },
        ],
        "features": [_feature(m, s, i, t, pos) for pos, (m, s, i, t) in enumerate(FEATURES)],
    }


def render() -> str:
    return json.dumps(build_seed(), indent=1, sort_keys=False) + "\n"


def main() -> int:
    SEED_PATH.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {SEED_PATH}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
