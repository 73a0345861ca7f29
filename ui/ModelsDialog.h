// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/InstalledModels.h"

#include <QDialog>

#include <filesystem>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cadenza {

// The Models page: every model Cadenza found (installed, or damaged with the file that is),
// each kind it can use but lacks, with where to get it (docs/models.md), sizes and folders.
// "Add a model folder…" checks the folder and copies it into the models folder in the
// background; the list is read in the background too. Engines see a new model at once, so
// modelsChanged() is all the rest of the studio needs to hear.
class ModelsDialog : public QDialog {
    Q_OBJECT

  public:
    // `allowCuda`: whether Preferences let the models use the GPU.
    ModelsDialog(std::filesystem::path userModels, bool allowCuda, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* addFileButton() const { return addFile_; }
    QLabel* statusLabel() const { return status_; }
    // True once the list has been read.
    bool listed() const { return listed_; }

  public slots:
    // Reads the list again, in the background.
    void refresh();
    // Checks a model folder, or a published checkpoint file, and copies it into the models
    // folder, in the background; the status line says what became of it.
    void addModel(const QString& path);

  signals:
    void modelsChanged();

  private:
    void showRows(const std::vector<ModelRow>& rows);

    std::filesystem::path userModels_;
    bool allowCuda_;
    QTableWidget* table_;
    QPushButton* add_;
    QPushButton* addFile_;
    QLabel* status_;
    bool listed_ = false;
};

} // namespace cadenza
