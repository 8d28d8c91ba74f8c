"""The mutation operators of bench/mutation.py: where a module of the reference can be made wrong in
one small, realistic way, and how to make a live module so.

A mutant is one change at one place of the source, the kind a billing system gets wrong:

  arithmetic   + <-> -, * <-> /, // -> /  (also in `x += y`)
  comparison   < <-> <=, > <-> >=, == <-> !=, in <-> not in, is <-> is not
  boolean      and <-> or, `not x` -> `x`, True <-> False
  constant     an integer n -> n + 1 and n - 1; a Decimal("...") literal one unit of its last printed
               place up and down ("0.5" -> "0.6", "0.4")
  date         timedelta(days=e) -> timedelta(days=e + 1) and (days=e - 1) for a computed e (a literal
               e is already a constant mutant)
  extreme      min(...) <-> max(...)
  branch       `if c:` -> `if True:` (the else dropped) and `if False:` (the body dropped); `a if c
               else b` -> a and -> b

Not mutated: docstrings, annotations, default argument values (evaluated once, outside the code
object), string constants (names of elements and readings: a change is a KeyError, not a realistic
error), and nothing at module level but a plain `NAME = constant` (a threshold such as MONTHS_CAP).

A mutant is applied to a *live* module by replacing the code object of the top-level function or
method that holds it (`function.__code__`): every alias of that function - `from m import f`
elsewhere - sees the change, nothing is re-imported. A module-level constant is rebound in its
module and in every module that imported it by name.
"""

from __future__ import annotations

import ast
import copy
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div,
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.And: ast.Or, ast.Or: ast.And,
}
SYMBOLS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Lt: "<", ast.LtE: "<=",
           ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in",
           ast.Is: "is", ast.IsNot: "is not", ast.And: "and", ast.Or: "or"}


@dataclass(frozen=True)
class Site:
    """One mutant: the module (dotted name), the top-level holder (`function`, `Class.method`, or
    `<module>` for a module-level constant), where it is, what it changes, and how to redo it
    (`path` of child positions from the module node, and the variant at that node)."""

    module: str
    file: str
    holder: str
    line: int
    operator: str
    change: str
    path: tuple[tuple[str, int | None], ...]
    variant: int

    @property
    def key(self) -> str:
        return f"{self.module}:{self.line}:{self.operator}:{self.change}"


