"""The house and the direction of its arrows (issue #14), read from the code with ``ast``.

core ← accounts ← papers content ← reflections ← governance and the public read side ←
civcare wiring, each a folder of its own (issue #30): civcare/core, civcare/accounts,
papers/, reflections/, governance/, public/, and the rest of civcare/ as the wiring. Every
rule below is checked over every module of the project. Today's
violations are listed in ALLOWED: nothing new may appear, and an entry that no longer
occurs must be removed (the list only shrinks, until it is empty).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
PARTS = ("civcare", "papers", "reflections", "governance", "public")

ACTION_CODE = re.compile(r"^(?:papers|reflections)\.[a-z_]+(?:\.[a-z_]+)*$")


def permission_names() -> set[str]:
    """ "app.codename" of every permission (they look like action codes, and are not)."""
    from django.apps import apps

    names = set()
    for model in apps.get_models():
        meta = model._meta
        names |= {
            f"{meta.app_label}.{action}_{meta.model_name}" for action in meta.default_permissions
        }
        names |= {f"{meta.app_label}.{codename}" for codename, _label in meta.permissions}
    return names


def status_values() -> set[str]:
    """Every value of a model's Status choices ("approved", "draft", …)."""
    from django.apps import apps

    values = set()
    for model in apps.get_models():
        choices = getattr(model, "Status", None)
        if choices is not None and hasattr(choices, "values"):
            values |= set(choices.values)
    return values


def _is_status(node: ast.AST) -> bool:
    name = getattr(node, "attr", None) or getattr(node, "id", None) or ""
    return name.endswith("status")


def _strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [s for element in node.elts for s in _strings(element)]
    return []


