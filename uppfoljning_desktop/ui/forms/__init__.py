"""GENERATED: Python classes compiled from ``forms/*.ui`` by ``pyside6-uic``.

Do not edit the ``*_ui.py`` files; edit the ``.ui`` file and run ``make forms``.
They are excluded from lint and coverage; ``tests/ui/test_forms.py`` fails when one is
out of date.
"""
