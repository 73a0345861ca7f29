// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>

namespace cadenza {
namespace {

// The menu's entries: the format, and for stems whether they go into one zip.
struct Choice {
    ExportFormat format;
    bool zip;
    const char* label;
};

const Choice kChoices[] = {
    {ExportFormat::Wav, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "WAV (uncompressed)")},
    {ExportFormat::Flac, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "FLAC (lossless)")},
    {ExportFormat::Mp3, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "MP3 (320 kbps)")},
    {ExportFormat::Ogg, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "Ogg Vorbis")},
    {ExportFormat::Opus, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "Opus")},
    {ExportFormat::Midi, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "MIDI (the notes)")},
    {ExportFormat::Stems, false, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "Stems (WAV files in a folder)")},
    {ExportFormat::Stems, true, QT_TRANSLATE_NOOP("cadenza::ExportDialog", "Stems (WAV files in one zip)")},
};

// A file name from a title: what a file system accepts everywhere.
QString safeName(const std::string& title) {
    QString name = QString::fromStdString(title).simplified();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (auto& c : name)
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('-');
    return name.left(80).isEmpty() ? QStringLiteral("song") : name.left(80);
}

} // namespace

ExportDialog::ExportDialog(const TrackFiles& track, const QString& artist, const QString& album,
                           std::optional<MixerState> heard, QWidget* parent)
    : QDialog(parent), track_(track), format_(new QComboBox(this)), bits_(new QComboBox(this)),
      cover_(new QCheckBox(tr("Embed the cover art"), this)),
      asHeard_(new QCheckBox(tr("The mix as you hear it (the mixer's volumes, pans, mutes and solos)"), this)),
      heard_(std::move(heard)), artist_(new QLineEdit(artist, this)), album_(new QLineEdit(album, this)),
      destination_(new QLineEdit(this)), export_(nullptr) {
    setWindowTitle(tr("Export “%1”").arg(QString::fromStdString(track.record.title)));
    for (const auto& choice : kChoices) {
        format_->addItem(tr(choice.label));
        ExportRequest probe;
        probe.format = choice.format;
        probe.out = "probe";
        QString problem;
        try {
            checkExportable(track_, probe);
        } catch (const std::exception& e) {
            problem = QString::fromStdString(e.what());
        }
        if (!problem.isEmpty()) { // listed, so that people learn it exists, but not choosable
            auto* item = qobject_cast<QStandardItemModel*>(format_->model())->item(format_->count() - 1);
            item->setEnabled(false);
            item->setToolTip(problem);
        }
    }
    bits_->addItem(tr("24-bit"), 24);
    bits_->addItem(tr("16-bit (CD)"), 16);
    cover_->setChecked(true);
    asHeard_->setToolTip(tr("The stems summed as the studio plays them now, instead of the mastered song"));
    asHeard_->setVisible(heard_.has_value() && !track.stems.empty());

    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto* where = new QHBoxLayout;
    where->addWidget(destination_, 1);
    where->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Bit depth:"), bits_);
    form->addRow(QString(), cover_);
    form->addRow(QString(), asHeard_);
    form->addRow(tr("Artist:"), artist_);
    form->addRow(tr("Album:"), album_);
    form->addRow(tr("Save to:"), where);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(destination_, &QLineEdit::textChanged, this,
            [this](const QString& text) { export_->setEnabled(!text.trimmed().isEmpty()); });
    formatChanged();
    setMinimumWidth(520);
}

ExportFormat ExportDialog::chosenFormat() const {
    return kChoices[format_->currentIndex()].format;
}

bool ExportDialog::zipChosen() const {
    return kChoices[format_->currentIndex()].zip;
}

void ExportDialog::formatChanged() {
    const ExportFormat format = chosenFormat();
    bits_->setEnabled(format == ExportFormat::Wav || format == ExportFormat::Flac || format == ExportFormat::Stems);
    const bool tagged = format != ExportFormat::Midi && format != ExportFormat::Stems;
    cover_->setEnabled(tagged);
    asHeard_->setEnabled(format != ExportFormat::Midi && format != ExportFormat::Stems);
    artist_->setEnabled(tagged);
    album_->setEnabled(tagged);
    // The destination follows the format: same folder and name, the format's ending.
    const QString current = destination_->text().trimmed();
    const QFileInfo previous(current.isEmpty() ? QDir::home().filePath(safeName(track_.record.title)) : current);
    QString base = previous.path() + QLatin1Char('/') + previous.completeBaseName();
    if (base.endsWith(QLatin1String("-stems")))
        base.chop(6);
    if (format == ExportFormat::Stems)
        destination_->setText(base + QStringLiteral("-stems") + (zipChosen() ? QStringLiteral(".zip") : QString()));
    else
        destination_->setText(
            base + QString::fromUtf8(exportExtension(format).data(), static_cast<int>(exportExtension(format).size())));
}

void ExportDialog::browse() {
    const ExportFormat format = chosenFormat();
    QString chosen;
    if (format == ExportFormat::Stems && !zipChosen())
        chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder for the stems"), QFileInfo(destination_->text()).path());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export to"), destination_->text());
    if (!chosen.isEmpty())
        destination_->setText(chosen);
}

ExportRequest ExportDialog::request() const {
    ExportRequest request;
    request.track = track_.record.id;
    request.format = chosenFormat();
    request.bits = bits_->currentData().toInt();
    request.out = destination_->text().trimmed().toStdString();
    request.cover = cover_->isChecked();
    if (!asHeard_->isHidden() && asHeard_->isEnabled() && asHeard_->isChecked())
        request.mix = heard_;
    return request;
}

QString ExportDialog::artist() const {
    return artist_->text().trimmed();
}

QString ExportDialog::album() const {
    return album_->text().trimmed();
}

} // namespace cadenza
