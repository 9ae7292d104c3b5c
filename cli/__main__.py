"""`python -m cli ARGS` is `oms ARGS` (how tests, benchmarks and `oms dev` start child processes)."""

from cli.main import main

main(prog_name="oms")
