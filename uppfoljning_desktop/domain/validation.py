"""The small field checks every area's validation uses, worded once in Swedish."""

from __future__ import annotations

import re

from uppfoljning_desktop.errors import FieldError

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def require(value: str, label: str, errors: list[FieldError]) -> None:
    """``label`` must not be empty."""
    if not value.strip():
        errors.append(FieldError(label, "får inte vara tomt"))


def check_email(value: str, label: str, errors: list[FieldError]) -> None:
    """``label`` is empty or an e-mail address."""
    if value.strip() and not EMAIL_RE.match(value.strip()):
        errors.append(FieldError(label, f"\"{value.strip()}\" är ingen giltig e-postadress"))
