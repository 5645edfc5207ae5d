from compliance_desk.cli import main

raise SystemExit(main())
