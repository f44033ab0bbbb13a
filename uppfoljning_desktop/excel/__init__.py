"""Excel templates out and returned workbooks in (openpyxl). No Qt.

One machinery serves every template kind (goal outcomes, activities, delegation lists):
templates are written fresh each time, returned files are only read, never re-saved.
"""
