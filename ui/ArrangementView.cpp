// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ArrangementView.h"

#include "ui/LaneHeader.h"
#include "ui/LevelMeter.h"

#include "playback/Player.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cadenza {
namespace {

constexpr int kHeaderWidth = 236;
constexpr double kZoomStep = 1.5;

} // namespace

ArrangementView::ArrangementView(Player& player, QWidget* parent)
    : QWidget(parent), player_(player), song_(new WaveformView(this)), canvas_(new ArrangementCanvas(this)),
      headerColumn_(new QVBoxLayout), songFacts_(new QLabel(this)) {
    song_->setFixedHeight(112);
    songFacts_->setWordWrap(true);
    songFacts_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    songFacts_->setContentsMargins(6, 4, 6, 4);
    songFacts_->setFixedWidth(kHeaderWidth);

    auto* headers = new QWidget(this);
    headers->setFixedWidth(kHeaderWidth);
    headerColumn_->setContentsMargins(0, 0, 0, 0);
    headerColumn_->setSpacing(0);
    auto* stemsTitle = new QLabel(tr("<b>Stems</b>"), headers);
    stemsTitle->setFixedHeight(ArrangementCanvas::kHeaderHeight);
    stemsTitle->setContentsMargins(6, 0, 0, 0);
    headerColumn_->addWidget(stemsTitle);
    headerColumn_->setAlignment(Qt::AlignTop);
    headers->setLayout(headerColumn_);

    // The lanes fill the height they are given, and scroll when there are more than fit.
    auto* lanes = new QWidget(this);
    auto* row = new QHBoxLayout(lanes);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(headers);
    row->addWidget(canvas_, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(lanes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(ArrangementCanvas::kHeaderHeight + 2 * ArrangementCanvas::kMinLaneHeight);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(songFacts_, 0, 0);
    grid->addWidget(song_, 0, 1);
    grid->addWidget(scroll, 1, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(1, 1);

    // The two timelines show the same stretch of the song.
    connect(canvas_, &ArrangementCanvas::viewChanged, song_, &WaveformView::setView);
    connect(song_, &WaveformView::viewChanged, canvas_, &ArrangementCanvas::setView);
    connect(canvas_, &ArrangementCanvas::seekRequested, this, &ArrangementView::seekRequested);
    connect(song_, &WaveformView::seekRequested, this, &ArrangementView::seekRequested);
    connect(canvas_, &ArrangementCanvas::loopDragged, this, [this](double start, double end) {
        setLoopRegion(start, end);
        setLoopEnabled(true);
    });
    connect(song_, &WaveformView::loopChanged, this, [this](double start, double end) {
        setLoopRegion(start, end);
        setLoopEnabled(end > start);
    });
    connect(canvas_, &ArrangementCanvas::sectionMenuRequested, this, &ArrangementView::sectionMenuRequested);
    connect(song_, &WaveformView::sectionMenuRequested, this, &ArrangementView::sectionMenuRequested);
    connect(canvas_, &ArrangementCanvas::laneHeightChanged, this, [this](int height) {
        // As tall as the lanes, but never what makes them taller (no minimum).
        for (auto* header : headers_) {
            header->setMinimumHeight(0);
            header->setMaximumHeight(height);
        }
    });
    clear();
}

void ArrangementView::setSong(ArrangementSong song) {
    for (auto* header : headers_)
        header->deleteLater();
    headers_.clear();
    std::vector<LaneContent> lanes;
    for (std::size_t i = 0; i < song.lanes.size(); ++i) {
        auto& lane = song.lanes[i];
        auto* header = new LaneHeader(lane.stem, lane.sound, lane.file, this);
        header->setMaximumHeight(canvas_->laneHeight());
        header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
        header->setBackgroundRole(i % 2 ? QPalette::AlternateBase : QPalette::Base);
        connect(header, &LaneHeader::volumeChanged, this, [this, i](float gain) { player_.setVolume(i, gain); });
        connect(header, &LaneHeader::panChanged, this, [this, i](float pan) { player_.setPan(i, pan); });
        connect(header, &LaneHeader::muteToggled, this, [this, i](bool on) { player_.setMute(i, on); });
        connect(header, &LaneHeader::soloToggled, this, [this, i](bool on) { player_.setSolo(i, on); });
        connect(header, &LaneHeader::soundMenuRequested, this, &ArrangementView::soundMenuRequested);
        headerColumn_->insertWidget(static_cast<int>(i) + 1, header);
        headers_.push_back(header);
        lanes.push_back(std::move(lane.content));
    }
    song_->setTrack(song.mix, song.timing.sections, song.spectrogram);
    canvas_->setSong(std::move(lanes), song.timing.sections, song.timing.grid, song.duration);
    canvas_->setChords(std::move(song.chords));
    showFacts(song.timing);
    setLoopEnabled(false);
}

void ArrangementView::setTiming(const SongTiming& timing) {
    song_->setSections(timing.sections);
    canvas_->setTiming(timing.sections, timing.grid);
    showFacts(timing);
}

void ArrangementView::showFacts(const SongTiming& timing) {
    QStringList facts;
    if (timing.grid.valid())
        facts << tr("%1 BPM · %2")
                     .arg(qRound(timing.grid.quartersPerMinute()))
                     .arg(QString::fromStdString(timing.grid.meter().name()));
    if (!timing.key.isEmpty())
        facts << timing.key;
    facts << tr("%n section(s)", nullptr, static_cast<int>(timing.sections.size())) + " · " +
                 tr("%n stem(s)", nullptr, static_cast<int>(headers_.size()));
    songFacts_->setText(QString("<b>%1</b><br>%2").arg(tr("Song"), facts.join("<br>")));
}

void ArrangementView::clear() {
    setSong({});
    songFacts_->setText(QString("<b>%1</b>").arg(tr("Song")));
}

void ArrangementView::setHeardChords(std::vector<ChordMarker> chords) {
    if (canvas_->chords().empty())
        canvas_->setChords(std::move(chords));
}

bool ArrangementView::setLaneNotes(const QString& stem, std::vector<LaneNote> notes) {
    for (std::size_t i = 0; i < headers_.size(); ++i)
        if (headers_[i]->stem() == stem) {
            canvas_->setLaneNotes(i, std::move(notes));
            return true;
        }
    return false;
}

MixerState ArrangementView::mixer() const {
    MixerState state;
    for (const auto* header : headers_)
        state.strips[header->stem().toStdString()] = {.volumeDb = header->volumeDb(),
                                                      .pan = header->pan(),
                                                      .mute = header->muteButton()->isChecked(),
                                                      .solo = header->soloButton()->isChecked()};
    return state;
}

void ArrangementView::setMixer(const MixerState& state) {
    for (std::size_t i = 0; i < headers_.size(); ++i) {
        const auto found = state.strips.find(headers_[i]->stem().toStdString());
        const StripSettings strip = found == state.strips.end() ? StripSettings{} : found->second;
        headers_[i]->setSettings(strip.volumeDb, strip.pan, strip.mute, strip.solo);
        player_.setVolume(i, volumeGain(strip.volumeDb));
        player_.setPan(i, static_cast<float>(strip.pan));
        player_.setMute(i, strip.mute);
        player_.setSolo(i, strip.solo);
    }
}

void ArrangementView::setPosition(double seconds) {
    canvas_->setPosition(seconds);
    song_->setPosition(seconds);
    const double start = canvas_->viewStart();
    const double length = canvas_->viewLength();
    if (follow_ && player_.playing() && length > 0 && (seconds < start || seconds > start + length))
        canvas_->setView(seconds - 0.02 * length, length); // the next page, the playhead near its left
    for (std::size_t i = 0; i < headers_.size(); ++i)
        headers_[i]->meter()->setPeaks({player_.takePeak(i)});
}

void ArrangementView::zoomBy(double factor) {
    // Around the playhead when it is in view, else around the view's centre.
    const double start = canvas_->viewStart();
    const double length = canvas_->viewLength();
    const double position = canvas_->position();
    const double anchor = position >= start && position <= start + length ? position : start + length / 2;
    canvas_->setView(anchor - (anchor - start) * factor, length * factor);
}

void ArrangementView::zoomIn() {
    zoomBy(1 / kZoomStep);
}

void ArrangementView::zoomOut() {
    zoomBy(kZoomStep);
}

void ArrangementView::zoomToFit() {
    canvas_->setView(0, canvas_->duration());
}

void ArrangementView::setFollowPlayhead(bool follow) {
    follow_ = follow;
}

void ArrangementView::setLoopRegion(double start, double end) {
    canvas_->setLoop(start, end);
    song_->setLoop(start, end);
}

void ArrangementView::setLoopEnabled(bool on) {
    if (on && canvas_->loopEnd() <= canvas_->loopStart()) {
        // No region yet: the section playing, or the whole song.
        const auto& sections = canvas_->sections();
        const int index = canvas_->sectionAt(canvas_->position());
        if (index >= 0)
            setLoopRegion(sections[static_cast<std::size_t>(index)].start,
                          sections[static_cast<std::size_t>(index)].end);
        else
            setLoopRegion(0, canvas_->duration());
    }
    on = on && canvas_->loopEnd() > canvas_->loopStart();
    if (on)
        player_.setLoop(canvas_->loopStart(), canvas_->loopEnd());
    else
        player_.setLoop(0, 0);
    if (on != loopEnabled_) {
        loopEnabled_ = on;
        emit loopEnabledChanged(on);
    }
}

} // namespace cadenza
