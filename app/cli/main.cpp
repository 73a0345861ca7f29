// SPDX-License-Identifier: GPL-3.0-or-later
// cadenza-cli: the headless front end. It parses, calls core, and shows the result. Each
// command has its own options and handler (CliCommand.h); this file finds the command,
// parses its options and runs it.

#include "CliCommand.h"
#include "CliSupport.h"

#include "base/BuildInfo.h"
#include "base/UserError.h"
#include "engines/MlPlugin.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace {

using namespace cadenza;

std::vector<CliCommand> allCommands() {
    std::vector<CliCommand> all;
    for (auto group : {generateCommands(), trackCommands(), transcribeCommands(), editCommands(), shareCommands(),
                       historyCommands()})
        all.insert(all.end(), group.begin(), group.end());
    return all;
}

void printOverview(const std::vector<CliCommand>& commands) {
    std::printf("Usage: cadenza-cli COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                "Cadenza, an offline music studio.\n\nCommands:\n");
    for (const auto& c : commands)
        std::printf("  %-9s %s\n            %s\n", c.name.toUtf8().constData(), c.usage.toUtf8().constData(),
                    c.summary.toUtf8().constData());
    std::printf("\n`cadenza-cli COMMAND --help` lists a command's options.\n"
                "The project history lives in $CADENZA_DATA_DIR (default ~/.local/share/Cadenza).\n");
}

// Qt's messages, less the offscreen platform's note that XDG_RUNTIME_DIR is unset (usual
// over ssh and in containers, and irrelevant to a program that opens no window).
void printQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::cerr << qFormatLogMessage(type, context, message).toStdString() << "\n";
}

} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(printQtMessage);
    installInterruptHandlers();
    MlPlugin::prepareEnvironment(); // before any thread starts

    const auto commands = allCommands();
    const std::string name = argc > 1 ? argv[1] : "";
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const CliCommand& c) { return c.name.toStdString() == name; });
    // Only the commands that draw need Qt Gui; the others start without it.
    std::unique_ptr<QCoreApplication> app;
    if (command != commands.end() && command->draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts for the pictures; no window opens
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName("cadenza-cli");
    QCoreApplication::setApplicationVersion(QStringLiteral("%1 (commit %2)").arg(buildVersion(), buildCommit()));

    if (command == commands.end()) {
        if (name == "--version" || name == "-v") {
            std::printf("cadenza-cli %s (commit %s)\n", buildVersion(), buildCommit());
            if (!MlPlugin::builtIn())
                std::printf("%s\n", MlPlugin::missingFeatures().c_str());
            return 0;
        }
        printOverview(commands);
        if (name.empty() || name == "--help" || name == "-h" || name == "help")
            return name.empty() ? kExitUsage : 0;
        std::cerr << "\ncadenza-cli: unknown command '" << name << "'\n";
        return kExitUsage;
    }

    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("cadenza-cli %1 %2\n\n%3.").arg(command->name, command->usage, command->summary));
    args.addHelpOption();
    args.addOptions(command->options);
    args.addPositionalArgument(command->name, command->summary, command->name + " " + command->usage);
    if (!args.parse(QCoreApplication::arguments())) {
        std::cerr << "cadenza-cli " << name << ": " << args.errorText().toStdString() << "\n";
        return kExitUsage;
    }
    if (args.isSet("help"))
        args.showHelp(0);

    try {
        return command->run(args);
    } catch (const UserError& e) {
        std::cerr << "cadenza-cli: " << e.field() << ": " << e.what() << "\n";
        return kExitUsage;
    } catch (const OperationCancelled&) {
        std::cerr << "\ncadenza-cli: cancelled; nothing was written\n";
        return kExitCancelled;
    } catch (const std::exception& e) {
        std::cerr << "cadenza-cli: " << e.what() << "\n";
        return kExitFailure;
    }
}
