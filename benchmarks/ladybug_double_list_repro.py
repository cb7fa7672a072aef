"""Standalone reproducer (only the ``ladybug`` package): DOUBLE[] values appended after a checkpoint read back rounded.

    python benchmarks/ladybug_double_list_repro.py            # exit status 1 when the engine shows the error

A DOUBLE[] column is checkpointed holding mostly whole numbers (1.0) and a few fractions (0.6, every
50th): ALP compresses it at exponent 0 with the fractions as exceptions (``CALL storage_info('R')``:
``FLOAT_COMPRESSION[0], 20 Exceptions``). A row added afterwards with ``[0.6]`` reads back ``[0.6]`` until
the next CHECKPOINT and ``[1.0]`` after it: the checkpoint appends the value to the chunk in place and
records no exception (still 20). Seen with LadybugDB 0.17.1 to 0.22.0 for rel and node tables, DOUBLE[]
and FLOAT[], old rows by COPY or CREATE, and (not always) for a SET of an existing row's list; any value the
chunk's encoding cannot hold goes wrong (1.5, 1000.0, 1e15 → 1.0). Not for a scalar DOUBLE column, not in a
database created with ``compression=False`` (fixed at creation: passing it when opening an older database
changes nothing). The outcome depends on how many exceptions the new rows add (many → the chunk is
rewritten, right). newsgraph's workaround (graph/store/ladybug_store.py): databases are created without
compression; an older, compressed one is rewritten once before a write. Upstream report text:
/work/scratch/s6/lbug-report.md.
"""
from __future__ import annotations

import shutil
import sys
import tempfile

import ladybug


def trial(table: str, compression: bool, rows: int = 1000) -> str:
    """What a ``[0.6]`` written after a checkpoint of ``rows`` older values reads back as after the next one."""
    folder = tempfile.mkdtemp()
    try:
        db = ladybug.Database(f"{folder}/r.db", compression=compression)
        c = ladybug.Connection(db)
        c.execute("CREATE NODE TABLE S(id INT64, conf DOUBLE[], PRIMARY KEY(id))")
        c.execute("CREATE NODE TABLE O(id INT64, PRIMARY KEY(id))")
        c.execute("CREATE REL TABLE R(FROM S TO O, conf DOUBLE[])")
        c.execute("CREATE (:O {id: 0})")
        value = "CASE WHEN i % 50 = 0 THEN [0.6] ELSE [1.0] END"
        if table == "node":
            c.execute(f"UNWIND range(1, {rows}) AS i CREATE (:S {{id: i, conf: {value}}})")
        else:
            c.execute("CREATE (:S {id: 1})")
            c.execute(f"UNWIND range(1, {rows}) AS i MATCH (s:S {{id: 1}}) MATCH (o:O {{id: 0}}) "
                      f"CREATE (s)-[:R {{conf: {value}}}]->(o)")
        c.execute("CHECKPOINT")
        if table == "node":
            c.execute("CREATE (:S {id: 0, conf: [0.6]})")
            read = "MATCH (s:S {id: 0}) RETURN s.conf"
        else:
            c.execute("CREATE (:S {id: 0})")
            c.execute("MATCH (s:S {id: 0}) MATCH (o:O {id: 0}) CREATE (s)-[:R {conf: [0.6]}]->(o)")
            read = "MATCH (s:S {id: 0})-[e:R]->(o:O) RETURN e.conf"
        before = c.execute(read).get_all()[0][0]
        c.execute("CHECKPOINT")
        after = c.execute(read).get_all()[0][0]
        c.close()
        db.close()
        return f"{table} table, compression={compression}: wrote [0.6], read {before} before CHECKPOINT, {after} after"
    finally:
        shutil.rmtree(folder)


def main() -> int:
    print(f"ladybug {ladybug.__version__}, storage version {ladybug.Database.get_storage_version()}")
    wrong = 0
    for table in ("rel", "node"):
        for compression in (True, False):
            line = trial(table, compression)
            bad = not line.endswith("[0.6] after")
            wrong += bad
            print(("WRONG  " if bad else "ok     ") + line)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
