"""The official client's seed example, unchanged except for its import lines.

Runs against whatever Neuronpedia the environment names: NEURONPEDIA_BASE_URL (default
https://www.neuronpedia.org) and NEURONPEDIA_API_KEY. `make demo` runs it against the emulator.
"""

import json

from neuronpedia_ext import NPVector, SAEFeature
from neuronpedia_ext.sample_data import GEMMA2_2B_IT_DINOSAURS_VECTOR

np_vector = NPVector.new(label="dinosaurs", model_id="gemma-2-2b-it", layer_num=20,
                         hook_type="hook_resid_pre", vector=GEMMA2_2B_IT_DINOSAURS_VECTOR, default_steer_strength=44)
responseJson = np_vector.steer_chat(steered_chat_messages=[{"role": "user", "content": "Write a one sentence story."}])
print(json.dumps(responseJson, indent=2)); print("UI Steering at: " + responseJson["shareUrl"])
SAEFeature.get("gemma-2-2b", "3-gemmascope-att-16k", "4232")
