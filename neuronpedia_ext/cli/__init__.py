"""The ``neuronpedia-ext`` command line.

    neuronpedia-ext feature gpt2-small/6-res-jb/42
    neuronpedia-ext search explanations "sports" --model gpt2-small
    neuronpedia-ext steer completion "The weather is" --feature gpt2-small/6-res-jb/42@20 --stream
    neuronpedia-ext emulator --port 0

Every command takes ``--json`` (machine-readable output on stdout), ``--base-url``,
``--api-key``, ``--timeout`` and ``--max-retries`` (else ``NEURONPEDIA_BASE_URL`` / ``NEURONPEDIA_API_KEY``).
Errors are one line on stderr (and a JSON object on stdout with ``--json``), never a
traceback; the exit code tells the error class (:mod:`neuronpedia_ext.cli._errors`).
"""

from __future__ import annotations

from ._errors import EXIT_CODES, ExitCode
from ._main import main

__all__ = ["EXIT_CODES", "ExitCode", "main"]
