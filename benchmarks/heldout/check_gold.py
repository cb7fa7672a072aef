#!/usr/bin/env python3
"""Sanity checks for benchmarks/heldout/gold.json (standard library only).

Checks: edge endpoints are entity ids, edge types connect the allowed node types,
CITES edges start at an article, no alias (after score.py's normalisation) is shared
by two entities, no forbidden name is an alias, core and optional edges are disjoint,
every entity is mentioned in some article, and an entity is core exactly when it
is an article or an endpoint of a core edge. Exit status 1 on a problem.
"""
import json, os, unicodedata, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
def norm(t): t=unicodedata.normalize("NFKC",str(t)).casefold(); return "".join(c for c in t if c.isalnum())
E=g["entities"]; ok=True
allowed={"RELEASED":({"Organization"},{"Model","Policy"}),"OUTPERFORMS":({"Model"},{"Model"}),"CITES":({"Source"},{"Source","Organization"}),"WORRIES":(None,{"Organization"})}
for lst,name in ((g["edges"],"edges"),(g["optional_edges"],"optional")):
    for t,s,d in lst:
        if s not in E or d not in E: print("MISSING endpoint",name,t,s,d); ok=False; continue
        st,dt=allowed[t]
        if (st and E[s]["type"] not in st) or E[d]["type"] not in dt: print("BAD types",name,t,s,E[s]["type"],d,E[d]["type"]); ok=False
        if t=="CITES" and not s.startswith("article-"): print("CITES not from article",s); ok=False
        if s==d: print("self loop",t,s); ok=False
idx=collections.defaultdict(set)
for i,e in E.items():
    assert set(e)=={"type","aliases","optional"}, i
    for a in e["aliases"]:
        if not norm(a): print("empty alias",i,a); ok=False
        idx[norm(a)].add(i)
for k,v in idx.items():
    if len(v)>1: print("SHARED alias",k,v); ok=False
for f in g["forbidden"]:
    if norm(f) in idx: print("forbidden collides with alias",f,idx[norm(f)]); ok=False
core={tuple(e) for e in g["edges"]}; opt={tuple(e) for e in g["optional_edges"]}
if core&opt: print("overlap core/optional",core&opt); ok=False
if len(core)!=len(g["edges"]) or len(opt)!=len(g["optional_edges"]): print("duplicate edges"); ok=False
# every entity appears in some article (by some alias, normalised substring)
texts={f:norm(open(os.path.join(REPO,f),encoding="utf-8").read()) for f in g["files"]}
for i,e in E.items():
    hits=[a for a in e["aliases"] if any(norm(a) in t for t in texts.values())]
    if not hits: print("entity not found in any article:",i); ok=False
# each core entity endpoint of core edge?
used={x for e in core for x in e[1:]}
for i,e in E.items():
    if not e["optional"] and i not in used and not i.startswith("article-"): print("core but unused",i)
    if e["optional"] and i in used: print("optional but in core edge",i); ok=False
print("OK" if ok else "PROBLEMS")
c=collections.Counter(e[0] for e in g["edges"]); print("core by type",dict(c),"total",len(core),"optional",len(opt))
print("entities",len(E),"core",sum(not e["optional"] for e in E.values()),"by type",dict(collections.Counter(e["type"] for e in E.values())))
sys.exit(0 if ok else 1)
