// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AnalysisPanel.h"
#include "ui/JobMetaTypes.h"
#include "ui/TrackLoader.h"

#include "audio/MixerState.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>
#include <string>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QMenu;
class QPushButton;

namespace cadenza {

class GeneratePanel;
class JobListModel;
class JobPanel;
class LibraryModel;
class StudioSession;
class ArrangementView;
class WaveformView;
class NoteRollView;
class TransportBar;
class RemixPanel;
class EditActions;
class ShareActions;

// The studio's main window: Create on the left; the transport, the arrangement of the song
// and the Library in the middle; the analysis and Remix on the right; the jobs below.
class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(StudioSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    GeneratePanel* generatePanel() const { return generate_; }
    QTableView* libraryView() const { return library_; }
    QLineEdit* searchBox() const { return search_; }
    JobPanel* jobPanel() const { return jobs_; }
    // The whole song's waveform, at the arrangement's top.
    WaveformView* waveformView() const;
    ArrangementView* arrangement() const { return arrangement_; }
    NoteRollView* noteRoll() const { return noteRoll_; }
    TransportBar* transport() const { return transport_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    RemixPanel* remixPanel() const { return remix_; }
    EditActions* editActions() const { return edits_; }
    LibraryModel* libraryModel() const { return libraryModel_; }
    ShareActions* shareActions() const { return share_; }
    // The track of the Library's current row (0 when none).
    qint64 currentTrack() const;
    // Selects a track in the Library (clearing a search that hides it), which loads it.
    void selectTrack(qint64 id);
    // Reads the Library again (a track was added, renamed...), keeping the current track
    // selected without loading it again.
    void reloadLibrary();
    // A track the musician made is ready: it is selected and loaded, unless something is
    // playing; then the status bar offers to open it (resultOffer()).
    void openResult(qint64 id);
    QPushButton* resultOffer() const;

  public slots:
    // The Library's actions on the track under the cursor (deleteTrack asks nothing: the
    // menu's Delete… confirms first).
    void deleteTrack(qint64 id);
    void toggleFavourite(qint64 id);
    // Loads a track in the player and plays it from the start.
    void listenTo(qint64 id);

  protected:
    // Keeps Enter for the text field that has the focus (the prompt generates with it)
    // rather than the transport's Stop.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    // Audio files dropped anywhere on the window are imported as jobs; anything else is
    // refused with a message and changes nothing.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  public:
    // Queues an import per audio file; names the others in a notice (not blocking).
    void importFiles(const QList<QUrl>& urls);
    // The project folders opened before, most recent first (this one included).
    QStringList recentProjects() const;
    // Opens a project folder (its own history) in a new Cadenza window, and remembers it.
    void openProject(const QString& folder);

  private:
    void generate();
    void showJob(qint64 id, JobStatus status, const QString& stage, double progress, const QString& error);
    // Reads the selected track's audio and sections on a pool thread, then shows them.
    void loadSelectedTrack();
    // Shows a track's transcriptions in the note roll (parsed on a pool thread), the one of
    // `stem` first.
    void loadTranscriptions(qint64 id, const QString& stem = {});
    // While a remix is compared with its original, the remix plays at the original's loudness.
    void matchLoudness(qint64 id);
    // Where the track's lanes come from: its stems, or those separated from it.
    LaneSource laneSource(qint64 id) const;
    // Reads the shown track's sections and bars again (its analysis arrived), on a pool thread.
    void showTiming(qint64 id, const std::optional<std::string>& analysis);
    // A recording that ended becomes a track: written to recordings/, then imported.
    void keepRecording(std::shared_ptr<const StereoBuffer> audio);
    // The track open at the last quit, its view and the playhead, kept in the project;
    // restored when the window opens.
    void saveSession();
    void restoreSession();
    // Keeps the loaded track's mixer in the project when it changed (switching tracks, closing).
    void saveMixer();
    // The note roll's transcriptions drawn in their stems' lanes too.
    void showTranscriptionsInLanes();
    // The stem a strip of the mixer plays ("" for an imported track's single "mix" strip).
    std::string stemOfStrip(const QString& strip) const;
    void addLibraryActions();
    void rememberProject(const QString& folder);
    void fillRecentProjects();
    QMenu* recentMenu_ = nullptr;
    QPointer<QPushButton> resultOffer_;
    qint64 loadedTrack_ = 0;
    qint64 mixerTrack_ = 0;                 // the track whose strips the arrangement shows
    std::optional<ComposedFacts> composed_; // its song.json's facts, when it was composed
    std::map<qint64, double> loudness_;     // integrated LUFS of the tracks loaded
    MixerState loadedMixer_;                // as it was restored, to write only a changed one
    bool keepingSelection_ = false;         // reloadLibrary is selecting the track it showed again

    StudioSession& session_;
    LibraryModel* libraryModel_;
    JobListModel* jobModel_;
    QSortFilterProxyModel* libraryFilter_;
    GeneratePanel* generate_;
    QTableView* library_;
    QLineEdit* search_;
    JobPanel* jobs_;
    TransportBar* transport_;
    ArrangementView* arrangement_;
    NoteRollView* noteRoll_;
    AnalysisPanel* analysis_;
    RemixPanel* remix_;
    EditActions* edits_;
    ShareActions* share_ = nullptr;
    struct PendingRemix {
        qint64 original;
        double tempo; // the result's speed over the original's; 0: from the tracks' tempos
    };
    std::map<qint64, PendingRemix> pendingRemixes_; // by job id
    // Where the player resumes once the next track has loaded (comparing before and after).
    struct Resume {
        double position;
        bool playing;
    };
    std::optional<Resume> resume_;
    struct RestoredView {
        qint64 track;
        double start;
        double length;
        double position;
    };
    std::optional<RestoredView> restoredView_; // applied once that track has loaded
    int loadGeneration_ = 0;                   // a newer selection makes older loads stale
};

} // namespace cadenza
