"""Area commands for the CLI: each module here defines ``register(registry)``.

See ``uppfoljning_desktop.cli`` for the registry (``command``, ``pdf``, ``excel``).
"""
