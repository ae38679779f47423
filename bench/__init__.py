"""Benchmarks (`make bench`); they reuse the tests' private Dovecot and aiosmtpd helpers."""
