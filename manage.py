#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# The background job's commands do numpy's arithmetic in the thread that asks for it, at that
# thread's lower priority (civcare.core.background.yielding): OpenBLAS's own threads, started
# when numpy is first imported, would keep the normal priority beside the app servers.
BACKGROUND_COMMANDS = {"send_notifications", "embed_reflections"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civcare.settings")
    if BACKGROUND_COMMANDS.intersection(sys.argv[1:2]):
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
