"""What every window and page gets: the service context, the task runner, the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.context import AppContext
from desktop.ui.tasks import ChangeBus, TaskRunner

__all__ = ["ChangeBus", "UiContext"]


@dataclass
class UiContext:
    app: AppContext
    tasks: TaskRunner

    @property
    def bus(self) -> ChangeBus:
        """The app's one change bus, the task runner's (it emits after each task)."""
        return self.tasks.bus
