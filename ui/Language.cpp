// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cadenza {

QStringList availableLanguages() {
    return {"en", "de"};
}

void installTranslation(QCoreApplication& app, const QString& code) {
    const QString language = code == "system" ? QLocale::system().name().section('_', 0, 0) : code;
    if (language == "en" || !availableLanguages().contains(language))
        return;
    auto* own = new QTranslator(&app); // owned by the application
    if (own->load(":/i18n/cadenza_" + language + ".qm"))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace cadenza
