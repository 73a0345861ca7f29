// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "base/UserError.h"
#include "ui/AnalysisPanel.h"
#include "ui/ArrangementView.h"
#include "ui/EditActions.h"
#include "ui/GeneratePanel.h"
#include "ui/GuiThread.h"
#include "ui/JobListModel.h"
#include "ui/JobPanel.h"
#include "ui/LibraryGrouping.h"
#include "ui/LibraryModel.h"
#include "ui/ModelsDialog.h"
#include "ui/NoteRollView.h"
#include "ui/PreferencesDialog.h"
#include "ui/RemixPanel.h"
#include "ui/ShareActions.h"
#include "ui/StudioSession.h"
#include "ui/Theme.h"
#include "ui/TrackLoader.h"
#include "ui/TransportBar.h"
#include "ui/WaveformView.h"

#include "audio/AudioFile.h"
#include "audio/AudioImport.h"
#include "audio/Loudness.h"
#include "audio/OutputTransaction.h"
#include "runners/TranscribeJob.h"

#include <nlohmann/json.hpp>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cadenza {

MainWindow::MainWindow(StudioSession& session, QWidget* parent)
    : QMainWindow(parent), session_(session), libraryModel_(new LibraryModel(session.history(), this)),
      jobModel_(new JobListModel(session.history(), this)), libraryFilter_(new LibrarySortProxy(this)),
      generate_(new GeneratePanel(session.catalog(), session.engines(), this)), library_(new QTableView(this)),
      search_(new QLineEdit(this)), jobs_(new JobPanel(*jobModel_, session.jobs(), this)),
      transport_(new TransportBar(this)), arrangement_(new ArrangementView(transport_->player(), this)),
      noteRoll_(new NoteRollView(this)), analysis_(new AnalysisPanel(this)), remix_(new RemixPanel(this)) {
    QStringList genreIds, genreNames;
    for (const auto& genre : session.catalog().genres) {
        genreIds << QString::fromStdString(genre.id);
        genreNames << QString::fromStdString(genre.name);
    }
    remix_->setGenres(genreIds, genreNames);
    QStringList presetNames, presetDescriptions;
    for (const auto& preset : session.catalog().effectPresets) {
        presetNames << QString::fromStdString(preset.name);
        presetDescriptions << QString::fromStdString(preset.description);
    }
    remix_->setPresets(presetNames, presetDescriptions);
    setWindowTitle(tr("Cadenza"));
    setAcceptDrops(true);

    libraryFilter_->setSourceModel(libraryModel_);
    libraryFilter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    libraryFilter_->setFilterKeyColumn(-1); // search every column
    libraryFilter_->setFilterRole(LibraryModel::SearchRole);
    libraryFilter_->setSortRole(LibraryModel::SortRole);
    library_->setModel(libraryFilter_);
    library_->setSortingEnabled(true);
    library_->sortByColumn(LibraryModel::Created, Qt::DescendingOrder);
    library_->setSelectionBehavior(QAbstractItemView::SelectRows);
    library_->verticalHeader()->hide();
    library_->setDragEnabled(true);
    library_->setDragDropMode(QAbstractItemView::DragOnly);
    library_->setWordWrap(false);
    library_->setIconSize(QSize(52, 52)); // the covers, large enough to know them by
    library_->setItemDelegateForColumn(LibraryModel::Title, new LibraryTitleDelegate(library_));
    library_->verticalHeader()->setDefaultSectionSize(58);
    library_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The title (with its cover) keeps a readable width; in a narrow window the table
    // scrolls sideways rather than eliding every title, and in a wide one the last
    // column takes what is left.
    library_->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Interactive);
    library_->horizontalHeader()->resizeSection(LibraryModel::Title, 250);
    library_->horizontalHeader()->setStretchLastSection(true);
    search_->setPlaceholderText(tr("Search the library: title, prompt, genre, mood, key…"));
    search_->setClearButtonEnabled(true);
    connect(search_, &QLineEdit::textChanged, libraryFilter_, &QSortFilterProxyModel::setFilterFixedString);

    auto* libraryPane = new QWidget(this);
    auto* libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(6, 6, 6, 0);
    libraryLayout->addWidget(new QLabel(tr("<b>Library</b>"), libraryPane));
    libraryLayout->addWidget(search_);
    libraryLayout->addWidget(library_);

    // Left: Create over the Library. Centre: the transport over the song's arrangement.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(generate_);
    left->addWidget(libraryPane);
    left->setStretchFactor(1, 1);
    left->setMaximumWidth(380);
    auto* centre = new QSplitter(Qt::Vertical, this);
    auto* song = new QWidget(this);
    auto* songLayout = new QVBoxLayout(song);
    songLayout->setContentsMargins(0, 0, 0, 0);
    songLayout->setSpacing(0);
    songLayout->addWidget(transport_);
    songLayout->addWidget(arrangement_, 1);
    centre->addWidget(song);
    centre->addWidget(noteRoll_);
    centre->setStretchFactor(0, 3);
    noteRoll_->hide(); // until the track has a transcription
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(centre);
    auto* tools = new QSplitter(Qt::Vertical, this);
    // The analysis can be longer than a small window is tall: it scrolls rather than clips.
    auto* analysisScroll = new QScrollArea(this);
    analysisScroll->setWidget(analysis_);
    analysisScroll->setWidgetResizable(true);
    analysisScroll->setFrameShape(QFrame::NoFrame);
    tools->addWidget(analysisScroll);
    tools->addWidget(remix_);
    tools->setMinimumWidth(240);
    tools->setMaximumWidth(340);
    top->addWidget(tools);
    top->setStretchFactor(1, 1);
    top->setSizes({340, 900, 300}); // the Library wide enough for its titles; the rest to the song
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(jobs_);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    setCentralWidget(main);

    share_ = new ShareActions(*this, session_);
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import audio…"), QKeySequence::Open, this, [this] {
        const auto files = QFileDialog::getOpenFileUrls(
            this, tr("Import audio"), QUrl(),
            tr("Audio files (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;All files (*)"));
        importFiles(files);
    });
    file->addAction(tr("Generate from a prompt &list…"), this, [this] {
        const QString list = QFileDialog::getOpenFileName(this, tr("Prompt list"), QDir::homePath(),
                                                          tr("Prompt lists (*.txt *.jsonl);;All files (*)"));
        if (!list.isEmpty())
            share_->generateBatch(list);
    });
    file->addAction(tr("&Open project…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
        if (!folder.isEmpty())
            openProject(folder);
    });
    recentMenu_ = file->addMenu(tr("Recent projects"));
    file->addSeparator();
    file->addAction(share_->exportAction());
    rememberProject(QString::fromStdString(session_.history().dataDirectory().string()));
    file->addSeparator();
    // Ctrl+, everywhere (QKeySequence::Preferences is empty outside macOS).
    file->addAction(tr("&Preferences…"), QKeySequence(tr("Ctrl+,")), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            dialog.save();
            transport_->setOutputDevice(QSettings().value("audio/device", "default").toString());
            applyTheme(QSettings().value("ui/theme", "system").toString());
        }
    });
    file->addAction(tr("&Models…"), this, [this] {
        ModelsDialog dialog(session_.userModels(), QSettings().value("compute/device", "auto").toString() != "cpu",
                            this);
        connect(&dialog, &ModelsDialog::modelsChanged, generate_, &GeneratePanel::refreshEngines);
        dialog.exec();
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<table>"
               "<tr><td><b>Space</b></td><td>Play / pause</td></tr>"
               "<tr><td><b>Enter</b> or <b>0</b></td><td>Stop and return to the start</td></tr>"
               "<tr><td><b>L</b></td><td>Loop on / off (the region dragged on the ruler, or the section "
               "playing)</td></tr>"
               "<tr><td><b>+</b> / <b>−</b>, <b>Ctrl+0</b></td><td>Zoom in / out, zoom to fit</td></tr>"
               "<tr><td><b>Home</b> / <b>End</b></td><td>Go to the start / the end</td></tr>"
               "<tr><td><b>Left</b> / <b>Right</b></td><td>Back / forward 5 seconds</td></tr>"
               "<tr><td><b>Ctrl+O</b></td><td>Import audio files</td></tr>"
               "<tr><td><b>Enter</b> in the prompt</td><td>Generate</td></tr>"
               "<tr><td><b>Ctrl+D</b> in the Library</td><td>Favourite</td></tr>"
               "<tr><td><b>Delete</b> in the Library</td><td>Delete the track (asks first)</td></tr>"
               "<tr><td>Click / drag on the ruler</td><td>Move the playhead / set a loop</td></tr>"
               "<tr><td>Ctrl+wheel / wheel on the lanes</td><td>Zoom / scroll</td></tr>"
               "<tr><td>Right-click a section block</td><td>Regenerate, extend or remove it</td></tr>"
               "<tr><td><b>Ctrl+,</b></td><td>Preferences</td></tr>"
               "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
               "</table>"));
    });
    help->addAction(tr("&About Cadenza"), this, [this] {
        QMessageBox::about(this, tr("About Cadenza"),
                           tr("<b>Cadenza</b> %1<p>An offline music studio: songs from words, made on your own "
                              "machine.</p><p>Cadenza is free software: you can redistribute it and/or modify it "
                              "under the terms of the GNU General Public License as published by the Free Software "
                              "Foundation, either version 3 of the License, or (at your option) any later version. "
                              "It comes with no warranty.</p><p>The libraries, sounds and models it uses, and their "
                              "licences, are listed in third-party.md, installed with its documentation.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    statusBar()->addPermanentWidget(transport_->outputLabel());
    statusBar()->showMessage(tr("Ready"));

    connect(generate_, &GeneratePanel::generateRequested, this, &MainWindow::generate);
    connect(&session_, &StudioSession::jobChanged, jobModel_, &JobListModel::update);
    connect(&session_, &StudioSession::jobChanged, this, &MainWindow::showJob);
    connect(&session_, &StudioSession::trackAdded, this, &MainWindow::reloadLibrary);
    connect(&session_, &StudioSession::trackAdded, this, &MainWindow::openResult);
    connect(&session_, &StudioSession::importRefused, this, [this](const QString& message) {
        jobModel_->reload(); // the refused import is gone from the history
        auto* notice = new QMessageBox(QMessageBox::Information, tr("Not imported"), message, QMessageBox::Ok, this);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open(); // window-modal but not blocking
    });
    connect(library_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::loadSelectedTrack);
    addLibraryActions();
    connect(jobs_, &JobPanel::revealTrack, this, &MainWindow::selectTrack);
    connect(jobs_, &JobPanel::revealFile, this, [](const QString& path) {
        // The folder that holds it, in the desktop's file manager.
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(remix_, &RemixPanel::remixRequested, this,
            [this](qint64 id, double tempo, int semitones, const QString& preset) {
                try {
                    const auto job = session_.remix(id, {.tempo = tempo, .semitones = static_cast<double>(semitones)},
                                                    preset.toStdString());
                    pendingRemixes_[job] = {id, tempo};
                } catch (const UserError& e) {
                    statusBar()->showMessage(QString::fromStdString(e.what()), 8000);
                }
            });
    connect(remix_, &RemixPanel::rearrangeRequested, this, [this](qint64 id, const QString& genre, bool keepAudio) {
        try {
            pendingRemixes_[session_.rearrange(id, genre.toStdString(), keepAudio)] = {id, 0};
        } catch (const UserError& e) {
            statusBar()->showMessage(QString::fromStdString(e.what()), 8000);
        }
    });
    connect(remix_, &RemixPanel::compareRequested, this, [this](qint64 id, double timeScale) {
        if (id == mixerTrack_)
            return; // that side is playing already
        resume_ = Resume{transport_->player().position() * timeScale, transport_->player().playing()};
        selectTrack(id);
    });
    connect(analysis_, &AnalysisPanel::analyzeRequested, this, [this](qint64 id) { session_.analyze(id); });
    connect(&session_, &StudioSession::analysisChanged, this, [this](qint64 id) {
        if (id != loadedTrack_)
            return;
        const auto analysis = session_.history().analysis(id);
        analysis_->showTrack(id, id == mixerTrack_ ? composed_ : std::nullopt, analysis);
        if (id == mixerTrack_) // shown already: its sections and bars may come from the analysis
            showTiming(id, analysis);
    });
    edits_ = new EditActions(session_, this);
    connect(edits_, &EditActions::versionReady, this, [this](qint64 id) {
        reloadLibrary(); // the version is in the history: show it
        selectTrack(id);
    });
    connect(edits_, &EditActions::selectVersion, this, &MainWindow::selectTrack);
    connect(edits_, &EditActions::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(arrangement_, &ArrangementView::sectionMenuRequested, this, [this](int index, const QPoint& at) {
        if (const auto menu = edits_->sectionMenu(index))
            menu->exec(at);
    });
    connect(arrangement_, &ArrangementView::soundMenuRequested, this, [this](const QString& strip, const QPoint& at) {
        auto menu = edits_->soundMenu(strip);
        if (menu)
            menu->addSeparator();
        else
            menu = std::make_unique<QMenu>();
        const std::string stem = stemOfStrip(strip);
        menu->addAction(stem.empty() ? tr("Transcribe to MIDI") : tr("Transcribe “%1” to MIDI").arg(strip), this,
                        [this, stem] {
                            if (loadedTrack_ != 0)
                                session_.transcribe(loadedTrack_, stem);
                        });
        menu->exec(at);
    });
    connect(&session_, &StudioSession::transcriptionChanged, this, [this](qint64 id, const QString& stem) {
        if (id == loadedTrack_)
            loadTranscriptions(id, stem);
    });
    connect(transport_, &TransportBar::positionChanged, noteRoll_, &NoteRollView::setPosition);
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(edits_->undoAction());
    editMenu->addAction(edits_->redoAction());
    connect(arrangement_, &ArrangementView::seekRequested, transport_, &TransportBar::seek);
    connect(transport_, &TransportBar::positionChanged, arrangement_, &ArrangementView::setPosition);
    connect(transport_, &TransportBar::loopToggled, arrangement_, &ArrangementView::setLoopEnabled);
    connect(transport_, &TransportBar::recorded, this, &MainWindow::keepRecording);
    connect(transport_, &TransportBar::recordingFailed, this,
            [this](const QString& reason) { statusBar()->showMessage(tr("Cannot record: %1").arg(reason), 8000); });
    connect(arrangement_, &ArrangementView::loopEnabledChanged, transport_, &TransportBar::setLoopChecked);
    auto* view = menuBar()->addMenu(tr("&View"));
    auto* spectrogramLayer = view->addAction(tr("&Spectrogram"));
    spectrogramLayer->setCheckable(true);
    spectrogramLayer->setToolTip(tr("Show the track's frequencies under its waveform"));
    connect(spectrogramLayer, &QAction::toggled, waveformView(), &WaveformView::setSpectrogramVisible);
    view->addSeparator();
    auto* zoomIn = view->addAction(tr("Zoom &in"), arrangement_, &ArrangementView::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    auto* zoomOut = view->addAction(tr("Zoom &out"), arrangement_, &ArrangementView::zoomOut);
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    view->addAction(tr("Zoom to &fit"), QKeySequence(tr("Ctrl+0")), arrangement_, &ArrangementView::zoomToFit);
    auto* follow = view->addAction(tr("&Follow the playhead"));
    follow->setCheckable(true);
    follow->setChecked(arrangement_->followsPlayhead());
    connect(follow, &QAction::toggled, arrangement_, &ArrangementView::setFollowPlayhead);
    auto* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(tr("Play / Pause"), QKeySequence(Qt::Key_Space), transport_, &TransportBar::togglePlay);
    auto* stop = playback->addAction(tr("Stop and return to the start"), transport_, &TransportBar::stop);
    stop->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_0)});
    auto* loop = playback->addAction(tr("Loop"), QKeySequence(Qt::Key_L), arrangement_,
                                     [this] { arrangement_->setLoopEnabled(!arrangement_->loopEnabled()); });
    loop->setToolTip(tr("Loop the region dragged on the ruler, or the section playing"));
    playback->addAction(tr("Record"), QKeySequence(Qt::Key_R), transport_,
                        [this] { transport_->setRecording(!transport_->recording()); });
    playback->addAction(tr("Go to start"), QKeySequence(Qt::Key_Home), transport_, [this] { transport_->seek(0); });
    playback->addAction(tr("Go to end"), QKeySequence(Qt::Key_End), transport_,
                        [this] { transport_->seek(transport_->player().duration()); });
    playback->addAction(tr("Back 5 seconds"), QKeySequence(Qt::Key_Left), transport_,
                        [this] { transport_->seek(std::max(0.0, transport_->player().position() - 5)); });
    playback->addAction(tr("Forward 5 seconds"), QKeySequence(Qt::Key_Right), transport_,
                        [this] { transport_->seek(transport_->player().position() + 5); });
    qApp->installEventFilter(this);
    // Help comes last, as in every desktop application.
    menuBar()->removeAction(help->menuAction());
    menuBar()->addAction(help->menuAction());

    const QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreSession();
    if (!settings.contains("window/geometry"))
        resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    importFiles(event->mimeData()->urls());
    event->acceptProposedAction();
}

QStringList MainWindow::recentProjects() const {
    return QSettings().value("projects/recent").toStringList();
}

void MainWindow::rememberProject(const QString& folder) {
    QStringList recent = recentProjects();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue("projects/recent", recent);
    fillRecentProjects();
}

void MainWindow::fillRecentProjects() {
    recentMenu_->clear();
    const QString current = QString::fromStdString(session_.history().dataDirectory().string());
    for (const auto& folder : recentProjects()) {
        auto* action = recentMenu_->addAction(folder, this, [this, folder] { openProject(folder); });
        action->setEnabled(folder != current); // this window holds it already
    }
}

void MainWindow::openProject(const QString& folder) {
    rememberProject(folder);
    // Each project has its own history and job queue: it opens in a window (a process) of its own.
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CADENZA_DATA_DIR", folder);
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setProcessEnvironment(environment);
    if (!process.startDetached())
        statusBar()->showMessage(tr("Cannot open the project %1").arg(folder), 8000);
}

void MainWindow::importFiles(const QList<QUrl>& urls) {
    QStringList refused;
    int queued = 0;
    for (const auto& url : urls) {
        const std::filesystem::path file = url.toLocalFile().toStdString();
        if (!url.isLocalFile() || !looksLikeAudioFile(file) || !std::filesystem::is_regular_file(file)) {
            refused << (url.isLocalFile() ? QString::fromStdString(file.filename().string()) : url.toString());
            continue;
        }
        session_.import(file);
        ++queued;
    }
    if (queued > 0)
        jobModel_->reload();
    if (!refused.isEmpty()) {
        // Window-modal but not blocking: the drop returns at once.
        auto* notice = new QMessageBox(QMessageBox::Information, tr("Not imported"),
                                       tr("These are not audio files Cadenza can import (WAV, AIFF, FLAC, Ogg, "
                                          "Opus or MP3):\n%1")
                                           .arg(refused.join('\n')),
                                       QMessageBox::Ok, this);
        notice->setAttribute(Qt::WA_DeleteOnClose);
        notice->open();
    }
}

void MainWindow::keepRecording(std::shared_ptr<const StereoBuffer> audio) {
    if (audio->frames() == 0)
        return;
    // Written as a WAV in the project's recordings/ folder (a pool thread's work), then
    // imported as any recording is: it becomes a track, opened when it is in.
    const auto folder = session_.history().dataDirectory() / "recordings";
    const auto name = QDateTime::currentDateTime().toString("'Recording 'yyyy-MM-dd HH-mm-ss'.wav'").toStdString();
    statusBar()->showMessage(tr("Keeping the recording…"));
    runInBackground([window = QPointer(this), audio, file = folder / name] {
        QString problem;
        try {
            std::filesystem::create_directories(file.parent_path());
            OutputTransaction written; // a kill mid-write leaves no half a file
            writeAudioFile(written.stage(file), *audio, {AudioContainer::Wav, SampleFormat::Pcm24});
            written.commit();
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
        deliverToGui(window, [file, problem](MainWindow& self) {
            if (!problem.isEmpty()) {
                self.statusBar()->showMessage(tr("Cannot keep the recording: %1").arg(problem), 8000);
                return;
            }
            self.importFiles({QUrl::fromLocalFile(QString::fromStdString(file.string()))});
        });
    });
}

void MainWindow::saveSession() {
    auto& history = session_.history();
    history.setSetting("studio.track", std::to_string(currentTrack()));
    if (mixerTrack_ != 0)
        history.setSetting("studio.view", nlohmann::json{{"start", arrangement_->canvas()->viewStart()},
                                                         {"length", arrangement_->canvas()->viewLength()},
                                                         {"position", transport_->player().position()}}
                                              .dump());
}

void MainWindow::restoreSession() {
    const auto track = session_.history().setting("studio.track");
    const auto view = session_.history().setting("studio.view");
    if (!track || std::atoll(track->c_str()) == 0 || !session_.history().track(std::atoll(track->c_str())))
        return;
    if (view) {
        const auto json = nlohmann::json::parse(*view, nullptr, false);
        if (json.is_object())
            restoredView_ = RestoredView{std::atoll(track->c_str()), json.value("start", 0.0),
                                         json.value("length", 0.0), json.value("position", 0.0)};
    }
    selectTrack(std::atoll(track->c_str()));
}

void MainWindow::saveMixer() {
    if (mixerTrack_ == 0)
        return;
    const MixerState mixer = arrangement_->mixer();
    if (mixer == loadedMixer_)
        return;
    // One short write, as a rename is.
    session_.history().setSetting(MixerState::settingKey(mixerTrack_), mixer.toJson());
    loadedMixer_ = mixer;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (const int working = jobModel_->runningCount(); working > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Cadenza"),
            tr("%n job(s) are still at work. Quit and stop them? Nothing half-made is kept.", nullptr, working));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveMixer();
    saveSession();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    event->accept();
}

void MainWindow::generate() {
    try {
        const auto ids = session_.generate(generate_->request(), generate_->takes());
        if (const auto job = session_.history().job(ids.front()); ids.size() > 1 && job)
            if (const auto group = parseGenerateParameters(job->parameters).takeGroup)
                share_->followTakes({ids.begin(), ids.end()}, *group); // set side by side when done
        generate_->showProblem({});
        jobModel_->reload();
        statusBar()->showMessage(tr("Queued %n song(s)", nullptr, static_cast<int>(ids.size())), 3000);
    } catch (const UserError& e) {
        generate_->showProblem(QString::fromStdString(e.what())); // nothing was queued
    }
}

void MainWindow::loadSelectedTrack() {
    const auto current = library_->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const auto id = current.data(LibraryModel::TrackIdRole).toLongLong();
    if (keepingSelection_ && id == loadedTrack_)
        return;
    saveMixer();
    loadedTrack_ = id;
    edits_->setTrack(id);
    analysis_->showLoading(id);
    remix_->setTrack(id, current.data(LibraryModel::FullTitleRole).toString());
    const auto folder = session_.history().trackFolder(id);
    const int generation = ++loadGeneration_;
    noteRoll_->clear(); // the previous track's notes must not reach the new lanes
    loadTranscriptions(id);
    const LaneSource lanes = laneSource(id);               // read here, on the GUI thread
    const auto analysis = session_.history().analysis(id); // its sections stand in where song.json has none
    const auto stored = session_.history().setting(MixerState::settingKey(id));
    const MixerState mixer = stored ? MixerState::fromJson(*stored).value_or(MixerState{}) : MixerState{};
    statusBar()->showMessage(tr("Loading the track…"));
    const bool hadAnalysis = analysis.has_value();
    runInBackground([window = QPointer(this), folder, generation, lanes, analysis, mixer, id, hadAnalysis] {
        auto loaded = std::make_shared<LoadedTrack>();
        QString problem;
        try {
            *loaded = loadTrack(folder, lanes, analysis);
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
        deliverToGui(window, [loaded, problem, generation, mixer, id, hadAnalysis](MainWindow& self) {
            if (generation != self.loadGeneration_)
                return; // the selection moved on
            if (!problem.isEmpty()) {
                self.statusBar()->showMessage(tr("Cannot show this track: %1").arg(problem), 8000);
                self.transport_->load({});
                self.arrangement_->clear();
                self.mixerTrack_ = 0;
                return;
            }
            self.transport_->load(std::move(loaded->stems), loaded->song.timing.grid, loaded->facts);
            self.arrangement_->setSong(std::move(loaded->song));
            self.arrangement_->setMixer(mixer);
            self.loadedMixer_ = self.arrangement_->mixer();
            self.mixerTrack_ = id;
            self.composed_ = loaded->composed;
            self.loudness_[id] = loaded->lufs;
            self.matchLoudness(id);
            self.analysis_->showTrack(id, self.composed_, self.session_.history().analysis(id));
            if (self.restoredView_ && self.restoredView_->track == id) { // the view left at the last quit
                self.arrangement_->canvas()->setView(self.restoredView_->start, self.restoredView_->length);
                self.transport_->seek(self.restoredView_->position);
            }
            self.restoredView_.reset();
            // An analysis that arrived while the track loaded: its sections and bars.
            if (!hadAnalysis)
                if (const auto now = self.session_.history().analysis(id))
                    self.showTiming(id, now);
            self.showTranscriptionsInLanes();
            if (self.resume_) {
                self.transport_->seek(self.resume_->position);
                if (self.resume_->playing)
                    self.transport_->togglePlay();
                self.resume_.reset();
            }
            self.statusBar()->clearMessage();
        });
    });
}

void MainWindow::loadTranscriptions(qint64 id, const QString& stem) {
    // The history is read here, on the GUI thread (short reads, as the analysis is); the
    // notes are parsed on a pool thread.
    std::vector<std::pair<std::string, std::string>> stored;
    for (const auto& name : session_.history().transcribedStems(id))
        if (auto json = session_.history().transcription(id, name))
            stored.emplace_back(name, std::move(*json));
    const auto track = session_.history().track(id);
    const double duration = track ? track->duration : 0;
    const auto folder = session_.history().trackFolder(id);
    const int generation = loadGeneration_;
    runInBackground([window = QPointer(this), stored, duration, folder, generation, stem] {
        auto lanes = std::make_shared<std::vector<NoteRollView::Lane>>();
        for (const auto& [name, json] : stored) {
            try {
                lanes->push_back({QString::fromStdString(name), transcriptionFromJson(json),
                                  QString::fromStdString(transcriptionMidiFile(folder, name).string())});
            } catch (const std::exception&) {
                continue; // a transcription this Cadenza cannot read is not shown
            }
        }
        deliverToGui(window, [lanes, duration, generation, stem](MainWindow& self) {
            if (generation != self.loadGeneration_)
                return;
            self.noteRoll_->setLanes(std::move(*lanes), duration, stem);
            self.noteRoll_->setVisible(!self.noteRoll_->empty());
            self.showTranscriptionsInLanes();
        });
    });
}

void MainWindow::showTranscriptionsInLanes() {
    // A stem's transcription in its lane; the mix's in an imported track's one lane.
    for (const auto& lane : noteRoll_->lanes()) {
        arrangement_->setLaneNotes(lane.stem.isEmpty() ? QString("mix") : lane.stem, laneNotes(lane.transcription));
        if (lane.stem.isEmpty()) // the whole mix's: the chords of a recording
            arrangement_->setHeardChords(heardChords(lane.transcription));
    }
}

WaveformView* MainWindow::waveformView() const {
    return arrangement_->songView();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // The override is asked of the widget with the focus.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (watched->inherits("QLineEdit") || watched->inherits("QAbstractSpinBox") ||
             watched->inherits("QComboBox"))) {
            event->accept(); // the widget's own Enter: generate, confirm
            return false;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

std::string MainWindow::stemOfStrip(const QString& strip) const {
    const auto stems = session_.history().stems(loadedTrack_);
    if (stems.empty())
        return {}; // an imported track's one strip is its mix
    return strip.toStdString();
}

void MainWindow::reloadLibrary() {
    const qint64 kept = currentTrack();
    libraryModel_->reload(); // resets the model, and with it the selection
    if (kept == 0)
        return;
    keepingSelection_ = true; // the same track: nothing to load again, the playback goes on
    selectTrack(kept);
    keepingSelection_ = false;
}

void MainWindow::matchLoudness(qint64 id) {
    // A remix plays at its original's loudness while they are compared: louder would sound
    // better for being louder.
    const qint64 original = remix_->originalTrack();
    const auto reference = loudness_.find(original);
    const auto shown = loudness_.find(id);
    if (id != remix_->resultTrack() || reference == loudness_.end() || shown == loudness_.end() ||
        shown->second <= -70 || reference->second <= -70)
        return;
    const double db = std::clamp(reference->second - shown->second, -24.0, 24.0);
    transport_->player().setMasterGain(static_cast<float>(dbToGain(db)));
    statusBar()->showMessage(tr("Compare: the remix plays at its original's loudness (%1 dB)")
                                 .arg(QString::number(db, 'f', 1).replace('-', "−")),
                             5000);
}

LaneSource MainWindow::laneSource(qint64 id) const {
    const auto& history = session_.history();
    if (auto own = history.stems(id); !own.empty())
        return {history.trackFolder(id) / "stems", std::move(own)};
    // A recording separated: the newest separation's stems are its lanes.
    const auto children = history.children(id);
    for (auto child = children.rbegin(); child != children.rend(); ++child)
        if (child->operation == "separate")
            if (auto stems = history.stems(child->track); !stems.empty())
                return {history.trackFolder(child->track) / "stems", std::move(stems)};
    return {};
}

void MainWindow::showTiming(qint64 id, const std::optional<std::string>& analysis) {
    const auto folder = session_.history().trackFolder(id);
    const int generation = loadGeneration_;
    runInBackground([window = QPointer(this), folder, analysis, generation] {
        auto timing = std::make_shared<SongTiming>(readTiming(folder, analysis));
        deliverToGui(window, [timing, generation](MainWindow& self) {
            if (generation != self.loadGeneration_)
                return;
            self.transport_->setTiming(timing->grid, timingFacts(*timing));
            self.arrangement_->setTiming(*timing);
        });
    });
}

QPushButton* MainWindow::resultOffer() const {
    return resultOffer_.data();
}

void MainWindow::openResult(qint64 id) {
    // Stems separated from the recording shown stay with it: they become its lanes.
    const auto parents = session_.history().parents(id);
    if (parents.size() == 1 && parents.front().operation == "separate" && parents.front().track == mixerTrack_ &&
        session_.history().stems(mixerTrack_).empty()) {
        resume_ = Resume{transport_->player().position(), transport_->player().playing()};
        loadSelectedTrack();
        return;
    }
    if (!transport_->player().playing()) {
        selectTrack(id);
        return;
    }
    // Not while the musician listens to something else: the status bar offers it instead.
    const auto track = session_.history().track(id);
    if (!track)
        return;
    delete resultOffer_; // one offer at a time: the newest
    resultOffer_ = new QPushButton(tr("Open “%1”").arg(QString::fromStdString(track->title)), this);
    resultOffer_->setFlat(true);
    resultOffer_->setToolTip(tr("It is ready; open it when you are done listening"));
    connect(resultOffer_, &QPushButton::clicked, this, [this, id] {
        selectTrack(id);
        resultOffer_->deleteLater();
    });
    statusBar()->addWidget(resultOffer_);
    QTimer::singleShot(20000, resultOffer_, &QObject::deleteLater);
}

void MainWindow::selectTrack(qint64 id) {
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (int row = 0; row < libraryFilter_->rowCount(); ++row)
            if (libraryFilter_->index(row, 0).data(LibraryModel::TrackIdRole).toLongLong() == id) {
                library_->selectRow(row);
                library_->scrollTo(libraryFilter_->index(row, 0));
                return;
            }
        search_->clear(); // it may be hidden by the search
    }
}

qint64 MainWindow::currentTrack() const {
    const auto current = library_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(LibraryModel::TrackIdRole).toLongLong() : 0;
}

void MainWindow::addLibraryActions() {
    library_->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* rename = new QAction(tr("Rename…"), library_);
    connect(rename, &QAction::triggered, this, [this] {
        const auto id = currentTrack();
        const auto track = session_.history().track(id);
        if (!track)
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Rename"), tr("Title:"), QLineEdit::Normal,
                                                    QString::fromStdString(track->title), &ok);
        if (ok && !title.trimmed().isEmpty()) {
            session_.history().renameTrack(id, title.trimmed().toStdString());
            reloadLibrary();
        }
    });
    auto* favourite = new QAction(tr("Favourite"), library_);
    favourite->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(favourite, &QAction::triggered, this, [this] { toggleFavourite(currentTrack()); });
    auto* tags = new QAction(tr("Tags…"), library_);
    connect(tags, &QAction::triggered, this, [this] {
        const auto id = currentTrack();
        if (id == 0)
            return;
        QStringList current;
        for (const auto& tag : session_.history().tags(id))
            current << QString::fromStdString(tag);
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Tags"), tr("Tags, separated by commas:"),
                                                   QLineEdit::Normal, current.join(", "), &ok);
        if (!ok)
            return;
        std::vector<std::string> list;
        for (const auto& tag : text.split(',', Qt::SkipEmptyParts))
            list.push_back(tag.trimmed().toStdString());
        session_.history().setTags(id, list);
    });
    auto* lineage = new QAction(tr("Show lineage"), library_);
    connect(lineage, &QAction::triggered, this, [this] {
        const auto id = currentTrack();
        if (id == 0)
            return;
        const auto name = [this](std::int64_t other) {
            const auto t = session_.history().track(other);
            return t ? QString::fromStdString(t->title) : tr("(deleted)");
        };
        QStringList lines;
        for (const auto& link : session_.history().parents(id))
            lines << tr("Made from “%1” by %2").arg(name(link.track), QString::fromStdString(link.operation));
        for (const auto& link : session_.history().children(id))
            lines << tr("“%1” was made from it by %2").arg(name(link.track), QString::fromStdString(link.operation));
        if (lines.isEmpty())
            lines << tr("This track was made from a prompt; nothing has been made from it yet.");
        QMessageBox::information(this, tr("Lineage of “%1”").arg(name(id)), lines.join('\n'));
    });
    auto* remove = new QAction(tr("Delete…"), library_);
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this] {
        const auto id = currentTrack();
        const auto track = session_.history().track(id);
        if (!track)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete track"),
            tr("Delete “%1” and its files? This cannot be undone.").arg(QString::fromStdString(track->title)));
        if (answer == QMessageBox::Yes)
            deleteTrack(id);
    });
    auto* separate = new QAction(tr("Separate stems"), library_);
    separate->setToolTip(tr("Split into vocals, drums, bass and other, as a new track with those stems"));
    connect(separate, &QAction::triggered, this, [this] {
        if (const auto id = currentTrack(); id != 0)
            session_.separate(id);
    });
    auto* transcribe = new QAction(tr("Transcribe to MIDI"), library_);
    transcribe->setToolTip(tr("Find the notes of the whole mix (Basic Pitch); a stem's are in its strip's menu"));
    connect(transcribe, &QAction::triggered, this, [this] {
        if (const auto id = currentTrack(); id != 0)
            session_.transcribe(id, "");
    });
    for (auto* action : {rename, favourite, tags, lineage, separate, transcribe, remove}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        library_->addAction(action);
    }
}

