"""The `oms` command line, above every other package: one module per command group (see cli/main.py)."""
