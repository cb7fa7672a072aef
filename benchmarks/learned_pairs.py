#!/usr/bin/env python3
"""Does a learned scorer of candidate pairs generalise better than the hand rules? Leave-one-set-out experiment.

Usage:
    python benchmarks/learned_pairs.py GOLD_DIR [GOLD_DIR ...] [--cache DIR] [--json OUT]

Each GOLD_DIR holds ``gold.json`` and ``articles/`` (the project's evaluation sets). For every set the rule
extractor is run in process: its mentions (``RuleExtractor().mentions``), its sentences and its edges. A
*candidate* is a pair of mentions in one sentence whose types fit a scored relation (RELEASED Organization→Model|
Policy, OUTPERFORMS Model→Model both ways, WORRIES anything→Organization, CITES the article→a Source mention). A
candidate is positive when both ends map to gold entities (the scorer's alias matching) and the gold has that
core edge; a pair matching only an optional gold edge is left out of training.

Features are simple and deterministic (relation, types and kinds, order, distance bucket, the words between —
English lower-cased words, Chinese lexicon cue words and character bigrams —, a few words around, the lexicon
categories found between or around, whether the rules produced that edge in that sentence). The scorer is a
logistic regression (scikit-learn, fixed seed: a dev-only dependency of this script).

Honest measure: for each held-out set, the variant (feature set / C) and the threshold are chosen on the
*training* sets only (two folds of whole sets, out-of-fold scores, pooled graph-level F1 of rules + learned),
the model is trained on all training sets, and the held-out set is scored twice with the project's scorer
(``graph.evaluation.score``): the rules' graph alone, and the rules' graph plus the learned edges the rules did
not produce. Prints per-set and pooled P/R/F1, per relation, and the learned edges' own precision.
``--curve VARIANT`` is a diagnostic only: every threshold's pooled held-out result (an oracle view).
Needs scikit-learn (and numpy, scipy) in the environment; the project does not.
Output is figures only. The optional ``--cache`` holds each set's graph (evidence sentences included) and the
candidates' features (words of the articles): keep it outside the repository, like the sets, and delete it after.
"""
from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from newsgraph.graph.evaluation import SCORED, node_names, norm, score
from newsgraph.graph.export.jsonio import to_dict
from newsgraph.graph.pipeline import build_graph
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.loaders.extract.rules import RuleExtractor
from newsgraph.loaders.extract.sentences import sentence_spans
from newsgraph.loaders.readers import input_files, read_items
from newsgraph.schema import Article

LANG_DIR = Path(__file__).resolve().parents[1] / "loaders" / "lang"
CATEGORY_FILES = ("release", "comparison", "polarity", "worry", "speech", "citation")

_EN_WORD = re.compile(r"[a-z][a-z'’\-]*|\d+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]")


# ---------------------------------------------------------------- lexicon categories

def _entries(value) -> list[str]:
    out = []
    if isinstance(value, dict):
        value = value.get("entries", [])
    if not isinstance(value, list):
        return out
    for e in value:
        w = e.get("word") if isinstance(e, dict) else e
        if isinstance(w, str) and w.strip() and not any(c in w for c in "{}<>[]()|\\*?+"):
            out.append(w.strip().lower())
    return out


def load_categories() -> dict[str, dict[str, list[str]]]:
    """{lang: {"file.key": [words]}} from loaders/lang/<lang>/<file>.yaml (plain words only, no templates)."""
    import yaml

    cats: dict[str, dict[str, list[str]]] = {}
    for lang in ("en", "zh"):
        for name in CATEGORY_FILES:
            path = LANG_DIR / lang / f"{name}.yaml"
            if not path.exists():
                continue
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for key, value in data.items():
                words = _entries(value)
                if words:
                    cats.setdefault(lang, {})[f"{name}.{key}"] = sorted(set(words), key=lambda w: (-len(w), w))
    return cats


