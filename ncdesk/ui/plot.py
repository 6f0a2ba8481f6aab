"""Communications per year, by situation: stacked bars drawn with QPainter (no plotting library)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ncdesk.ui.signals import emit

PALETTE = ["#1f5fa8", "#d9822b", "#3a8f5c", "#a83a5a", "#7057a8", "#8c6d31", "#2b8fa3", "#6b6b6b"]


class FindingsPlot(QWidget):
    """Stacked bars: one per year, one colour per situation. Clicking a bar picks its year."""

    year_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(150)
        self.data: list[tuple[int, str, int]] = []
        self.situations: list[str] = []
        self.years: list[int] = []
        self._bars: list[tuple[QRectF, int]] = []
        self.setToolTip(self.tr("Communications on non-cooperation per year, by situation. Click a bar to filter."))

    def sizeHint(self) -> QSize:
        return QSize(600, 170)

    def set_data(self, data: list[tuple[int, str, int]]) -> None:
        self.setToolTip(self.tr("Communications on non-cooperation per year, by situation. Click a bar to filter."))
        self.data = data
        self.situations = sorted({s for _, s, _ in data})
        self.years = list(range(min(y for y, _, _ in data), max(y for y, _, _ in data) + 1)) if data else []
        self.update()

    def totals(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for year, _, n in self.data:
            out[year] = out.get(year, 0) + n
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._bars = []
        if not self.years:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No communications recorded."))
            return
        # Laid out left to right, then mirrored right to left (Arabic): the years run from right
        # to left, the counts stand on the right, the legend on the left.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        total_w = self.width()

        def at(rect: QRectF) -> QRectF:
            return QRectF(total_w - rect.right(), rect.top(), rect.width(), rect.height()) if rtl else rect

        def x(value: float) -> int:
            return int(total_w - value) if rtl else int(value)

        near = Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        far = Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        fm = p.fontMetrics()
        legend_w = min(260, max((fm.horizontalAdvance(s) for s in self.situations), default=0) + 24)
        left, top, bottom = 28, 10, fm.height() + 8
        plot = QRectF(left, top, max(10, self.width() - left - legend_w - 16), max(10, self.height() - top - bottom))
        totals = self.totals()
        peak = max(totals.values()) or 1
        p.setPen(QPen(self.palette().mid().color()))
        p.drawLine(x(plot.left()), int(plot.bottom()), x(plot.right()), int(plot.bottom()))
        for tick in range(0, peak + 1, max(1, peak // 4)):
            y = plot.bottom() - plot.height() * tick / peak
            p.setPen(QPen(QColor("#e3e6ea")))
            p.drawLine(x(plot.left()), int(y), x(plot.right()), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(at(QRectF(0, y - fm.height() / 2, left - 4, fm.height())), near, str(tick))
        slot = plot.width() / len(self.years)
        width = max(2.0, slot * 0.7)
        counts = {(y, s): n for y, s, n in self.data}
        label_every = max(1, int(fm.horizontalAdvance("2000 ") // max(slot, 1)) + 1)
        for i, year in enumerate(self.years):
            bar_x = plot.left() + i * slot + (slot - width) / 2
            base = plot.bottom()
            for j, situation in enumerate(self.situations):
                n = counts.get((year, situation), 0)
                if not n:
                    continue
                h = plot.height() * n / peak
                p.fillRect(at(QRectF(bar_x, base - h, width, h)), QColor(PALETTE[j % len(PALETTE)]))
                base -= h
            self._bars.append((at(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height() + bottom)), year))
            if i % label_every == 0:
                p.setPen(self.palette().text().color())
                p.drawText(
                    at(QRectF(plot.left() + i * slot - 10, plot.bottom() + 2, slot + 20, fm.height())),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(year),
                )
        lx = plot.right() + 16
        for j, situation in enumerate(self.situations):
            ly = top + j * (fm.height() + 3)
            p.fillRect(at(QRectF(lx, ly + 3, 10, fm.height() - 6)), QColor(PALETTE[j % len(PALETTE)]))
            p.setPen(self.palette().text().color())
            name = fm.elidedText(situation, Qt.TextElideMode.ElideRight, int(legend_w - 16))
            # A name as the records give it, in one piece inside a right-to-left line.
            p.drawText(at(QRectF(lx + 16, ly, legend_w - 16, fm.height())), far, f"\u2068{name}\u2069" if rtl else name)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for rect, year in self._bars:
            if rect.contains(event.position()):
                emit(self.year_clicked, year)
                return
        super().mousePressEvent(event)
