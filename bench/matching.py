"""Donor and proposal matching benchmark: `match_all` against the per-pair loop, same run.

Run (one command; about 15 seconds on 2 cores, most of it the per-pair loop):

    .venv/bin/python bench/matching.py [--donors 200] [--proposals 2000] [--seed 11]

It invents, with a fixed seed, `--donors` donors' priorities and `--proposals` fundable
proposals (GCM objectives, countries of five UN regions, types, amounts, co-funding, funding
windows around a fixed day, and a few exclusions), then does the same work two ways:

- vectorised: `match_all` (every pair's score at once with numpy), then each donor's top 10
  proposals and each proposal's top 10 donors, with their reasons (`for_donor`, `for_proposal`);
- per pair: `match_pair` for every pair (score and reasons), then the same top 10s by sorting.

It checks that both give the same scores (to 1e-12), the same exclusions and the same top 10s
both ways with the same reasons, and prints both times (median of `--repeat` runs for the
vectorised way, one run of the loop), their ratio, and whether the target (vectorised ≤ 1 s,
wall clock) is met or MISSED. The machine is shared: the CPU time of this process and the load
average are recorded beside the wall-clock times. Figures go to bench/results/matching.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from partnerlab.analysis.matching import (
    DonorNeeds,
    Match,
    MatchTable,
    ProposalFacts,
    match_all,
    match_pair,
)
from partnerlab.analysis.typology import TYPES

RESULTS = Path(__file__).resolve().parent / "results" / "matching.json"
TARGET_SECONDS = 1.0
TODAY = date(2026, 12, 3)
# A sample of countries with their UN regions, enough to make places overlap or not.
COUNTRIES = {
    "Africa": ["MA", "TN", "EG", "NG", "GH", "SN", "ML", "NE", "KE", "ET", "UG", "ZA"],
    "Americas": ["MX", "GT", "HN", "SV", "CO", "EC", "PE", "VE", "US", "CA", "BR"],
    "Asia": ["JO", "LB", "TR", "IQ", "AF", "PK", "BD", "IN", "PH", "ID", "TH"],
    "Europe": ["ES", "IT", "GR", "DE", "FR", "PT", "CH", "SE", "BA", "HR", "RS"],
    "Oceania": ["AU", "NZ", "FJ", "PG"],
}
REGION = {code: region for region, codes in COUNTRIES.items() for code in codes}


def log(message: str) -> None:
    print(message, flush=True)


def money(rng: random.Random, low: float, high: float) -> Decimal:
    """A round amount, log-uniform between low and high."""
    return Decimal(round(10 ** rng.uniform(np.log10(low), np.log10(high)), -3))


def invent_donor(rng: random.Random, key: int) -> DonorNeeds:
    countries = rng.sample(sorted(REGION), rng.choice([0, 0, 1, 2, 4]))
    low = money(rng, 20_000, 500_000) if rng.random() < 0.6 else None
    high = money(rng, 500_000, 5_000_000) if rng.random() < 0.8 else None
    windows = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        opens_on = TODAY + timedelta(days=rng.randint(-400, 300))
        windows.append((opens_on, opens_on + timedelta(days=rng.randint(14, 180))))
    return DonorNeeds(
        key=key,
        objectives=frozenset(rng.sample(range(1, 24), rng.choice([0, 3, 5, 8, 12]))),
        regions=frozenset(rng.sample(sorted(COUNTRIES), rng.choice([0, 1, 1, 2]))),
        countries=frozenset(countries),
        types=frozenset(rng.sample(TYPES, rng.choice([0, 1, 2, 3]))),
        min_amount=low,
        max_amount=high,
        needs_cofunding=rng.random() < 0.4,
        windows=tuple(windows),
        excluded_countries=frozenset(rng.sample(sorted(REGION), 2 if rng.random() < 0.15 else 0)),
        excluded_types=frozenset([rng.choice(TYPES)] if rng.random() < 0.05 else []),
        excluded_objectives=frozenset([rng.randint(1, 23)] if rng.random() < 0.05 else []),
    )


def invent_proposal(rng: random.Random, key: int) -> ProposalFacts:
    countries = frozenset(rng.sample(sorted(REGION), rng.choice([1, 2, 2, 3])))
    return ProposalFacts(
        key=key,
        objectives=frozenset(rng.sample(range(1, 24), rng.choice([1, 2, 3, 4, 5]))),
        regions=frozenset(REGION[c] for c in countries),
        countries=countries,
        type=rng.choice(TYPES),
        amount_requested=money(rng, 30_000, 6_000_000),
        cofunding_cash=money(rng, 5_000, 200_000) if rng.random() < 0.5 else Decimal(0),
        cofunding_in_kind=money(rng, 5_000, 100_000) if rng.random() < 0.4 else Decimal(0),
    )


def invent(seed: int, donors: int, proposals: int) -> tuple[list[DonorNeeds], list[ProposalFacts]]:
    rng = random.Random(seed)
    # Keys are shuffled so that the order given is not the order of keys (ties go by key).
    donor_keys = rng.sample(range(1, 10 * donors), donors)
    proposal_keys = rng.sample(range(1, 10 * proposals), proposals)
    return (
        [invent_donor(rng, k) for k in donor_keys],
        [invent_proposal(rng, k) for k in proposal_keys],
    )


Tops = dict[int, list[Match]]


Timing = tuple[float, float, float]  # scores only (wall), all (wall), all (CPU of this process)


def vectorised(
    donors: list[DonorNeeds], proposals: list[ProposalFacts], top: int
) -> tuple[MatchTable, Tops, Tops, Timing]:
    cpu, started = time.process_time(), time.perf_counter()
    table = match_all(donors, proposals, today=TODAY)
    scored = time.perf_counter()
    by_donor = {d.key: table.for_donor(d.key, top=top) for d in donors}
    by_proposal = {p.key: table.for_proposal(p.key, top=top) for p in proposals}
    ended = time.perf_counter()
    return (
        table,
        by_donor,
        by_proposal,
        (scored - started, ended - started, time.process_time() - cpu),
    )


def ranked(matches: list[Match], key: str, top: int) -> list[Match]:
    return sorted(matches, key=lambda m: (-m.score, m.excluded, getattr(m, key)))[:top]


def per_pair(
    donors: list[DonorNeeds], proposals: list[ProposalFacts], top: int
) -> tuple[dict[tuple[int, int], Match], Tops, Tops, float]:
    started = time.perf_counter()
    matches = {(d.key, p.key): match_pair(d, p, today=TODAY) for d in donors for p in proposals}
    of_donor: dict[int, list[Match]] = {d.key: [] for d in donors}
    of_proposal: dict[int, list[Match]] = {p.key: [] for p in proposals}
    for match in matches.values():
        of_donor[match.donor].append(match)
        of_proposal[match.proposal].append(match)
    by_donor = {k: ranked(ms, "proposal", top) for k, ms in of_donor.items()}
    by_proposal = {k: ranked(ms, "donor", top) for k, ms in of_proposal.items()}
    return matches, by_donor, by_proposal, time.perf_counter() - started


def agreement(
    donors: list[DonorNeeds],
    proposals: list[ProposalFacts],
    table: MatchTable,
    matches: dict[tuple[int, int], Match],
    tops: tuple[Tops, Tops, Tops, Tops],
) -> dict[str, Any]:
    loop_scores = np.array([[matches[d.key, p.key].score for p in proposals] for d in donors])
    loop_excluded = np.array([[matches[d.key, p.key].excluded for p in proposals] for d in donors])
    ours_donor, ours_proposal, loop_donor, loop_proposal = tops
    return {
        "max_score_difference": float(np.abs(table.scores - loop_scores).max()),
        "same_exclusions": bool((table.excluded == loop_excluded).all()),
        "same_top_for_donors": ours_donor == loop_donor,
        "same_top_for_proposals": ours_proposal == loop_proposal,
        "excluded_pairs": int(loop_excluded.sum()),
        "mean_score": float(loop_scores.mean()),
        "pairs_at_or_above_0.75": int((loop_scores >= 0.75).sum()),
    }


def run(donors_n: int, proposals_n: int, seed: int, top: int, repeat: int) -> dict[str, Any]:
    load_before = os.getloadavg()[0]
    donors, proposals = invent(seed, donors_n, proposals_n)
    log(f"{len(donors)} donors x {len(proposals)} proposals (seed {seed}), top {top} both ways")
    runs: list[Timing] = []
    last: list[tuple[MatchTable, Tops, Tops, Timing]] = []
    for _ in range(repeat):
        # Each run starts from the same state: the previous run's results are dropped first.
        last.clear()
        gc.collect()
        last.append(vectorised(donors, proposals, top))
        runs.append(last[0][3])
    table, ours_donor, ours_proposal, _ = last[0]
    scoring, total, cpu = (statistics.median(r[k] for r in runs) for k in range(3))
    log(f"vectorised: {total:.3f} s (scores {scoring:.3f} s; CPU {cpu:.3f} s), median of {repeat}")
    gc.collect()
    loop_cpu = time.process_time()
    matches, loop_donor, loop_proposal, loop = per_pair(donors, proposals, top)
    loop_cpu = time.process_time() - loop_cpu
    log(f"per pair:   {loop:.3f} s (CPU {loop_cpu:.3f} s)")
    checks = agreement(
        donors, proposals, table, matches, (ours_donor, ours_proposal, loop_donor, loop_proposal)
    )
    agree = (
        checks["max_score_difference"] <= 1e-12
        and checks["same_exclusions"]
        and checks["same_top_for_donors"]
        and checks["same_top_for_proposals"]
    )
    return {
        "donors": donors_n,
        "proposals": proposals_n,
        "pairs": donors_n * proposals_n,
        "seed": seed,
        "top": top,
        "today": TODAY.isoformat(),
        "vectorised_seconds": total,
        "vectorised_scoring_seconds": scoring,
        "vectorised_cpu_seconds": cpu,
        "vectorised_runs": [r[1] for r in runs],
        "per_pair_seconds": loop,
        "per_pair_cpu_seconds": loop_cpu,
        "ratio": loop / total,
        "agree": agree,
        "checks": checks,
        "target_seconds": TARGET_SECONDS,
        "target_met": total <= TARGET_SECONDS,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "numpy": np.__version__,
            "load_average_before": load_before,
            "load_average_after": os.getloadavg()[0],
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--donors", type=int, default=200)
    parser.add_argument("--proposals", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5, help="runs of the vectorised way")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args.donors, args.proposals, args.seed, args.top, args.repeat)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2))
    checks = results["checks"]
    log(f"ratio:      {results['ratio']:.1f} times faster")
    log(
        f"agreement:  {'yes' if results['agree'] else 'NO'} (largest score difference "
        f"{checks['max_score_difference']:.1e}, same exclusions {checks['same_exclusions']}, "
        f"same top {args.top} for donors {checks['same_top_for_donors']}, "
        f"for proposals {checks['same_top_for_proposals']})"
    )
    verdict = "met" if results["target_met"] else "MISSED"
    log(
        f"target:     vectorised <= {TARGET_SECONDS:.0f} s: {verdict} "
        f"({results['vectorised_seconds']:.3f} s)"
    )
    log(f"(figures in {args.output})")
    return 0 if results["agree"] else 1


if __name__ == "__main__":
    sys.exit(main())
