// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cadenza {

// Preferences, kept in QSettings:
//   audio/device    the output device's name, "default", or "none" for silent playback
//   compute/device  "auto" or "cpu" ("cuda" is offered only when the build has it)
//   paths/data      the data folder (used from the next start; CADENZA_DATA_DIR wins)
//   paths/models    where neural engines look for their weights
//   ui/language     "system", "en" or "de" (used from the next start)
//   ui/theme        "system", "light" or "dark" (applied at once)
class PreferencesDialog : public QDialog {
    Q_OBJECT

  public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* audioDeviceBox() const { return audio_; }
    QComboBox* inputDeviceBox() const { return input_; }
    QComboBox* computeDeviceBox() const { return compute_; }
    QComboBox* themeBox() const { return theme_; }

    // Writes the choices to QSettings.
    void save() const;

  private:
    QComboBox* audio_;
    QComboBox* input_;
    QComboBox* compute_;
    QLineEdit* data_;
    QLineEdit* models_;
    QComboBox* language_;
    QComboBox* theme_;
};

} // namespace cadenza
