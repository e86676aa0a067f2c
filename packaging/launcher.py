"""Entry point of the standalone build (packaging/enforcement-desktop.spec).

The same as the ``enforcement-desktop`` console script: commands run headless, no command
starts the window. The build makes two programs of it: ``enforcement-desktop`` (windowed on
Windows, for the window) and ``enforcement-desktop-cli`` (a console program, for the commands).
"""

import sys

from enforcement_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
