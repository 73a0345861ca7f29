// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ModelsDialog.h"

#include "base/UserError.h"
#include "ui/GuiThread.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cadenza {
namespace {

enum Column { Name, Use, State, Size, Device, Where, ColumnCount };

QString stateText(ModelState state) {
    switch (state) {
    case ModelState::Installed:
        return ModelsDialog::tr("installed");
    case ModelState::Damaged:
        return ModelsDialog::tr("damaged");
    case ModelState::NotInstalled:
        return ModelsDialog::tr("not installed");
    }
    return {};
}

} // namespace

ModelsDialog::ModelsDialog(std::filesystem::path userModels, bool allowCuda, QWidget* parent)
    : QDialog(parent), userModels_(std::move(userModels)), allowCuda_(allowCuda),
      table_(new QTableWidget(0, ColumnCount, this)), add_(new QPushButton(tr("Add a model folder…"), this)),
      addFile_(new QPushButton(tr("Add a checkpoint file…"), this)), status_(new QLabel(this)) {
    setWindowTitle(tr("Models"));
    table_->setHorizontalHeaderLabels(
        {tr("Model"), tr("What it does"), tr("State"), tr("Size"), tr("Runs on"), tr("Where")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    status_->setWordWrap(true);
    status_->setText(tr("Reading the models folder…"));
    auto* open = new QPushButton(tr("Open the models folder"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* row = new QHBoxLayout;
    row->addWidget(add_);
    row->addWidget(addFile_);
    row->addWidget(open);
    row->addStretch();
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Neural engines run when their weights are in the models folder, %1. "
                                    "docs/models.md says where each is published.")
                                     .arg(QString::fromStdString(userModels_.string())),
                                 this));
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addLayout(row);
    resize(900, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        std::filesystem::create_directories(userModels_);
        QDesktopServices::openUrl(QUrl::fromLocalFile(QString::fromStdString(userModels_.string())));
    });
    connect(add_, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a model folder"));
        if (!folder.isEmpty())
            addModel(folder);
    });
    connect(addFile_, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Add a checkpoint file"), {}, tr("Demucs checkpoints (*.th)"));
        if (!file.isEmpty())
            addModel(file);
    });
    refresh();
}

void ModelsDialog::refresh() {
    runInBackground([dialog = QPointer(this), userModels = userModels_, allowCuda = allowCuda_] {
        auto rows = modelRows(userModels, allowCuda);
        deliverToGui(dialog, [rows = std::move(rows)](ModelsDialog& self) { self.showRows(rows); });
    });
}

void ModelsDialog::addModel(const QString& path) {
    add_->setEnabled(false);
    addFile_->setEnabled(false);
    status_->setText(tr("Checking and copying %1…").arg(path));
    runInBackground([dialog = QPointer(this), userModels = userModels_, source = path.toStdString()] {
        QString said;
        bool added = false;
        try {
            const auto target = addModelFolder(source, userModels, CancelToken());
            said = tr("Added %1.").arg(QString::fromStdString(target.filename().string()));
            added = true;
        } catch (const std::exception& e) {
            said = tr("Not added: %1").arg(QString::fromStdString(e.what()));
        }
        deliverToGui(dialog, [said, added](ModelsDialog& self) {
            self.add_->setEnabled(true);
            self.addFile_->setEnabled(true);
            self.status_->setText(said);
            if (added) {
                self.refresh();
                emit self.modelsChanged();
            }
        });
    });
}

void ModelsDialog::showRows(const std::vector<ModelRow>& rows) {
    table_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const ModelRow& model = rows[static_cast<std::size_t>(r)];
        const QString where = model.state == ModelState::Installed ? QString::fromStdString(model.folder.string())
                              : model.state == ModelState::Damaged
                                  ? QString::fromStdString(model.problem)
                                  : tr("Get it from %1").arg(QString::fromStdString(model.source));
        const QString size = model.state == ModelState::NotInstalled
                                 ? QString()
                                 : QString("%1 MB").arg(static_cast<double>(model.bytes) / 1e6, 0, 'f', 1);
        const QStringList cells = {QString::fromStdString(model.name),
                                   QString::fromStdString(model.title),
                                   stateText(model.state) + (model.shipped ? tr(" (shipped)") : QString()),
                                   size,
                                   QString::fromStdString(model.device),
                                   where};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]); // the table owns its items
            item->setToolTip(c == Where ? where : QString());
            if (c == State && model.state == ModelState::Damaged)
                item->setForeground(QColor(0xd0, 0x40, 0x30));
            table_->setItem(r, c, item);
        }
    }
    if (!listed_)
        status_->clear();
    listed_ = true;
}

} // namespace cadenza