def typed_statuses(tree: ast.AST, statuses: set[str]) -> set[str]:
    """Statuses typed as strings: compared with a status, passed as one to a query, or given
    a constant of their own (``APPROVED = "approved"``), instead of read from the model."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_is_status(operand) for operand in operands):
                found |= {s for operand in operands for s in _strings(operand)} & statuses
        elif isinstance(node, ast.keyword) and node.arg and re.search(r"status(__in)?$", node.arg):
            found |= set(_strings(node.value)) & statuses
    for node in getattr(tree, "body", []):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            values = set(_strings(node.value)) & statuses
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            upper = all(isinstance(name, ast.Name) and name.id.isupper() for name in names)
            if upper and values:
                found |= values
    return found


TEMPLATE_STATUS = re.compile(r"status\s*(?:==|!=|in)\s*[\"']([a-z_ ]+)[\"']")


# Views stay thin: fetch with a selector, call one transition, redirect or render. A handler
# longer than this does work that belongs in a selector, a form or a transition.
VIEW_MAX_LINES = 30


def long_functions(tree: ast.Module) -> list[str]:
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > VIEW_MAX_LINES
    ]


def part_of(module: str) -> str:
    for prefix, part in (
        ("civcare.core", "core"),
        ("civcare.accounts", "accounts"),
        ("papers", "content"),
        ("reflections", "reflections"),
        ("governance", "governance"),
        ("public", "read side"),
    ):
        if module == prefix or module.startswith(prefix + "."):
            return part
    return "wiring"


def modules() -> dict[str, Path]:
    found = {}
    for part in PARTS:
        for path in (BASE / part).rglob("*.py"):
            relative = path.relative_to(BASE)
            if "migrations" in relative.parts or "tests" in relative.parts:
                continue
            name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


def imported(node: ast.AST, module: str, *, is_package: bool = False) -> list[str]:
    """The dotted names an import statement brings in (a relative one resolved against
    ``module``; in a package's __init__.py, "." is that package itself)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            parts = module.split(".")
            package = parts[: len(parts) - node.level + (1 if is_package else 0)]
            base = ".".join(package + ([node.module] if node.module else []))
        else:
            base = node.module or ""
        return [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return []


def project(name: str, known: dict[str, Path]) -> str | None:
    """The project module ``name`` refers to (the longest known prefix), if any."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


FORBIDDEN = {
    "core": {"accounts", "content", "reflections", "governance", "read side", "wiring"},
    "accounts": {"content", "reflections", "governance", "read side", "wiring"},
    "content": {"reflections", "governance", "read side", "wiring"},
    "reflections": {"governance", "read side", "wiring"},
    # The public pages show what the governance decided; the governance never needs them.
    "governance": {"read side", "wiring"},
    "read side": {"wiring"},
}


def violations(known: dict[str, Path] | None = None) -> set[tuple[str, str, str]]:
    known = modules() if known is None else known
    packages = {name.rsplit(".", 1)[0] for name in known}
    permissions = permission_names()
    statuses = status_values()
    found: set[tuple[str, str, str]] = set()
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        source_part = part_of(module)
        if not module.endswith("models"):
            found |= {("status string", module, value) for value in typed_statuses(tree, statuses)}
        # A views module, or a module of a views package (governance/views/coding.py).
        if module.rsplit(".", 1)[-1].endswith("views") or ".views." in module:
            found |= {("long view", module, name) for name in long_functions(tree)}
        in_ready = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "ready":
                in_ready |= {id(n) for n in ast.walk(node)}
        functions = [
            n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        inner = {id(n) for f in functions for n in ast.walk(f) if n is not f}
        for node in ast.walk(tree):
            for name in imported(node, module, is_package=path.name == "__init__.py"):
                target = project(name, known)
                if target is None or target == module:
                    continue
                if part_of(target) in FORBIDDEN.get(source_part, set()):
                    found.add(("arrow", module, target))
                if id(node) in inner and id(node) not in in_ready:
                    found.add(("import in a function", module, target))
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ACTION_CODE.match(node.value)
                and node.value not in permissions
                and project(node.value, known) is None  # a module named in settings or urls
                and node.value not in packages
                and not module.endswith("models")
            ):
                found.add(("action code", module, node.value))
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith("reflections.")
                and node.value.count(".") == 1
                and node.value[12:13].isupper()
                and source_part == "content"
            ):
                found.add(("model reference", module, node.value))
    return found


def template_action_chains() -> set[tuple[str, str, str]]:
    found = set()
    for path in [*BASE.glob("**/templates/**/*.html"), *BASE.glob("**/templates/**/*.txt")]:
        if ".venv" in path.parts or "node_modules" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"event\.action\s*==\s*\"", text):
            found.add(("action chain in a template", str(path.relative_to(BASE)), ""))
        for match in TEMPLATE_STATUS.finditer(text):
            found.add(("status string in a template", str(path.relative_to(BASE)), match[1]))
    return found


def test_the_arrows_point_one_way_and_the_list_of_exceptions_only_shrinks():
    current = violations() | template_action_chains()
    new = sorted(current - ALLOWED)
    gone = sorted(ALLOWED - current)
    assert not new, "new violations of the house rules:\n" + "\n".join(map(str, new))
    assert not gone, "fixed: remove these from ALLOWED:\n" + "\n".join(map(str, gone))


# What is still allowed to break the rules: nothing (the list started with 70 entries on
# 1 December 2026 and shrank with every step of issue #14).
ALLOWED: set[tuple[str, str, str]] = set()


# The folders as the arrows run (#30): each part is one folder, and no folder holds a package
# of another part. papers/governance and papers/public, two parts above reflections inside the
# folder of the content below it, had the arrows run back up into papers/.
FOLDERS = {
    "core": "civcare/core",
    "accounts": "civcare/accounts",
    "content": "papers",
    "reflections": "reflections",
    "governance": "governance",
    "read side": "public",
}


def misplaced(known: dict[str, Path]) -> set[tuple[str, str]]:
    """(module, part) of every module outside its part's folder (the wiring: civcare/, outside
    core and accounts)."""
    found = set()
    for module, path in known.items():
        part = part_of(module)
        relative = path.relative_to(BASE).as_posix()
        if part == "wiring":
            inside = relative.startswith("civcare/") and not any(
                relative.startswith(folder + "/") for folder in FOLDERS.values()
            )
        else:
            inside = relative.startswith(FOLDERS[part] + "/")
        if not inside:
            found.add((module, part))
    return found


def nested() -> list[tuple[str, str]]:
    """(part, part whose folder holds it): a part sits below nothing but the wiring."""
    return [
        (part, other)
        for part, folder in FOLDERS.items()
        for other, outer in FOLDERS.items()
        if part != other and folder.startswith(outer + "/")
    ]


def test_each_part_is_a_folder_of_its_own():
    assert not misplaced(modules())
    assert not nested()


def test_an_app_nested_below_what_it_imports_is_refused(tmp_path, monkeypatch):
    """A planted governance-like package inside papers/ that imports reflections: it breaks
    the arrows (papers may not import reflections) and, made a part of its own, it would sit
    in the folder of the part below it. Planted beside the project's modules as the test
    reads them, not in the tree (another test worker reads the tree meanwhile)."""
    planted = tmp_path / "views.py"
    planted.write_text("from reflections.models import Reflection\n")
    known = {**modules(), "papers.planted_app.views": planted}
    assert ("arrow", "papers.planted_app.views", "reflections.models") in violations(known)
    monkeypatch.setitem(FOLDERS, "governance", "papers/planted_app")
    assert nested() == [("governance", "content")]


def test_a_wrong_way_import_is_refused(tmp_path):
    """A planted import from reflections into public: the read side may import reflections,
    not the other way round."""
    planted = tmp_path / "planted_wrong_way.py"
    planted.write_text("from public import search\n")
    known = {**modules(), "reflections.planted_wrong_way": planted}
    assert ("arrow", "reflections.planted_wrong_way", "public.search") in violations(known)
