"""Words are data: the Chinese words rule code relies on live in czfacts/data/*.toml (checked by
czfacts/schemas.py, read through czfacts/lexicon.py), not as string literals in czfacts/rules.

Every .py under czfacts/rules is parsed with ``ast``; a string constant holding a Han character
fails the test, except in docstrings, inside Rule(...) and Example(...) declarations (a rule's
doc, pattern and examples), and the exemptions below.
"""
from __future__ import annotations

import ast
from pathlib import Path

import regex

import czfacts

RULES = Path(czfacts.__file__).resolve().parent / "rules"
HAN = regex.compile(r"\p{Han}")
PARTICLE = "的"  # the structural particle: a literal whose only Han characters are 的 is grammar, not a word
DECLARATIONS = ("Rule", "Example")

# Files exempt as a whole (paths under czfacts/rules).
EXEMPT_FILES = {
    "quantity/grammar.py": "the numeral grammar, like czfacts/numerals.py",
}

# Module-level constants exempt by name, per file (paths under czfacts/rules).
EXEMPT_CONSTANTS = {
    # Example tables: each is the text of Example(...) declarations of the table rules (one table
    # serves several rules, so it is written once); test_example_tables_are_only_examples checks
    # that they are used nowhere else.
    "table.py": {"_PROFITS", "_HOUSING", "_PRODUCTS", "_EFFICIENCY", "_SPACED"},
    # The place every rule example resolves against (Example.place).
    "base.py": {"EXAMPLE_PLACE"},
}
EXAMPLE_TABLES = ("table.py", EXEMPT_CONSTANTS["table.py"])


def _called(node: ast.AST) -> str | None:
    func = getattr(node, "func", None)
    return getattr(func, "id", None) or getattr(func, "attr", None)


def _module_constants(tree: ast.Module) -> dict[str, ast.AST]:
    """Name → the statement assigning it, for module-level assignments."""
    found = {}
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else \
            [statement.target] if isinstance(statement, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = statement
    return found


def han_literals(source: str, exempt_names: set[str] = frozenset()) -> list[tuple[int, str]]:
    """(line, value) of every string constant with a Han character that is not exempt."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            skip.add(id(node.body[0].value))  # a docstring
        if isinstance(node, ast.Call) and _called(node) in DECLARATIONS:
            skip.update(id(sub) for sub in ast.walk(node))
    for name, statement in _module_constants(tree).items():
        if name in exempt_names:
            skip.update(id(sub) for sub in ast.walk(statement))
    return sorted((node.lineno, node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                  and any(char != PARTICLE for char in HAN.findall(node.value)))


def _rule_files() -> list[tuple[str, Path]]:
    return [(path.relative_to(RULES).as_posix(), path) for path in sorted(RULES.rglob("*.py"))]


def test_no_chinese_words_in_rule_code():
    found = [f"czfacts/rules/{name}:{line}: {value[:40]!r}"
             for name, path in _rule_files() if name not in EXEMPT_FILES
             for line, value in han_literals(path.read_text(encoding="utf-8"), EXEMPT_CONSTANTS.get(name, set()))]
    assert not found, ("Chinese words belong in czfacts/data/*.toml (a schema in czfacts/schemas.py, read "
                       "through czfacts/lexicon.py), not in rule code:\n" + "\n".join(found))


def test_exemptions_are_not_stale():
    files = {name for name, _ in _rule_files()}
    assert set(EXEMPT_FILES) <= files, f"exempt files that no longer exist: {sorted(set(EXEMPT_FILES) - files)}"
    for name, constants in EXEMPT_CONSTANTS.items():
        assert name in files, f"czfacts/rules/{name} no longer exists"
        tree = ast.parse((RULES / name).read_text(encoding="utf-8"))
        defined = _module_constants(tree)
        missing = sorted(constants - set(defined))
        assert not missing, f"czfacts/rules/{name}: exempt constants that no longer exist: {missing}"
        needless = sorted(c for c in constants if not han_literals(ast.unparse(defined[c])))
        assert not needless, f"czfacts/rules/{name}: exempt constants with no Chinese in them: {needless}"


def test_example_tables_are_only_examples():
    """The exempt tables of table.py are example texts: each is used, and only as an Example's text."""
    name, constants = EXAMPLE_TABLES
    tree = ast.parse((RULES / name).read_text(encoding="utf-8"))
    as_example = {id(node.args[0]) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and _called(node) == "Example" and node.args}
    uses = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id in constants
            and isinstance(node.ctx, ast.Load)]
    elsewhere = sorted(f"{node.id} (line {node.lineno})" for node in uses if id(node) not in as_example)
    assert not elsewhere, f"czfacts/rules/{name}: example tables used as more than an Example's text: {elsewhere}"
    unused = sorted(constants - {node.id for node in uses})
    assert not unused, f"czfacts/rules/{name}: example tables no Example uses: {unused}"


def test_the_check_sees_a_new_word():
    source = '''"""增长 in a docstring is prose."""
import regex
R = Rule(name="x", doc="增长", pattern=r"增长(?P<n>\\d+)", examples=(Example("增长5%"),))
GROWTH = "增长"
PATTERN = regex.compile(rf"(?:增速|增幅)\\d")
OF = "的"
OPEN = r"的(?:"
MORE = "多的"


def f(text):
    """增长 here too."""
    return text.startswith("降低")
'''
    assert [line for line, _ in han_literals(source)] == [4, 5, 8, 13]
    assert [line for line, _ in han_literals(source, {"GROWTH", "MORE"})] == [5, 13]
