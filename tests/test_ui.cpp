// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's widgets driven with QTest on the offscreen platform, over the real session:
// a prompt becomes a song in the Library, bad input is explained and queues nothing, a
// running job is cancelled from the job panel. Screenshots go to the test output folder.

#include "audio/AudioFile.h"
#include "audio/Loudness.h"
#include "base/UserError.h"
#include "compose/ScoreJson.h"
#include "runners/ExportJob.h"
#include "ui/AnalysisPanel.h"
#include "ui/ArrangementView.h"
#include "ui/EditActions.h"
#include "ui/ExportDialog.h"
#include "ui/GeneratePanel.h"
#include "ui/JobListModel.h"
#include "ui/JobPanel.h"
#include "ui/LaneHeader.h"
#include "ui/Language.h"
#include "ui/LevelMeter.h"
#include "ui/LibraryModel.h"
#include "ui/MainWindow.h"
#include "ui/ModelsDialog.h"
#include "ui/NoteRollView.h"
#include "ui/PreferencesDialog.h"
#include "ui/RemixPanel.h"
#include "ui/ShareActions.h"
#include "ui/SingleInstance.h"
#include "ui/StudioSession.h"
#include "ui/TakesDialog.h"
#include "ui/Theme.h"
#include "ui/TransportBar.h"
#include "ui/TransportIcons.h"
#include "ui/WaveformView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <fstream>
#include <sstream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace cadenza;

class UiTest : public QObject {
    Q_OBJECT

    QTemporaryDir data_;
    std::unique_ptr<StudioSession> session_;
    std::unique_ptr<MainWindow> window_;

    static void saveScreenshot(QWidget& widget, const QString& name) {
        const QString folder = QDir(CADENZA_TEST_OUTPUT).filePath("screenshots");
        QDir().mkpath(folder);
        QVERIFY(widget.grab().save(QDir(folder).filePath(name)));
    }

    void ask(const QString& prompt, double seconds) {
        auto* panel = window_->generatePanel();
        panel->promptBox()->setEditText(prompt);
        panel->durationBox()->setValue(seconds);
        QTest::mouseClick(panel->generateButton(), Qt::LeftButton);
    }

    // Generates a song from `prompt` as a person would. The song opens by itself when it is made: selected in the
    // Library, loaded in the arrangement and the player. Returns its id, or 0 when it did not.
    qint64 generateAndShow(const QString& prompt, double seconds) {
        const int before = window_->libraryView()->model()->rowCount();
        ask(prompt, seconds);
        if (!QTest::qWaitFor([&] { return window_->libraryView()->model()->rowCount() == before + 1; }, 60000))
            return 0;
        const int row = libraryRow(prompt);
        if (row < 0)
            return 0;
        const qint64 id = window_->libraryView()->model()->index(row, 0).data(LibraryModel::TrackIdRole).toLongLong();
        const auto loaded = [&] {
            const auto track = session_->history().track(id);
            return window_->currentTrack() == id && track &&
                   std::abs(window_->arrangement()->canvas()->duration() - track->duration) < 0.05 &&
                   window_->arrangement()->laneCount() ==
                       std::max<std::size_t>(1, session_->history().stems(id).size());
        };
        return QTest::qWaitFor(loaded, 10000) ? id : 0;
    }

    // Picks an entry of the menu about to pop up (200 ms from now) as a person would: the
    // action `choose` returns from its list. Returns the entry's text, once picked.
    std::shared_ptr<QString> pickFromNextMenu(std::function<QAction*(const QList<QAction*>&)> choose) {
        auto picked = std::make_shared<QString>();
        QTimer::singleShot(200, this, [picked, choose = std::move(choose)] {
            auto* popup = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            for (auto* widget : QApplication::topLevelWidgets())
                if (auto* menu = qobject_cast<QMenu*>(widget); !popup && menu && menu->isVisible())
                    popup = menu;
            if (!popup)
                return;
            QAction* action = choose(popup->actions());
            *picked = action->text();
            action->trigger();
            popup->close();
        });
        return picked;
    }

    // The Library's row of the newest track whose title or prompt starts with `title`, or -1.
    int libraryRow(const QString& title) const {
        const auto* library = window_->libraryView()->model();
        int found = -1;
        qint64 newest = 0;
        for (int r = 0; r < library->rowCount(); ++r) {
            const auto id = library->index(r, 0).data(LibraryModel::TrackIdRole).toLongLong();
            const QStringList named =
                library->index(r, LibraryModel::Title).data(LibraryModel::SearchRole).toString().split('\n');
            if ((named.front().startsWith(title) || named.back().startsWith(title)) && id > newest) {
                newest = id;
                found = r;
            }
        }
        return found;
    }

