print("about to exit with a message")
raise SystemExit("fatal: configuration missing")
