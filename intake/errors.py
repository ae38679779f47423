"""Domain exceptions: conditions a person (coordinator, operator) must fix.

Expected outcomes of processing a message are values (statuses, problems), never exceptions.
"""


class IntakeError(Exception):
    """Base for errors that stop a command and need a person's attention."""


class ConfigError(IntakeError):
    """The configuration file is missing, unreadable or has a wrong or missing key."""
