"""Signals courses sends for apps that build on it (one-way dependencies: courses cannot import assessments).

`learning_record_changed` is sent explicitly by the services that change what a learner's result is made of
(attendance, lesson completion), after the change commits. Receivers get `learner` and `course_id`.
"""

from django.db import transaction
from django.dispatch import Signal

learning_record_changed = Signal()


def announce_learning_record_changed(*, learner, course_id: int) -> None:
    transaction.on_commit(lambda: learning_record_changed.send(sender=None, learner=learner, course_id=course_id))
