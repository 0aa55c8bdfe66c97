"""The figures of the Loyalty section, from the stored report: who to win back, the
lifecycle funnel, the RFM segments, the tiers, and the programme report.

``LoyaltyFiguresView.set_report(report)`` fills every table from a
loyalty_report.LoyaltyReport (no query: the report is already read). Each count is a
link to its contacts: the view passes on the tables' ``listRequested(query, title)``;
the "Win back lapsed customers…" button asks for the Lapsed list with ``winBackRequested``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import Lifecycle
from ..services.loyalty_report import ListQuery, LoyaltyReport
from .loyalty_tables import (
    LIFECYCLE_NAMES,
    SEGMENT_NAMES,
    FigureTable,
    LinkFiguresModel,
    name_of,
)


def _nonzero(links: dict[int, Any], row: tuple[Any, ...]) -> dict[int, Any]:
    """The links of a row whose counts are not zero (an empty list opens nothing)."""
    return {column: link for column, link in links.items() if row[column]}


class LoyaltyFiguresView(QScrollArea):
    """The stored figures, in tables whose counts open their contacts."""

    listRequested = Signal(object, str)  # noqa: N815 - Qt's naming
    winBackRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyalty-figures")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.report: LoyaltyReport | None = None

        self.funnel_model = LinkFiguresModel([
            (self.tr("Status"), "text"), (self.tr("Customers"), "link"),
            (self.tr("Moved in this month"), "link"), (self.tr("Moved out"), "link")], self)
        self.segments_model = LinkFiguresModel([
            (self.tr("Segment"), "text"), (self.tr("Customers"), "link"),
            (self.tr("Revenue"), "money"), (self.tr("Average order"), "money")], self)
        self.tiers_model = LinkFiguresModel([
            (self.tr("Tier"), "text"), (self.tr("Members"), "link"),
            (self.tr("Repeat purchase"), "percent")], self)
        self.revenue_model = LinkFiguresModel([
            (self.tr("Customers"), "text"), (self.tr("Revenue, 12 months"), "money"),
            (self.tr("Buyers"), "int"), (self.tr("Per buyer"), "money")], self)
        self.points_model = LinkFiguresModel([
            (self.tr("Points"), "text"), (self.tr("Last 12 months"), "int"),
            (self.tr("All time"), "int")], self)
        self.costs_model = LinkFiguresModel([
            (self.tr("Rewards"), "text"), (self.tr("Last 12 months"), "money"),
            (self.tr("All time"), "money")], self)

        self.funnel = FigureTable(self.funnel_model, "loyalty-funnel")
        self.segments = FigureTable(self.segments_model, "loyalty-segments")
        self.tiers = FigureTable(self.tiers_model, "loyalty-tiers")
        for table in (self.funnel, self.segments, self.tiers):
            table.listRequested.connect(self.listRequested)
        # No links in these: the same look and height as their neighbours.
        self.revenue = FigureTable(self.revenue_model, "loyalty-revenue")
        self.points = FigureTable(self.points_model, "loyalty-points")
        self.costs = FigureTable(self.costs_model, "loyalty-costs")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._win_back_box())
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        left = QVBoxLayout()
        self._caption(left, self.tr("Lifecycle"), self.tr(
            "Where customers stand by their purchases, and who moved this month."))
        left.addWidget(self.funnel)
        self._caption(left, self.tr("RFM segments"), self.tr(
            "Recency, frequency and monetary value; revenue is all their purchases."))
        left.addWidget(self.segments)
        left.addStretch(1)
        right = QVBoxLayout()
        self._caption(right, self.tr("Tiers"), self.tr(
            "Programme members by tier; repeat purchase: the share with two or more "
            "purchases in the last 12 months."))
        right.addWidget(self.tiers)
        self._caption(right, self.tr("Programme report"), self.tr(
            "Does the programme pay? Members against everyone else, and what rewards cost."))
        for table in (self.revenue, self.points, self.costs):
            right.addWidget(table)
            right.addSpacing(6)
        self.outstanding = QLabel()
        self.outstanding.setObjectName("loyalty-outstanding")
        self.outstanding.setWordWrap(True)
        right.addWidget(self.outstanding)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(content)

    # Building --------------------------------------------------------------------------
    def _win_back_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("win-back-box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.win_back_text = QLabel()
        self.win_back_text.setWordWrap(True)
        self.win_back_text.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        self.win_back_button = QPushButton(self.tr("Win back lapsed customers…"))
        self.win_back_button.setObjectName("win-back")
        font = QFont(self.win_back_button.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.win_back_button.setFont(font)
        self.win_back_button.setDefault(True)
        self.win_back_button.setMinimumHeight(36)
        self.win_back_button.clicked.connect(self.winBackRequested)
        row = QHBoxLayout(box)
        row.addWidget(self.win_back_text, 1)
        row.addWidget(self.win_back_button)
        return box

    def _caption(self, layout: QVBoxLayout, title: str, hint: str) -> None:
        caption = QLabel(f"<b>{title}</b>")
        caption.setToolTip(hint)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        layout.addSpacing(8)
        layout.addWidget(caption)
        layout.addWidget(note)

    # Filling ---------------------------------------------------------------------------
    def set_report(self, report: LoyaltyReport) -> None:
        self.report = report
        currency = report.currency
        first = report.month
        month = QLocale().toString(QDate(first.year, first.month, first.day), "MMMM yyyy")
        lapsed = next((f.count for f in report.funnel if f.status is Lifecycle.LAPSED), 0)
        self.win_back_text.setText(self.tr(
            "%Ln lapsed customer(s) have not bought for a long time: reactivation "
            "candidates. Create a follow-up for each, log a campaign, or export those "
            "who opted in for a mailing.", "", lapsed) if lapsed else self.tr(
            "No lapsed customers: nobody to win back right now."))
        self.win_back_button.setEnabled(lapsed > 0)

        rows: list[tuple[Any, ...]] = []
        links: list[dict[int, Any]] = []
        for step in report.funnel:
            name = name_of(LIFECYCLE_NAMES, step.status.value)
            rows.append((name, step.count, step.moved_in, step.moved_out))
            links.append(_nonzero(self._funnel_links(step.status.value, name, month, report),
                                  rows[-1]))
        self.funnel_model.set_rows(rows, links, currency)

        rows, links = [], []
        for seg in report.segments:
            name = name_of(SEGMENT_NAMES, seg.segment.value)
            rows.append((name, seg.count, seg.revenue_minor if seg.count else None,
                         seg.aov_minor))
            links.append(_nonzero({1: (ListQuery("segment", seg.segment.value), name)},
                                  rows[-1]))
        self.segments_model.set_rows(rows, links, currency)

        rows, links = [], []
        for tier in report.tiers:
            name = (tier.name or "") if tier.tier_id is not None else self.tr("No tier")
            rows.append((name, tier.members, tier.repeat_rate))
            title = self.tr("Members in {tier}").format(tier=name) if tier.tier_id is not None \
                else self.tr("Members with no tier")
            links.append(_nonzero({1: (ListQuery("tier", tier.tier_id), title)}, rows[-1]))
        self.tiers_model.set_rows(rows, links, currency)

        m, o = report.members_revenue, report.others_revenue
        self._fill(self.revenue, [
            (self.tr("Members"), m.revenue_minor, m.buyers, m.per_customer_minor),
            (self.tr("Non-members"), o.revenue_minor, o.buyers, o.per_customer_minor)],
            currency)
        recent, ever = report.points_12m, report.points_all
        self._fill(self.points, [
            (self.tr("Issued"), recent.issued, ever.issued),
            (self.tr("Redeemed"), recent.redeemed, ever.redeemed),
            (self.tr("Expired"), recent.expired, ever.expired),
            (self.tr("Corrections (net)"), recent.corrections, ever.corrections)], currency)
        self._fill(self.costs, [(self.tr("Cost of rewards"), recent.reward_cost_minor,
                                 ever.reward_cost_minor)], currency)
        self.outstanding.setText(self.tr(
            "Customers hold %1 points. Programme members: %2.")
            .replace("%1", QLocale().toString(report.points_outstanding))
            .replace("%2", QLocale().toString(report.members)))

    def _funnel_links(self, status: str, name: str, month: str,
                      report: LoyaltyReport) -> dict[int, Any]:
        return {
            1: (ListQuery("lifecycle", status), name),
            2: (ListQuery("moved_into", status, report.month),
                self.tr("Moved into {status} in {month}").format(status=name, month=month)),
            3: (ListQuery("moved_out", status, report.month),
                self.tr("Moved out of {status} in {month}").format(status=name, month=month)),
        }

    def _fill(self, table: FigureTable, rows: list[tuple[Any, ...]], currency: str | None
              ) -> None:
        table.figures.set_rows(rows, [{} for _ in rows], currency)
