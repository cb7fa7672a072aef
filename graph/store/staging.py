"""Rows → Parquet files for a database's bulk load (LadybugDB's ``COPY FROM``), written in row groups
so that a large table never sits in memory whole. Parquet keeps lists, nulls, empty strings,
quotes, newlines and every script exactly, which no CSV dialect the database reads does.

>>> import tempfile, pathlib, pyarrow.parquet as pq
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.parquet"
>>> write_parquet(path, {"id": "str", "aliases": "str[]", "n": "int"}, iter([{"id": "a", "aliases": ['x, "y"', ""], "n": None}]))
1
>>> pq.read_table(path).to_pylist()
[{'id': 'a', 'aliases': ['x, "y"', ''], 'n': None}]
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ROW_GROUP = 4_000


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
