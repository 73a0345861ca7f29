// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace cadenza {

// The Library's order: songs sorted by the chosen column, each followed by its other takes,
// versions, remixes and stems, oldest first whichever way the column sorts (LibraryModel's
// SongRole says which song a row belongs to). The search box filters every row on its own.
class LibrarySortProxy : public QSortFilterProxyModel {
    Q_OBJECT

  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

  protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

// Draws a row that belongs to a song above it indented under that song, with a line joining
// it to its song, so that a song's takes and versions read as one group.
class LibraryTitleDelegate : public QStyledItemDelegate {
    Q_OBJECT

  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kIndent = 22;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cadenza
