"""Recommendations: bullet points, each ending with its citation of the Guide.

``- The registered person should … ('Guide to the children's homes regulations,
including the quality standards', page 54, paragraphs 10.18).`` gives the text
before the citation, and the citation without its brackets (and the full stop
after them), with its page and paragraph numbers.
"""

from __future__ import annotations

import re

from inspection_schema.extract.normalise import Block, clean
from inspection_schema.model import GuideReference, Recommendation

__all__ = ["parse_recommendations"]

_BULLET = re.compile(r"^-\s+")
_CITATION = re.compile(r"\s*\(\s*((?:['\"]\s*)?Guide to [^()]*?)\s*\)\s*\.?\s*$", re.IGNORECASE)
_PAGE = re.compile(r"\bpages?\s+([0-9]+)", re.IGNORECASE)
_PARAGRAPHS = re.compile(r"\bparagraphs?\s+(.*)$", re.IGNORECASE)
_PARAGRAPH_NUMBER = re.compile(r"[0-9]+\.[0-9]+")


def _items(blocks: list[Block]) -> list[str]:
    items: list[str] = []
    for block in blocks:
        lines = block.lines or [block.text]
        bulleted = any(_BULLET.match(line) for line in lines)
        if not bulleted:
            if items and not _CITATION.search(items[-1]) and not block.text[:1].isupper():
                items[-1] = f"{items[-1]} {block.text}"
            else:
                items.append(block.text)
            continue
        for line in lines:
            if _BULLET.match(line) or not items:
                items.append(_BULLET.sub("", line))
            else:
                items[-1] = f"{items[-1]} {line}"
    return [clean(item) for item in items if clean(item)]


def parse_recommendations(blocks: list[Block]) -> list[Recommendation]:
    """One recommendation per bullet (or per paragraph, without bullets)."""
    recommendations: list[Recommendation] = []
    for item in _items(blocks):
        found = _CITATION.search(item)
        if found is None:
            recommendations.append(Recommendation(text=item))
            continue
        citation = found.group(1)
        page = _PAGE.search(citation)
        listed = _PARAGRAPHS.search(citation)
        numbers = _PARAGRAPH_NUMBER.findall(listed.group(1)) if listed else []
        text = item[: found.start()].strip()
        recommendations.append(
            Recommendation(
                text=text or item,
                guide_reference=GuideReference(
                    text=citation,
                    page=int(page.group(1)) if page else None,
                    paragraphs=numbers or None,
                ),
            )
        )
    return recommendations
