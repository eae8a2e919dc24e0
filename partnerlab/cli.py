"""The `partnerlab` console command: every Django management command, and ours."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "partnerlab.settings")
    from partnerlab.conf import SettingError

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["partnerlab", *(sys.argv[1:] if argv is None else argv)])
    except SettingError as error:
        sys.stderr.write(f"partnerlab: {error}\n")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
