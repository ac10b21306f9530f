"""The ``neuronpedia-ext`` command line, run as a subprocess against the emulator."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from neuronpedia_ext import __version__
from neuronpedia_ext.cli import EXIT_CODES, ExitCode
from neuronpedia_ext.emulator import EmulatorServer
from neuronpedia_ext.sample_data import GPT2_SMALL_RES_JB_JEDI_VECTOR

REPO = Path(__file__).resolve().parents[2]
ENTRY = "import sys; from neuronpedia_ext.cli import main; sys.exit(main(sys.argv[1:]))"


def run(
    *args: str, server: EmulatorServer | None = None, key: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEURONPEDIA_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), str(REPO / "generated")])
    if server is not None:
        env["NEURONPEDIA_BASE_URL"] = server.base_url
        env["NEURONPEDIA_API_KEY"] = server.api_key if key is None else key
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        input=stdin,
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 2, proc.stderr


@pytest.fixture
def server(neuronpedia_emulator_fresh: EmulatorServer) -> Iterator[EmulatorServer]:
    yield neuronpedia_emulator_fresh


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"neuronpedia-ext {__version__}"


def test_python_dash_m_runs_the_same_cli() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    proc = subprocess.run(
        [sys.executable, "-m", "neuronpedia_ext.cli", "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and proc.stdout.strip() == f"neuronpedia-ext {__version__}"


def test_feature_json_has_every_part(server: EmulatorServer) -> None:
    proc = run("feature", "gpt2-small/6-res-jb/42", "--json", server=server)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["modelId"], data["source"], data["index"]) == ("gpt2-small", "6-res-jb", 42)
    assert data["explanations"][0]["text"] == "sports and games"
    assert [lg["token"] for lg in data["top_logits"]][:2] == [" goal", " team"]
    assert data["bottom_logits"][0]["token"] == " tax"
    assert len(data["activations"]) == 10 and data["activations"][0]["tokens"][:2] == ["<|endoftext|>", "The"]
    assert data["density"] == pytest.approx(0.003627, rel=1e-3)
    assert "raw" not in data


def test_feature_plain_marks_the_activating_tokens(server: EmulatorServer) -> None:
    proc = run("feature", "gpt2-small", "6-res-jb", "42", "--activations", "2", server=server)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "\x1b[" not in out  # not a terminal: no escapes
    assert out.splitlines()[0] == "gpt2-small/6-res-jb/42"
    assert "sports and games" in out and " goal" in out and " tax" in out
    lines = [line for line in out.splitlines() if "<|endoftext|>" in line]
    assert len(lines) == 2
    assert "[[ match]]" in lines[0] and "[[ team]]" in lines[0]  # the highest tokens of the top activation
    assert "[[ the]]" in lines[0] and " in[[ the]]" in lines[0]  # " the" is at 22% of the maximum, " in" at 19.7%


def test_search_explanations_and_top_features(server: EmulatorServer) -> None:
    proc = run("search", "explanations", "sports", "--model", "gpt2-small", "--limit", "3", "--json", server=server)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    assert len(results) == 3 and results[0]["description"] == "sports and games"
    plain = run("search", "explanations", "sports", "--model", "gpt2-small", "--limit", "3", server=server)
    assert "gpt2-small/0-res-jb/7" in plain.stdout and "sports and games" in plain.stdout
    top = run("search", "top-features", "The team scored a goal", "--model", "gpt2-small", "--layers", "6-res-jb",
              "--num", "3", "--json", server=server)  # fmt: skip
    assert top.returncode == 0, top.stderr
    data = json.loads(top.stdout)
    assert data["tokens"][0] == "<|endoftext|>" and len(data["results"]) == 3
    assert {r["layer"] for r in data["results"]} == {"6-res-jb"}


def test_steer_completion_side_by_side(server: EmulatorServer) -> None:
    args = ("steer", "completion", "The weather is", "--feature", "gpt2-small/6-res-jb/42@20", "--n-tokens", "6")
    data = json.loads(run(*args, "--json", server=server).stdout)
    assert data["default"].startswith("[emulated]") and data["steered"].startswith("[emulated]")
    assert data["default"] != data["steered"] and data["share_url"].startswith(server.base_url)
    plain = run(*args, server=server).stdout.splitlines()
    assert plain[0].split("|")[0].strip() == "DEFAULT" and plain[0].split("|")[1].strip() == "STEERED"
    assert plain[1].split("|")[0].strip() in data["default"]


def test_steer_stream_json_is_one_frame_per_line(server: EmulatorServer) -> None:
    proc = run("steer", "chat", "Tell me a story", "--feature", "gpt2-small/6-res-jb/42@20", "--n-tokens", "4",
               "--stream", "--json", server=server)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    frames = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(frames) >= 3
    assert frames[-1]["share_url"] and frames[0]["share_url"] is None
    assert len(frames[-1]["steered"]["raw"]) >= len(frames[1]["steered"]["raw"])


def test_vector_new_get_list_delete(server: EmulatorServer, tmp_path: Path) -> None:
    values = tmp_path / "v.json"
    values.write_text(json.dumps(list(GPT2_SMALL_RES_JB_JEDI_VECTOR)))
    new = run("vector", "new", "jedi", "--model", "gpt2-small", "--layer", "6", "--values", str(values), "--json",
              server=server)  # fmt: skip
    assert new.returncode == 0, new.stderr
    vec = json.loads(new.stdout)
    vid = f"{vec['model_id']}/{vec['source']}/{vec['index']}"
    assert vec["label"] == "jedi" and len(vec["values"]) == 768
    got = json.loads(run("vector", "get", vid, "--json", server=server).stdout)
    assert got["values"] == vec["values"]
    owned = json.loads(run("vector", "list", "--json", server=server).stdout)
    assert vid in {f"{v['model_id']}/{v['source']}/{v['index']}" for v in owned}
    assert run("vector", "delete", vid, server=server).returncode == 0
    assert run("vector", "list", "--json", server=server).stdout.strip() == "[]"
    stdin = run("vector", "new", "x", "--model", "gpt2-small", "--layer", "6", "--values", "-", server=server,
                stdin=json.dumps([1.0] * 768))  # fmt: skip
    assert stdin.returncode == 0 and "neuronpedia-resid-pre" in stdin.stdout


def test_list_management(server: EmulatorServer) -> None:
    new = json.loads(run("list", "new", "dinos", "--description", "about dinosaurs", "--json", server=server).stdout)
    lid = new["id"]
    assert run("list", "add", lid, "gpt2-small/6-res-jb/42", "gpt2-small/0-res-jb/3", server=server).returncode == 0
    got = json.loads(run("list", "get", lid, "--json", server=server).stdout)
    assert sorted(i["index"] for i in got["items"]) == [3, 42]
    assert "dinos" in run("list", "owned", server=server).stdout
    assert run("list", "remove", lid, "gpt2-small/0-res-jb/3", server=server).returncode == 0
    assert [i["index"] for i in json.loads(run("list", "get", lid, "--json", server=server).stdout)["items"]] == [42]
    assert run("list", "delete", lid, server=server).returncode == 0
    assert json.loads(run("list", "owned", "--json", server=server).stdout) == []


def test_model_and_source_set_management(server: EmulatorServer) -> None:
    models = json.loads(run("model", "list", "--json", server=server).stdout)
    assert "gpt2-small" in {m["id"] for m in models}
    assert "res-jb" in run("model", "list", server=server).stdout
    new = run("model", "new", "my-tiny", "--layers", "2", "--display-name", "Tiny", "--json", server=server)
    assert new.returncode == 0 and json.loads(new.stdout)["layers"] == 2
    ss = run("source-set", "new", "my-tiny", "my-saes", "--description", "mine", "--json", server=server)
    assert ss.returncode == 0, ss.stderr
    got = json.loads(run("source-set", "get", "my-tiny", "my-saes", "--json", server=server).stdout)
    assert [s["id"] for s in got["sources"]] == ["0-my-saes", "1-my-saes"]
    missing = run("source-set", "get", "my-tiny", "nope", server=server)
    assert missing.returncode == ExitCode.NOT_FOUND and "no source set my-tiny/nope" in missing.stderr


def test_export_json_csv_parquet(server: EmulatorServer, tmp_path: Path) -> None:
    ids = ["gpt2-small/0-res-jb/0", "gpt2-small/0-res-jb/1", "gpt2-small/6-res-jb/42"]
    rows = json.loads(run("export", *ids, server=server).stdout)
    assert [r["index"] for r in rows] == [0, 1, 42] and all(r["ok"] for r in rows)
    assert rows[2]["explanation"] == "sports and games" and rows[2]["max_activation"] > 0
    text = run("export", *ids, "--format", "csv", server=server).stdout
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["index"] for r in table] == ["0", "1", "42"] and table[2]["explanation"] == "sports and games"
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "f.parquet"
    proc = run("export", *ids, "-o", str(out), "--json", server=server)
    assert proc.returncode == 0 and json.loads(proc.stdout) == {"output": str(out), "format": "parquet",
                                                                 "rows": 3, "failed": 0}  # fmt: skip
    assert pq.read_table(out).column("index").to_pylist() == [0, 1, 42]
    partial = run("export", "gpt2-small/0-res-jb/0", "gpt2-small/0-res-jb/99999", server=server)
    assert partial.returncode == ExitCode.NOT_FOUND and [r["ok"] for r in json.loads(partial.stdout)] == [True, False]


# --------------------------------------------------------------------------- errors and exit codes


@pytest.mark.parametrize(
    ("script", "code", "name"),
    [
        (["400"], ExitCode.REFUSED, "BadRequestError"),
        (["403"], ExitCode.AUTH, "PermissionDeniedError"),
        # one more failure than --max-retries 2 allows, so the last answer is the error
        (["500"] * 3, ExitCode.SERVER_ERROR, "InternalServerError"),
        (["429"] * 3, ExitCode.RATE_LIMITED, "RateLimitError"),
    ],
)
def test_server_errors_map_to_exit_codes(server: EmulatorServer, script: list[str], code: int, name: str) -> None:
    server.set_faults(script=script)
    proc = run("feature", "gpt2-small/6-res-jb/42", "--json", "--timeout", "5", "--max-retries", "2", server=server)
    assert proc.returncode == code, proc.stderr
    no_traceback(proc)
    assert json.loads(proc.stdout)["error"] == name and json.loads(proc.stdout)["exit_code"] == code


def test_client_side_errors_map_to_exit_codes(server: EmulatorServer) -> None:
    bad = run("feature", "gpt2-small/6-res-jb/not-a-number", server=server)
    assert bad.returncode == ExitCode.USAGE and "feature index" in bad.stderr
    no_traceback(bad)
    missing = run("feature", "gpt2-small/6-res-jb/99999", server=server)
    assert missing.returncode == ExitCode.NOT_FOUND and "404" in missing.stderr
    nokey = run("list", "owned", server=server, key="")
    assert nokey.returncode == ExitCode.AUTH and "API key" in nokey.stderr
    wrong = run("list", "owned", server=server, key="not-a-key")
    assert wrong.returncode == ExitCode.AUTH
    usage = run("feature")
    assert usage.returncode == ExitCode.USAGE and "see neuronpedia-ext feature --help" in usage.stderr
    with socket.socket() as s:  # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = run("feature", "gpt2-small/6-res-jb/42", "--base-url", f"http://127.0.0.1:{port}", "--timeout", "2")
    assert down.returncode == ExitCode.CONNECTION
    for proc in (missing, nokey, wrong, down):
        no_traceback(proc)


def test_exit_code_table_is_ordered_most_specific_first() -> None:
    for i, (cls, _) in enumerate(EXIT_CODES):
        for later, _code in EXIT_CODES[i + 1 :]:
            assert not issubclass(later, cls) or later is cls, f"{later.__name__} is shadowed by {cls.__name__}"


# --------------------------------------------------------------------------- the emulator subcommand


def test_emulator_missing_seed_is_a_clean_error() -> None:
    proc = run("emulator", "--port", "0", "--seed", "/missing.yaml")
    assert proc.returncode == ExitCode.USAGE
    assert proc.stderr.strip() == "neuronpedia-ext: error: --seed: no such file: /missing.yaml"
    assert proc.stdout == ""  # no URL for a server that never started


def test_emulator_busy_port_is_a_clean_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        proc = run("emulator", "--port", str(s.getsockname()[1]))
    assert proc.returncode == ExitCode.USAGE and "cannot listen on 127.0.0.1:" in proc.stderr
    assert proc.stdout == ""
    no_traceback(proc)


def test_emulator_prints_its_url_only_once_the_port_is_bound() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")])}
    proc = subprocess.Popen(
        [sys.executable, "-c", ENTRY, "emulator", "--port", "0", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        port = int(info["base_url"].rsplit(":", 1)[1])
        assert port != 0 and info["api_keys"]
        # no retry loop: the port already accepts connections when the line is written
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /api/nla/sources HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert conn.recv(64).startswith(b"HTTP/1.1 200")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