class CueFinder:
    """Which category words occur in a folded span (English: whole words; Chinese: substrings)."""

    def __init__(self, cats):
        self.en = {}  # word tuple -> categories
        self.zh = defaultdict(set)
        for lang, groups in cats.items():
            for cat, words in groups.items():
                for w in words:
                    if lang == "en":
                        self.en.setdefault(tuple(w.split()), set()).add(cat)
                    else:
                        if _CJK.search(w):
                            self.zh[w].add(cat)
        self.en_max = max((len(k) for k in self.en), default=1)
        self.zh_by_first = defaultdict(list)
        for w in self.zh:
            self.zh_by_first[w[0]].append(w)

    def find(self, text: str) -> tuple[set[str], set[str]]:
        """(categories, Chinese cue words) found in ``text`` (folded)."""
        cats, zh_words = set(), set()
        words = _EN_WORD.findall(text)
        for i in range(len(words)):
            for n in range(1, self.en_max + 1):
                key = tuple(words[i:i + n])
                if len(key) < n:
                    break
                if key in self.en:
                    cats |= self.en[key]
        for i, ch in enumerate(text):
            for w in self.zh_by_first.get(ch, ()):
                if text.startswith(w, i):
                    cats |= self.zh[w]
                    zh_words.add(w)
        return cats, zh_words


# ---------------------------------------------------------------- candidates and features

def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20"), (40, "21-40")):
        if n <= limit:
            return name
    return "41+"


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _bigrams(text: str) -> list[str]:
    chars = [c if _CJK.match(c) else " " for c in text]
    return ["".join(chars[i:i + 2]) for i in range(len(chars) - 1) if " " not in chars[i:i + 2]]


def pair_features(rel: str, folded: str, sent: tuple[int, int], src, dst, cues: CueFinder, rule_here: bool,
                  rule_article: bool, others_between: int) -> dict[str, list[str]]:
    """Feature strings of one candidate, in groups ("base", "bigram") so that variants can drop a group."""
    s0, s1 = sent
    base, big = [f"rel|{rel}"], []
    stype = src.type.value if src is not None else "Article"
    base.append(f"types|{rel}|{stype}|{dst.type.value}")
    base.append(f"kinds|{rel}|{getattr(src, 'kind', None) or '-'}|{dst.kind or '-'}")
    sentence = folded[s0:s1]
    zh = bool(_CJK.search(sentence))
    base.append(f"lang|{rel}|{'zh' if zh else 'en'}")
    base.append(f"rule_here|{rel}|{int(rule_here)}")
    base.append(f"rule_article|{rel}|{int(rule_article)}")
    if src is not None:
        first, second = (src, dst) if src.start <= dst.start else (dst, src)
        base.append(f"order|{rel}|{'src_first' if first is src else 'dst_first'}")
        between = folded[first.end:second.start] if first.end <= second.start else ""
        base.append(f"dist|{rel}|{_bucket(len(_tokens(between)))}")
        base.append(f"others|{rel}|{_bucket(others_between)}")
        before, after = folded[s0:first.start], folded[second.end:s1]
    else:  # CITES: the article cites a Source mention; "between" is the sentence around it
        between = ""
        before, after = folded[s0:dst.start], folded[dst.end:s1]
        base.append(f"pos|{rel}|{_bucket(len(_tokens(before)))}")
    if between:
        if zh:
            _, words = cues.find(between)
            base += [f"btw_cue|{rel}|{w}" for w in sorted(words)]
            big += [f"btw_bg|{rel}|{b}" for b in sorted(set(_bigrams(between)))]
        base += [f"btw|{rel}|{w}" for w in sorted(set(_EN_WORD.findall(between)))]
        cats, _ = cues.find(between)
        base += [f"cat_btw|{rel}|{c}" for c in sorted(cats)]
    pre = _tokens(before)[-3:]
    post = _tokens(after)[:3]
    base += [f"pre|{rel}|{w}" for w in pre] + [f"post|{rel}|{w}" for w in post]
    if zh:
        big += [f"pre_bg|{rel}|{b}" for b in _bigrams(before[-6:])] + [f"post_bg|{rel}|{b}" for b in _bigrams(after[:6])]
    cats_b, words_b = cues.find(before[-60:])
    cats_a, words_a = cues.find(after[:60])
    base += [f"cat_around|{rel}|{c}" for c in sorted(cats_b | cats_a)]
    if zh:
        base += [f"around_cue|{rel}|{w}" for w in sorted(words_b | words_a)]
    return {"base": base, "bigram": big}


