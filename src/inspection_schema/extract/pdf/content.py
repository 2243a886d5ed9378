"""Interpret a page's content stream: where each piece of text is drawn, and how wide it is.

The graphics state (``q``/``Q``/``cm``), the text state (``Tf Tc Tw Tz TL Ts``), text
positioning (``Td TD Tm T*``) and showing (``Tj TJ ' "``) are followed as PDF 32000-1
(9.4) describes them, so each piece has a measured start and end on the page. Form
XObjects (``Do``) are entered with their own matrix and resources; marked content
(``BMC``/``BDC``/``EMC``) gives each piece its marked-content identifier and whether it is
an artifact. The stream is split into operations by
:mod:`~inspection_schema.extract.pdf.tokens`; pypdf (its public API only) gives the
decoded streams and the resources.

Work is bounded: a budget of operations for the whole document (drawing a form costs
more than its operations), a nesting limit for ``q`` and for forms, and no form entered
inside itself; each form's operations are parsed once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from inspection_schema.extract.pdf import tokens
from inspection_schema.extract.pdf.fonts import Font, load_font
from inspection_schema.extract.pdf.pieces import (
    IDENTITY,
    Budget,
    Drawing,
    Matrix,
    Piece,
    matrix_of,
    multiply,
)
from inspection_schema.extract.pdf.rules import Rules

__all__ = ["read_drawing"]

_MAX_SAVED_STATES = 64
_MAX_FORM_DEPTH = 8
_FORM_COST = 1000
"""Operations a form's drawing costs the budget besides its own: entering one is dear."""
_SPLIT = 0.4
"""A kerning move of more than this many space widths inside one ``TJ`` ends the piece."""


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _raw(value: Any) -> bytes:
    """A string operand's bytes as written in the content stream (pypdf may have read
    them as text; its encoded bytes are then the original ones)."""
    if isinstance(value, bytes):
        return value
    if hasattr(value, "get_encoded_bytes"):
        original: bytes = value.get_encoded_bytes()
        return original
    return str(value).encode("latin-1", "replace")


@dataclass(slots=True)
class _TextState:
    font: Font | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0


