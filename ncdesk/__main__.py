from ncdesk.cli import main

raise SystemExit(main())
