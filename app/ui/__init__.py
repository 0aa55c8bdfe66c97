"""The window: PySide6 widgets, item models, dialogs and workers. Thin over the services."""