def _last_place(text: str, step: int) -> str | None:
    """A decimal literal moved by one unit of its last printed place."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):
        return None
    return str(value + step * Decimal(1).scaleb(exponent))


def _variants(node: ast.AST) -> list[tuple[str, str]]:
    """(operator, change) for each mutant of this node itself."""
    out: list[tuple[str, str]] = []
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in SWAPS:
        out.append(("arithmetic", f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[SWAPS[type(node.op)]]}"))
    elif isinstance(node, ast.Compare):
        out += [("comparison", f"{SYMBOLS[type(op)]} -> {SYMBOLS[SWAPS[type(op)]]}") for op in node.ops
                if type(op) in SWAPS]
    elif isinstance(node, ast.BoolOp):
        out.append(("boolean", f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[SWAPS[type(node.op)]]}"))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        out.append(("boolean", "not x -> x"))
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        out.append(("boolean", f"{node.value} -> {not node.value}"))
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        out += [("constant", f"{node.value} -> {node.value + 1}"), ("constant", f"{node.value} -> {node.value - 1}")]
    elif _decimal_literal(node) is not None:
        text = _decimal_literal(node)
        out += [("constant", f'Decimal("{text}") -> Decimal("{_last_place(text, s)}")') for s in (1, -1)]
    elif isinstance(node, ast.Call) and _callee(node) in ("min", "max"):
        other = "max" if _callee(node) == "min" else "min"
        out.append(("extreme", f"{_callee(node)}(...) -> {other}(...)"))
    elif isinstance(node, ast.Call) and _callee(node) == "timedelta":
        days = next((k.value for k in node.keywords if k.arg == "days"), None)
        if days is not None and not isinstance(days, ast.Constant):
            out += [("date", "days=e -> days=e + 1"), ("date", "days=e -> days=e - 1")]
    elif isinstance(node, ast.If):
        out += [("branch", "if c: -> if True: (else dropped)"), ("branch", "if c: -> if False: (body dropped)")]
    elif isinstance(node, ast.IfExp):
        out += [("branch", "a if c else b -> a"), ("branch", "a if c else b -> b")]
    return out


def _callee(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _decimal_literal(node: ast.AST) -> str | None:
    """The text of Decimal("...") or Decimal(n) with a literal argument."""
    if isinstance(node, ast.Call) and _callee(node) == "Decimal" and len(node.args) == 1 and not node.keywords:
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, (str, int)) and not isinstance(arg.value, bool):
            return str(arg.value) if _last_place(str(arg.value), 1) is not None else None
    return None


def _mutated(node: ast.AST, operator: str, change: str, variant: int) -> ast.AST:
    """The node changed as (operator, change) says; `variant` tells apart the mutants of one node."""
    node = copy.deepcopy(node)
    if isinstance(node, (ast.BinOp, ast.AugAssign, ast.BoolOp)):
        node.op = SWAPS[type(node.op)]()
    elif isinstance(node, ast.Compare):
        swappable = [i for i, op in enumerate(node.ops) if type(op) in SWAPS]
        i = swappable[variant]
        node.ops[i] = SWAPS[type(node.ops[i])]()
    elif isinstance(node, ast.UnaryOp):
        return node.operand
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        node.value = not node.value
    elif isinstance(node, ast.Constant):
        node.value += 1 if variant == 0 else -1
    elif _decimal_literal(node) is not None:
        node.args[0] = ast.Constant(_last_place(_decimal_literal(node) or "", 1 if variant == 0 else -1))
    elif isinstance(node, ast.Call) and operator == "extreme":
        other = "max" if _callee(node) == "min" else "min"
        if isinstance(node.func, ast.Name):
            node.func.id = other
        else:
            node.func.attr = other  # type: ignore[union-attr]
    elif isinstance(node, ast.Call):
        for keyword in node.keywords:
            if keyword.arg == "days":
                keyword.value = ast.BinOp(keyword.value, ast.Add() if variant == 0 else ast.Sub(), ast.Constant(1))
    elif isinstance(node, ast.If):
        node.test = ast.Constant(variant == 0)
        if variant == 0:
            node.orelse = []
        else:
            node.body = [ast.Pass()]
    elif isinstance(node, ast.IfExp):
        return node.body if variant == 0 else node.orelse
    return ast.fix_missing_locations(ast.copy_location(node, node))


def _skipped(parent: ast.AST, field: str) -> bool:
    """Children never mutated: annotations, default values, decorators, docstrings, f-string formats."""
    if field in ("annotation", "returns", "decorator_list", "type_comment", "format_spec"):
        return True
    return isinstance(parent, ast.arguments) and field in ("defaults", "kw_defaults")


def _children(node: ast.AST) -> Iterator[tuple[str, int | None, ast.AST]]:
    for field, value in ast.iter_fields(node):
        if _skipped(node, field):
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, ast.AST):
                    yield field, i, item
        elif isinstance(value, ast.AST):
            yield field, None, value


def _is_docstring(node: ast.AST, parent: ast.AST | None, field: str, index: int | None) -> bool:
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            and field == "body" and index == 0)


def sites(module: str, file: Path) -> list[Site]:
    """Every mutant of one module, in source order."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    found: list[Site] = []

    def walk(node: ast.AST, path: tuple[tuple[str, int | None], ...], holder: str | None) -> None:
        if holder is not None and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for variant, (operator, change) in enumerate(_variants(node)):
                found.append(Site(module, str(file), holder, getattr(node, "lineno", 0), operator, change, path,
                                  variant))
        if _decimal_literal(node) is not None:
            return   # Decimal(1) is one constant, not also the integer 1 inside it
        for field, index, child in _children(node):
            if _is_docstring(child, node, field, index) or isinstance(child, (ast.Import, ast.ImportFrom)):
                continue
            child_holder = holder
            if holder is None and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                child_holder = child.name if isinstance(node, ast.Module) else None
            elif holder is None and isinstance(node, ast.ClassDef) and isinstance(child, ast.FunctionDef):
                child_holder = f"{node.name}.{child.name}"
            elif isinstance(node, ast.Module) and _module_constant(child):
                child_holder = "<module>"
            walk(child, (*path, (field, index)), child_holder)

    walk(tree, (), None)
    return found


