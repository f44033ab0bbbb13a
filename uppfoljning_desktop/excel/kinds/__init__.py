"""The template kinds of the product, one module each.

A module here defines ``KINDS = [SomeKind()]``; ``excel.spec.get_kind`` finds it by the
name written in a returned file's metadata, so ``uppfoljning excel import`` handles
every kind without a command of its own.
"""
