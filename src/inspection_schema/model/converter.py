"""The one cattrs converter between the attrs model and JSON-compatible data.

``structure`` accepts exactly what the JSON Schema accepts: it does not coerce
(``5`` is not the text ``"5"``), rejects unknown fields, and checks dates,
codes and patterns through the model's validators. ``unstructure`` leaves out
optional fields that are absent, so JSON → model → JSON is the identity.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, get_args, get_origin

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from inspection_schema.model.reports import REPORT_CLASSES, Report
from inspection_schema.spec.patterns import ISO_DATE_PATTERN

_ISO_DATE = re.compile(ISO_DATE_PATTERN)
_LEADING_KEYS = ("schema_version", "report_kind")


class StructureError(ValueError):
    """JSON-compatible data that is not a valid report."""


def _strict(kind: type, name: str) -> Callable[[Any, type], Any]:
    def structure(value: Any, _: type) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}, found {type(value).__name__}")
        return value

    return structure


def _structure_date(value: Any, _: type) -> datetime.date:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError(f"expected a date as YYYY-MM-DD, found {value!r}")
    return datetime.date.fromisoformat(value)


def _structure_int(value: Any, _: type) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, found {type(value).__name__}")


def _is_list(tp: Any) -> bool:
    return get_origin(tp) is list


def _is_dict(tp: Any) -> bool:
    return get_origin(tp) is dict


@cache
def converter() -> cattrs.Converter:
    """The converter, built once."""
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "text"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(datetime.date, _structure_date)
    conv.register_unstructure_hook(datetime.date, datetime.date.isoformat)

    def list_hook(tp: Any) -> Callable[[Any, Any], list[Any]]:
        (item_type,) = get_args(tp)
        item = conv.get_structure_hook(item_type)

        def structure(value: Any, _: Any) -> list[Any]:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, found {type(value).__name__}")
            return [item(v, item_type) for v in value]

        return structure

    def dict_hook(tp: Any) -> Callable[[Any, Any], dict[Any, Any]]:
        _, value_type = get_args(tp)
        value_hook = conv.get_structure_hook(value_type)

        def structure(value: Any, _: Any) -> dict[Any, Any]:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, found {type(value).__name__}")
            return {
                _strict(str, "text")(k, str): value_hook(v, value_type) for k, v in value.items()
            }

        return structure

    conv.register_structure_hook_factory(_is_list, list_hook)
    conv.register_structure_hook_factory(_is_dict, dict_hook)

    def attrs_unstructure(cls: type) -> Callable[[Any], dict[str, Any]]:
        if cls not in REPORT_CLASSES.values():
            plain: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
                cls, conv, _cattrs_omit_if_default=True
            )
            return plain
        # A report always states its kind, even though each class defaults it.
        base: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=True, report_kind=override(omit_if_default=False)
        )

        def unstructure(obj: Any) -> dict[str, Any]:
            data = base(obj)
            head = {k: data.pop(k) for k in _LEADING_KEYS}
            return head | data

        return unstructure

    def attrs_structure(cls: type) -> Callable[[Any, type], Any]:
        inner: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True
        )

        def structure(value: Any, tp: type) -> Any:
            if not isinstance(value, Mapping):
                raise TypeError(f"expected an object, found {type(value).__name__}")
            nulls = sorted(str(key) for key, item in value.items() if item is None)
            if nulls:
                # The schema allows no null anywhere: an absent optional field is left out.
                raise ValueError(
                    f"null is not allowed for {', '.join(nulls)}; leave an absent field out"
                )
            return inner(value, tp)

        return structure

    conv.register_unstructure_hook_factory(_has_attrs, attrs_unstructure)
    conv.register_structure_hook_factory(_has_attrs, attrs_structure)
    conv.register_structure_hook(Report, _structure_report)
    return conv


def _has_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__")


def _structure_report(value: Any, _: Any) -> Report:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected an object, found {type(value).__name__}")
    cls = REPORT_CLASSES.get(value.get("report_kind"))  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown report_kind {value.get('report_kind')!r}")
    return converter().structure(value, cls)


def structure(data: Any) -> Report:
    """Turn JSON-compatible data into a report; raise :class:`StructureError` if it is not one."""
    try:
        return converter().structure(data, Report)  # type: ignore[arg-type]
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as error:
        raise StructureError(_describe(error)) from error


def unstructure(report: Report) -> dict[str, Any]:
    """Turn a report into JSON-compatible data."""
    return converter().unstructure(report)  # type: ignore[no-any-return]


def _describe(error: BaseException) -> str:
    if isinstance(error, cattrs.BaseValidationError):
        messages = cattrs.transform_error(error)
        return "; ".join(messages)
    return str(error)
