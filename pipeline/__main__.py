"""`python -m pipeline` runs the same CLI as the `claims` console script."""

from pipeline.cli import app

app(prog_name="claims")
