"""One app-level signal hub: services return what changed, the UI announces it here.

Views listen and refresh only what they show (Anki's OpChanges, in small). Every user
action that writes (a save, a delete, a merge, a logged call, a completed task, an
undo or redo of one) ends by emitting the matching signal, so the contact list, the
contact page, the agenda and the status bar stay in step without knowing each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    """Emitted on the GUI thread after a unit of work has committed."""

    # Contacts were created, edited, deleted, restored or merged (their ids).
    contactsChanged = Signal(object)  # set[int]
    # Interactions of a contact were logged, edited or deleted (the contact's id).
    interactionsChanged = Signal(int)
    # Tasks were created, completed, snoozed, rescheduled, reassigned or deleted.
    tasksChanged = Signal()
    # Deals were created, edited, moved, deleted or restored: the ids of the stages whose
    # columns changed (an empty set: any stage, reload everything shown).
    dealsChanged = Signal(object)  # frozenset[int]
    # An import was stored or undone (what customers bought may have changed: the
    # main window starts a recompute of the loyalty standings).
    importsChanged = Signal()
    # Purchases, points, memberships or the programme changed (empty set: reload all).
    loyaltyChanged = Signal(object)  # set of contact ids
