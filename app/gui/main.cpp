// cadenza: the desktop studio.

#include "project/ProjectDatabase.h"
#include "ui/MainWindow.h"
#include "ui/StudioSession.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("Cadenza");
    QApplication::setOrganizationName("Cadenza");
    QApplication::setApplicationVersion(CADENZA_VERSION);
    if (app.arguments().contains("--version")) {
        std::printf("cadenza %s\n", CADENZA_VERSION);
        return 0;
    }
    try {
        cadenza::StudioSession session(cadenza::defaultDataDirectory());
        cadenza::MainWindow window(session);
        window.show();
        return QApplication::exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QObject::tr("Cadenza cannot start"), QString::fromStdString(e.what()));
        return 1;
    }
}
