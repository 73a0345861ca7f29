#pragma once

#include <QCommandLineParser>

namespace cadenza {

// The sharing commands (ShareCommands.cpp); each returns the exit status.
int exportCommand(const QCommandLineParser& args); // export TRACK_ID --format F --out FILE
int coverCommand(const QCommandLineParser& args);  // cover TRACK_ID --out FILE.png [--new]
int videoCommand(const QCommandLineParser& args);  // video TRACK_ID --out FILE.mp4
int batchCommand(const QCommandLineParser& args);  // batch (--prompts FILE | --prompt P --variations N) --out DIR

} // namespace cadenza
