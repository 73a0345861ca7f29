// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EditActions.h"

#include "base/UserError.h"
#include "project/SongVersions.h"
#include "runners/ComposedTrack.h"
#include "ui/StudioSession.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

#include <random>

namespace cadenza {

namespace {

// The kinds of section a song is extended with, in the order the menu lists them.
constexpr const char* kExtendKinds[] = {"intro", "verse", "chorus", "bridge", "solo", "breakdown", "outro"};

std::uint64_t freshSeed() {
    return std::random_device{}() & 0xffffffffu;
}

} // namespace

EditActions::EditActions(StudioSession& session, QWidget* parent)
    : QObject(parent), session_(session), parent_(parent), undo_(new QAction(tr("&Undo edit"), this)),
      redo_(new QAction(tr("&Redo edit"), this)) {
    undo_->setShortcut(QKeySequence::Undo);
    redo_->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence::Redo});
    connect(undo_, &QAction::triggered, this, [this] {
        if (const auto previous = previousVersion(session_.history(), track_))
            emit selectVersion(*previous);
    });
    connect(redo_, &QAction::triggered, this, [this] {
        if (const auto next = nextVersion(session_.history(), track_))
            emit selectVersion(*next);
    });
    connect(&session_, &StudioSession::jobChanged, this,
            [this](qint64 id, JobStatus status) { jobChanged(id, status); });
    refresh();
}

void EditActions::setTrack(std::int64_t trackId) {
    track_ = trackId;
    refresh();
}

void EditActions::refresh() {
    undo_->setEnabled(track_ > 0 && previousVersion(session_.history(), track_).has_value());
    redo_->setEnabled(track_ > 0 && nextVersion(session_.history(), track_).has_value());
}

bool EditActions::editable() const {
    const auto track = session_.history().track(track_);
    return track && std::filesystem::exists(session_.history().trackFolder(track_) / "score.json");
}

void EditActions::submit(const EditRequest& request) {
    try {
        pending_.insert(session_.edit(request));
    } catch (const UserError& e) {
        emit refused(QString::fromStdString(e.what()));
    }
}

std::unique_ptr<QMenu> EditActions::sectionMenu(int index) {
    if (!editable())
        return nullptr;
    auto menu = std::make_unique<QMenu>(parent_);
    const auto regenerate = [this, index](std::set<EditPart> parts) {
        submit({.track = track_,
                .kind = EditKind::Regenerate,
                .section = index,
                .parts = std::move(parts),
                .seed = freshSeed()});
    };
    menu->addAction(tr("Regenerate the melody"), this, [regenerate] { regenerate({EditPart::Melody}); });
    menu->addAction(tr("Regenerate melody and chords"), this, [regenerate] {
        regenerate({EditPart::Melody, EditPart::Chords});
    });
    menu->addAction(tr("Regenerate everything"), this, [regenerate] {
        regenerate({EditPart::Melody, EditPart::Chords, EditPart::Bass, EditPart::Drums});
    });
    auto* extend = menu->addMenu(tr("Extend after"));
    for (const char* kind : kExtendKinds)
        extend->addAction(QString::fromUtf8(kind), this, [this, index, kind] {
            submit(
                {.track = track_, .kind = EditKind::Extend, .sectionKind = kind, .after = index, .seed = freshSeed()});
        });
    menu->addSeparator();
    menu->addAction(tr("Remove"), this,
                    [this, index] { submit({.track = track_, .kind = EditKind::Remove, .section = index}); });
    return menu;
}

std::unique_ptr<QMenu> EditActions::soundMenu(const QString& group) {
    if (!editable())
        return nullptr;
    const std::string role = group.toStdString(); // a stem of the default arrangement holds one role
    auto menu = std::make_unique<QMenu>(tr("Sound of %1").arg(group), parent_);
    for (const PaletteSound* sound : session_.catalog().palette.forRole(role)) {
        auto* action = menu->addAction(QString::fromStdString(sound->name), this, [this, role, name = sound->name] {
            submit({.track = track_, .kind = EditKind::Sound, .role = role, .sound = name});
        });
        action->setToolTip(QString::fromStdString(sound->character));
    }
    return menu;
}

void EditActions::jobChanged(qint64 id, JobStatus status) {
    if (status == JobStatus::Queued || status == JobStatus::Running || !pending_.contains(id))
        return;
    pending_.erase(id);
    if (const auto job = session_.history().job(id); status == JobStatus::Finished && job && job->resultTrack)
        emit versionReady(*job->resultTrack);
    refresh();
}

} // namespace cadenza
