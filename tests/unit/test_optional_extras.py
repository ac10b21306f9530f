"""The client and the registered pytest plugin work without the optional extras installed."""

from __future__ import annotations

import os
import subprocess
import sys

BLOCK = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ImportError("not installed: " + name)
        return None
sys.meta_path.insert(0, Block())
"""


def run(code: str, blocked: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    program = BLOCK.format(blocked=blocked) + code
    return subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, text=True)


def test_client_imports_without_emulator_numpy_tqdm_or_pandas() -> None:
    out = run(
        "import neuronpedia_ext\nfrom neuronpedia_ext import Neuronpedia\nNeuronpedia(base_url='http://x')\nprint('ok')",
        ("starlette", "uvicorn", "yaml", "numpy", "tqdm", "pandas", "torch", "hishel"),
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_the_cache_without_hishel_names_the_extra() -> None:
    code = (
        "from neuronpedia_ext import Neuronpedia\n"
        "try:\n"
        "    Neuronpedia(base_url='http://x', cache='memory')\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = run(code, ("hishel",))
    assert out.returncode == 0, out.stderr
    assert "pip install hishel (or, from a clone of neuronpedia-ext: pip install '.[cache]')" in out.stdout


def test_pytest_plugin_loads_without_the_emulator_extra() -> None:
    code = (
        "import neuronpedia_ext.emulator.pytest_plugin as plugin\n"
        "import neuronpedia_ext.emulator as emulator\n"
        "try:\n"
        "    emulator.EmulatorServer\n"
        "except ImportError as exc:\n"
        "    print('server needs the extra:', exc)\n"
    )
    out = run(code, ("starlette", "uvicorn"))
    assert out.returncode == 0, out.stderr
    assert "server needs the extra" in out.stdout
