from __future__ import annotations


def test_main_window_opens_demo(open_window, demo_db_path):
    window = open_window(demo_db_path)
    assert window.nav.isEnabled()
    assert str(demo_db_path.resolve()) in window.path_label.text()
