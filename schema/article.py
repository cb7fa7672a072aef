"""The article: one input document as a reader found it."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .identity import printable_path


class Article(BaseModel):
    """One input document, as read from a file, record or feed item.

    ``key`` is what makes two readings the same article (see :mod:`newsgraph.schema.identity`);
    ``id`` is derived from it.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    text: str
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    links: list[str] = Field(default_factory=list)
    language: Literal["zh-Hant", "zh-Hans", "en", "und"] = "und"
    path: str | None = None
    key: str | None = None

    @field_validator("path")
    @classmethod
    def _printable(cls, path: str | None) -> str | None:  # a file name that is not UTF-8 still writes out
        return printable_path(path) if path else path
