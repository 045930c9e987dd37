"""Celery tasks of the reports app (discovered by the Celery app); features import theirs here."""
