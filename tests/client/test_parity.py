"""Parity audit: every public name of the official ``neuronpedia`` 1.2.1 package has a drop-in here.

The inventory is computed from the installed official package, not copied by hand:

* every name in ``neuronpedia.__all__`` (the three key functions and ten request classes);
* every class defined in a ``neuronpedia.np_*`` module (the dataclasses);
* every class defined in a ``neuronpedia.requests.*`` module: the request classes (including
  ``SourceActivationRequest`` and ``TopKByTokenRequest``, which ``__all__`` leaves out), their
  result dataclasses and the four ``NP*Error`` exceptions. ``topk_by_token_request`` is read with
  :mod:`ast`, never imported: on 1.2.1 its import needs pydantic, which the package does not
  declare (whether pydantic happens to be installed here must not change the audit);
* the constants of ``neuronpedia.sample_data``.

Where ours must be: importable from the top-level ``neuronpedia_ext`` (``from neuronpedia_ext import
NPVector, SourceActivationRequest``), so a script moves over by changing its imports only; the
sample vectors in ``neuronpedia_ext.sample_data`` under the same names and lengths.

"Compatible signature" (checked with :func:`inspect.signature` on ours) means an official-style
call still binds:

* every official parameter name is accepted by keyword (a ``**kwargs`` does not count);
* every parameter the official accepts positionally sits at the same position in ours;
* nothing optional in the official is required in ours, and ours requires nothing extra;
* a classmethod stays callable on the class, an instance method on instances;
* for a dataclass, every official field is an attribute of ours;
* (separate test) scalar defaults are the same, so omitting an argument means the same thing.

The official transport base ``NPRequest`` (``BASE_URL`` frozen at import, ``send_request``
printing on every call, a new connection per call) is deliberately not mirrored: see
``NOT_MIRRORED``. Its two public methods are therefore not required on our request classes.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import inspect
import os
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import neuronpedia_ext

NOT_MIRRORED: dict[str, str] = {
    "NPRequest": "the official transport base class (import-time BASE_URL, prints, a new connection per "
    "request); our request classes sit on the pooled client instead, so get_url/send_request are not offered",
}

# Which of our errors each official exception name must catch (``except NPRateLimitError`` keeps working).
EXCEPTION_EQUIVALENTS: dict[str, str] = {
    "NPKeyMissingError": "APIKeyMissingError",
    "NPUnauthorizedError": "AuthenticationError",
    "NPRateLimitError": "RateLimitError",
    "NPInvalidResponseError": "APIResponseValidationError",
}

_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
_VARIADIC = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)


class _NoLiteral:
    """Marks a default that is not a literal (a call, a name): compared by presence only."""

    def __repr__(self) -> str:
        return "<not a literal>"


NO_LITERAL: Any = _NoLiteral()


# ----------------------------------------------------------------------------- the inventory


@dataclasses.dataclass(frozen=True)
class Param:
    name: str
    kind: inspect._ParameterKind
    has_default: bool
    default: Any = None


@dataclasses.dataclass(frozen=True)
class OfficialCallable:
    qualname: str  # "set_api_key", "NPVector.new", "NPVector()" (the constructor)
    owner: str | None
    attr: str  # the attribute name on the owner, or "__init__"
    binding: str  # "function" | "constructor" | "classmethod" | "staticmethod" | "method"
    params: tuple[Param, ...]


@dataclasses.dataclass(frozen=True)
class OfficialClass:
    name: str
    module: str
    category: str  # "dataclass" | "request" | "exception" | "base"
    fields: tuple[str, ...]
    callables: tuple[OfficialCallable, ...]


@dataclasses.dataclass(frozen=True)
class Inventory:
    functions: tuple[OfficialCallable, ...]
    classes: tuple[OfficialClass, ...]
    sample_data: dict[str, int]  # constant -> length

    def class_named(self, name: str) -> OfficialClass:
        return next(c for c in self.classes if c.name == name)


def _official_package() -> ModuleType:
    """Import ``neuronpedia`` without letting its import-time ``load_dotenv()`` touch our environment."""
    saved = dict(os.environ)
    try:
        return importlib.import_module("neuronpedia")
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _params_from_signature(signature: inspect.Signature, *, drop_first: bool) -> tuple[Param, ...]:
    params = list(signature.parameters.values())
    if drop_first:
        params = params[1:]
    out = []
    for p in params:
        has_default = p.default is not inspect.Parameter.empty
        default = p.default if has_default else None
        if repr(default) == "<factory>":  # a dataclass default_factory: compared by presence only
            default = NO_LITERAL
        out.append(Param(p.name, p.kind, has_default, default))
    return tuple(out)


def _callables_of_class(cls: type, stop: tuple[type, ...]) -> tuple[OfficialCallable, ...]:
    found: dict[str, OfficialCallable] = {}
    init_sig = inspect.signature(cls.__init__)
    found["__init__"] = OfficialCallable(
        f"{cls.__name__}()", cls.__name__, "__init__", "constructor", _params_from_signature(init_sig, drop_first=True)
    )
    for klass in cls.__mro__:
        if klass is object or klass in stop or not klass.__module__.startswith("neuronpedia"):
            continue
        for attr, raw in vars(klass).items():
            if attr.startswith("_") or attr in found:
                continue
            if isinstance(raw, classmethod):
                sig = inspect.signature(raw.__func__)
                binding, drop = "classmethod", True
            elif isinstance(raw, staticmethod):
                sig = inspect.signature(raw.__func__)
                binding, drop = "staticmethod", False
            elif inspect.isfunction(raw):
                sig = inspect.signature(raw)
                binding, drop = "method", True
            else:
                continue
            found[attr] = OfficialCallable(
                f"{cls.__name__}.{attr}", cls.__name__, attr, binding, _params_from_signature(sig, drop_first=drop)
            )
    return tuple(found.values())


# ---- the same, read from source with ast (for modules that cannot be imported)


def _literal(node: ast.expr | None) -> Any:
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except ValueError:
        return NO_LITERAL


def _params_from_ast(fn: ast.FunctionDef, *, drop_first: bool) -> tuple[Param, ...]:
    a = fn.args
    out: list[Param] = []
    positional = [(arg, inspect.Parameter.POSITIONAL_ONLY) for arg in a.posonlyargs] + [
        (arg, inspect.Parameter.POSITIONAL_OR_KEYWORD) for arg in a.args
    ]
    first_default = len(positional) - len(a.defaults)
    for i, (arg, kind) in enumerate(positional):
        has_default = i >= first_default
        out.append(Param(arg.arg, kind, has_default, _literal(a.defaults[i - first_default]) if has_default else None))
    if a.vararg:
        out.append(Param(a.vararg.arg, inspect.Parameter.VAR_POSITIONAL, False))
    for arg, default in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        out.append(Param(arg.arg, inspect.Parameter.KEYWORD_ONLY, default is not None, _literal(default)))
    if a.kwarg:
        out.append(Param(a.kwarg.arg, inspect.Parameter.VAR_KEYWORD, False))
    return tuple(out[1:] if drop_first else out)


def _decorator_names(node: ast.ClassDef | ast.FunctionDef) -> set[str]:
    names = set()
    for d in node.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        if isinstance(target, ast.Name):
            names.add(target.id)
        elif isinstance(target, ast.Attribute):
            names.add(target.attr)
    return names


def _classes_from_source(path: Path, module: str, request_base: str = "NPRequest") -> list[OfficialClass]:
    tree = ast.parse(path.read_text())
    out = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
            continue
        bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
        is_dataclass = "dataclass" in _decorator_names(node)
        fields = [stmt for stmt in node.body if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)]
        callables: list[OfficialCallable] = []
        init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
        if init is not None:
            init_params = _params_from_ast(init, drop_first=True)
        elif is_dataclass:
            init_params = tuple(
                Param(
                    f.target.id,  # type: ignore[union-attr]
                    inspect.Parameter.POSITIONAL_OR_KEYWORD,
                    f.value is not None,
                    _literal(f.value),
                )
                for f in fields
            )
        else:
            init_params = ()
        callables.append(OfficialCallable(f"{node.name}()", node.name, "__init__", "constructor", init_params))
        for stmt in node.body:
            if not isinstance(stmt, ast.FunctionDef) or stmt.name.startswith("_"):
                continue
            decorators = _decorator_names(stmt)
            if "classmethod" in decorators:
                binding, drop = "classmethod", True
            elif "staticmethod" in decorators:
                binding, drop = "staticmethod", False
            else:
                binding, drop = "method", True
            callables.append(
                OfficialCallable(
                    f"{node.name}.{stmt.name}", node.name, stmt.name, binding, _params_from_ast(stmt, drop_first=drop)
                )
            )
        if request_base in bases:
            category = "request"
        elif bases & {"Exception", "BaseException"}:
            category = "exception"
        else:
            category = "dataclass" if is_dataclass else "class"
        field_names = tuple(f.target.id for f in fields if not isinstance(f.target, ast.Attribute))  # type: ignore[union-attr]
        out.append(OfficialClass(node.name, module, category, field_names if is_dataclass else (), tuple(callables)))
    return out


def _classify(cls: type, base: type) -> str:
    if cls is base:
        return "base"
    if issubclass(cls, base):
        return "request"
    if issubclass(cls, BaseException):
        return "exception"
    return "dataclass" if dataclasses.is_dataclass(cls) else "class"


def _build_inventory() -> Inventory:
    official = _official_package()
    base_module = importlib.import_module("neuronpedia.requests.base_request")
    npreq: type = base_module.NPRequest
    root = Path(official.__file__).parent

    functions = []
    for name in official.__all__:
        obj = getattr(official, name)
        if inspect.isfunction(obj):
            sig = inspect.signature(obj)
            functions.append(
                OfficialCallable(name, None, name, "function", _params_from_signature(sig, drop_first=False))
            )

    classes: dict[str, OfficialClass] = {}
    module_names = [f"neuronpedia.{p.stem}" for p in sorted(root.glob("np_*.py"))]
    module_names += [f"neuronpedia.requests.{p.stem}" for p in sorted((root / "requests").glob("*.py"))]
    for module_name in module_names:
        if module_name.endswith(".topk_by_token_request"):
            path = root / "requests" / "topk_by_token_request.py"
            for cls_info in _classes_from_source(path, module_name):
                classes[cls_info.name] = cls_info
            continue
        if module_name.endswith("__init__"):
            continue
        module = importlib.import_module(module_name)
        for name, obj in vars(module).items():
            if not inspect.isclass(obj) or obj.__module__ != module_name or name.startswith("_"):
                continue
            category = _classify(obj, npreq)
            fields = tuple(f.name for f in dataclasses.fields(obj)) if category == "dataclass" else ()
            callables = () if category in ("exception", "base") else _callables_of_class(obj, stop=(npreq,))
            classes[name] = OfficialClass(name, module_name, category, fields, callables)
    # names exported by __all__ must all be in the inventory
    for name in official.__all__:
        if inspect.isclass(getattr(official, name)):
            assert name in classes, name

    sample = importlib.import_module("neuronpedia.sample_data")
    sample_data = {
        name: len(value) for name, value in vars(sample).items() if name.isupper() and isinstance(value, list)
    }
    return Inventory(tuple(functions), tuple(sorted(classes.values(), key=lambda c: c.name)), sample_data)


INVENTORY = _build_inventory()

MIRRORED_CLASSES = [c for c in INVENTORY.classes if c.name not in NOT_MIRRORED]
ALL_CALLABLES = list(INVENTORY.functions) + [
    fn for c in MIRRORED_CLASSES if c.category in ("dataclass", "request", "class") for fn in c.callables
]


# ----------------------------------------------------------------------------- our side


def _our_modules() -> Iterator[ModuleType]:
    for package_name in ("neuronpedia_ext.compat", "neuronpedia_ext.models"):
        package = importlib.import_module(package_name)
        yield package
        for info in pkgutil.iter_modules(package.__path__, package_name + "."):
            try:
                yield importlib.import_module(info.name)
            except ImportError:
                continue


def _where_defined(name: str) -> str:
    homes = sorted({getattr(vars(m)[name], "__module__", m.__name__) for m in _our_modules() if name in vars(m)})
    return f"; defined in {', '.join(homes)} but not exported from neuronpedia_ext" if homes else ""


def _ours(name: str) -> Any:
    obj = getattr(neuronpedia_ext, name, None)
    if obj is None:
        pytest.fail(f"neuronpedia_ext has no {name!r} (official drop-in missing){_where_defined(name)}")
    return obj


def _our_callable(fn: OfficialCallable) -> tuple[Callable[..., Any], bool, list[str]]:
    """Our counterpart of ``fn``, whether its first parameter is bound (self/cls), and kind problems."""
    problems: list[str] = []
    if fn.owner is None:
        return _ours(fn.attr), False, problems
    cls = _ours(fn.owner)
    if not inspect.isclass(cls):
        pytest.fail(f"neuronpedia_ext.{fn.owner} is not a class")
    if fn.binding == "constructor":
        return cls, False, problems
    raw = inspect.getattr_static(cls, fn.attr, None)
    if raw is None:
        pytest.fail(f"neuronpedia_ext.{fn.owner} has no {fn.attr!r} ({fn.binding} of the official class)")
    if fn.binding in ("classmethod", "staticmethod"):
        if not isinstance(raw, classmethod | staticmethod):
            problems.append(f"{fn.qualname} is a {fn.binding} officially (callable on the class); ours is not")
        return getattr(cls, fn.attr), False, problems
    if isinstance(raw, classmethod | staticmethod):
        return getattr(cls, fn.attr), False, problems
    if isinstance(raw, property) or not callable(raw):
        problems.append(f"{fn.qualname} is a method officially; ours is a {type(raw).__name__}")
        return raw, False, problems
    return raw, True, problems


def incompatibilities(official: tuple[Param, ...], ours: inspect.Signature, *, drop_first: bool) -> list[str]:
    """Why an official-style call might not bind to ``ours`` (empty when compatible)."""
    our_params = list(ours.parameters.values())[1 if drop_first else 0 :]
    by_name = {p.name: p for p in our_params if p.kind not in _VARIADIC}
    our_positional = [p for p in our_params if p.kind in _POSITIONAL]
    our_star_args = any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in our_params)
    official_names = {p.name for p in official}
    problems: list[str] = []
    position = 0
    for op in official:
        if op.kind is inspect.Parameter.VAR_POSITIONAL:
            if not our_star_args:
                problems.append(f"official takes *{op.name}; ours does not")
            continue
        if op.kind is inspect.Parameter.VAR_KEYWORD:
            if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in our_params):
                problems.append(f"official takes **{op.name}; ours does not")
            continue
        mine = by_name.get(op.name)
        if op.kind is not inspect.Parameter.POSITIONAL_ONLY:
            if mine is None:
                problems.append(f"parameter {op.name!r} is missing")
            elif mine.kind is inspect.Parameter.POSITIONAL_ONLY:
                problems.append(f"parameter {op.name!r} cannot be passed by keyword in ours")
        if op.kind in _POSITIONAL:
            if position < len(our_positional):
                if our_positional[position].name != op.name:
                    problems.append(
                        f"positional argument {position} is {op.name!r} officially, {our_positional[position].name!r}"
                        " in ours"
                    )
            elif not our_star_args:
                problems.append(f"{op.name!r} can be passed positionally (argument {position}) officially, not in ours")
            position += 1
        if op.has_default and mine is not None and mine.default is inspect.Parameter.empty:
            problems.append(f"parameter {op.name!r} is optional officially but required in ours")
    for p in our_params:
        if p.kind not in _VARIADIC and p.default is inspect.Parameter.empty and p.name not in official_names:
            problems.append(f"ours requires {p.name!r}, which official calls never pass")
    return problems


def _same_default(official: Any, ours: Any) -> bool:
    if ours is attrs.NOTHING:  # an attrs factory (a fresh list/dict per instance)
        return isinstance(official, list | tuple | dict) and not official
    if isinstance(official, list | tuple | dict):  # mutable official defaults may become None/tuples here
        return ours is None or ours == official or (isinstance(ours, tuple | list) and list(ours) == list(official))
    if isinstance(ours, enum.Enum):
        ours = ours.value
    return bool(type(official) is type(ours) or {type(official), type(ours)} <= {int, float}) and ours == official


# ----------------------------------------------------------------------------- the tests


def test_inventory_matches_the_official_surface() -> None:
    """The enumeration itself: the counts of the research notes, from the installed package."""
    from importlib.metadata import version

    assert version("neuronpedia") == "1.2.1"  # the audited release (requirements/dev.txt pins it)
    by_category: dict[str, set[str]] = {}
    for c in INVENTORY.classes:
        by_category.setdefault(c.category, set()).add(c.name)
    assert {f.qualname for f in INVENTORY.functions} == {"set_api_key", "get_api_key", "api_key"}
    assert by_category["base"] == {"NPRequest"}
    assert len(by_category["request"]) == 12
    assert {"SourceActivationRequest", "TopKByTokenRequest"} <= by_category["request"]
    assert by_category["dataclass"] == {
        "Activation", "Explanation", "Logit", "Feature", "SteerFeature", "SAEFeature", "NPVector", "NPList",
        "NPListItem", "Model", "Source", "SourceSet", "NPGraphMetadata", "SourceActivationResult",
        "FeatureWithTopActivation", "TopKByTokenResult",
    }  # fmt: skip
    assert by_category["exception"] == set(EXCEPTION_EQUIVALENTS)
    assert INVENTORY.sample_data == {"GEMMA2_2B_IT_DINOSAURS_VECTOR": 2304, "GPT2_SMALL_RES_JB_JEDI_VECTOR": 768}
    assert set(NOT_MIRRORED) <= {c.name for c in INVENTORY.classes}
    # a few signatures read from the package, to show the enumeration is not vacuous
    new = next(f for f in ALL_CALLABLES if f.qualname == "NPVector.new")
    assert [p.name for p in new.params] == [
        "label", "model_id", "layer_num", "hook_type", "vector", "default_steer_strength"
    ]  # fmt: skip
    assert new.binding == "classmethod" and new.params[-1].default == 10
    topk = INVENTORY.class_named("TopKByTokenRequest")
    texts = next(f for f in topk.callables if f.attr == "compute_top_features_by_token_for_texts")
    assert [(p.name, p.default) for p in texts.params if p.has_default] == [
        ("num_results", 10), ("ignore_bos", True), ("density_threshold", 0.0)
    ]  # fmt: skip


def test_ast_reader_agrees_with_inspect() -> None:
    """The ast reader (used for topk_by_token_request) gives what inspect gives on an importable module."""
    official = _official_package()
    path = Path(official.__file__).parent / "requests" / "source_activation_request.py"
    from_ast = {c.name: c for c in _classes_from_source(path, "neuronpedia.requests.source_activation_request")}
    npreq = importlib.import_module("neuronpedia.requests.base_request").NPRequest
    module = importlib.import_module("neuronpedia.requests.source_activation_request")
    for name in ("SourceActivationRequest", "SourceActivationResult"):
        cls = getattr(module, name)
        expected = {f.qualname: f for f in _callables_of_class(cls, stop=(npreq,))}
        got = {f.qualname: f for f in from_ast[name].callables}
        assert got == expected, name
    assert from_ast["SourceActivationResult"].fields == tuple(
        f.name for f in dataclasses.fields(module.SourceActivationResult)
    )
    assert from_ast["SourceActivationRequest"].category == "request"


@pytest.mark.parametrize("cls", MIRRORED_CLASSES, ids=lambda c: c.name)
def test_every_official_class_has_a_drop_in(cls: OfficialClass) -> None:
    ours = _ours(cls.name)
    assert inspect.isclass(ours), f"neuronpedia_ext.{cls.name} should be a class"
    if cls.category == "dataclass":
        missing = [f for f in cls.fields if not hasattr(ours, f) and f not in _attr_names(ours)]
        assert not missing, f"{cls.name} lacks the official fields {missing}"


def _attr_names(cls: type) -> set[str]:
    if attrs.has(cls):
        return {a.name for a in attrs.fields(cls)}
    if dataclasses.is_dataclass(cls):
        return {f.name for f in dataclasses.fields(cls)}
    return set()


def test_steer_feature_is_a_feature() -> None:
    """Officially ``SteerFeature`` subclasses ``Feature`` (code passes either to steering)."""
    assert issubclass(_ours("SteerFeature"), _ours("Feature"))


@pytest.mark.parametrize("name", sorted(EXCEPTION_EQUIVALENTS))
def test_official_exception_names_catch_our_errors(name: str) -> None:
    official_cls = _ours(name)
    ours = getattr(neuronpedia_ext, EXCEPTION_EQUIVALENTS[name])
    assert issubclass(ours, official_cls), f"except {name} must catch neuronpedia_ext.{ours.__name__}"
    assert issubclass(official_cls, neuronpedia_ext.NeuronpediaError)


@pytest.mark.parametrize("fn", ALL_CALLABLES, ids=lambda f: f.qualname)
def test_signature_accepts_every_official_call(fn: OfficialCallable) -> None:
    target, bound, problems = _our_callable(fn)
    signature = inspect.signature(target)
    problems += incompatibilities(fn.params, signature, drop_first=bound)
    assert not problems, f"{fn.qualname}{signature}: " + "; ".join(problems)


_WITH_LITERAL_DEFAULTS = [
    fn for fn in ALL_CALLABLES if any(p.has_default and p.default is not NO_LITERAL for p in fn.params)
]


@pytest.mark.parametrize("fn", _WITH_LITERAL_DEFAULTS, ids=lambda f: f.qualname)
def test_defaults_mean_the_same(fn: OfficialCallable) -> None:
    target, _, _ = _our_callable(fn)
    ours = inspect.signature(target).parameters
    wrong = [
        f"{p.name}: official {p.default!r}, ours {ours[p.name].default!r}"
        for p in fn.params
        if p.has_default
        and p.default is not NO_LITERAL
        and p.name in ours
        and ours[p.name].default is not inspect.Parameter.empty
        and not _same_default(p.default, ours[p.name].default)
    ]
    assert not wrong, f"{fn.qualname}: " + "; ".join(wrong)


@pytest.mark.parametrize("name", sorted(INVENTORY.sample_data))
def test_sample_data_constants(name: str) -> None:
    try:
        sample = importlib.import_module("neuronpedia_ext.sample_data")
    except ImportError:
        pytest.fail("neuronpedia_ext.sample_data does not exist")
    value = getattr(sample, name, None)
    assert value is not None, f"neuronpedia_ext.sample_data has no {name}"
    assert len(value) == INVENTORY.sample_data[name]
    assert all(isinstance(v, float) for v in value)


def test_not_mirrored_is_only_the_transport_base() -> None:
    """The one deliberate omission stays one: anything else missing is a parity failure above."""
    assert {c.name: c.category for c in INVENTORY.classes if c.name in NOT_MIRRORED} == {"NPRequest": "base"}
    assert not hasattr(neuronpedia_ext, "NPRequest") or "NPRequest" in NOT_MIRRORED


# ----------------------------------------------------------------------------- the checker checks itself


def _sig(fn: Callable[..., Any]) -> inspect.Signature:
    return inspect.signature(fn)


def _official(fn: Callable[..., Any]) -> tuple[Param, ...]:
    return _params_from_signature(inspect.signature(fn), drop_first=False)


def test_checker_accepts_compatible_and_flags_incompatible_signatures() -> None:
    def official(label: str, model_id: str, strength: int = 10) -> None: ...

    def same(label: str, model_id: str, strength: int = 10, *, timeout: float | None = None) -> None: ...

    def renamed(label: str, model: str, strength: int = 10) -> None: ...

    def reordered(model_id: str, label: str, strength: int = 10) -> None: ...

    def keyword_only(label: str, *, model_id: str, strength: int = 10) -> None: ...

    def now_required(label: str, model_id: str, strength: int) -> None: ...

    def extra_required(label: str, model_id: str, hook: str, strength: int = 10) -> None: ...

    def kwargs_only(label: str, **kwargs: Any) -> None: ...

    base = _official(official)
    assert incompatibilities(base, _sig(same), drop_first=False) == []
    assert "parameter 'model_id' is missing" in incompatibilities(base, _sig(renamed), drop_first=False)
    assert incompatibilities(base, _sig(reordered), drop_first=False) == [
        "positional argument 0 is 'label' officially, 'model_id' in ours",
        "positional argument 1 is 'model_id' officially, 'label' in ours",
    ]
    assert incompatibilities(base, _sig(keyword_only), drop_first=False) == [
        "'model_id' can be passed positionally (argument 1) officially, not in ours",
        "'strength' can be passed positionally (argument 2) officially, not in ours",
    ]
    assert incompatibilities(base, _sig(now_required), drop_first=False) == [
        "parameter 'strength' is optional officially but required in ours"
    ]
    assert "ours requires 'hook', which official calls never pass" in incompatibilities(
        base, _sig(extra_required), drop_first=False
    )
    assert "parameter 'model_id' is missing" in incompatibilities(base, _sig(kwargs_only), drop_first=False)
    assert _same_default(10, 10.0) and _same_default(["a"], None) and not _same_default(10, None)
    assert not _same_default(True, 1)
    assert _same_default([], attrs.NOTHING) and not _same_default(["x"], attrs.NOTHING)
