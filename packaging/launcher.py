"""Entry point of the standalone build (packaging/enforcement-desktop.spec).

The same as the ``enforcement-desktop`` console script: commands run headless, no command
starts the window.
"""

import sys

from enforcement_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