    int jobRow(const QString& title) const {
        const auto* model = window_->jobPanel()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, JobListModel::Title).data().toString() == title)
                return row;
        return -1;
    }

  private slots:
    void initTestCase() {
        qputenv("CADENZA_AUDIO_OUTPUT", "null"); // no sound device here
        // Models (none) are looked for in this test's own data folder, not the user's.
        qputenv("CADENZA_DATA_DIR", data_.path().toUtf8());
    }

    void init() {
        QSettings().clear();
        session_ = std::make_unique<StudioSession>(data_.path().toStdString());
        window_ = std::make_unique<MainWindow>(*session_);
        window_->resize(1200, 760);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }
    void cleanup() {
        window_.reset();
        session_.reset();
    }

    void aPromptBecomesASongInTheLibrary() {
        const int before = window_->libraryView()->model()->rowCount();
        ask("laid-back reggae with offbeat guitar skank", 6);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 60000);
        const auto* library = window_->libraryView()->model();
        bool found = false;
        for (int row = 0; row < library->rowCount(); ++row)
            found |= library->index(row, LibraryModel::Genre).data().toString() == "reggae";
        QVERIFY(found);
        const int job = jobRow("laid-back reggae with offbeat guitar skank");
        QVERIFY(job >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            window_->jobPanel()->view()->model()->index(job, JobListModel::Status).data().toString(), QString("done"),
            5000);
        // The song opened by itself; Reveal result selects it in the Library too.
        QTRY_VERIFY_WITH_TIMEOUT(window_->waveformView()->hasTrack(), 10000);
        window_->jobPanel()->view()->selectRow(job);
        QVERIFY(window_->jobPanel()->revealButton()->isEnabled());
        QTest::mouseClick(window_->jobPanel()->revealButton(), Qt::LeftButton);
        QVERIFY(window_->libraryView()->selectionModel()->currentIndex().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(window_->waveformView()->hasTrack(), 10000);
        QVERIFY(std::abs(window_->waveformView()->duration() - 6.0) < 0.01);
        // The Analysis panel shows what the song was made as at once, nothing to analyse, and
        // agrees with the Library's row.
        auto* analysis = window_->analysisPanel();
        QTRY_VERIFY(analysis->summary().contains("BPM"));
        QVERIFY(!analysis->analyzeButton()->isVisible());
        const auto current = window_->libraryView()->currentIndex();
        for (const int column : {LibraryModel::Tempo, LibraryModel::Key, LibraryModel::Mood, LibraryModel::Genre})
            QVERIFY2(analysis->summary().contains(current.siblingAtColumn(column).data().toString()),
                     qPrintable(analysis->summary()));
        // The arrangement has a lane per stem, headed by its strip; the transport can play but
        // not stop, since nothing plays.
        const qint64 song = window_->currentTrack();
        auto* arrangement = window_->arrangement();
        const auto stems = session_->history().stems(song);
        QCOMPARE(arrangement->laneCount(), stems.size());
        QCOMPARE(arrangement->canvas()->laneCount(), stems.size());
        for (std::size_t i = 0; i < stems.size(); ++i)
            QCOMPARE(arrangement->header(i)->stem(), QString::fromStdString(stems[i]));
        QVERIFY(!arrangement->canvas()->sections().empty());
        QVERIFY(arrangement->canvas()->grid().valid());         // the song's bars: its tempo and meter
        QVERIFY(!arrangement->canvas()->lane(0).notes.empty()); // the score's notes
        // The chord row names the score's chords as a lead sheet does.
        {
            std::ifstream in(session_->history().trackFolder(song) / "score.json");
            std::stringstream text;
            text << in.rdbuf();
            const Score score = scoreFromJson(text.str());
            const auto& chords = arrangement->canvas()->chords();
            QCOMPARE(chords.size(), score.chords.size());
            QCOMPARE(chords.front().name,
                     QString::fromStdString(score.chords.front().chord.name(score.key.prefersFlats())));
            QCOMPARE(chords.front().start, 0.0);
        }
        auto* transport = window_->transport();
        QVERIFY(transport->playButton()->isEnabled());
        QVERIFY(!transport->stopButton()->isEnabled());
        QVERIFY(transport->positionText().startsWith("1.1 | 0:00.0"));
        // Play it: the playhead moves, Stop lights, the meters read the mix.
        QTest::mouseClick(transport->playButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window_->waveformView()->position() > 0.2, 5000);
        QTRY_VERIFY(transport->stopButton()->isEnabled());
        QTRY_VERIFY(transport->masterMeter()->shownDb(0) > -40);
        QTRY_VERIFY(transport->loudnessText().contains("LUFS") && !transport->loudnessText().startsWith("—"));
        // Solo one lane: only it is heard. The lanes' meters read the player's strips after
        // their gains: the other lane's falls to the floor, the soloed one's stays up.
        auto& player = transport->player();
        auto* soloed = arrangement->header(1);
        transport->seek(0);
        QTest::mouseClick(soloed->soloButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            arrangement->header(0)->meter()->shownDb(0) <= -60 && soloed->meter()->shownDb(0) > -60, 4000);
        QTest::mouseClick(soloed->soloButton(), Qt::LeftButton);
        // The strip's values read in dB and L/R.
        soloed->volumeSlider()->setValue(-60);
        QCOMPARE(soloed->volumeText(), QString("−6.0 dB"));
        soloed->panSlider()->setValue(-40);
        QCOMPARE(soloed->panText(), QString("L40"));
        // Arrows nudge the playhead by five seconds.
        transport->seek(0);
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QTRY_VERIFY(std::abs(player.position() - 5.0) < 0.2);
        QTest::keyClick(window_.get(), Qt::Key_Left);
        QTRY_VERIFY(player.position() < 0.2);
        // A lane's header drags out its stem's WAV file; its mute silences it.
        QVERIFY(arrangement->header(0)->file().string().ends_with(".wav"));
        QVERIFY(std::filesystem::exists(arrangement->header(0)->file()));
        QTest::mouseClick(arrangement->header(0)->muteButton(), Qt::LeftButton);
        QVERIFY(player.muted(0));
        QTest::keyClick(window_.get(), Qt::Key_Space); // pause
        QVERIFY(!player.playing());
        QTRY_VERIFY(!transport->stopButton()->isEnabled());
        saveScreenshot(*window_, "main-window-1200x760.png");
        QVERIFY(window_->waveformView()->hasSpectrogram());
        window_->waveformView()->setSpectrogramVisible(true);
        saveScreenshot(*window_->waveformView(), "waveform-spectrogram-song.png");
        window_->waveformView()->setSpectrogramVisible(false);
        for (const QSize size : {QSize(1100, 700), QSize(1600, 1000)}) {
            window_->resize(size);
            QTest::qWait(50);
            QVERIFY2(window_->size() == size, // nothing holds the window wider or taller
                     qPrintable(QString("%1x%2; the Create panel needs %3, the song %4, the tools %5")
                                    .arg(window_->width())
                                    .arg(window_->height())
                                    .arg(window_->generatePanel()->minimumSizeHint().width())
                                    .arg(window_->transport()->minimumSizeHint().width())
                                    .arg(window_->remixPanel()->minimumSizeHint().width())));
            saveScreenshot(*window_, QString("main-window-%1x%2.png").arg(size.width()).arg(size.height()));
        }
        window_->resize(1200, 760);
    }

    // The transport's keys, a loop dragged on the ruler, and the playhead followed when zoomed in.
    void theArrangementLoopsAndFollows() {
        QVERIFY(generateAndShow("driving synthwave at night", 8) != 0);
        auto* arrangement = window_->arrangement();
        auto* canvas = arrangement->canvas();
        QTRY_VERIFY(canvas->duration() > 7);
        auto* transport = window_->transport();
        auto& player = transport->player();
        // Zoomed in to under two seconds: the song's waveform zooms along; playing, the view
        // turns its page to keep the playhead in sight.
        while (canvas->viewLength() > 2)
            arrangement->zoomIn();
        QCOMPARE(canvas->viewStart(), 0.0); // zoomed around the playhead, at the start
        QCOMPARE(window_->waveformView()->viewLength(), canvas->viewLength());
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > canvas->viewLength() + 0.3, 10000);
        QTRY_VERIFY(canvas->viewStart() > 0);
        QVERIFY(player.position() >= canvas->viewStart() - 0.1);
        QVERIFY(player.position() <= canvas->viewStart() + canvas->viewLength());
        QCOMPARE(window_->waveformView()->viewStart(), canvas->viewStart());
        // 0 stops and returns to the start.
        QTest::keyClick(window_.get(), Qt::Key_0);
        QVERIFY(!player.playing());
        QCOMPARE(player.position(), 0.0);
        // A drag on the ruler loops from beat to beat: the loop lights, the player stays in it.
        arrangement->zoomToFit();
        const auto& grid = canvas->grid();
        const double from = grid.barStart(2);
        const double to = grid.barStart(3);
        const int y = canvas->rulerRect().center().y();
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(canvas->xAt(from) + 1, y));
        QTest::mouseMove(canvas, QPoint(canvas->xAt(to) - 1, y));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(canvas->xAt(to) - 1, y));
        QVERIFY(arrangement->loopEnabled());
        QVERIFY(transport->loopButton()->isChecked());
        QVERIFY2(std::abs(canvas->loopStart() - from) < 1e-6, qPrintable(QString::number(canvas->loopStart())));
        QVERIFY(std::abs(canvas->loopEnd() - to) < 1e-6);
        transport->seek(from);
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QTest::qWait(static_cast<int>((to - from) * 1500));
        QVERIFY(player.playing());
        QVERIFY(player.position() >= from - 1e-3 && player.position() < to);
        saveScreenshot(*window_, "arrangement-loop.png");
        // L turns the loop off: the song plays on past its end; Enter stops.
        QTest::keyClick(window_.get(), Qt::Key_L);
        QVERIFY(!arrangement->loopEnabled());
        QVERIFY(!transport->loopButton()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > to + 0.1, 5000);
        QTest::keyClick(window_.get(), Qt::Key_Return);
        QVERIFY(!player.playing());
        QCOMPARE(player.position(), 0.0);

        // The mixer is kept with the track: another track opened and this one again, its
        // strips and the player's come back as they were left.
        const qint64 synthwave = window_->currentTrack();
        auto* bass = arrangement->header(1);
        bass->volumeSlider()->setValue(-95);
        bass->panSlider()->setValue(30);
        QTest::mouseClick(bass->muteButton(), Qt::LeftButton);
        QVERIFY(generateAndShow("sparse piano at dawn", 6) != 0);
        QTRY_VERIFY(arrangement->header(1) && arrangement->header(1)->volumeDb() == 0.0);
        QVERIFY(!player.muted(1));
        window_->selectTrack(synthwave);
        QTRY_VERIFY(arrangement->header(1) && arrangement->header(1)->volumeDb() == -9.5);
        QCOMPARE(arrangement->header(1)->pan(), 0.3);
        QVERIFY(arrangement->header(1)->muteButton()->isChecked());
        QVERIFY(player.muted(1));
        QCOMPARE(arrangement->header(1)->volumeText(), QString("−9.5 dB"));

        // A song made while another plays does not interrupt it: the status bar offers it.
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(player.playing());
        const int before = window_->libraryView()->model()->rowCount();
        ask("rainy lo-fi beat", 6);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 60000);
        QTRY_VERIFY(window_->resultOffer() != nullptr);
        QCOMPARE(window_->currentTrack(), synthwave);
        QVERIFY(player.playing());
        const QString made = window_->libraryView()
                                 ->model()
                                 ->index(libraryRow("rainy lo-fi beat"), LibraryModel::Title)
                                 .data()
                                 .toString();
        QVERIFY2(window_->resultOffer()->text().contains(made), qPrintable(made));
        QTest::mouseClick(window_->resultOffer(), Qt::LeftButton);
        QTRY_VERIFY(window_->currentTrack() != synthwave);
        QCOMPARE(QString::fromStdString(session_->history().track(window_->currentTrack())->prompt),
                 QString("rainy lo-fi beat"));
    }

    // File holds Export (Ctrl+E) and Preferences (Ctrl+, opens it); quitting while a job
    // works asks first; the next window opens on the track, the view and the place left.
    void quitAsksAndTheSessionComesBack() {
        QMenu* file = window_->menuBar()->actions().first()->menu();
        QStringList entries;
        for (const auto* action : file->actions())
            entries << action->text() + "|" + action->shortcut().toString();
        QVERIFY2(entries.contains("&Export…|Ctrl+E"), qPrintable(entries.join(", ")));
        QVERIFY(entries.contains("&Preferences…|Ctrl+,"));
        bool sawPreferences = false;
        QTimer::singleShot(100, this, [&] {
            if (auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget())) {
                sawPreferences = true;
                dialog->reject();
            }
        });
        QTest::keyClick(window_.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(sawPreferences);

        const qint64 id = generateAndShow("slow blues shuffle", 8);
        QVERIFY(id != 0);
        window_->arrangement()->canvas()->setView(2.0, 3.0);
        window_->transport()->seek(3.5);
        // A job at work: Quit asks, and No keeps the studio open with the job going.
        ask("long ambient drone for sleeping", 300);
        QTRY_VERIFY(window_->jobPanel()->foldButton()->text().contains("at work"));
        bool asked = false;
        QTimer::singleShot(100, this, [&] {
            if (auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = question->text().contains("still at work");
                question->button(QMessageBox::No)->click();
            }
        });
        QVERIFY(!window_->close());
        QVERIFY(asked);
        QVERIFY(window_->isVisible());
        window_->jobPanel()->view()->clearSelection();
        QTest::mouseClick(window_->jobPanel()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!window_->jobPanel()->foldButton()->text().contains("at work"));
        QVERIFY(window_->close()); // nothing at work: no question

        window_ = std::make_unique<MainWindow>(*session_);
        window_->show();
        QTRY_COMPARE(window_->currentTrack(), id);
        QTRY_VERIFY(window_->arrangement()->laneCount() > 0);
        QTRY_COMPARE(window_->arrangement()->canvas()->viewStart(), 2.0);
        QCOMPARE(window_->arrangement()->canvas()->viewLength(), 3.0);
        QVERIFY(std::abs(window_->transport()->player().position() - 3.5) < 0.01);
    }

    // The Create box: the prompt and Generate in sight, the options folded under More
    // options; the options and the fold come back as they were left.
    void createRemembersItsOptions() {
        auto* panel = window_->generatePanel();
        QVERIFY(panel->promptBox()->isVisible());
        QVERIFY(panel->generateButton()->isVisible());
        QVERIFY(!panel->durationBox()->isVisible());
        QTest::mouseClick(panel->moreOptionsButton(), Qt::LeftButton);
        QVERIFY(panel->durationBox()->isVisible());
        panel->takesBox()->setValue(2);
        ask("bright ukulele pop", 7);
        QTRY_VERIFY_WITH_TIMEOUT(libraryRow("bright ukulele pop") >= 0, 60000);
        window_.reset();
        window_ = std::make_unique<MainWindow>(*session_);
        window_->show();
        auto* again = window_->generatePanel();
        QVERIFY(again->moreOptionsButton()->isChecked());
        QVERIFY(again->durationBox()->isVisible());
        QCOMPARE(again->durationBox()->value(), 7.0);
        QCOMPARE(again->takesBox()->value(), 2);
        again->takesBox()->setValue(1);
    }

    // A second `cadenza` on the same project hands its files to the first and exits: the
    // file is imported in the studio already open. Another project's studio is not it.
    void aSecondInstanceForwardsItsFiles() {
        SingleInstance first(data_.path().toStdString());
        QVERIFY(!first.forwardToRunning({})); // nobody is listening yet
        QVERIFY(first.listen());
        connect(&first, &SingleInstance::filesReceived, window_.get(), [this](const QStringList& paths) {
            QList<QUrl> urls;
            for (const auto& path : paths)
                urls << QUrl::fromLocalFile(path);
            window_->importFiles(urls);
        });
        QTemporaryDir files;
        const auto wav = std::filesystem::path(files.path().toStdString()) / "handed over.wav";
        StereoBuffer tone(44100, 44100 * 2);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] = 0.3f * static_cast<float>(std::sin(0.06 * static_cast<double>(i)));
        writeAudioFile(wav, tone, {AudioContainer::Wav, SampleFormat::Pcm16});
        const int before = window_->libraryView()->model()->rowCount();
        SingleInstance second(data_.path().toStdString());
        QVERIFY(second.forwardToRunning({QString::fromStdString(wav.string())}));
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 20000);
        QTRY_COMPARE(QString::fromStdString(session_->history().track(window_->currentTrack())->title),
                     QString("handed over"));
        QTemporaryDir elsewhere;
        QVERIFY(!SingleInstance(elsewhere.path().toStdString()).forwardToRunning({}));
    }

    // Record captures the input (here the test input's sung tone) into a new track, which
    // opens when it is in; the meter reads the input while recording.
    void recordMakesATrack() {
        qputenv("CADENZA_AUDIO_INPUT", "test");
        auto* transport = window_->transport();
        const int before = window_->libraryView()->model()->rowCount();
        QTest::mouseClick(transport->recordButton(), Qt::LeftButton);
        QVERIFY(transport->recording());
        QTRY_VERIFY(transport->positionText().startsWith("● REC"));
        QTRY_VERIFY(transport->masterMeter()->shownDb(0) > -20); // the tone's level
        QTest::qWait(1500);
        QTest::keyClick(window_.get(), Qt::Key_R); // R stops, as the button does
        QVERIFY(!transport->recording());
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window_->currentTrack() != 0 &&
                                     QString::fromStdString(session_->history().track(window_->currentTrack())->title)
                                         .startsWith("Recording "),
                                 10000);
        const auto track = session_->history().track(window_->currentTrack());
        QVERIFY2(track->duration > 1.3 && track->duration < 2.2, qPrintable(QString::number(track->duration)));
        QCOMPARE(track->source, TrackSource::Imported);
        qunsetenv("CADENZA_AUDIO_INPUT");
    }

    void remixAndCompare() {
        const int before = window_->libraryView()->model()->rowCount();
        ask("calm piano ballad", 6);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 60000);
        auto* library = window_->libraryView();
        const int row = libraryRow("calm piano ballad");
        QVERIFY(row >= 0);
        const auto original = library->model()->index(row, 0).data(LibraryModel::TrackIdRole).toLongLong();
        library->selectRow(row);
        auto* remix = window_->remixPanel();
        QVERIFY(remix->remixButton()->isEnabled());
        QVERIFY(!remix->originalButton()->isEnabled());
        remix->tempoBox()->setValue(1.5);
        remix->pitchBox()->setValue(2);
        remix->presetBox()->setCurrentIndex(remix->presetBox()->findData("hall"));
        QTest::mouseClick(remix->remixButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), before + 2, 60000);
        const auto children = session_->history().children(original);
        QCOMPARE(children.size(), std::size_t{1});
        const auto derived = session_->history().track(children[0].track);
        QCOMPARE(derived->source, TrackSource::Derived);
        QVERIFY2(derived->duration > 6.0 / 1.5 - 0.01 && derived->duration < 6.0 / 1.5 + 4.5, // plus the hall's tail
                 qPrintable(QString::number(derived->duration)));
        // The Library files the remix under its song, in either order of any column.
        for (const auto order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            library->sortByColumn(LibraryModel::Created, order);
            int originalRow = -1;
            int derivedRow = -1;
            for (int r = 0; r < library->model()->rowCount(); ++r) {
                const auto id = library->model()->index(r, 0).data(LibraryModel::TrackIdRole).toLongLong();
                originalRow = id == original ? r : originalRow;
                derivedRow = id == derived->id ? r : derivedRow;
            }
            QCOMPARE(derivedRow, originalRow + 1);
            QCOMPARE(library->model()->index(derivedRow, 0).data(LibraryModel::SongRole).toLongLong(), original);
        }
        library->sortByColumn(LibraryModel::Created, Qt::DescendingOrder);
        // The remix opened by itself. Compare: each side plays from the same musical moment,
        // and the remix at its original's loudness.
        QTRY_COMPARE(window_->currentTrack(), derived->id);
        QTRY_COMPARE(window_->arrangement()->canvas()->duration(), derived->duration);
        const auto lufsOf = [&](qint64 track) {
            return measureLoudness(readAudioFile(session_->history().trackFolder(track) / "song.wav")).integratedLufs;
        };
        const double matched = dbToGain(lufsOf(original) - lufsOf(derived->id));
        QTRY_VERIFY2(std::abs(window_->transport()->player().masterGain() - matched) < 0.01,
                     qPrintable(QString("%1, not %2").arg(window_->transport()->player().masterGain()).arg(matched)));
        QTRY_VERIFY(remix->originalButton()->isEnabled());
        window_->transport()->seek(2.0);
        QTest::mouseClick(remix->originalButton(), Qt::LeftButton);
        QTRY_COMPARE(window_->libraryView()->currentIndex().data(LibraryModel::TrackIdRole).toLongLong(), original);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(window_->transport()->player().position() - 3.0) < 0.05, 10000);
        QCOMPARE(window_->transport()->player().masterGain(), 1.0f); // the original as it is
        QTest::mouseClick(remix->resultButton(), Qt::LeftButton);
        QTRY_COMPARE(window_->libraryView()->currentIndex().data(LibraryModel::TrackIdRole).toLongLong(), derived->id);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(window_->transport()->player().position() - 2.0) < 0.05, 10000);
        saveScreenshot(*window_, "remix-compare.png");

        // Another genre, for the generated original: the same song re-arranged.
        for (int r = 0; r < library->model()->rowCount(); ++r)
            if (library->model()->index(r, 0).data(LibraryModel::TrackIdRole).toLongLong() == original)
                library->selectRow(r);
        remix->genreBox()->setCurrentIndex(remix->genreBox()->findData("reggae"));
        QVERIFY(!remix->tempoBox()->isEnabled());
        QTest::mouseClick(remix->remixButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session_->history().children(original).size(), std::size_t{2}, 60000);
        const auto rearranged = session_->history().track(session_->history().children(original).back().track);
        QCOMPARE(QString::fromStdString(rearranged->genre), QString("reggae"));
        QCOMPARE(session_->history().stems(rearranged->id).empty(), false);

        // Separate stems from the Library's menu: a derived track with four stems.
        for (int r = 0; r < library->model()->rowCount(); ++r)
            if (library->model()->index(r, 0).data(LibraryModel::TrackIdRole).toLongLong() == original)
                library->selectRow(r);
        const auto actions = library->actions();
        const auto separate =
            std::find_if(actions.begin(), actions.end(), [](QAction* a) { return a->text() == "Separate stems"; });
        QVERIFY(separate != actions.end());
        (*separate)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session_->history().children(original).size(), std::size_t{3}, 60000);
        const auto stems = session_->history().stems(session_->history().children(original).back().track);
        QCOMPARE(stems.size(), std::size_t{4});
    }

    void aSectionIsRegeneratedFromItsMarkerAndUndone() {
        const qint64 original = generateAndShow("folk tune with a fiddle", 12);
        QVERIFY(original != 0);
        QVERIFY(!window_->editActions()->undoAction()->isEnabled()); // the first version
        QStringList menus;
        for (const auto* menu : window_->menuBar()->actions())
            menus << menu->text();
        QCOMPARE(menus, (QStringList{"&File", "&Edit", "&View", "&Playback", "&Help"}));
        // A right-click on the second section's block asks for that section's menu.
        auto* canvas = window_->arrangement()->canvas();
        QTRY_VERIFY(canvas->sections().size() >= 2);
        QSignalSpy asked(canvas, &ArrangementCanvas::sectionMenuRequested);
        // The menu pops up; pick its first entry as a person would.
        const auto picked = pickFromNextMenu([](const QList<QAction*>& actions) { return actions.first(); });
        const QPoint at = canvas->sectionRect(1).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, canvas->mapToGlobal(at));
        QApplication::sendEvent(canvas, &click);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toInt(), 1);
        // It regenerated the melody as a job; the new version is selected when done.
        QCOMPARE(*picked, QString("Regenerate the melody"));
        const auto isVersion = [&] {
            const auto parents = session_->history().parents(window_->currentTrack());
            return parents.size() == 1 && parents[0].track == original && parents[0].operation == "edit";
        };
        QTRY_VERIFY_WITH_TIMEOUT(isVersion(), 60000);
        const qint64 version = window_->currentTrack();
        QVERIFY(session_->history().track(version)->title.ends_with("regenerated)"));
        // Undo goes back to the original, Redo forward to the version; nothing is deleted.
        QTRY_VERIFY(window_->editActions()->undoAction()->isEnabled());
        QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(window_->currentTrack(), original);
        QVERIFY(window_->editActions()->redoAction()->isEnabled());
        QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(window_->currentTrack(), version);
        QVERIFY(session_->history().track(original).has_value());
        // A stem's sound menu offers the palette's sounds for its role.
        const auto sounds = window_->editActions()->soundMenu("lead");
        QVERIFY(sounds && sounds->actions().size() >= 5);
    }

    void recentProjects() {
        // The project open in this window heads the recent list; its menu entry is disabled
        // (choosing another opens it in a window of its own).
        const auto recent = window_->recentProjects();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.front(), data_.path());
        QMenu* menu = nullptr;
        for (auto* m : window_->findChildren<QMenu*>())
            if (m->title() == "Recent projects")
                menu = m;
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), recent.size());
        QVERIFY(!menu->actions().front()->isEnabled());
    }

    void exportFromTheLibrary() {
        const auto id = generateAndShow("energetic house track", 5);
        QVERIFY(id != 0);
        // The drums muted in the mixer: "the mix as you hear it" leaves them out.
        QTest::mouseClick(window_->arrangement()->header(0)->muteButton(), Qt::LeftButton);
        const QString mutedStem = window_->arrangement()->header(0)->stem();
        const QString target = QDir(data_.path()).filePath("exported/house.flac");
        bool sawDialog = false;
        // The dialog is modal: drive it once it is up.
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            auto* formats = qobject_cast<QStandardItemModel*>(dialog->formatBox()->model());
            QVERIFY(formats->item(5)->isEnabled());  // MIDI: a generated song has one
            dialog->formatBox()->setCurrentIndex(1); // FLAC
            QVERIFY(dialog->destinationEdit()->text().endsWith(".flac"));
            dialog->destinationEdit()->setText(target);
            QVERIFY(!dialog->asHeardBox()->isHidden());
            dialog->asHeardBox()->setChecked(true);
            saveScreenshot(*dialog, "export-dialog.png");
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        });
        window_->shareActions()->exportTrack(id);
        QVERIFY(sawDialog);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 30000);
        QCOMPARE(readAudioFile(target.toStdString()).frames(), static_cast<std::size_t>(5 * 44100));
        QCOMPARE(session_->history().setting("export.artist").value_or(""), std::string("Cadenza"));
        const auto jobs = session_->history().jobs();
        const auto exported =
            std::find_if(jobs.rbegin(), jobs.rend(), [](const JobRecord& j) { return j.kind == JobKind::Export; });
        QVERIFY(exported != jobs.rend());
        const auto strips = parseExportParameters(exported->parameters).mix;
        QVERIFY(strips && strips->strips.at(mutedStem.toStdString()).mute);
        // Reveal result on the export's job shows the file it wrote.
        auto* view = window_->jobPanel()->view();
        int row = -1;
        QTRY_VERIFY((row = jobRow(QString::fromStdString(session_->history().track(id)->title) + " → flac")) >= 0 &&
                    view->model()->index(row, JobListModel::Status).data().toString() == "done");
        view->selectRow(row);
        QVERIFY(window_->jobPanel()->revealButton()->isEnabled());
        QSignalSpy revealed(window_->jobPanel(), &JobPanel::revealFile);
        // The file manager is the desktop's; here the request to it is what is checked.
        const bool opened = QMetaObject::invokeMethod(window_->jobPanel()->revealButton(), "click");
        QVERIFY(opened);
        QCOMPARE(revealed.count(), 1);
        QCOMPARE(revealed.at(0).at(0).toString(), target);
    }

    void libraryShowsCoversAndMakesNewOnes() {
        ask("dreamy ambient pads", 5);
        QTRY_VERIFY_WITH_TIMEOUT(libraryRow("dreamy ambient pads") >= 0, 60000);
        const auto cover = [&] {
            const int row = libraryRow("dreamy ambient pads");
            return window_->libraryView()
                ->model()
                ->index(row, LibraryModel::Title)
                .data(Qt::DecorationRole)
                .value<QPixmap>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!cover().isNull(), 10000); // drawn off the GUI thread, then shown
        const QImage first = cover().toImage();
        QCOMPARE(first.size(), QSize(52, 52)); // large enough to know the song by
        saveScreenshot(*window_->libraryView(), "library-covers.png");
        window_->libraryView()->selectRow(libraryRow("dreamy ambient pads"));
        window_->shareActions()->newCover(window_->currentTrack());
        QTRY_VERIFY_WITH_TIMEOUT(!cover().isNull() && cover().toImage() != first, 10000);
    }

    void takesAppearSideBySide() {
        const int before = window_->libraryView()->model()->rowCount();
        window_->generatePanel()->takesBox()->setValue(3);
        ask("nostalgic synthwave", 5);
        TakesDialog* takes = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((takes = window_->findChild<TakesDialog*>()) != nullptr, 90000);
        QCOMPARE(window_->libraryView()->model()->rowCount(), before + 3);
        QCOMPARE(takes->takes().size(), std::size_t{3});
        // Named for their mood and genre, numbered in the order they were made, the later
        // takes under the first, with their prompt in the title's tooltip.
        const auto* library = window_->libraryView()->model();
        const int first = libraryRow("Nostalgic Synthwave (take 1)");
        QVERIFY(first >= 0 && first + 2 < library->rowCount());
        QCOMPARE(library->index(first, LibraryModel::Title).data().toString(), QString("Nostalgic Synthwave (take 1)"));
        QCOMPARE(library->index(first + 1, LibraryModel::Title).data().toString(), QString("take 2"));
        QCOMPARE(library->index(first + 2, LibraryModel::Title).data().toString(), QString("take 3"));
        QCOMPARE(library->index(first, LibraryModel::Title).data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("Made from “nostalgic synthwave”"));
        QCOMPARE(library->index(first + 2, LibraryModel::Title).data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8("Nostalgic Synthwave (take 3)\nMade from “nostalgic synthwave”"));
        QTest::qWait(300); // the covers
        saveScreenshot(*takes, "takes-side-by-side.png");
        const auto kept = takes->takes()[1];
        takes->keepBox(1)->setChecked(true);
        QTimer::singleShot(0, this, [] { // "delete the other two?" -> yes
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(takes->keepButton(), Qt::LeftButton);
        QCOMPARE(window_->libraryView()->model()->rowCount(), before + 1);
        QVERIFY(session_->history().track(kept)->favourite);
    }

    void aPromptListBecomesAJobPerSong() {
        const QString bad = QDir(data_.path()).filePath("bad-prompts.txt");
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("calm piano\n{\"duration\": 5}\n");
        badFile.close();
        const auto jobsBefore = session_->history().jobs().size();
        QTimer::singleShot(0, this, [] { // the problem is shown...
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains("line 2"), qPrintable(box->text()));
            box->accept();
        });
        QVERIFY(window_->shareActions()->generateBatch(bad).empty());
        QCOMPARE(session_->history().jobs().size(), jobsBefore); // ...and nothing is queued

        const QString good = QDir(data_.path()).filePath("prompts.jsonl");
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("# a set\nwarm lo-fi beat\n{\"prompt\": \"fast techno\", \"duration\": 5, \"seed\": 2}\n"
                       "{\"prompt\": \"sad waltz\", \"duration\": 5}\n");
        goodFile.close();
        window_->generatePanel()->durationBox()->setValue(5);
        const int rows = window_->libraryView()->model()->rowCount();
        const auto jobs = window_->shareActions()->generateBatch(good);
        QCOMPARE(jobs.size(), std::size_t{3});
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), rows + 3, 120000);
        QVERIFY(libraryRow("fast techno") >= 0);
    }

    void aDroppedFileThatDoesNotDecodeChangesNothing() {
        // A FLAC file cut after its header: it looks like audio until it is decoded.
        QTemporaryDir files;
        const auto flac = std::filesystem::path(files.path().toStdString()) / "broken.flac";
        StereoBuffer tone(44100, 44100);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] = 0.3f * static_cast<float>(std::sin(0.05 * static_cast<double>(i)));
        writeAudioFile(flac, tone, {AudioContainer::Flac, SampleFormat::Pcm16});
        std::filesystem::resize_file(flac, 200);
        const auto jobsBefore = session_->history().jobs().size();
        const int rowsBefore = window_->jobPanel()->view()->model()->rowCount();
        const int tracksBefore = window_->libraryView()->model()->rowCount();
        window_->importFiles({QUrl::fromLocalFile(QString::fromStdString(flac.string()))});
        QMessageBox* notice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((notice = window_->findChild<QMessageBox*>()) != nullptr, 20000);
        QVERIFY2(notice->text().contains("broken.flac"), qPrintable(notice->text()));
        notice->close();
        QCOMPARE(session_->history().jobs().size(), jobsBefore); // the refused import left no job
        QCOMPARE(window_->jobPanel()->view()->model()->rowCount(), rowsBefore);
        QCOMPARE(window_->libraryView()->model()->rowCount(), tracksBefore);
    }

    // "Transcribe to MIDI" from the Library's menu, then a stem's from its strip's menu: the
    // notes appear in the note roll, each transcription in its list, with the MIDI file
    // that dragging the roll carries out.
    void aTrackAndAStemAreTranscribedIntoTheNoteRoll() {
#ifndef CADENZA_WITH_TORCH
        QSKIP("this build has no neural models (CADENZA_WITH_TORCH=OFF)");
#endif
        const qint64 id = generateAndShow("gentle piano ballad", 10);
        QVERIFY(id != 0);
        auto* roll = window_->noteRoll();
        QVERIFY(roll->empty());
        QVERIFY(roll->isHidden()); // nothing transcribed yet: no empty panel

        QAction* transcribe = nullptr;
        for (auto* action : window_->libraryView()->actions())
            if (action->text() == "Transcribe to MIDI")
                transcribe = action;
        QVERIFY(transcribe);
        transcribe->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!roll->empty(), 60000);
        QVERIFY(roll->isVisible());
        QVERIFY(roll->shown()->stem.isEmpty());
        QVERIFY(roll->shown()->transcription.notes.size() >= 10);
        QFile midi(roll->shown()->midiFile);
        QVERIFY(midi.open(QIODevice::ReadOnly));
        QCOMPARE(midi.read(4), QByteArray("MThd"));

        // The harmony stem, from its strip's menu.
        const auto picked = pickFromNextMenu([](const QList<QAction*>& actions) { return actions.last(); });
        emit window_->arrangement()->soundMenuRequested("harmony", window_->mapToGlobal(QPoint(200, 200)));
        QCOMPARE(*picked, QString("Transcribe “harmony” to MIDI"));
        QTRY_COMPARE_WITH_TIMEOUT(roll->laneChooser()->count(), 2, 60000);
        QTRY_COMPARE(roll->shown()->stem, QString("harmony"));
        QVERIFY(roll->laneChooser()->currentText().startsWith("harmony"));
        QCOMPARE(session_->history().transcribedStems(id), (std::vector<std::string>{"", "harmony"}));
        // Its notes lie inside the roll.
        const auto& note = roll->shown()->transcription.notes.front();
        QVERIFY(roll->rect().contains(roll->noteRect(note).toRect()));
        saveScreenshot(*window_, "transcription.png");
    }

    // A recording dropped on the Create panel becomes the melody the next song grows from.
    void aDroppedMelodyBecomesTheChorus() {
#ifndef CADENZA_WITH_TORCH
        QSKIP("this build has no neural models (CADENZA_WITH_TORCH=OFF)");
#endif
        // The melody: a phrase of a sine at 100 BPM.
        StereoBuffer tune(44100, 44100 * 6);
        const std::vector<int> pitches = {67, 69, 71, 72, 74, 72, 71, 67};
        for (std::size_t n = 0; n < pitches.size(); ++n)
            for (int i = 0; i < 24000; ++i) {
                const double hz = 440 * std::pow(2.0, (pitches[n] - 69) / 12.0);
                const double envelope = std::min({1.0, i / 400.0, (24000 - i) / 2000.0});
                tune.left[n * 26460 + static_cast<std::size_t>(i)] =
                    static_cast<float>(0.3 * envelope * std::sin(2 * M_PI * hz * i / 44100));
            }
        tune.right = tune.left;
        const QString file = QDir(data_.path()).filePath("tune.wav");
        writeWav(file.toStdString(), tune, SampleFormat::Pcm16);
        auto* panel = window_->generatePanel();
        QMimeData drop;
        drop.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &dropped);
        QCOMPARE(panel->melody(), file);
        window_->resize(1100, 700);
        saveScreenshot(*window_, "melody-1100x700.png");

        const int before = window_->libraryView()->model()->rowCount();
        ask("bright pop song with a catchy chorus", 40);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 90000);
        const int row = libraryRow("bright pop song with a catchy chorus");
        QVERIFY(row >= 0);
        const auto id = window_->libraryView()->model()->index(row, 0).data(LibraryModel::TrackIdRole).toLongLong();
        QFile json(QString::fromStdString((session_->history().trackFolder(id) / "song.json").string()));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto song = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(song["melody"].toObject()["source"].toString(), QString("tune.wav"));
        QCOMPARE(song["key"].toString(), QString("G major"));
        panel->setMelody({});
        QVERIFY(panel->request().melody.empty());
    }

    void libraryActions() {
        const int before = window_->libraryView()->model()->rowCount();
        ask("happy upbeat pop song in C major", 5);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 60000);
        auto* library = window_->libraryView()->model();
        const int row = libraryRow("happy upbeat pop");
        QVERIFY(row >= 0);
        const auto id = library->index(row, 0).data(LibraryModel::TrackIdRole).toLongLong();

        // Dragging it out gives its song.wav.
        const std::unique_ptr<QMimeData> drag(library->mimeData({library->index(row, 0)}));
        QCOMPARE(drag->urls().size(), 1);
        QVERIFY(drag->urls().first().toLocalFile().endsWith("song.wav"));
        QVERIFY(QFile::exists(drag->urls().first().toLocalFile()));

        window_->toggleFavourite(id);
        bool starred = false;
        for (int r = 0; r < library->rowCount(); ++r)
            starred |= library->index(r, 0).data(LibraryModel::TrackIdRole).toLongLong() == id &&
                       !library->index(r, LibraryModel::Favourite).data().toString().isEmpty();
        QVERIFY(starred);

        const QString folder = QFileInfo(drag->urls().first().toLocalFile()).path();
        window_->deleteTrack(id);
        QCOMPARE(library->rowCount(), before);
        QVERIFY(!QDir(folder).exists());
    }

    void droppedFilesAreImported() {
        QTemporaryDir files;
        const auto wav = std::filesystem::path(files.path().toStdString()) / "field recording.wav";
        StereoBuffer tone(48000, 48000);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] = 0.3f * static_cast<float>(std::sin(0.05 * static_cast<double>(i)));
        writeWav(wav, tone, SampleFormat::Pcm16);
        const QString text = files.filePath("notes.txt");
        QFile(text).open(QIODevice::WriteOnly);

        const int before = window_->libraryView()->model()->rowCount();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(QString::fromStdString(wav.string())), QUrl::fromLocalFile(text)});
        const QPoint centre = window_->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &drop);

        // The text file is named in a notice; the recording arrives in the Library.
        QMessageBox* notice = nullptr;
        QTRY_VERIFY((notice = window_->findChild<QMessageBox*>()) != nullptr);
        QVERIFY(notice->text().contains("notes.txt"));
        notice->close();
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 20000);
        int importedRow = -1;
        for (int r = 0; r < window_->libraryView()->model()->rowCount(); ++r)
            if (window_->libraryView()->model()->index(r, LibraryModel::Title).data().toString() == "field recording" &&
                window_->libraryView()->model()->index(r, LibraryModel::Source).data().toString() == "imported")
                importedRow = r;
        QVERIFY(importedRow >= 0);
        // Its analysis follows as a background job, and the panel shows it.
        const auto id =
            window_->libraryView()->model()->index(importedRow, 0).data(LibraryModel::TrackIdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(session_->history().analysis(id).has_value(), 20000);
        window_->libraryView()->selectRow(importedRow);
        QTRY_VERIFY(window_->analysisPanel()->summary().contains("LUFS"));
        // Its sections come from the analysis (an import's song.json has none).
        QTRY_VERIFY_WITH_TIMEOUT(!window_->waveformView()->sections().empty(), 10000);
        QCOMPARE(window_->waveformView()->sections().front().name, QString("A"));
        QCOMPARE(window_->arrangement()->canvas()->sections().front().name, QString("A"));
        QVERIFY(window_->arrangement()->canvas()->grid().valid()); // bars from the analysis's beats
        // Separated, its stems become its own lanes: the recording stays open.
        QCOMPARE(window_->arrangement()->laneCount(), std::size_t{1});
        QTRY_COMPARE(window_->currentTrack(), id);
        session_->separate(id);
        QTRY_COMPARE_WITH_TIMEOUT(window_->arrangement()->laneCount(), std::size_t{4}, 60000);
        QCOMPARE(window_->currentTrack(), id);
        QStringList lanes;
        for (std::size_t i = 0; i < 4; ++i)
            lanes << window_->arrangement()->header(i)->stem();
        QCOMPARE(lanes.join(','), QString("vocals,drums,bass,other"));
    }

    void preferencesChooseTheOutput() {
        PreferencesDialog dialog(window_.get());
        auto* audio = dialog.audioDeviceBox();
        audio->setCurrentIndex(audio->findData("none"));
        dialog.save();
        QCOMPARE(QSettings().value("audio/device").toString(), QString("none"));
        QCOMPARE(dialog.inputDeviceBox()->itemData(0).toString(), QString("default")); // Record's input, listed too
        QCOMPARE(QSettings().value("audio/input").toString(), QString("default"));
        window_->transport()->setOutputDevice(QSettings().value("audio/device").toString());
        QCOMPARE(window_->transport()->outputName(), QString("no output (silent)"));
        const auto* compute = dialog.computeDeviceBox();
        const auto* model = qobject_cast<const QStandardItemModel*>(compute->model());
        QVERIFY(model && !model->item(compute->findData("cuda"))->isEnabled()); // shown, but this build has none
    }

    void darkTheme() {
        applyTheme("dark");
        QTest::qWait(50);
        // The window's median pixel: its panels' background, whatever covers, notes and
        // text they show.
        const QImage shot = window_->grab().toImage();
        std::vector<int> lightness;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                lightness.push_back(shot.pixelColor(x, y).lightness());
        QVERIFY(!lightness.empty());
        std::nth_element(lightness.begin(), lightness.begin() + lightness.size() / 2, lightness.end());
        QVERIFY2(lightness[lightness.size() / 2] < 80, qPrintable(QString::number(lightness[lightness.size() / 2])));
        saveScreenshot(*window_, "main-window-dark.png");
        // "system" picks the designed theme of the desktop's kind.
        QPalette night, day;
        night.setColor(QPalette::Window, QColor(30, 30, 30));
        night.setColor(QPalette::WindowText, Qt::white);
        day.setColor(QPalette::Window, QColor(240, 240, 240));
        day.setColor(QPalette::WindowText, Qt::black);
        QVERIFY(prefersDark(night));
        QVERIFY(!prefersDark(day));
        applyTheme("system");
    }

    void germanInterface() {
        installTranslation(*QCoreApplication::instance(), "de");
        MainWindow german(*session_);
        QCOMPARE(german.generatePanel()->generateButton()->text(), QString("Erzeugen"));
        german.resize(1200, 760);
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        saveScreenshot(german, "main-window-de.png");
        // Back to English for the other tests.
        for (auto* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(translator);
    }

    // The engine menu lists MusicGen, which has no weights here: not installed, not
    // selectable, its tooltip saying where the weights go. The symbolic composer is chosen.
    void engineMenuSaysWhatIsInstalled() {
        auto* engines = window_->generatePanel()->engineBox();
        QCOMPARE(engines->count(), 2);
        QCOMPARE(engines->currentData().toString(), QString("symbolic"));
        const int musicgen = engines->findData("musicgen");
        QVERIFY(musicgen > 0);
        QVERIFY(engines->itemText(musicgen).contains("not installed"));
        // Where its weights go; or, in a build without libtorch, that the build lacks it.
#ifdef CADENZA_WITH_TORCH
        const char* reason = "docs/models.md";
#else
        const char* reason = "CADENZA_WITH_TORCH=OFF";
#endif
        QVERIFY(engines->itemData(musicgen, Qt::ToolTipRole).toString().contains(reason));
        const auto* items = qobject_cast<const QStandardItemModel*>(engines->model());
        QVERIFY(!items->item(musicgen)->isEnabled());
        QCOMPARE(window_->generatePanel()->request().engine, std::string("symbolic"));
        // Asking for it anyway (as a stored job's Retry might) is refused with the reason.
        GenerateRequest request = window_->generatePanel()->request();
        request.prompt = "warm pads";
        request.engine = "musicgen";
        bool refused = false;
        try {
            session_->generate(request, 1);
        } catch (const UserError& e) {
            refused = std::string(e.what()).find(reason) != std::string::npos;
        }
        QVERIFY(refused);
        engines->showPopup();
        QTest::qWait(50);
        saveScreenshot(*engines->view()->window(), "generate-panel-engine-menu.png");
        engines->hidePopup();
    }

    void badInputIsExplainedAndQueuesNothing() {
        const int jobsBefore = window_->jobPanel()->view()->model()->rowCount();
        ask("   ", 10);
        QTest::qWait(100);
        QCOMPARE(window_->jobPanel()->view()->model()->rowCount(), jobsBefore);
        bool explained = false;
        for (const auto* label : window_->generatePanel()->findChildren<QLabel*>())
            explained |= label->isVisible() && label->text().contains("prompt");
        QVERIFY(explained);
    }

    void aRunningJobIsCancelledFromThePanel() {
        ask("epic cinematic orchestral trailer music", 300);
        const QString title = "epic cinematic orchestral trailer music";
        QTRY_VERIFY_WITH_TIMEOUT(jobRow(title) >= 0, 5000);
        auto* view = window_->jobPanel()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(jobRow(title), JobListModel::Progress).data().toInt() > 0, 10000);
        // The title says a job is at work; Cancel stops it with no row selected.
        QVERIFY(window_->jobPanel()->foldButton()->text().contains("at work"));
        view->clearSelection();
        QVERIFY(window_->jobPanel()->cancelButton()->isEnabled());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(window_->jobPanel()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(jobRow(title), JobListModel::Status).data().toString(),
                                  QString("cancelled"), 2000);
        qInfo("cancelled in the panel after %lld ms", static_cast<long long>(timer.elapsed()));
        // It reads "cancelled" where it stopped, not 100%, and its clock has stopped.
        const auto progress = view->model()->index(jobRow(title), JobListModel::Progress);
        QCOMPARE(progress.data(JobListModel::ProgressTextRole).toString(), QString("cancelled"));
        QVERIFY(progress.data().toInt() < 100);
        const QString elapsed = view->model()->index(jobRow(title), JobListModel::Elapsed).data().toString();
        QVERIFY(!elapsed.isEmpty());
        QTest::qWait(1100);
        QCOMPARE(view->model()->index(jobRow(title), JobListModel::Elapsed).data().toString(), elapsed);
        QVERIFY(view->model()->index(jobRow(title), JobListModel::Remaining).data().toString().isEmpty());
        view->selectRow(jobRow(title));
        QVERIFY(window_->jobPanel()->retryButton()->isEnabled());
        // The title folds the table away.
        QTest::mouseClick(window_->jobPanel()->foldButton(), Qt::LeftButton);
        QVERIFY(!view->isVisible());
        QTest::mouseClick(window_->jobPanel()->foldButton(), Qt::LeftButton);
        QVERIFY(view->isVisible());
    }

    // The transport's symbols where the desktop has no icon theme: each one has ink, no two are alike, Record is red
    // (white when lit), and a disabled button's symbol is greyed.
    void transportIconsAreDrawn() {
        const auto image = [](TransportGlyph glyph, QIcon::Mode mode = QIcon::Normal, QIcon::State state = QIcon::Off) {
            return drawnTransportIcon(glyph).pixmap(QSize(24, 24), 1.0, mode, state).toImage();
        };
        const auto inked = [](const QImage& picture) {
            int count = 0;
            for (int y = 0; y < picture.height(); ++y)
                for (int x = 0; x < picture.width(); ++x)
                    count += qAlpha(picture.pixel(x, y)) > 128 ? 1 : 0;
            return count;
        };
        const std::vector glyphs = {TransportGlyph::ReturnToStart, TransportGlyph::Play, TransportGlyph::Pause,
                                    TransportGlyph::Stop,          TransportGlyph::Loop, TransportGlyph::Record};
        for (std::size_t a = 0; a < glyphs.size(); ++a) {
            QVERIFY2(inked(image(glyphs[a])) > 30, qPrintable(QString::number(a)));
            for (std::size_t b = a + 1; b < glyphs.size(); ++b)
                QVERIFY(image(glyphs[a]) != image(glyphs[b]));
        }
        const QColor red = image(TransportGlyph::Record).pixelColor(12, 12);
        QVERIFY2(red.red() > 180 && red.green() < 100, qPrintable(red.name()));
        QCOMPARE(image(TransportGlyph::Record, QIcon::Normal, QIcon::On).pixelColor(12, 12), QColor(Qt::white));
        QVERIFY(image(TransportGlyph::Play, QIcon::Disabled) != image(TransportGlyph::Play));
    }

    // A neural engine brings its model and sampling under More options: the checkpoints
    // installed side by side, each one's published sampling until it is set by hand.
    void neuralOptionsFollowTheModel() {
#ifndef CADENZA_WITH_TORCH
        QSKIP("built without libtorch: MusicGen cannot be installed");
#else
        const std::filesystem::path models = std::filesystem::path(data_.path().toStdString()) / "models";
        const std::filesystem::path tiny = std::filesystem::path(CADENZA_TEST_DATA) / "musicgen/musicgen-tiny";
        std::filesystem::create_directories(models);
        for (const char* name : {"musicgen-tiny", "musicgen-tiny-b"})
            std::filesystem::copy(tiny, models / name, std::filesystem::copy_options::recursive);
        std::ofstream(models / "musicgen-tiny-b/generation_config.json")
            << R"({"do_sample": true, "guidance_scale": 2.5, "top_k": 50})";
        auto* panel = window_->generatePanel();
        panel->refreshEngines();
        panel->moreOptionsButton()->setChecked(true);
        QVERIFY(panel->modelBox()->isHidden()); // the symbolic composer has no model
        panel->engineBox()->setCurrentIndex(panel->engineBox()->findData("musicgen"));
        QVERIFY(!panel->modelBox()->isHidden());
        QCOMPARE(panel->modelBox()->count(), 2);
        QCOMPARE(panel->guidanceBox()->value(), 3.0); // musicgen-tiny publishes nothing: MusicGen's own
        QCOMPARE(panel->topKBox()->value(), 250);
        QVERIFY(!panel->guidanceBox()->isEnabled());
        panel->modelBox()->setCurrentIndex(1);
        QCOMPARE(panel->guidanceBox()->value(), 2.5); // musicgen-tiny-b's generation_config.json
        QCOMPARE(panel->topKBox()->value(), 50);
        auto request = panel->request();
        QCOMPARE(request.neural.model, std::string("musicgen-tiny-b"));
        QVERIFY(!request.neural.guidance && !request.neural.temperature);
        // Set by hand: greedy.
        panel->customSamplingBox()->setChecked(true);
        QVERIFY(panel->temperatureBox()->isEnabled());
        panel->temperatureBox()->setValue(0);
        request = panel->request();
        QCOMPARE(request.neural.temperature.value_or(-1), 0.0);
        QCOMPARE(request.neural.topK.value_or(-1), 50);
        // Back to the composer: no neural options go with the request.
        panel->customSamplingBox()->setChecked(false);
        panel->engineBox()->setCurrentIndex(panel->engineBox()->findData("symbolic"));
        QVERIFY(panel->modelBox()->isHidden());
        QVERIFY(panel->request().neural.empty());
        std::filesystem::remove_all(models / "musicgen-tiny");
        std::filesystem::remove_all(models / "musicgen-tiny-b");
        panel->refreshEngines();
#endif
    }

    // The Models page lists what is there and what is missing; a damaged folder is refused
    // on Add and nothing is copied; a whole one is copied in the background and listed.
    void modelsPageListsAndAdds() {
        ModelsDialog dialog(session_->userModels(), false, window_.get());
        QTRY_VERIFY(dialog.listed());
        const auto stateOf = [&](const QString& name) {
            for (int r = 0; r < dialog.table()->rowCount(); ++r)
                if (dialog.table()->item(r, 0)->text() == name)
                    return dialog.table()->item(r, 2)->text();
            return QString();
        };
        QCOMPARE(stateOf("basic-pitch"), QString("installed (shipped)"));
        QCOMPARE(stateOf("musicgen"), QString("not installed"));
#ifdef CADENZA_WITH_TORCH
        QCOMPARE(dialog.table()->item(0, 4)->text(), QString("CPU")); // the GPU not allowed
#endif

        QTemporaryDir elsewhere;
        const std::filesystem::path root = elsewhere.path().toStdString();
        std::filesystem::copy(std::filesystem::path(CADENZA_TEST_DATA) / "musicgen/musicgen-tiny",
                              root / "musicgen-tiny", std::filesystem::copy_options::recursive);
        std::filesystem::copy(root / "musicgen-tiny", root / "musicgen-cut", std::filesystem::copy_options::recursive);
        std::filesystem::resize_file(root / "musicgen-cut/model.safetensors", 4096);
        QSignalSpy changed(&dialog, &ModelsDialog::modelsChanged);
        dialog.addModel(QString::fromStdString((root / "musicgen-cut").string()));
        QTRY_VERIFY(dialog.addButton()->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains("damaged"), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!std::filesystem::exists(session_->userModels() / "musicgen-cut"));
        QCOMPARE(changed.count(), 0);

        dialog.addModel(QString::fromStdString((root / "musicgen-tiny").string()));
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(stateOf("musicgen-tiny"), QString("installed"));
        QCOMPARE(stateOf("musicgen"), QString()); // the kind is provided now
        saveScreenshot(dialog, "models-page.png");
        std::filesystem::remove_all(session_->userModels() / "musicgen-tiny");

        // A published demucs checkpoint is added as a file, into a folder named after it; a
        // truncated one is refused.
        const auto checkpoint = root / "955717e8-8726e21a.th";
        std::filesystem::copy_file(std::filesystem::path(CADENZA_TEST_DATA) / "htdemucs/model.th", checkpoint);
        std::filesystem::copy_file(checkpoint, root / "cut.th");
        std::filesystem::resize_file(root / "cut.th", std::filesystem::file_size(checkpoint) - 100);
        dialog.addModel(QString::fromStdString((root / "cut.th").string()));
        QTRY_VERIFY(dialog.addFileButton()->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains("damaged"), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!std::filesystem::exists(session_->userModels() / "cut"));
        dialog.addModel(QString::fromStdString(checkpoint.string()));
        QTRY_COMPARE(changed.count(), 2);
        QTRY_COMPARE(stateOf("955717e8-8726e21a"), QString("installed"));
        QVERIFY(std::filesystem::exists(session_->userModels() / "955717e8-8726e21a" / "955717e8-8726e21a.th"));
        std::filesystem::remove_all(session_->userModels() / "955717e8-8726e21a");
    }

    void librarySearchFilters() {
        const int before = window_->libraryView()->model()->rowCount();
        ask("smooth late-night jazz trio with brushes", 5);
        QTRY_COMPARE_WITH_TIMEOUT(window_->libraryView()->model()->rowCount(), before + 1, 60000);
        const int all = window_->libraryView()->model()->rowCount();
        QTest::keyClicks(window_->searchBox(), "jazz");
        QVERIFY(window_->libraryView()->model()->rowCount() >= 1);
        QVERIFY(window_->libraryView()->model()->rowCount() < all); // the reggae song is filtered out
        // Words of the prompt find it though the title does not show them.
        window_->searchBox()->clear();
        QTest::keyClicks(window_->searchBox(), "late-night jazz trio");
        QCOMPARE(window_->libraryView()->model()->rowCount(), 1);
        window_->searchBox()->clear();
        QTest::keyClicks(window_->searchBox(), "no such thing at all");
        QCOMPARE(window_->libraryView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(UiTest)
#include "test_ui.moc"