ORG, MODEL, POLICY, SOURCE = "Organization", "Model", "Policy", "Source"


def candidate_pairs(ms):
    """(rel, src, dst) for the mentions of one sentence (src None: the article)."""
    out = []
    for a in ms:
        if a.type.value == SOURCE:
            out.append(("CITES", None, a))
        for b in ms:
            if a is b or a.entity_id == b.entity_id:
                continue
            ta, tb = a.type.value, b.type.value
            if ta == ORG and tb in (MODEL, POLICY):
                out.append(("RELEASED", a, b))
            if ta == MODEL and tb == MODEL:
                out.append(("OUTPERFORMS", a, b))
            if tb == ORG:
                out.append(("WORRIES", a, b))
    return out


# ---------------------------------------------------------------- one set

def gather(set_dir: Path, extractor: RuleExtractor, cues: CueFinder) -> dict:
    """The set's rules graph (node-link), gold, and candidates with features, ids and labels (no article text)."""
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))
    paths = sorted(str(p) for p in (set_dir / "articles").iterdir() if p.is_file())
    built = build_graph(paths, cache=False, workers=1)
    graph = to_dict(built.kg)
    graph_ids = {str(n["id"]) for n in graph["nodes"]}
    rule_edges = {(str(e["type"]).upper(), str(e["source"]), str(e["target"])) for e in graph["edges"]}
    cands = []
    extra_nodes = {}
    for entry in input_files(paths):
        if not hasattr(entry, "__fspath__") and not isinstance(entry, (str, Path)):
            continue
        for art in read_items(entry):
            if not isinstance(art, Article):
                continue
            extraction = extractor.extract(art)
            here, in_article = set(), set()
            for e in extraction.edges:
                t = e.type.value
                if t in SCORED:
                    in_article.add((t, e.source, e.target))
                    for ev in e.evidence:
                        here.add((t, e.source, e.target, ev.start))
            norm_ = Normalised.of(art.text)
            mentions = extractor.mentions(norm_)
            spans = sentence_spans(art.text, extractor.lexicon)
            for s0, s1 in spans:
                ms = [m for m in mentions if m.start >= s0 and m.end <= s1]
                if not ms:
                    continue
                for rel, src, dst in candidate_pairs(ms):
                    sid = art.id if src is None else src.entity_id
                    key = (rel, sid, dst.entity_id)
                    lo = dst.start if src is None else min(src.end, dst.end)
                    hi = dst.start if src is None else max(src.start, dst.start)
                    others = sum(1 for m in ms if m.start >= lo and m.end <= hi and m is not src and m is not dst)
                    feats = pair_features(rel, norm_.folded, (s0, s1), src, dst, cues,
                                          key + (s0,) in here, key in in_article, others)
                    for m in ([src] if src is not None else []) + [dst]:
                        if m.entity_id not in graph_ids and m.entity_id not in extra_nodes:
                            extra_nodes[m.entity_id] = {"id": m.entity_id, "type": m.type.value, "name": m.surface,
                                                        "aliases": list(m.extra_aliases)}
                    cands.append({"key": key, "feats": feats})
    return {"name": set_dir.name, "gold": gold, "graph": graph, "rule_edges": rule_edges, "extra_nodes": extra_nodes,
            "cands": cands}