@dataclass(slots=True)
class _Interpreter:
    resources_fonts: dict[int, Font]
    budget: Budget
    pieces: list[Piece] = field(default_factory=list)
    ctm: Matrix = IDENTITY
    saved: list[tuple[Matrix, _TextState]] = field(default_factory=list)
    ignored_saves: int = 0
    state: _TextState = field(default_factory=_TextState)
    tm: Matrix = IDENTITY
    tlm: Matrix = IDENTITY
    marks: list[tuple[int, bool]] = field(default_factory=list)
    forms: list[int] = field(default_factory=list)
    parsed: dict[int, list[tuple[list[Any], bytes]]] = field(default_factory=dict)
    """Each form's operations, parsed once however often it is drawn."""
    rules: Rules = field(default_factory=Rules)

    def run(self, operations: list[tuple[list[Any], bytes]], resources: Any) -> None:
        self.budget.spend(len(operations))
        handlers = _HANDLERS
        for operands, operator in operations:
            handler = handlers.get(operator)
            if handler is not None:
                try:
                    handler(self, operands, resources)
                except (TypeError, ValueError, IndexError, KeyError, AttributeError):
                    continue

    # graphics state
    def save(self, _operands: list[Any], _resources: Any) -> None:
        if len(self.saved) >= _MAX_SAVED_STATES:
            self.ignored_saves += 1
            return
        state = self.state
        self.saved.append(
            (self.ctm, _TextState(*(getattr(state, name) for name in _TextState.__slots__)))
        )

    def restore(self, _operands: list[Any], _resources: Any) -> None:
        if self.ignored_saves:
            self.ignored_saves -= 1
        elif self.saved:
            self.ctm, self.state = self.saved.pop()

    def concat(self, operands: list[Any], _resources: Any) -> None:
        matrix = matrix_of(operands)
        if matrix is not None:
            self.ctm = multiply(matrix, self.ctm)

    # text objects and state
    def begin_text(self, _operands: list[Any], _resources: Any) -> None:
        self.tm = self.tlm = IDENTITY

    def set_font(self, operands: list[Any], resources: Any) -> None:
        self.state.size = float(operands[1])
        self.state.font = self.font(operands[0], resources)

    def font(self, name: Any, resources: Any) -> Font | None:
        fonts = _resolve(resources.get("/Font")) if resources is not None else None
        if fonts is None or name not in fonts:
            return None
        reference = fonts.raw_get(name) if hasattr(fonts, "raw_get") else fonts[name]
        key = reference.idnum if hasattr(reference, "idnum") else id(reference)
        found = self.resources_fonts.get(key)
        if found is None:
            found = self.resources_fonts[key] = load_font(fonts[name])
        return found

    def set_spacing(self, operands: list[Any], _resources: Any, *, word: bool = False) -> None:
        if word:
            self.state.word_spacing = float(operands[0])
        else:
            self.state.char_spacing = float(operands[0])

    def set_scale(self, operands: list[Any], _resources: Any) -> None:
        self.state.scale = float(operands[0]) / 100

    def set_leading(self, operands: list[Any], _resources: Any) -> None:
        self.state.leading = float(operands[0])

    def set_rise(self, operands: list[Any], _resources: Any) -> None:
        self.state.rise = float(operands[0])

    def move(self, operands: list[Any], _resources: Any) -> None:
        tx, ty = float(operands[0]), float(operands[1])
        self.tlm = self.tm = multiply((1.0, 0.0, 0.0, 1.0, tx, ty), self.tlm)

    def move_leading(self, operands: list[Any], resources: Any) -> None:
        self.state.leading = -float(operands[1])
        self.move(operands, resources)

    def set_matrix(self, operands: list[Any], _resources: Any) -> None:
        matrix = matrix_of(operands)
        if matrix is not None:
            self.tm = self.tlm = matrix

    def next_line(self, _operands: list[Any], resources: Any) -> None:
        self.move([0.0, -self.state.leading], resources)

    # text showing
    def show(self, operands: list[Any], resources: Any) -> None:
        self.show_array([operands[0]], resources)

    def show_next_line(self, operands: list[Any], resources: Any) -> None:
        self.next_line([], resources)
        self.show_array([operands[0]], resources)

    def show_spaced(self, operands: list[Any], resources: Any) -> None:
        self.state.word_spacing = float(operands[0])
        self.state.char_spacing = float(operands[1])
        self.show_next_line([operands[2]], resources)

    def show_text_array(self, operands: list[Any], resources: Any) -> None:
        array = operands[0]
        self.budget.spend(len(array))
        self.show_array(array, resources)

    def show_array(self, array: Any, _resources: Any) -> None:
        state, font = self.state, self.state.font
        if font is None:
            return
        size, scale = state.size, state.scale
        m = multiply(self.tm, self.ctm)
        a, b, c, d, e, f = m
        height = math.hypot(c, d) * abs(size)
        space = font.space_width / 1000 * size * scale
        advance = 0.0
        current: Piece | None = None
        for item in array:
            if isinstance(item, int | float):
                move = -float(item) / 1000 * size * scale
                advance += move
                if current is not None and abs(move) > _SPLIT * abs(space):
                    current = None
                continue
            raw = _raw(item)
            text, widths, count, spaces = font.measure(raw)
            start = advance
            advance += (
                widths / 1000 * size + count * state.char_spacing + spaces * state.word_spacing
            ) * scale
            if not text:
                continue
            x0 = e + start * a + state.rise * c
            x1 = e + advance * a + state.rise * c
            trailing = len(text) - len(text.rstrip(" "))
            ink = x1 - trailing * (space + (state.char_spacing + state.word_spacing) * scale) * a
            if current is not None:
                current.x1, current.ink = x1, ink if text.strip() else current.ink
                if not current.lead_complete:
                    self.extend_lead(current, raw, a)
                current.text += text
                continue
            y = f + start * b + state.rise * d
            mcid, artifact = self.marks[-1] if self.marks else (-1, False)
            current = Piece(x0, x1, ink, y, height, font.name, text, abs(space * a), mcid, artifact)
            self.extend_lead(current, raw, a)
            self.pieces.append(current)
        self.tm = multiply((1.0, 0.0, 0.0, 1.0, advance, 0.0), self.tm)

    def extend_lead(self, piece: Piece, raw: bytes, scale: float) -> None:
        """Add this string's part of the piece's first word to the piece's lead."""
        state, font = self.state, self.state.font
        assert font is not None
        width, count, complete = font.lead(raw, skip=not piece.lead)
        scale = abs(scale)
        piece.lead += (width / 1000 * state.size + count * state.char_spacing) * state.scale * scale
        piece.lead_complete = complete

    # marked content
    def begin_marked(self, operands: list[Any], resources: Any) -> None:
        tag = str(operands[0]) if operands else ""
        mcid, artifact = self.marks[-1] if self.marks else (-1, False)
        properties = operands[1] if len(operands) > 1 else None
        if isinstance(properties, str) and resources is not None:
            listed = _resolve(resources.get("/Properties"))
            properties = listed.get(properties) if listed is not None else None
        properties = _resolve(properties)
        if hasattr(properties, "get") and isinstance(properties.get("/MCID"), int):
            mcid = int(properties["/MCID"])
        self.marks.append((mcid, artifact or tag == "/Artifact"))

    def end_marked(self, _operands: list[Any], _resources: Any) -> None:
        if self.marks:
            self.marks.pop()

    # forms
    def draw_object(self, operands: list[Any], resources: Any) -> None:
        objects = _resolve(resources.get("/XObject")) if resources is not None else None
        if objects is None or operands[0] not in objects:
            return
        reference: Any = objects.raw_get(operands[0]) if hasattr(objects, "raw_get") else None
        key = reference.idnum if hasattr(reference, "idnum") else id(objects[operands[0]])
        form = _resolve(objects[operands[0]])
        if form.get("/Subtype") != "/Form" or key in self.forms:
            return
        self.budget.spend(_FORM_COST)
        if len(self.forms) >= _MAX_FORM_DEPTH:
            return
        saved = (self.ctm, self.state, self.tm, self.tlm, len(self.saved), len(self.marks))
        matrix = matrix_of(list(form.get("/Matrix", IDENTITY)))
        self.ctm = multiply(matrix or IDENTITY, self.ctm)
        self.forms.append(key)
        try:
            own = form.get("/Resources")
            operations = self.parsed.get(key)
            if operations is None:
                operations = self.parsed[key] = tokens.operations(form.get_data())
            self.run(operations, own.get_object() if own else resources)
        finally:
            self.forms.pop()
            self.ctm, self.state, self.tm, self.tlm = saved[:4]
            del self.saved[saved[4] :]
            del self.marks[saved[5] :]


