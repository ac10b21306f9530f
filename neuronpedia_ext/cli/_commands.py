"""The subcommands that talk to a Neuronpedia: each builds a client, calls it, and hands the
result to :mod:`neuronpedia_ext.views` (``--json``: :func:`~neuronpedia_ext.views.data.to_jsonable`;
otherwise the terminal layouts). No rendering code lives here, and no HTTP code in the views.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .._client import Neuronpedia
from .._ids import FeatureId, parse_feature_id
from ..views import terminal
from ..views.data import to_jsonable
from ._errors import CLIError, ExitCode

__all__ = ["add_parsers"]

Handler = Callable[[argparse.Namespace], int]


# --------------------------------------------------------------------------- helpers


def _client(args: argparse.Namespace) -> Neuronpedia:
    retries = {} if args.max_retries is None else {"max_retries": args.max_retries}
    return Neuronpedia(api_key=args.api_key, base_url=args.base_url, timeout=args.timeout, **retries)


def _out(args: argparse.Namespace) -> terminal.PlainPrinter | terminal.RichPrinter:
    return terminal.printer(sys.stdout, plain=args.plain)


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False) + "\n")


def _feature_arg(values: Sequence[str]) -> FeatureId:
    if len(values) == 1:
        return parse_feature_id(values[0])
    if len(values) == 3:
        return parse_feature_id((values[0], values[1], values[2]))
    raise CLIError("a feature is MODEL/SOURCE/INDEX, a feature URL, or MODEL SOURCE INDEX", ExitCode.USAGE)


def _steer_feature(text: str) -> tuple[str, float]:
    """``MODEL/SOURCE/INDEX@STRENGTH`` (strength 10 when omitted)."""
    ident, sep, strength = text.rpartition("@")
    if not sep:
        return text, 10.0
    try:
        return ident, float(strength)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--feature takes MODEL/SOURCE/INDEX@STRENGTH, got {text!r}") from None


# --------------------------------------------------------------------------- feature


def _feature(args: argparse.Namespace) -> int:
    fid = _feature_arg(args.feature)
    with _client(args) as np:
        feature = np.features.get(fid.model_id, fid.source, fid.index)
    if args.json:
        _emit_json(feature)
    else:
        terminal.draw_feature(_out(args), feature, activations=args.activations, logits=args.logits)
    return 0


# --------------------------------------------------------------------------- search


def _search_explanations(args: argparse.Namespace) -> int:
    with _client(args) as np:
        results: list[Any]
        if args.layers:
            if not args.model:
                raise CLIError("--layers needs --model", ExitCode.USAGE)
            it: Iterator[Any] = np.search.iter_explanations(
                args.query, args.model, args.layers, offset=args.offset, max_results=args.limit
            )
        elif args.model:
            it = np.search.iter_explanations_by_model(
                args.query, args.model, offset=args.offset, max_results=args.limit
            )
        elif args.release:
            it = np.search.iter_explanations_by_release(
                args.query, args.release, offset=args.offset, max_results=args.limit
            )
        else:
            it = np.search.iter_explanations_all(args.query, offset=args.offset, max_results=args.limit)
        results = list(it)
    if args.json:
        _emit_json(results)
    else:
        terminal.draw_search_page(_out(args), results, args.query)
    return 0


def _search_top_features(args: argparse.Namespace) -> int:
    with _client(args) as np:
        result = np.search.top_features(
            args.text, args.model, args.source_set, args.layers or None, num_results=args.num
        )
    if args.json:
        _emit_json(result)
    else:
        out = _out(args)
        terminal.draw_top_features(out, result)
        out.line()
        for r in result.results[: args.show]:
            out.tokens(result.tokens, r.values, r.max_value, prefix=f"{r.layer}/{r.index}: ")
    return 0


# --------------------------------------------------------------------------- steer


def _steer_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {
        "model_id": args.model,
        "temperature": args.temperature,
        "n_tokens": args.n_tokens,
        "strength_multiplier": args.strength_multiplier,
    }
    if args.seed is not None:
        options["seed"] = args.seed
    return options


def _texts(result: Any) -> tuple[str | None, str | None]:
    """(default, steered) texts of a completion or chat result."""
    default, steered = result.default, result.steered
    if default is not None and not isinstance(default, str):
        default = default.reply if default.reply is not None else default.raw
    if steered is not None and not isinstance(steered, str):
        steered = steered.reply if steered.reply is not None else steered.raw
    return default, steered


def _run_steer(args: argparse.Namespace, once: Callable[[], Any], stream: Callable[[], Iterator[Any]]) -> int:
    if not args.stream:
        result = once()
        if args.json:
            _emit_json(result)
        else:
            default, steered = _texts(result)
            terminal.draw_side_by_side(_out(args), default, steered, result.share_url)
        return 0
    last: Any = None
    if args.json:  # one JSON object per frame (NDJSON)
        for frame in stream():
            sys.stdout.write(json.dumps(to_jsonable(frame), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return 0
    out = _out(args)
    if isinstance(out, terminal.RichPrinter):
        from rich.live import Live

        with Live(terminal.side_by_side_table("Default", "", "Steered", ""), console=out.console) as live:
            for frame in stream():
                last = frame
                default, steered = _texts(frame)
                live.update(terminal.side_by_side_table("Default", default or "", "Steered", steered or ""))
        if last is not None and last.share_url:
            out.line(last.share_url, muted=True)
        return 0
    for frame in stream():
        last = frame
    if last is not None:
        default, steered = _texts(last)
        terminal.draw_side_by_side(out, default, steered, last.share_url)
    return 0


def _steer_completion(args: argparse.Namespace) -> int:
    options = _steer_options(args)
    with _client(args) as np:
        return _run_steer(
            args,
            lambda: np.steer.completion(args.prompt, args.feature, **options),
            lambda: np.steer.completion_stream(args.prompt, args.feature, **options),
        )


def _steer_chat(args: argparse.Namespace) -> int:
    options = _steer_options(args) | {"steer_special_tokens": True}
    messages = [{"role": "user", "content": args.message}]
    with _client(args) as np:
        return _run_steer(
            args,
            lambda: np.steer.chat(messages, args.feature, **options),
            lambda: np.steer.chat_stream(messages, args.feature, **options),
        )


# --------------------------------------------------------------------------- management


def _vector_row(v: Any) -> tuple[str, ...]:
    return (
        f"{v.model_id}/{v.source}/{v.index}",
        v.label,
        v.hook_name,
        str(v.default_steer_strength),
        str(len(v.values)),
    )


_VECTOR_HEADERS = ["id", "label", "hook", "strength", "dimension"]


def _read_values(spec: str) -> Any:
    try:
        text = sys.stdin.read() if spec == "-" else Path(spec).read_text(encoding="utf-8")
    except OSError as exc:
        raise CLIError(f"--values: cannot read {spec}: {exc.strerror or exc}", ExitCode.USAGE) from None
    try:
        return json.loads(text)
    except ValueError:
        raise CLIError(f"--values: {spec} is not a JSON list of numbers", ExitCode.USAGE) from None


def _vector(args: argparse.Namespace) -> int:
    with _client(args) as np:
        result: Any
        if args.action == "new":
            result = np.vectors.new(
                args.label, args.model, args.layer, args.hook, _read_values(args.values), args.strength
            )
        elif args.action == "get":
            result = np.vectors.get(str(_feature_arg(args.feature)))
        elif args.action == "list":
            result = np.vectors.list_owned()
        else:
            fid = _feature_arg(args.feature)
            np.vectors.delete(str(fid))
            result = {"deleted": str(fid)}
    if args.json:
        _emit_json(result)
        return 0
    out = _out(args)
    if args.action == "list":
        out.table(_VECTOR_HEADERS, [_vector_row(v) for v in result])
    elif args.action == "delete":
        out.line(f"deleted {result['deleted']}")
    else:
        out.table(_VECTOR_HEADERS, [_vector_row(result)])
        out.line(result.url or "", muted=True)
    return 0


def _item_row(item: Any) -> tuple[str, str]:
    return f"{item.model_id}/{item.source}/{item.index}", item.description


def _list(args: argparse.Namespace) -> int:
    with _client(args) as np:
        result: Any
        if args.action == "new":
            if args.features:
                result = np.lists.new_with_features(args.name, args.features, args.description)
            else:
                result = np.lists.new(args.name, args.description)
        elif args.action == "get":
            result = np.lists.get(args.list_id)
        elif args.action == "owned":
            result = np.lists.list_owned()
        elif args.action == "add":
            result = np.lists.add_features(args.list_id, args.features)
        elif args.action == "remove":
            result = np.lists.remove_feature(args.list_id, args.feature)
        else:
            result = {"deleted": np.lists.delete(args.list_id), "id": args.list_id}
    if args.json:
        _emit_json(result)
        return 0
    out = _out(args)
    if args.action == "owned":
        out.table(["id", "name", "description"], [(x.id, x.name, x.description) for x in result])
    elif args.action in ("new", "get"):
        out.title(f"{result.name}  ({result.id})")
        if result.description:
            out.line(result.description, muted=True)
        out.table(
            ["feature", "description"], [(f"{i.model_id}/{i.source}/{i.index}", i.description) for i in result.items]
        )
    elif args.action == "add":
        out.table(["added", "description"], [_item_row(i) for i in result])
    elif args.action == "remove":
        out.line(f"removed {result.model_id}/{result.source}/{result.index}")
    else:
        out.line(f"deleted list {args.list_id}")
    return 0


def _model(args: argparse.Namespace) -> int:
    with _client(args) as np:
        result: Any = (
            np.models.list()
            if args.action == "list"
            else np.models.new(args.id, args.layers, args.display_name, args.url)
        )
    if args.json:
        _emit_json(result)
        return 0
    models = result if args.action == "list" else [result]
    _out(args).table(
        ["id", "layers", "name", "source sets"],
        [(m.id, m.layers, m.display_name or "", ", ".join(s.name for s in m.source_sets)) for m in models],
    )
    return 0


def _source_set(args: argparse.Namespace) -> int:
    with _client(args) as np:
        if args.action == "get":
            result = np.source_sets.get(args.model, args.name)
            if result is None:
                raise CLIError(f"no source set {args.model}/{args.name} (or it is not visible)", ExitCode.NOT_FOUND)
        else:
            result = np.source_sets.new(args.name, args.model, args.description, args.url)
    if args.json:
        _emit_json(result)
        return 0
    out = _out(args)
    out.title(f"{result.model_id}/{result.name}")
    if result.description:
        out.line(result.description, muted=True)
    out.table(["source", "visibility"], [(s.id, s.visibility) for s in result.sources])
    return 0


# --------------------------------------------------------------------------- export


def _export(args: argparse.Namespace) -> int:
    from ..dataframes import to_records

    ids = list(args.features)
    if args.ids_file:
        try:
            ids += [
                line.strip() for line in Path(args.ids_file).read_text(encoding="utf-8").splitlines() if line.strip()
            ]
        except OSError as exc:
            raise CLIError(f"--ids-file: cannot read {args.ids_file}: {exc.strerror or exc}", ExitCode.USAGE) from None
    if not ids:
        raise CLIError("export: give at least one feature (arguments or --ids-file)", ExitCode.USAGE)
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "json")
    if fmt not in ("json", "csv", "parquet"):
        raise CLIError(f"export: --format must be json, csv or parquet, got {fmt!r}", ExitCode.USAGE)
    if fmt == "parquet" and not args.output:
        raise CLIError("export: parquet needs --output PATH", ExitCode.USAGE)
    with _client(args) as np:
        results = np.features.get_many(ids)
    records = [to_jsonable(r) for r in to_records(results)]
    failed = sum(1 for r in records if not r.get("ok", True))
    if fmt == "json":
        text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
        _write_text(args.output, text)
    elif fmt == "csv":
        buffer = io.StringIO()
        columns = list(dict.fromkeys(k for r in records for k in r))
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(records)
        _write_text(args.output, buffer.getvalue())
    else:
        _write_parquet(args.output, records)
    if args.output:
        summary = {"output": args.output, "format": fmt, "rows": len(records), "failed": failed}
        if args.json:
            _emit_json(summary)
        else:
            _out(args).line(f"wrote {len(records)} rows ({failed} failed) to {args.output}")
    return 0 if not failed else int(ExitCode.NOT_FOUND)


def _write_text(path: str | None, text: str) -> None:
    if not path:
        sys.stdout.write(text)
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CLIError(f"--output: cannot write {path}: {exc.strerror or exc}", ExitCode.USAGE) from None


def _write_parquet(path: str, records: list[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        pa = None
    if pa is not None:
        pq.write_table(pa.Table.from_pylist(records), path)
        return
    try:
        import pandas as pd

        pd.DataFrame.from_records(records).to_parquet(path)
    except ImportError:
        from .._extras import install_hint

        raise CLIError(
            f"export --format parquet needs pyarrow: {install_hint('parquet')}", ExitCode.MISSING_DEPENDENCY
        ) from None


# --------------------------------------------------------------------------- parsers


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add every client subcommand to ``sub`` (``common`` holds --json, --base-url, ...)."""
    feat = sub.add_parser("feature", parents=[common], help="a feature: explanations, logits, top activations")
    feat.add_argument("feature", nargs="+", metavar="FEATURE", help="MODEL/SOURCE/INDEX, a URL, or MODEL SOURCE INDEX")
    feat.add_argument("--activations", type=int, default=5, metavar="N", help="top activations to show (5)")
    feat.add_argument("--logits", type=int, default=5, metavar="N", help="top/bottom logits to show (5)")
    feat.set_defaults(handler=_feature)

    search = sub.add_parser("search", help="search explanations, or the top features of a text")
    ssub = search.add_subparsers(dest="action", required=True, metavar="{explanations,top-features}")
    expl = ssub.add_parser("explanations", parents=[common], help="explanations most similar to a query")
    expl.add_argument("query")
    expl.add_argument("--model", help="only this model")
    expl.add_argument("--layers", nargs="+", metavar="SOURCE", help="only these sources (needs --model)")
    expl.add_argument("--release", help="only this release (e.g. gemma-scope-2b-pt-res)")
    expl.add_argument("--limit", type=int, default=20, help="at most this many results (20)")
    expl.add_argument("--offset", type=int, default=0)
    expl.set_defaults(handler=_search_explanations)
    top = ssub.add_parser("top-features", parents=[common], help="the features that fire most on a text")
    top.add_argument("text")
    top.add_argument("--model", required=True)
    top.add_argument("--source-set", help="e.g. res-jb (default: the set of --layers)")
    top.add_argument("--layers", nargs="+", metavar="SOURCE", help="only these sources, e.g. 6-res-jb")
    top.add_argument("--num", type=int, default=20, help="number of features (20)")
    top.add_argument("--show", type=int, default=3, help="heatmaps to draw (3)")
    top.set_defaults(handler=_search_top_features)

    steer = sub.add_parser("steer", help="steer a completion or a chat: default vs steered")
    stsub = steer.add_subparsers(dest="action", required=True, metavar="{completion,chat}")
    for name, helptext in (("completion", "complete a prompt"), ("chat", "answer one user message")):
        p = stsub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("prompt" if name == "completion" else "message")
        p.add_argument(
            "--feature",
            action="append",
            default=[],
            type=_steer_feature,
            metavar="ID[@STRENGTH]",
            help="a feature or vector to steer with, e.g. gpt2-small/6-res-jb/42@20 (repeatable)",
        )
        p.add_argument("--model", help="the model (default: the features')")
        p.add_argument("--n-tokens", type=int, default=32)
        p.add_argument("--temperature", type=float, default=0.5)
        p.add_argument("--seed", type=float)
        p.add_argument("--strength-multiplier", type=float, default=4)
        p.add_argument("--stream", action="store_true", help="show the answer as it is generated")
        p.set_defaults(handler=_steer_completion if name == "completion" else _steer_chat)

    vec = sub.add_parser("vector", help="steering vectors: new, get, list, delete")
    vsub = vec.add_subparsers(dest="action", required=True, metavar="{new,get,list,delete}")
    vnew = vsub.add_parser("new", parents=[common], help="store a vector (needs a key)")
    vnew.add_argument("label")
    vnew.add_argument("--model", required=True)
    vnew.add_argument("--layer", type=int, required=True)
    vnew.add_argument("--hook", default="hook_resid_pre", choices=["hook_resid_pre", "hook_resid_post"])
    vnew.add_argument("--values", required=True, metavar="FILE", help="a JSON list of numbers, or - for stdin")
    vnew.add_argument("--strength", type=float, default=10, help="default steering strength (10)")
    for action, helptext in (("get", "one vector"), ("delete", "delete one of your vectors")):
        p = vsub.add_parser(action, parents=[common], help=helptext)
        p.add_argument("feature", nargs="+", metavar="VECTOR", help="MODEL/SOURCE/INDEX")
    vsub.add_parser("list", parents=[common], help="your vectors")
    vec.set_defaults(handler=_vector)

    lst = sub.add_parser("list", help="feature lists: new, get, owned, add, remove, delete")
    lsub = lst.add_subparsers(dest="action", required=True, metavar="{new,get,owned,add,remove,delete}")
    lnew = lsub.add_parser("new", parents=[common], help="create a list (needs a key)")
    lnew.add_argument("name")
    lnew.add_argument("--description", default="")
    lnew.add_argument("--feature", dest="features", action="append", default=[], metavar="FEATURE")
    for action, helptext in (("get", "a list with its features"), ("delete", "delete one of your lists")):
        p = lsub.add_parser(action, parents=[common], help=helptext)
        p.add_argument("list_id", metavar="LIST_ID")
    lsub.add_parser("owned", parents=[common], help="your lists")
    ladd = lsub.add_parser("add", parents=[common], help="add features to a list")
    ladd.add_argument("list_id", metavar="LIST_ID")
    ladd.add_argument("features", nargs="+", metavar="FEATURE")
    lrem = lsub.add_parser("remove", parents=[common], help="remove a feature from a list")
    lrem.add_argument("list_id", metavar="LIST_ID")
    lrem.add_argument("feature", metavar="FEATURE")
    lst.set_defaults(handler=_list)

    mod = sub.add_parser("model", help="models: list, new")
    msub = mod.add_subparsers(dest="action", required=True, metavar="{list,new}")
    msub.add_parser("list", parents=[common], help="every model you can see")
    mnew = msub.add_parser("new", parents=[common], help="create a custom model (needs a key)")
    mnew.add_argument("id")
    mnew.add_argument("--layers", type=int, required=True)
    mnew.add_argument("--display-name")
    mnew.add_argument("--url", help="the model's website")
    mod.set_defaults(handler=_model)

    ss = sub.add_parser("source-set", help="source sets: get, new")
    sssub = ss.add_subparsers(dest="action", required=True, metavar="{get,new}")
    for action, helptext in (("get", "a source set with its sources"), ("new", "create one (needs a key)")):
        p = sssub.add_parser(action, parents=[common], help=helptext)
        p.add_argument("model")
        p.add_argument("name")
        if action == "new":
            p.add_argument("--description")
            p.add_argument("--url")
    ss.set_defaults(handler=_source_set)

    exp = sub.add_parser("export", parents=[common], help="features as JSON, CSV or Parquet rows")
    exp.add_argument("features", nargs="*", metavar="FEATURE")
    exp.add_argument("--ids-file", metavar="PATH", help="more feature ids, one a line")
    exp.add_argument("--format", choices=["json", "csv", "parquet"], help="default: from --output's suffix, else json")
    exp.add_argument("-o", "--output", metavar="PATH", help="default: stdout (json and csv)")
    exp.set_defaults(handler=_export)
