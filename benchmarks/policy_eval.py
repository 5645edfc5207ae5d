"""Precision and recall of the policy check on 17 real Arabic policies, per policy and per kind.

    python benchmarks/policy_eval.py [--samples DIR] [--json] [--misses]

The texts are public policies kept outside the repository (samples/policies-public/ and
samples/policies/ of the shared folder); without them the script says so and exits 0. The
expectations were written by reading each policy (benchmarks/policy_expectations.py and
tests/domain/policy_expectations.py). A (kind, code) the check reports counts once per policy,
whatever the number of sentences; "evidence" is the share of found codes whose evidence sentence
is one a reader named.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.policy_expectations import PUBLIC, SAMPLES_EXTRA  # noqa: E402
from compliance_desk.domain import policy  # noqa: E402
from tests.domain.policy_expectations import BROKER, ONLINE_STORE  # noqa: E402

SHARED = ROOT.parent.parent / "shared" / "samples"
if not SHARED.exists():
    SHARED = Path("/work/shared/samples")
EVALUATED = ("data_category", "purpose", "recipient", "right", "retention", "legal_basis", "transfer",
             "security", "contact", "template", "contradiction")

Expected = list[tuple[str, str, str]]


def sample_expectations() -> dict[str, Expected]:
    out: dict[str, Expected] = {}
    for name, sets in (("online_store_ar.txt", ONLINE_STORE), ("broker_ar.txt", BROKER)):
        out[name] = [(kind, code, "") for kind, codes in sets.items() for code in sorted(codes)]
        out[name] += SAMPLES_EXTRA[name]
    return out


def score(text: str, expected: Expected) -> dict[str, object]:
    findings = [f for f in policy.find(text) if f.kind in EVALUATED and f.stated]  # a denial states nothing
    want = {(k, c) for k, c, _e in expected}
    got = {(f.kind, f.code) for f in findings}
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for kind, code, evidence in expected:
        at = text.find(evidence) if evidence else -1
        if at >= 0:
            spans[(kind, code)].append((at, at + len(evidence)))
    agreed = 0
    checked = 0
    for key in want & got:
        if not spans.get(key):
            continue
        checked += 1
        sentences = [policy.sentence_span(text, f.offset) for f in findings if (f.kind, f.code) == key]
        if any(s < e2 and s2 < e for s, e in sentences for s2, e2 in spans[key]):
            agreed += 1
    return {"want": want, "got": got, "agreed": agreed, "checked": checked, "findings": findings}


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=SHARED)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list what was missed or wrongly found")
    args = parser.parse_args()
    public_dir, sample_dir = args.samples / "policies-public", args.samples / "policies"
    if not public_dir.exists() or not sample_dir.exists():
        print(f"policy_eval: no samples under {args.samples}; nothing measured")
        return 0
    sets = [(public_dir, PUBLIC, "new"), (sample_dir, sample_expectations(), "samples")]
    rows = []
    per_kind: dict[str, dict[str, list[int]]] = {"new": defaultdict(lambda: [0, 0, 0]),
                                                  "all": defaultdict(lambda: [0, 0, 0])}
    totals = {"new": [0, 0, 0, 0, 0], "all": [0, 0, 0, 0, 0]}  # tp, got, want, agreed, checked
    for folder, expectations, group in sets:
        for name, expected in expectations.items():
            text = policy.read_policy(folder / name)
            missing = [e for _k, _c, e in expected if e and e not in text]
            if missing:
                raise SystemExit(f"{name}: evidence not in the text: {missing[0]!r}")
            started = time.perf_counter()
            result = score(text, expected)
            elapsed = time.perf_counter() - started
            want, got = result["want"], result["got"]
            assert isinstance(want, set) and isinstance(got, set)
            tp = len(want & got)
            rows.append({"policy": name, "group": group, "precision": ratio(tp, len(got)),
                         "recall": ratio(tp, len(want)), "found": len(got), "expected": len(want),
                         "missed": sorted(want - got), "extra": sorted(got - want), "chars": len(text),
                         "seconds": round(elapsed, 3)})
            for scope in {"all", "new" if group == "new" else "all"}:
                bucket = totals[scope]
                for i, n in enumerate((tp, len(got), len(want), result["agreed"], result["checked"])):
                    assert isinstance(n, int)
                    bucket[i] += n
                for kind in EVALUATED:
                    w = {x for x in want if x[0] == kind}
                    g = {x for x in got if x[0] == kind}
                    per_kind[scope][kind][0] += len(w & g)
                    per_kind[scope][kind][1] += len(g)
                    per_kind[scope][kind][2] += len(w)
    summary = {scope: {"precision": ratio(t[0], t[1]), "recall": ratio(t[0], t[2]), "evidence": ratio(t[3], t[4])}
               for scope, t in totals.items()}
    kinds = {scope: {kind: {"precision": ratio(v[0], v[1]), "recall": ratio(v[0], v[2]), "expected": v[2]}
                     for kind, v in table.items()} for scope, table in per_kind.items()}
    if args.json:
        print(json.dumps({"policies": rows, "kinds": kinds, "summary": summary}, ensure_ascii=False, indent=2,
                         default=list))
        return 0
    print(f"{'policy':48} {'found':>5} {'want':>5} {'prec':>5} {'recall':>6} {'chars':>6} {'check':>7}")
    for row in rows:
        print(f"{row['policy']:48} {row['found']:5} {row['expected']:5} {row['precision']:5.2f} {row['recall']:6.2f}"
              f" {row['chars']:6} {row['seconds'] * 1000:5.0f}ms")
        if args.misses:
            for kind, code in row["missed"]:
                print(f"{'':8}missed {kind} {code}")
            for kind, code in row["extra"]:
                print(f"{'':8}extra  {kind} {code}")
    for scope, title in (("new", "the 15 new policies"), ("all", "all 17 policies")):
        print(f"\nper kind, {title}:")
        for kind in EVALUATED:
            k = kinds[scope][kind]
            print(f"  {kind:16} precision {k['precision']:.2f}  recall {k['recall']:.2f}  ({k['expected']} expected)")
        s = summary[scope]
        print(f"  {'overall':16} precision {s['precision']:.2f}  recall {s['recall']:.2f}  "
              f"evidence agrees {s['evidence']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