void MainWindow::deleteTrack(qint64 id) {
    if (id == loadedTrack_) {
        transport_->load({});
        arrangement_->clear();
        mixerTrack_ = 0; // its mixer goes with it
        noteRoll_->clear();
        noteRoll_->hide();
        loadedTrack_ = 0;
    }
    session_.history().deleteTrack(id);
    libraryModel_->reload();
    statusBar()->showMessage(tr("Track deleted"), 3000);
}

void MainWindow::listenTo(qint64 id) {
    resume_ = Resume{0, true};
    if (id == loadedTrack_) {
        transport_->seek(0);
        if (!transport_->player().playing())
            transport_->togglePlay();
        resume_.reset();
        return;
    }
    selectTrack(id);
}

void MainWindow::toggleFavourite(qint64 id) {
    const auto track = session_.history().track(id);
    if (!track)
        return;
    session_.history().setFavourite(id, !track->favourite);
    reloadLibrary();
}

void MainWindow::showJob(qint64 id, JobStatus s, const QString& stage, double progress, const QString& error) {
    if (const auto pending = pendingRemixes_.find(id);
        pending != pendingRemixes_.end() && s != JobStatus::Running && s != JobStatus::Queued) {
        if (const auto job = session_.history().job(id); s == JobStatus::Finished && job && job->resultTrack) {
            double tempo = pending->second.tempo;
            const auto original = session_.history().track(pending->second.original);
            const auto result = session_.history().track(*job->resultTrack);
            if (tempo == 0 && original && result && original->tempo > 0)
                tempo = result->tempo / original->tempo;
            remix_->setResult(pending->second.original, *job->resultTrack, tempo > 0 ? tempo : 1);
        }
        pendingRemixes_.erase(pending);
    }
    if (s == JobStatus::Running && !stage.isEmpty())
        statusBar()->showMessage(tr("Job %1: %2 %3%").arg(id).arg(stage).arg(std::lround(100 * progress)));
    else if (s == JobStatus::Failed)
        statusBar()->showMessage(tr("Job %1 failed: %2").arg(id).arg(error), 10000);
    else if (s != JobStatus::Running)
        statusBar()->showMessage(tr("Job %1: %2").arg(id).arg(jobStatusText(s)), 5000);
}

} // namespace cadenza
