"""Plain dataclasses and rules of the secretary's world. No Qt, no SQL, no files."""
