"""Printed documents (ReportLab), one module per document family.

Every document is built with ``reports.base``: one embedded font (Liberation Sans,
covering å, ä, ö), one set of styles, one letterhead with the administration's footer,
page numbers "1 (3)", and PDF metadata (title, author, language sv-SE).
"""
