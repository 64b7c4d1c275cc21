"""Benchmarks, each against its baseline in the same run (`python -m bench.server_bench`, `nox -s bench`)."""
