"""Deliberately broken billing systems. Each is the reference with one classic error, so that a
certification that catches it proves the suite can see that error (and only that error)."""
