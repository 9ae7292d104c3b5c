"""The `oms` root group: one entry point for every process and admin task.

Adding a command group: write `cli/<name>.py` defining `COMMANDS = (your_group_or_command, ...)`, then
add its module name to `COMMAND_MODULES` below; that one line is the whole registration. Command
modules import click at the top and everything else (db, jobs, ingress) inside the command body, so
`oms --help` stays fast and a broken optional dependency breaks only its own command. Failures go
through cli/errors.py: one line on stderr and the documented exit code.
"""

from __future__ import annotations

import importlib

import click

from cli.errors import fail
from worker.settings import SettingsError, get_settings

COMMAND_MODULES = (
    "cli.db",
    "cli.tenant",
    "cli.catalog",
    "cli.integration",
    "cli.enqueue",
    "cli.ingress",
    "cli.worker",
    "cli.scheduler",
    "cli.dev",
    "cli.eval",
    "cli.maintenance",
    "cli.review",
    "cli.learning",
    "cli.customers",
    "cli.usage",
    "cli.queues",
    "cli.dlq",
    "cli.demo",
)


@click.group()
@click.version_option(package_name="oms-worker")
def main() -> None:
    """oms-worker: inbound customer messages to orders, with metered AI, for many distributors."""
    from worker.logs import configure_logging

    try:
        s = get_settings()
    except SettingsError as exc:
        fail(f"configuration: {exc}", 2)
    configure_logging(s.log_level, s.log_format)


def register(group: click.Group, modules: tuple[str, ...] = COMMAND_MODULES) -> None:
    """Add every command of every module in `modules` to `group`."""
    for name in modules:
        for command in importlib.import_module(name).COMMANDS:
            group.add_command(command)


register(main)


if __name__ == "__main__":  # pragma: no cover
    main()
