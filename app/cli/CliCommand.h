// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <vector>

namespace cadenza {

// One command of cadenza-cli: its name, how it is called, its own options and what runs it.
// The parser a command gets holds its options only, with the command's name as the first
// positional argument.
struct CliCommand {
    QString name;
    QString usage;   // the arguments after the name, as --help shows them
    QString summary; // one line, for the list of commands
    QList<QCommandLineOption> options;
    int (*run)(const QCommandLineParser& args) = nullptr; // returns the exit status
    // Draws covers or videos: it needs a QGuiApplication (fonts) on the offscreen platform.
    // The other commands run with a QCoreApplication.
    bool draws = false;
};

// The commands of each group, in the order the command list shows them.
std::vector<CliCommand> generateCommands();   // generate, batch, engines (GenerateCommands.cpp)
std::vector<CliCommand> trackCommands();      // import, analyze, remix, separate (TrackCommands.cpp)
std::vector<CliCommand> transcribeCommands(); // transcribe (TranscribeCommands.cpp)
std::vector<CliCommand> editCommands();       // edit, versions, sounds (EditCommands.cpp)
std::vector<CliCommand> shareCommands();      // export, cover, video (ShareCommands.cpp)
std::vector<CliCommand> historyCommands();    // list, jobs, retry, check (HistoryCommands.cpp)

} // namespace cadenza
