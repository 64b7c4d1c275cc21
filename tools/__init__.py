"""Stage scripts of the pipeline, run by the nox sessions as `python -m tools.NAME`."""
