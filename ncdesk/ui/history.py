"""Back and forward through what was opened, like a browser."""

from __future__ import annotations

from dataclasses import dataclass, field

Place = tuple[str, str]  # (kind, record id)


@dataclass
class NavigationHistory:
    limit: int = 200
    _back: list[Place] = field(default_factory=list)
    _forward: list[Place] = field(default_factory=list)
    current: Place | None = None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self.current = place
        self._forward.clear()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Place | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> Place | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current
