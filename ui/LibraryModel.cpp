// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryModel.h"

#include "project/SongVersions.h"
#include "ui/CoverCache.h"

#include <QDateTime>

#include <QMimeData>
#include <QUrl>
#include <algorithm>
#include <map>

namespace cadenza {

LibraryModel::LibraryModel(const ProjectDatabase& history, QObject* parent)
    : QAbstractTableModel(parent), history_(history), covers_(new CoverCache(history, 52, this)) {
    reload();
    connect(covers_, &CoverCache::coverReady, this, [this](qint64 trackId) {
        for (std::size_t row = 0; row < tracks_.size(); ++row)
            if (tracks_[row].id == trackId)
                emit dataChanged(index(static_cast<int>(row), Title), index(static_cast<int>(row), Title),
                                 {Qt::DecorationRole});
    });
}

void LibraryModel::reload() {
    beginResetModel();
    tracks_ = history_.tracks();
    songs_ = songGroups(history_);
    rows_.clear();
    for (std::size_t row = 0; row < tracks_.size(); ++row)
        rows_[tracks_[row].id] = static_cast<int>(row);
    // Takes of one prompt are numbered in the order they were made.
    takeNumbers_.clear();
    std::map<std::int64_t, std::vector<std::int64_t>> groups;
    for (const auto& t : tracks_)
        if (t.takeGroup)
            groups[*t.takeGroup].push_back(t.id);
    for (auto& [group, ids] : groups) {
        if (ids.size() < 2)
            continue;
        std::sort(ids.begin(), ids.end());
        for (std::size_t i = 0; i < ids.size(); ++i)
            takeNumbers_[ids[i]] = static_cast<int>(i) + 1;
    }
    endResetModel();
}

int LibraryModel::rowOf(std::int64_t trackId) const {
    const auto row = rows_.find(trackId);
    return row == rows_.end() ? -1 : row->second;
}

std::int64_t LibraryModel::songOf(std::int64_t trackId) const {
    const auto song = songs_.find(trackId);
    return song == songs_.end() ? trackId : song->second;
}

QString LibraryModel::fullTitle(const TrackRecord& track) const {
    if (const auto take = takeNumbers_.find(track.id); take != takeNumbers_.end())
        return tr("%1 (take %2)").arg(QString::fromStdString(track.title)).arg(take->second);
    return QString::fromStdString(track.title);
}

QString LibraryModel::shownTitle(const TrackRecord& track) const {
    const QString full = fullTitle(track);
    const int songRow = rowOf(songOf(track.id));
    if (songRow < 0 || tracks_[static_cast<std::size_t>(songRow)].id == track.id)
        return full;
    // Under its song, a take, version or remix shows what sets it apart: "Sunset Drive
    // (verse 1 regenerated) (lead as grand-piano)" -> "verse 1 regenerated · lead as grand-piano".
    const QString song = QString::fromStdString(tracks_[static_cast<std::size_t>(songRow)].title);
    QString rest = full.startsWith(song) ? full.mid(song.size()).trimmed() : QString();
    if (!rest.startsWith('(') || !rest.endsWith(')'))
        return full;
    rest = rest.mid(1, rest.size() - 2).replace(") (", " · ");
    return rest.isEmpty() ? full : rest;
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(tracks_.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto& t = track(index.row());
    if (role == TrackIdRole)
        return QVariant::fromValue(static_cast<qint64>(t.id));
    if (role == FullTitleRole)
        return fullTitle(t);
    if (role == SongRole)
        return QVariant::fromValue(static_cast<qint64>(songOf(t.id)));
    if (role == Qt::DecorationRole && index.column() == Title) {
        const QPixmap cover = covers_->cover(t);
        return cover.isNull() ? QVariant() : QVariant(cover);
    }
    if (role == Qt::ToolTipRole && index.column() == Title) {
        QStringList said;
        if (songOf(t.id) != t.id) // the row shows what sets it apart: the tip says it whole
            said << fullTitle(t);
        if (!t.prompt.empty())
            said << tr("Made from “%1”").arg(QString::fromStdString(t.prompt));
        return said.isEmpty() ? QVariant() : QVariant(said.join('\n'));
    }
    if (role == SearchRole) {
        if (index.column() == Title) // the whole title, though a version shows only its part
            return fullTitle(t) + '\n' + QString::fromStdString(t.prompt);
        return data(index, Qt::DisplayRole);
    }
    const bool sorting = role == SortRole;
    if (role != Qt::DisplayRole && !sorting)
        return {};
    switch (index.column()) {
    case Favourite:
        return t.favourite ? QString::fromUtf8("★") : QString();
    case Title:
        return sorting ? QString::fromStdString(t.title) : shownTitle(t);
    case Source:
        switch (t.source) {
        case TrackSource::Generated:
            return tr("generated");
        case TrackSource::Imported:
            return tr("imported");
        case TrackSource::Derived:
            return tr("derived");
        }
        return {};
    case Genre:
        return QString::fromStdString(t.genre);
    case Mood:
        return QString::fromStdString(t.mood);
    case Tempo:
        if (sorting || t.tempo <= 0) // an imported track has no tempo until it is analysed
            return sorting ? QVariant(t.tempo) : QVariant();
        return tr("%1 BPM").arg(t.tempo, 0, 'f', 0);
    case Key:
        return QString::fromStdString(t.key);
    case Duration: {
        const int seconds = static_cast<int>(std::lround(t.duration));
        return sorting ? QVariant(t.duration)
                       : QVariant(QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0')));
    }
    case Created: {
        const auto when = QDateTime::fromString(QString::fromStdString(t.created), Qt::ISODateWithMs).toLocalTime();
        return sorting ? QVariant(when) : QVariant(when.toString("yyyy-MM-dd HH:mm"));
    }
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Favourite:
        return QString::fromUtf8("★");
    case Title:
        return tr("Title");
    case Source:
        return tr("Source");
    case Genre:
        return tr("Genre");
    case Mood:
        return tr("Mood");
    case Tempo:
        return tr("Tempo");
    case Key:
        return tr("Key");
    case Duration:
        return tr("Length");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList LibraryModel::mimeTypes() const {
    return {"text/uri-list"};
}

QMimeData* LibraryModel::mimeData(const QModelIndexList& indexes) const {
    QList<QUrl> urls;
    for (const auto& index : indexes)
        if (index.column() == 0) {
            const auto file = history_.trackFolder(track(index.row()).id) / "song.wav";
            urls.push_back(QUrl::fromLocalFile(QString::fromStdString(file.string())));
        }
    auto* data = new QMimeData; // Qt's drag takes ownership
    data->setUrls(urls);
    return data;
}

} // namespace cadenza
