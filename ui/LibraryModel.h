// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectDatabase.h"

#include <QAbstractTableModel>

#include <map>

namespace cadenza {

class CoverCache;

// The tracks of the project history as a table: title (with the cover beside it; the
// prompt of a generated song as its tooltip), source, genre, mood, tempo, key, duration and date. Sorting and filtering
// are a QSortFilterProxyModel's job.
class LibraryModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Favourite, Title, Source, Genre, Mood, Tempo, Key, Duration, Created, ColumnCount };
    enum Role {
        TrackIdRole = Qt::UserRole, // the track's id, as qint64
        SortRole,                   // raw values, so that numbers sort as numbers
        SearchRole,                 // what the search box looks in: the shown text (the whole title), and the prompt
        SongRole,                   // the id of the song the track belongs to (songGroups), as qint64
        FullTitleRole,              // the whole title with its take number, where a version shows only its part
    };

    explicit LibraryModel(const ProjectDatabase& history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Tracks drag out of the Library as their song.wav, for a file manager or a DAW.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    const TrackRecord& track(int row) const { return tracks_.at(static_cast<std::size_t>(row)); }
    // The row of a track, or -1.
    int rowOf(std::int64_t trackId) const;
    CoverCache& covers() const { return *covers_; }

  public slots:
    void reload();

  private:
    std::int64_t songOf(std::int64_t trackId) const;
    QString fullTitle(const TrackRecord& track) const; // with its take number
    QString shownTitle(const TrackRecord& track) const;

    const ProjectDatabase& history_;
    std::vector<TrackRecord> tracks_;
    std::map<std::int64_t, int> takeNumbers_;    // by track: its number among its prompt's takes
    std::map<std::int64_t, std::int64_t> songs_; // by track: the song it belongs to
    std::map<std::int64_t, int> rows_;           // by track: its row
    CoverCache* covers_;                         // a child of the model
};

} // namespace cadenza
