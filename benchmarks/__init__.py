"""Benchmarks: `make bench` (or `python -m benchmarks`) runs them and prints a table."""