def mapping_of(gold: dict, nodes: list[dict]) -> dict[str, list[str]]:
    """node id -> gold entity ids, as the scorer maps them."""
    entities = gold["entities"]
    alias_index = defaultdict(list)
    for gid, ent in entities.items():
        for alias in ent["aliases"]:
            alias_index[norm(alias)].append(gid)
    out = {}
    for node in nodes:
        cands = []
        for name in node_names(node):
            for gid in sorted(alias_index.get(name, [])):
                if gid not in cands:
                    cands.append(gid)
        same = [g for g in cands if entities[g]["type"] == node.get("type")]
        out[str(node["id"])] = same or cands[:1]
    return out


def triple(gold_core, gold_opt, mapping, key):
    """What the scorer makes of an edge: ("core"|"opt"|"fp", gold triple)."""
    rel, s, d = key
    srcs = mapping.get(s) or [f"?{s}"]
    dsts = mapping.get(d) or [f"?{d}"]
    options = [(rel, a, b) for a in srcs for b in dsts]
    hit = next((t for t in options if t in gold_core), None)
    if hit:
        return "core", hit
    if any(t in gold_opt for t in options):
        return "opt", options[0]
    return "fp", options[0]


def prepare(data: dict) -> None:
    """Labels and scorer outcomes of each candidate; the rules' own scored triples."""
    gold = data["gold"]
    core = {tuple(e) for e in gold["edges"]}
    opt = {tuple(e) for e in gold.get("optional_edges", [])}
    nodes = data["graph"]["nodes"] + list(data["extra_nodes"].values())
    mp = mapping_of(gold, nodes)
    rules_pred = set()
    for e in data["graph"]["edges"]:
        t = str(e["type"]).upper()
        if t in SCORED:
            kind, tr = triple(core, opt, mp, (t, str(e["source"]), str(e["target"])))
            if kind != "opt":
                rules_pred.add(tr)
    data["core"], data["rules_pred"] = core, rules_pred
    for c in data["cands"]:
        kind, tr = triple(core, opt, mp, c["key"])
        c["outcome"], c["triple"] = kind, tr
        c["label"] = 1 if kind == "core" else 0
        c["by_rules"] = c["key"] in data["rule_edges"]


def fscore(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def combined_counts(data, edge_scores: dict, threshold: float, rel: str | None = None):
    """(tp, pred, gold, learned_tp, learned_pred) of rules + learned edges scoring >= threshold (per scored triple)."""
    pred = set(data["rules_pred"])
    learned = set()
    for key, (s, kind, tr) in edge_scores.items():
        if s >= threshold and kind != "opt" and tr not in pred:
            learned.add(tr)
    allp = pred | learned
    core = data["core"]
    if rel:
        allp = {t for t in allp if t[0] == rel}
        learned = {t for t in learned if t[0] == rel}
        core = {t for t in core if t[0] == rel}
    return len(allp & core), len(allp), len(core), len(learned & core), len(learned)


def edge_scores_of(data, probs) -> dict:
    """Per edge key not produced by the rules: the best candidate score, and what the scorer makes of it."""
    out = {}
    for c, p in zip(data["cands"], probs):
        if c["by_rules"]:
            continue
        k = c["key"]
        if k not in out or p > out[k][0]:
            out[k] = (p, c["outcome"], c["triple"])
    return out


# ---------------------------------------------------------------- learning

# name: (feature groups, C, trained on the candidates the rules did not produce only)
VARIANTS = {
    "all-bigram-C0.1": (("base", "bigram"), 0.1, False),
    "resid-bigram-C1": (("base", "bigram"), 1.0, True),
    "resid-base-C0.1": (("base",), 0.1, True),
}
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]  # 0.05 .. 0.95


class Matrices:
    """Every set's candidates as sparse rows, per feature group, over one feature index (built once)."""

    def __init__(self, sets):
        import numpy as np
        from scipy.sparse import csr_matrix

        self.index: dict[str, int] = {}
        self.by_set = {}
        for d in sets:
            per_group = {}
            for g in ("base", "bigram"):
                indptr, indices = [0], []
                for c in d["cands"]:
                    cols = sorted({self.index.setdefault(f, len(self.index)) for f in c["feats"][g]})
                    indices += cols
                    indptr.append(len(indices))
                per_group[g] = (np.array(indptr, dtype=np.int32), np.array(indices, dtype=np.int32))
            self.by_set[d["name"]] = per_group
        n = len(self.index)
        for d in sets:
            groups = self.by_set[d["name"]]
            for g, (indptr, indices) in groups.items():
                groups[g] = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(indptr) - 1, n))

    def X(self, d, groups):
        X = sum(self.by_set[d["name"]][g] for g in groups)
        return _int32(X)