def _word_spacing(interpreter: _Interpreter, operands: list[Any], resources: Any) -> None:
    interpreter.set_spacing(operands, resources, word=True)


def _move(interpreter: _Interpreter, operands: list[Any], _resources: Any) -> None:
    interpreter.rules.move(float(operands[0]), float(operands[1]), interpreter.ctm)


def _line(interpreter: _Interpreter, operands: list[Any], _resources: Any) -> None:
    interpreter.rules.line(float(operands[0]), float(operands[1]), interpreter.ctm)


def _rectangle(interpreter: _Interpreter, operands: list[Any], _resources: Any) -> None:
    x, y, width, height = (float(value) for value in operands[:4])
    interpreter.rules.rectangle(x, y, width, height, interpreter.ctm)


def _close(interpreter: _Interpreter, _operands: list[Any], _resources: Any) -> None:
    interpreter.rules.close()


def _paint(interpreter: _Interpreter, _operands: list[Any], _resources: Any) -> None:
    interpreter.rules.paint()


def _discard(interpreter: _Interpreter, _operands: list[Any], _resources: Any) -> None:
    interpreter.rules.discard()


_HANDLERS: dict[bytes, Any] = {
    b"q": _Interpreter.save,
    b"Q": _Interpreter.restore,
    b"cm": _Interpreter.concat,
    b"BT": _Interpreter.begin_text,
    b"Tf": _Interpreter.set_font,
    b"Tc": _Interpreter.set_spacing,
    b"Tw": _word_spacing,
    b"Tz": _Interpreter.set_scale,
    b"TL": _Interpreter.set_leading,
    b"Ts": _Interpreter.set_rise,
    b"Td": _Interpreter.move,
    b"TD": _Interpreter.move_leading,
    b"Tm": _Interpreter.set_matrix,
    b"T*": _Interpreter.next_line,
    b"Tj": _Interpreter.show,
    b"'": _Interpreter.show_next_line,
    b'"': _Interpreter.show_spaced,
    b"TJ": _Interpreter.show_text_array,
    b"BMC": _Interpreter.begin_marked,
    b"BDC": _Interpreter.begin_marked,
    b"EMC": _Interpreter.end_marked,
    b"Do": _Interpreter.draw_object,
    b"m": _move,
    b"l": _line,
    b"re": _rectangle,
    b"h": _close,
    **dict.fromkeys((b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"), _paint),
    b"n": _discard,
}


def read_drawing(page: Any, fonts: dict[int, Font], budget: Budget) -> Drawing:
    """The pieces of text a page draws, in drawing order and numbered, and its rules."""
    contents = page.get_contents()
    if contents is None:
        return Drawing([], [])
    resources = _resolve(page.get("/Resources"))
    interpreter = _Interpreter(fonts, budget)
    interpreter.run(tokens.operations(contents.get_data()), resources)
    for number, piece in enumerate(interpreter.pieces):
        piece.seq = number
    return Drawing(interpreter.pieces, interpreter.rules.found)
