"""Where mail comes from: the `MailSource` protocol and its IMAP and Maildir implementations."""

from intake.sources.base import FetchedMessage, MailboxError, MailSource, UidValidityChanged

__all__ = ["FetchedMessage", "MailSource", "MailboxError", "UidValidityChanged"]