MATRICES: Matrices | None = None


def _int32(X):
    """liblinear takes 32-bit sparse indices only."""
    import numpy as np

    X = X.tocsr()
    X.indices = X.indices.astype(np.int32)
    X.indptr = X.indptr.astype(np.int32)
    return X


def fit(sets, groups, C, residual=False):
    import numpy as np
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    blocks, labels = [], []
    for d in sets:
        keep = np.array([c["outcome"] != "opt" and not (residual and c["by_rules"]) for c in d["cands"]], dtype=bool)
        if keep.any():
            blocks.append(MATRICES.X(d, groups)[np.flatnonzero(keep)])
            labels += [c["label"] for c, k in zip(d["cands"], keep) if k]
    X = _int32(vstack(blocks))
    model = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=2000)
    model.fit(X, labels)
    return None, model


def predict(vec, model, d, groups):
    X = MATRICES.X(d, groups)
    return model.predict_proba(X)[:, 1] if X.shape[0] else []


def choose(train_sets, inner_folds=2):
    """Variant and threshold with the best pooled F1 (rules + learned) of out-of-fold scores on ``train_sets``."""
    folds = [train_sets[i::inner_folds] for i in range(inner_folds)]
    best = None
    for name, (groups, C, residual) in VARIANTS.items():
        oof = {}
        for k in range(inner_folds):
            fit_on = [d for j, f in enumerate(folds) if j != k for d in f]
            vec, model = fit(fit_on, groups, C, residual)
            for d in folds[k]:
                oof[d["name"]] = edge_scores_of(d, predict(vec, model, d, groups))
        for t in THRESHOLDS:
            tp = pr = gd = 0
            for d in train_sets:
                a, b, c, _, _ = combined_counts(d, oof[d["name"]], t)
                tp, pr, gd = tp + a, pr + b, gd + c
            f = fscore(tp, pr, gd)[2]
            if best is None or f > best[0] + 1e-12:
                best = (f, name, t)
    return best