def _module_constant(node: ast.AST) -> bool:
    """`NAME = <number or Decimal literal>` at module level: a threshold a clause states."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
        return False
    value = node.value
    return (isinstance(value, ast.Constant) and type(value.value) is int) or _decimal_literal(value) is not None


def _at(tree: ast.AST, path: tuple[tuple[str, int | None], ...]) -> tuple[ast.AST, str, int | None, ast.AST]:
    """(parent, field, index, node) at `path`."""
    parent, node = tree, tree
    field, index = "", None
    for field, index in path:
        parent = node
        value = getattr(node, field)
        node = value[index] if index is not None else value
    return parent, field, index, node


def mutated_tree(site: Site, source: str) -> ast.Module:
    """The module's tree with `site` applied."""
    tree = ast.parse(source)
    parent, field, index, node = _at(tree, site.path)
    changed = _mutated(node, site.operator, site.change, site.variant)
    if index is None:
        setattr(parent, field, changed)
    else:
        getattr(parent, field)[index] = changed
    return ast.fix_missing_locations(tree)


def _code_named(code: types.CodeType, qualname: str) -> types.CodeType | None:
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_qualname == qualname:
                return const
            inner = _code_named(const, qualname)
            if inner is not None:
                return inner
    return None


def apply(site: Site, source: str, live_module: str) -> None:
    """Make the already imported `live_module` (a copy of `site.module`) carry the mutant."""
    tree = mutated_tree(site, source)
    module = sys.modules[live_module]
    if site.holder == "<module>":
        _, _, _, node = _at(tree, site.path[:1])   # the module's `NAME = constant` statement
        assert isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        name = node.targets[0].id
        namespace: dict[str, object] = dict(vars(module))
        exec(compile(ast.Module(body=[node], type_ignores=[]), site.file, "exec"), namespace)
        _rebind(module, name, namespace[name])
        return
    code = compile(tree, site.file, "exec")
    new = _code_named(code, site.holder)
    if new is None:
        raise LookupError(f"{site.key}: no code object {site.holder}")
    target: object = module
    for part in site.holder.split("."):
        target = getattr(target, part)
    function = getattr(target, "__wrapped__", target)   # lru_cache
    function = getattr(function, "__func__", function)  # staticmethod, classmethod
    function.__code__ = new  # type: ignore[attr-defined]
    cache_clear = getattr(target, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()


def _rebind(module: types.ModuleType, name: str, value: object) -> None:
    """Set `name` in its module and in every module that imported it from there."""
    old = getattr(module, name)
    setattr(module, name, value)
    prefix = module.__name__.split(".")[0] + "."
    for other in list(sys.modules.values()):
        if other is None or other is module or not getattr(other, "__name__", "").startswith(prefix):
            continue
        if getattr(other, name, None) is old and _imports_name(other, module.__name__, name):
            setattr(other, name, value)


def _imports_name(module: types.ModuleType, source: str, name: str) -> bool:
    path = getattr(module, "__file__", None)
    if not path:
        return False
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    tail = source.split(".", 1)[1]
    return any(isinstance(n, ast.ImportFrom) and n.module and n.module.endswith(tail)
               and any(a.name == name for a in n.names) for n in ast.walk(tree))
