// SPDX-License-Identifier: GPL-3.0-or-later
// cadenza: the desktop studio.

#include "base/BuildInfo.h"
#include "engines/MlPlugin.h"
#include "project/ProjectDatabase.h"
#include "ui/GuiThread.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/StudioSession.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[]) {
    cadenza::MlPlugin::prepareEnvironment(); // before any thread starts
    QApplication app(argc, argv);
    QApplication::setApplicationName("Cadenza");
    QApplication::setOrganizationName("Cadenza");
    QApplication::setApplicationVersion(cadenza::buildVersion());
    if (app.arguments().contains("--version")) {
        std::printf("cadenza %s (commit %s)\n", cadenza::buildVersion(), cadenza::buildCommit());
        return 0;
    }
    // Past a file size limit (ulimit -f), a write fails with EFBIG, which the job reports
    // like a full disk, instead of the signal ending the program mid-file.
    std::signal(SIGXFSZ, SIG_IGN);
    cadenza::installTranslation(app, QSettings().value("ui/language", "system").toString());
    cadenza::applyTheme(QSettings().value("ui/theme", "system").toString());
    try {
        // The data folder: $CADENZA_DATA_DIR, else the one chosen in Preferences, else the default.
        std::filesystem::path data = cadenza::defaultDataDirectory();
        if (const QSettings settings; !qEnvironmentVariableIsSet("CADENZA_DATA_DIR") && settings.contains("paths/data"))
            data = settings.value("paths/data").toString().toStdString();
        // Files given on the command line (a file manager's "Open with Cadenza") are imported,
        // by the studio already open on this project when there is one.
        QStringList files;
        for (const auto& argument : app.arguments().mid(1))
            if (!argument.startsWith('-') && QFileInfo(argument).isFile())
                files << QFileInfo(argument).absoluteFilePath();
        cadenza::SingleInstance instance(data);
        if (instance.forwardToRunning(files))
            return 0;
        instance.listen();
        cadenza::StudioSession session(data);
        cadenza::MainWindow window(session);
        window.show();
        const auto import = [&window](const QStringList& paths) {
            QList<QUrl> urls;
            for (const auto& path : paths)
                urls << QUrl::fromLocalFile(path);
            if (!urls.isEmpty())
                window.importFiles(urls);
            window.raise();
            window.activateWindow();
        };
        QObject::connect(&instance, &cadenza::SingleInstance::filesReceived, &window, import);
        import(files);
        // Load libtorch's module in the background, once the window is up: analyses find it
        // ready, and Preferences can say whether CUDA is there without waiting for it.
        cadenza::runInBackground([] { cadenza::MlPlugin::instance().load(); });
        return QApplication::exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QObject::tr("Cadenza cannot start"), QString::fromStdString(e.what()));
        return 1;
    }
}
