"""Split an evaluation set into a development part and a frozen test part.

    python bench/data/split.py bench/data/gcm_real.jsonl bench/data/gcm
    # -> bench/data/gcm_dev.jsonl, bench/data/gcm_test.jsonl and a line in bench/data/FROZEN

Each row goes to the test part when the SHA-256 of its group key (the practice's title, or its
source address when it has none: one practice never lands in both parts) falls in the upper
half, so the split depends on nothing but the rows themselves and is made before any model
sees them. The test file's SHA-256 is appended to `FROZEN`; a test in the suite fails if a
frozen test part changes afterwards.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def group_key(row: dict[str, object]) -> str:
    if row.get("group"):  # parts or phases of one practice, named as one by the data
        return str(row["group"]).casefold()
    title = str(row.get("title") or "").strip()
    key = title or str(row.get("source_url", "")) or str(row["id"])
    return re.sub(r"\W+", " ", key.casefold()).strip()


def is_test(row: dict[str, object]) -> bool:
    digest = hashlib.sha256(group_key(row).encode()).digest()
    return digest[0] >= 128


def main(source: str, prefix: str) -> None:
    rows = [json.loads(line) for line in Path(source).read_text().splitlines() if line.strip()]
    parts = {"dev": [r for r in rows if not is_test(r)], "test": [r for r in rows if is_test(r)]}
    for name, part in parts.items():
        path = Path(f"{prefix}_{name}.jsonl")
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part))
        print(f"{path}: {len(part)} rows")
    test = Path(f"{prefix}_test.jsonl")
    digest = hashlib.sha256(test.read_bytes()).hexdigest()
    with (HERE / "FROZEN").open("a") as frozen:
        frozen.write(f"{digest}  {test.name}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
