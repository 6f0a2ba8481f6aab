"""The entry point of the PyInstaller bundle (packaging/ncdesk.spec): the same as `ncdesk`."""

import os
import sys
from pathlib import Path

# The bundle carries its own fontconfig library; on a machine without fontconfig's configuration
# (a bare system) it would complain at every start. Point it at the bundled minimal one.
if sys.platform.startswith("linux") and not os.environ.get("FONTCONFIG_FILE"):
    if not Path("/etc/fonts/fonts.conf").exists():
        os.environ["FONTCONFIG_FILE"] = str(Path(getattr(sys, "_MEIPASS", ".")) / "fontconfig" / "fonts.conf")

from ncdesk.app import main  # noqa: E402

raise SystemExit(main())
