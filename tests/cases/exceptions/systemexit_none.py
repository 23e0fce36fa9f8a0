print("clean exit")
raise SystemExit(None)
