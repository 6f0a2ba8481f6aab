from ncdesk.app import main

raise SystemExit(main())
