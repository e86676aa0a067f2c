"""``python -m enforcement_desktop`` and the ``enforcement-desktop`` console script.

With a command (``demo``, ``options``, ``export``, ``import``, ``backup``) it runs headless
through :mod:`enforcement_desktop.cli`; without one it starts the desktop application. Qt is
imported only on that second path, so the commands work where there is no display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from enforcement_desktop import cli
from enforcement_desktop.config import Settings


def launch_gui(settings: Settings) -> int:
    """Start the desktop application on the resolved settings.

    Args:
        settings: Database, user and demo flag.

    Returns:
        The application's exit status; 1 when Qt (or the application) cannot be loaded.
    """
    try:
        from enforcement_desktop.app import run_gui
    except ImportError as exc:
        # A headless install without the Qt libraries: say so in a line, not a traceback.
        print(
            f"{cli.PROG}: error: the desktop application cannot start ({exc}); "
            f"the commands still work (see {cli.PROG} --help)",
            file=sys.stderr,
        )
        return 1
    return run_gui(settings)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``enforcement-desktop`` with ``argv`` (default: the process arguments).

    Args:
        argv: Arguments without the program name.

    Returns:
        The exit status.
    """
    return cli.main(argv, launch_gui=launch_gui)


if __name__ == "__main__":
    sys.exit(main())
