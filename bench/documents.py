"""Proposal documents benchmark: time to build each DOCX and PDF on the demo data.

Run (one command; about a minute, most of it loading the demo):

    .venv/bin/python bench/documents.py [--repeat 5]

It loads the demo into a fresh SQLite database in a temporary directory, then, for every idea
at the design stage, builds the proposal as DOCX and as PDF `--repeat` times through the same
code the download buttons use (gathering the data, drawing the charts, rendering the file).
The target is 1 second per document. The named baseline, in the same run, is the first round
("cold": the slowest first document of each idea), which also pays for imports, for loading
the typology model and for classifying each idea once (then cached); the warm figures (later
rounds) are what a running server delivers. Figures go to
bench/results/documents.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="plab-bench-")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdefghij")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"demo loaded in {time.perf_counter() - started:.1f} s")

    from partnerlab.partnerships.models import Partnership
    from partnerlab.proposals import export
    from partnerlab.proposals.document import gather

    ideas = list(Partnership.objects.filter(stage="design").order_by("id"))
    results: dict[str, dict[str, float | list[float]]] = {}
    for fmt, render in (("pdf", export.pdf), ("docx", export.docx)):
        times: list[float] = []
        gathering: list[float] = []
        cold = None
        for round_number in range(args.repeat):
            for idea in ideas:
                fresh = Partnership.objects.get(pk=idea.pk)
                t = time.perf_counter()
                doc = gather(fresh)
                gathered = time.perf_counter()
                body = render(doc)
                elapsed = time.perf_counter() - t
                assert len(body) > 10_000
                if round_number == 0:
                    cold = max(cold or 0.0, elapsed)
                else:
                    times.append(elapsed)
                    gathering.append(gathered - t)
        results[fmt] = {
            "cold_s": round(cold or 0.0, 3),
            "warm_median_s": round(statistics.median(times), 3),
            "warm_max_s": round(max(times), 3),
            "of_which_gathering_median_s": round(statistics.median(gathering), 3),
            "documents": len(times) + len(ideas),
        }
    print(f"{len(ideas)} designed ideas, {args.repeat} rounds each")
    print(f"{'':6} {'cold max (baseline)':>16} {'warm median':>12} {'warm max':>10} {'target':>8}")
    for fmt, r in results.items():
        print(
            f"{fmt:6} {r['cold_s']:>15.3f}s {r['warm_median_s']:>11.3f}s {r['warm_max_s']:>9.3f}s"
            f" {TARGET:>7.1f}s   warm max / target = {float(r['warm_max_s']) / TARGET:.2f},"
            f" cold / warm median = {float(r['cold_s']) / float(r['warm_median_s']):.1f}x,"
            f" gathering data and charts {r['of_which_gathering_median_s']}s of it"
        )
    out = ROOT / "bench" / "results" / "documents.json"
    out.write_text(json.dumps({"target_s": TARGET, "ideas": len(ideas), **results}, indent=2))


if __name__ == "__main__":
    main()
