// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryGrouping.h"

#include "ui/LibraryModel.h"

#include <QApplication>
#include <QPainter>

namespace cadenza {
namespace {

qint64 trackId(const QModelIndex& index) {
    return index.data(LibraryModel::TrackIdRole).toLongLong();
}

qint64 songId(const QModelIndex& index) {
    return index.data(LibraryModel::SongRole).toLongLong();
}

bool belongsToAnother(const QModelIndex& index) {
    return songId(index) != trackId(index);
}

} // namespace

bool LibrarySortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const qint64 leftSong = songId(left);
    const qint64 rightSong = songId(right);
    if (leftSong == rightSong) // within a song, oldest first in either order
        return sortOrder() == Qt::AscendingOrder ? trackId(left) < trackId(right) : trackId(left) > trackId(right);
    const auto& library = static_cast<const LibraryModel&>(*sourceModel());
    const QModelIndex leftHead = library.index(library.rowOf(leftSong), left.column());
    const QModelIndex rightHead = library.index(library.rowOf(rightSong), right.column());
    if (QSortFilterProxyModel::lessThan(leftHead, rightHead))
        return true;
    if (QSortFilterProxyModel::lessThan(rightHead, leftHead))
        return false;
    return leftSong < rightSong; // equal values: the songs stay apart
}

void LibraryTitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    if (!belongsToAnother(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    // The indent gets the row's background, so that a selected row is selected across.
    QStyleOptionViewItem gap(item);
    gap.rect.setWidth(kIndent);
    gap.text.clear();
    gap.icon = QIcon();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &gap, painter, option.widget);
    painter->save();
    QColor line = option.palette.color(QPalette::Text);
    line.setAlphaF(0.45F);
    painter->setPen(QPen(line, 1.5));
    const int x = option.rect.left() + kIndent / 2;
    const int middle = option.rect.center().y();
    painter->drawLine(x, option.rect.top(), x, middle);
    painter->drawLine(x, middle, option.rect.left() + kIndent - 3, middle);
    painter->restore();
    item.rect.setLeft(option.rect.left() + kIndent);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
}

QSize LibraryTitleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (belongsToAnother(index))
        size.rwidth() += kIndent;
    return size;
}

} // namespace cadenza
