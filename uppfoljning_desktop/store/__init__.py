"""Everything SQLite: the connection, migrations, backups and one repository module per
area. Repository functions take a ``sqlite_utils.Database`` first and return domain
objects; each user action is one transaction (``with db.atomic():``).
"""
