"""Every migration of this version, (set, name) in the order they are applied.

Opening a database only needs to know whether it is up to date; asking the migration
sets themselves imports every store module (about 0,2 s of the window's start). This
list answers at once; ``tests/store/test_migrations.py`` fails, printing the list to paste
here, when it and the sets disagree (a new migration was added).
"""

ALL: tuple[tuple[str, str], ...] = (
    ("organisation", "m001_organisation"),
    ("meetings", "m001_meetings"),
    ("minutes_debate", "m001_debate"),
    ("schedule", "m001_schedule"),
    ("schedule", "m002_cancelled_events"),
    ("goals", "m001_goals"),
    ("excel", "m001_excel"),
    ("delegation", "m001_delegation"),
    ("delegation", "m002_delegation_filter_indexes"),
    ("crisis", "m001_crisis"),
    ("crisis", "m002_crisis_no_replace"),
    ("lifecycle", "m001_meeting_lifecycle"),
    ("lifecycle", "m002_debate_locked"),
    ("publication", "m001_publication"),
    ("seals", "m001_seals"),
)
