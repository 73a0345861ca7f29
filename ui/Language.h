// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cadenza {

// The interface languages that ship (each with a translations/cadenza_<code>.ts).
QStringList availableLanguages(); // codes, e.g. {"en", "de"}

// Installs Cadenza's translation (and Qt's own, for standard buttons) for a language code,
// or for the system's language when `code` is "system". English needs none.
void installTranslation(QCoreApplication& app, const QString& code);

} // namespace cadenza
