"""``cipcheck serve``: the same checks behind a web page for candidates and an HTTP API
for platforms. Imported only by that command: FastAPI costs ~1 s to import."""
