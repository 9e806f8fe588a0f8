# The seeded draw of gold-fresh17 (run from the repository root): four 2024 work reports no labelled
# set held, and one regulation of 1,500-7,000 characters from each of four provinces drawn, leaving
# out every labelled document, the alignment gold's documents and the held-out alignment families.
import json, glob, random, os, re
root = "/work/shared"
used = set()
for f in glob.glob("corpora/gold*/*.jsonl") + glob.glob(root + "/devset/*.jsonl"):
    if "gold-fresh17" in f:
        continue  # the set this draw made (and any later one) was not there when it ran
    for line in open(f):
        try: r = json.loads(line)
        except Exception: continue
        s = r.get("source") or ""
        used.add(os.path.basename(s))
for f in glob.glob("corpora/align-gold/*.jsonl"):
    for line in open(f):
        r = json.loads(line)
        for k in ("a", "b", "doc_a", "doc_b", "path_a", "path_b"):
            v = r.get(k)
            if isinstance(v, str): used.add(os.path.basename(v))
            elif isinstance(v, dict):
                for vv in v.values():
                    if isinstance(vv, str): used.add(os.path.basename(vv))
print(len(used))
held = re.compile("乡镇人民代表大会|村民委员会组织法|城市管理|行政执法条例")
rng = random.Random(20261217)
reports = sorted(p for p in glob.glob(root + "/corpus/gov-reports-2024/txt/*.txt") if os.path.basename(p) not in used)
print("reports left", len(reports))
picks = rng.sample(reports, 4)
provs = sorted(os.listdir(root + "/corpus/regulations"))
for prov in rng.sample(provs, 4):
    cands = []
    for p in sorted(glob.glob(f"{root}/corpus/regulations/{prov}/**/*.txt", recursive=True)):
        b = os.path.basename(p)
        if b in used or held.search(b): continue
        n = len(open(p).read())
        if 1500 <= n <= 7000: cands.append(p)
    picks.append(rng.choice(cands))
for p in picks: print(p.replace(root + "/", ""), len(open(p).read()))
