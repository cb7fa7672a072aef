"""Rows → Parquet files for a database's bulk load (LadybugDB's ``COPY FROM``), written in row groups
so that a large table never sits in memory whole. Parquet keeps lists, nulls, empty strings,
quotes, newlines and every script exactly, which no CSV dialect the database reads does.

:func:`stage_graph` writes a whole graph: one file per node label and one per (edge type, source
label, target label), edges built column by column (the rows of :func:`.rows.iter_edge_rows`,
value for value, without making a dict per edge).

>>> import tempfile, pathlib, pyarrow.parquet as pq
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.parquet"
>>> write_parquet(path, {"id": "str", "aliases": "str[]", "n": "int"}, iter([{"id": "a", "aliases": ['x, "y"', ""], "n": None}]))
1
>>> pq.read_table(path).to_pylist()
[{'id': 'a', 'aliases': ['x, "y"', ''], 'n': None}]
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import operator
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from ...schema.evidence import FIELDS
from .rows import (EDGE_PROPERTIES, EVIDENCE_COLUMNS, OPTIONAL_EVIDENCE, _text, edge_group_sources, iter_group_edges,
                   node_groups, node_properties)

ROW_GROUP = 4_000
EDGE_ROW_GROUP = 20_000


def _arrow_type(token: str):
    import pyarrow as pa

    scalar = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32()}
    return pa.list_(scalar[token[:-2]]) if token.endswith("[]") else scalar[token]


def write_parquet(path: str | Path, columns: dict[str, str], rows: Iterable[dict]) -> int:
    """Write ``rows`` (dicts with the keys of ``columns``: name → type token such as ``str[]``) to
    ``path`` in that column order; the number of rows written."""
    with ParquetRows(path, columns) as sink:
        for row in rows:
            sink.add(row)
    return sink.count


class ParquetRows:
    """A Parquet file written a row group at a time: ``add(row)`` …, then ``close()``."""

    def __init__(self, path: str | Path, columns: dict[str, str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.schema = pa.schema([(name, _arrow_type(token)) for name, token in columns.items()])
        self._writer = pq.ParquetWriter(str(path), self.schema, compression="none")
        self._batch: list[dict] = []
        self.count = 0

    def add(self, row: dict) -> None:
        self._batch.append(row)
        if len(self._batch) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._batch:
            arrays = [pa.array([row[field.name] for row in self._batch], type=field.type) for field in self.schema]
            self._writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
            self.count += len(self._batch)
            self._batch.clear()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def __enter__(self) -> "ParquetRows":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Staged(NamedTuple):
    """One staged file: the table it loads (``group``: a node label, or (edge type, source label,
    target label)), its path, and how many rows it holds."""

    group: str | tuple[str, str, str]
    path: Path
    rows: int


def stage_graph(kg, folder: str | Path, ready: Callable[[Staged], None] | None = None) -> list[Staged]:
    """Every node and edge of ``kg`` as Parquet files in ``folder``, nodes first, in the column
    order of the tables the schema declares (edge files start with the ``source`` and ``target`` ids);
    ``ready(staged)`` is called as each file is complete (a loader may start on it)."""
    folder = Path(folder)
    staged: list[Staged] = []

    def done(item: Staged) -> None:
        staged.append(item)
        if ready is not None:
            ready(item)

    with _collector_paused():
        _stage(kg, folder, done)
    return staged


@contextlib.contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused: staging makes millions of short-lived tuples and
    lists (no cycles), and each collection they trigger walks every object of the graph being
    staged — a third of staging's CPU at 1k articles, more as the graph grows."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stage(kg, folder: Path, done: Callable[[Staged], None]) -> None:
    for label, rows in node_groups(kg).items():
        path = folder / f"{label}.parquet"
        done(Staged(label, path, write_parquet(path, node_properties(label), rows)))
    for group, sources in sorted(edge_group_sources(kg).items()):
        sink = EdgeColumns(folder / ("_".join(group) + ".parquet"), group[0])
        try:
            for source, target, items, contribution in iter_group_edges(kg, group, sources):
                sink.add(source, target, items, contribution)
        finally:
            sink.close()
        done(Staged(group, sink.path, sink.count))


_ALL_FIELDS = operator.attrgetter(*FIELDS)  # an evidence record's values, in FIELDS order, in one C call


class EdgeColumns:
    """The Parquet file of one edge group, written a row group at a time from each edge's evidence
    (``add(source, target, evidence, contribution)`` …, then ``close()``): the evidence of a row group
    goes into its ten list columns at once, rather than edge by edge."""

    def __init__(self, path: str | Path, edge_type: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path, self.edge_type, self.count = Path(path), edge_type, 0
        columns = {"source": "str", "target": "str", **EDGE_PROPERTIES}
        self.schema = pa.schema([(name, _arrow_type(token)) for name, token in columns.items()])
        self._writer = pq.ParquetWriter(str(path), self.schema, compression="none")
        self._dates: dict[str, dt.date] = {}
        self._reset()

    def _reset(self) -> None:
        self._sources: list[str] = []
        self._targets: list[str] = []
        self._contributions: list[str] = []
        self._evidence: list = []
        self._offsets: list[int] = [0]

    def add(self, source: str, target: str, evidence: list, contribution: str) -> None:
        self._sources.append(source)
        self._targets.append(target)
        self._contributions.append(contribution)
        self._evidence.extend(evidence)
        self._offsets.append(len(self._evidence))
        if len(self._sources) >= EDGE_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        n = len(self._sources)
        if not n:
            return
        try:
            values = list(map(_ALL_FIELDS, self._evidence))
        except AttributeError:  # evidence as plain dicts
            values = [tuple(e.get(f) for f in FIELDS) for e in self._evidence]
        by_field = dict(zip(FIELDS, zip(*values))) if values else {f: () for f in FIELDS}
        offsets = pa.array(self._offsets, type=pa.int32())
        arrays = {"source": pa.array(self._sources, pa.string()), "target": pa.array(self._targets, pa.string()),
                  "type": pa.array([self.edge_type] * n, pa.string())}
        articles, support, first, last = self._per_edge(by_field["article"], by_field["published"])
        arrays.update(support=pa.array(support, pa.int64()), articles=pa.array(articles, pa.list_(pa.string())),
                      first_seen=pa.array(first, pa.date32()), last_seen=pa.array(last, pa.date32()),
                      mentions=pa.array(self._mentions(by_field["mentions"]), pa.int64()))
        for field, (column, token) in EVIDENCE_COLUMNS.items():
            items = by_field[field]
            if field in OPTIONAL_EVIDENCE:
                items = _texts(items)
            flat = pa.array(items, _arrow_type(token[:-2]))
            arrays[column] = pa.ListArray.from_arrays(offsets, flat)
        arrays["contribution"] = pa.array(self._contributions, pa.string())
        self._writer.write_table(pa.Table.from_arrays([arrays[f.name] for f in self.schema], schema=self.schema))
        self.count += n
        self._reset()

    def _per_edge(self, articles: tuple, published: tuple) -> tuple[list, list, list, list]:
        """Each edge's distinct articles (sorted), support, first and last ``published`` day
        (what :func:`.rows.edge_properties` computes, from the columns)."""
        out_articles, support, first, last = [], [], [], []
        offsets = self._offsets
        for i in range(len(offsets) - 1):
            lo, hi = offsets[i], offsets[i + 1]
            distinct = sorted(set(articles[lo:hi]))
            out_articles.append(distinct)
            support.append(len(distinct))
            days = [p for p in published[lo:hi] if p]
            first.append(self._date(min(days)) if days else None)
            last.append(self._date(max(days)) if days else None)
        return out_articles, support, first, last

    def _mentions(self, counts: tuple) -> list:
        """Each edge's ``mentions`` (:func:`.rows.mentions`): the sum of its pieces' counts, None when none counts."""
        if not any(counts):
            return [None] * (len(self._offsets) - 1)
        offsets, out = self._offsets, []
        for i in range(len(offsets) - 1):
            found = [c for c in counts[offsets[i]:offsets[i + 1]] if c is not None]
            out.append(sum(found) if found else None)
        return out

    def _date(self, value):
        if not isinstance(value, str):
            return value
        day = self._dates.get(value)
        if day is None:
            day = self._dates[value] = dt.date.fromisoformat(value)
        return day

    def close(self) -> None:
        self._flush()
        self._writer.close()


def _texts(values: tuple) -> list:
    """Optional evidence values as stored: "" for none, dates as ISO text (:func:`.rows._text`)."""
    if all(v is None or type(v) is str for v in values):
        return [v or "" for v in values]
    return [_text(v) for v in values]
