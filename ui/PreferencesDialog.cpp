// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PreferencesDialog.h"

#include "engines/MlPlugin.h"

#include "playback/AudioInput.h"
#include "project/ProjectDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>

namespace cadenza {
namespace {

QWidget* folderRow(QLineEdit* edit, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(QObject::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, row] {
        const QString folder = QFileDialog::getExistingDirectory(row, QObject::tr("Choose a folder"), edit->text());
        if (!folder.isEmpty())
            edit->setText(folder);
    });
    return row;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), audio_(new QComboBox(this)), input_(new QComboBox(this)), compute_(new QComboBox(this)),
      data_(new QLineEdit(this)), models_(new QLineEdit(this)), language_(new QComboBox(this)),
      theme_(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    const QSettings settings;

    audio_->addItem(tr("System default"), "default");
    for (const auto& device : audioOutputDevices())
        audio_->addItem(QString::fromStdString(device), QString::fromStdString(device));
    audio_->addItem(tr("None (silent)"), "none");
    audio_->setCurrentIndex(std::max(0, audio_->findData(settings.value("audio/device", "default"))));
    input_->addItem(tr("System default"), "default");
    for (const auto& device : audioInputDevices())
        input_->addItem(QString::fromStdString(device), QString::fromStdString(device));
    input_->setCurrentIndex(std::max(0, input_->findData(settings.value("audio/input", "default"))));
    input_->setToolTip(tr("What Record captures: a microphone, an instrument"));

    compute_->addItem(tr("Automatic"), "auto");
    compute_->addItem(tr("CPU"), "cpu");
    compute_->addItem(tr("CUDA GPU"), "cuda");
    // Without a CUDA-enabled libtorch or a GPU the choice is shown, and why it is off. The
    // module was loaded in the background at start; if it is not there yet, CUDA stays off.
    if (auto* model = qobject_cast<QStandardItemModel*>(compute_->model());
        model && !(MlPlugin::instance().loaded() && MlPlugin::instance().cudaAvailable())) {
        auto* cuda = model->item(2);
        cuda->setEnabled(false);
        cuda->setToolTip(tr("Unavailable: this build of Cadenza, or this machine, has no CUDA support"));
    }
    compute_->setCurrentIndex(std::max(0, compute_->findData(settings.value("compute/device", "auto"))));

    data_->setText(settings.value("paths/data", QString::fromStdString(defaultDataDirectory().string())).toString());
    models_->setText(settings.value("paths/models", data_->text() + "/models").toString());
    language_->addItem(tr("System language"), "system");
    language_->addItem(QStringLiteral("English"), "en");
    language_->addItem(QStringLiteral("Deutsch"), "de");
    language_->setCurrentIndex(std::max(0, language_->findData(settings.value("ui/language", "system"))));

    theme_->addItem(tr("Follow the system"), "system");
    theme_->addItem(tr("Light"), "light");
    theme_->addItem(tr("Dark"), "dark");
    theme_->setCurrentIndex(std::max(0, theme_->findData(settings.value("ui/theme", "system"))));

    auto* form = new QFormLayout;
    form->addRow(tr("Audio output"), audio_);
    form->addRow(tr("Audio input"), input_);
    form->addRow(tr("Compute device"), compute_);
    form->addRow(tr("Data folder"), folderRow(data_, this));
    form->addRow(QString(), new QLabel(tr("<small>Takes effect at the next start.</small>"), this));
    form->addRow(tr("Models folder"), folderRow(models_, this));
    form->addRow(tr("Theme"), theme_);
    form->addRow(tr("Language"), language_);
    form->addRow(QString(), new QLabel(tr("<small>The language changes at the next start.</small>"), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::save() const {
    QSettings settings;
    settings.setValue("audio/device", audio_->currentData());
    settings.setValue("audio/input", input_->currentData());
    settings.setValue("compute/device", compute_->currentData());
    settings.setValue("paths/data", data_->text());
    settings.setValue("paths/models", models_->text());
    settings.setValue("ui/language", language_->currentData());
    settings.setValue("ui/theme", theme_->currentData());
}

} // namespace cadenza
