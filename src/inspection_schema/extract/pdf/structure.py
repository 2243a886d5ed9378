"""The structure tree of a tagged PDF: which element each marked piece of content belongs to.

Word and LibreOffice (with tagged export) write a structure tree (``/StructTreeRoot``) whose
leaves are marked-content identifiers on pages. For each (page, identifier) this module
gives the block the content belongs to — a paragraph, heading, list item body or label, or
table cell — and, for table content, its cell and row. Custom element types are mapped
to standard ones through ``/RoleMap``. The walk is iterative and bounded, and no element is
visited twice, so a cyclic or huge tree cannot hang it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Tag", "read_structure"]

_MAX_ELEMENTS = 200_000
_PARAGRAPHS = frozenset(
    {
        "/P", "/H", "/H1", "/H2", "/H3", "/H4", "/H5", "/H6",
        "/Caption", "/TOCI", "/Note", "/BlockQuote", "/Title",
    }
)  # fmt: skip
_ITEMS = frozenset({"/LBody", "/LI", "/Lbl", "/TD", "/TH"})
_CELLS = frozenset({"/TD", "/TH"})


@dataclass(frozen=True, slots=True)
class Tag:
    """Where a piece of marked content sits in the structure tree."""

    block: int
    """The paragraph-like element (or list item, or cell) it belongs to."""
    label: bool
    """A list label (a bullet or a number)."""
    cell: int
    """The table cell (-1 outside tables)."""
    row: int
    """The table row (-1 outside tables)."""
    header: bool
    """In a header cell (TH) or a header row section (THead)."""


@dataclass(slots=True)
class _Context:
    block: int = -1
    block_is_paragraph: bool = False
    label: bool = False
    cell: int = -1
    row: int = -1
    header: bool = False
    page: int = -1


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _kind(element: Any, role_map: Any) -> str:
    kind = str(element.get("/S", ""))
    for _ in range(8):
        mapped = role_map.get(kind) if role_map is not None else None
        if mapped is None or str(mapped) == kind:
            break
        kind = str(mapped)
    return kind


def read_structure(root: Any) -> dict[tuple[int, int], Tag] | None:
    """(page object number, marked-content identifier) → :class:`Tag`, or None if untagged."""
    catalog = _resolve(root)
    marked = _resolve(catalog.get("/MarkInfo")) or {}
    tree = _resolve(catalog.get("/StructTreeRoot"))
    if tree is None or not marked.get("/Marked", False):
        return None
    role_map = _resolve(tree.get("/RoleMap"))
    tags: dict[tuple[int, int], Tag] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, _Context]] = [(tree.get("/K"), _Context())]
    count = 0
    while stack and count < _MAX_ELEMENTS:
        reference, context = stack.pop()
        count += 1
        node = _resolve(reference)
        if isinstance(node, list):
            stack.extend((item, context) for item in reversed(node))
        elif isinstance(node, int):
            if context.page >= 0:
                tags[(context.page, node)] = _tag(context)
        elif hasattr(node, "get"):
            _visit(
                node,
                reference,
                context,
                role_map=role_map,
                stack=stack,
                tags=tags,
                seen=seen,
                number=count,
            )
    return tags


def _tag(context: _Context) -> Tag:
    return Tag(context.block, context.label, context.cell, context.row, context.header)


def _page_number(node: Any, context: _Context) -> int:
    page = node.get("/Pg") if hasattr(node, "raw_get") else None
    if page is not None:
        raw = node.raw_get("/Pg")
        return raw.idnum if hasattr(raw, "idnum") else context.page
    return context.page


def _visit(
    node: Any,
    reference: Any,
    context: _Context,
    *,
    role_map: Any,
    stack: list[tuple[Any, _Context]],
    tags: dict[tuple[int, int], Tag],
    seen: set[int],
    number: int,
) -> None:
    key = reference.idnum if hasattr(reference, "idnum") else id(node)
    if key in seen:
        return
    seen.add(key)
    page = _page_number(node, context)
    kind = str(node.get("/Type", ""))
    if kind == "/MCR":
        mcid = node.get("/MCID")
        if isinstance(mcid, int) and page >= 0:
            tags[(page, mcid)] = _tag(context)
        return
    if kind == "/OBJR":
        return
    kind = _kind(node, role_map)
    inner = _Context(**{name: getattr(context, name) for name in _Context.__slots__})
    inner.page = page
    if kind == "/Artifact":
        return
    if kind == "/TR":
        inner.row = number
    if kind == "/THead":
        inner.header = True
    if kind in _CELLS:
        inner.cell = number
        inner.header = inner.header or kind == "/TH"
    if kind in _PARAGRAPHS and not context.block_is_paragraph:
        inner.block, inner.block_is_paragraph = number, True
    elif kind in _ITEMS and not context.block_is_paragraph:
        inner.block = number
        inner.label = kind == "/Lbl"
        if kind == "/LBody":
            inner.label = False
    children = node.get("/K")
    if children is not None:
        stack.append((children, inner))