def curve(sets, name, apart=()) -> int:
    groups, C, residual = VARIANTS[name]
    pooled = defaultdict(lambda: [0, 0, 0, 0, 0])
    pooled_apart = defaultdict(lambda: [0, 0, 0, 0, 0])
    for i, held in enumerate(sets):
        train = [d for j, d in enumerate(sets) if j != i]
        _, model = fit(train, groups, C, residual)
        es = edge_scores_of(held, predict(None, model, held, groups))
        for t in THRESHOLDS:
            for rel in (None,) + SCORED:
                counts = combined_counts(held, es, t, rel)
                for table in (pooled,) + ((pooled_apart,) if held["name"] in apart else ()):
                    acc = table[(t, rel or "all")]
                    for k in range(5):
                        acc[k] += counts[k]
    print(f"diagnostic curve, variant {name}: pooled leave-one-set-out rules+learned at each threshold")
    for t in THRESHOLDS:
        tp, pr, gd, ltp, lpr = pooled[(t, "all")]
        p, r, f = fscore(tp, pr, gd)
        per = " ".join(f"{rel[:4]} {pooled[(t, rel)][3]}/{pooled[(t, rel)][4]}" for rel in SCORED)
        line = f"t={t:.2f} P={p:.3f} R={r:.3f} F1={f:.3f} learned {ltp}/{lpr} ({per})"
        if apart:
            tp, pr, gd, ltp, lpr = pooled_apart[(t, "all")]
            p, r, f = fscore(tp, pr, gd)
            line += f" | {'+'.join(apart)}: P={p:.3f} R={r:.3f} F1={f:.3f} learned {ltp}/{lpr}"
        print(line)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="folders with gold.json and articles/")
    ap.add_argument("--cache", default=None, help="folder to keep the gathered sets in (their graphs and features hold article text: outside the repository)")
    ap.add_argument("--json", default=None, help="write the results here")
    ap.add_argument("--apart", nargs="*", default=[], help="set names (folder names) also pooled on their own")
    ap.add_argument("--curve", default=None, choices=sorted(VARIANTS),
                    help="diagnostic only: for this variant, the pooled held-out result at every threshold (an oracle "
                         "view — choosing the threshold from it would use the held-out sets)")
    args = ap.parse_args()
    cues = CueFinder(load_categories())
    extractor = RuleExtractor()
    sets = []
    for s in args.sets:
        path = Path(s)
        cached = Path(args.cache) / f"{path.name}.pkl" if args.cache else None
        if cached and cached.exists():
            data = pickle.loads(cached.read_bytes())
        else:
            t0 = time.time()
            data = gather(path, extractor, cues)
            print(f"gathered {path.name}: {len(data['cands'])} candidates in {time.time() - t0:.0f}s", file=sys.stderr)
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_bytes(pickle.dumps(data))
        prepare(data)
        sets.append(data)
    global MATRICES
    MATRICES = Matrices(sets)

    if args.curve:
        return curve(sets, args.curve, tuple(args.apart))
    results = []
    for i, held in enumerate(sets):
        train = [d for j, d in enumerate(sets) if j != i]
        f_in, name, t = choose(train)
        groups, C, residual = VARIANTS[name]
        vec, model = fit(train, groups, C, residual)
        es = edge_scores_of(held, predict(vec, model, held, groups))
        rules = score(held["gold"], held["graph"]["nodes"], held["graph"]["edges"])
        added = [{"id": k[0] + "|" + k[1] + "|" + k[2], "type": k[0], "source": k[1], "target": k[2]}
                 for k, (s, kind, tr) in sorted(es.items()) if s >= t]
        edges = held["graph"]["edges"] + added
        nodes = held["graph"]["nodes"] + [n for n in held["extra_nodes"].values()
                                          if any(n["id"] in (a["source"], a["target"]) for a in added)]
        both = score(held["gold"], nodes, edges)
        _, _, _, ltp, lpred = combined_counts(held, es, t)
        row = {"set": held["name"], "variant": name, "threshold": t, "train_f1": round(f_in, 3),
               "learned_tp": ltp, "learned_pred": lpred, "rules": rules["edges_by_type"] | {"all": rules["edges"]},
               "both": both["edges_by_type"] | {"all": both["edges"]}}
        results.append(row)
        r, b = rules["edges"], both["edges"]
        print(f"{held['name']:12s} {name:12s} t={t:.2f} rules P={r['precision']:.2f} R={r['recall']:.2f} "
              f"F1={r['f1']:.2f} | +learned P={b['precision']:.2f} R={b['recall']:.2f} F1={b['f1']:.2f} "
              f"| learned {ltp}/{lpred}", flush=True)

    print("\npooled (sum of tp/predicted/gold over held-out sets)")
    for rel in ("all",) + SCORED:
        line = f"{rel:12s}"
        for which in ("rules", "both"):
            tp = sum(r[which][rel]["tp"] for r in results)
            pr = sum(r[which][rel]["predicted"] for r in results)
            gd = sum(r[which][rel]["gold"] for r in results)
            p, rc, f = fscore(tp, pr, gd)
            line += f" | {which:5s} P={p:.3f} R={rc:.3f} F1={f:.3f} ({tp}/{pr}, {gd})"
        print(line)
    ltp = sum(r["learned_tp"] for r in results)
    lpr = sum(r["learned_pred"] for r in results)
    print(f"learned edges' own precision: {ltp}/{lpr} = {ltp / lpr if lpr else 0:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
