"""Use cases, free of Qt: each takes a Session and returns plain data."""
