// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GeneratePanel.h"

#include "audio/AudioImport.h"
#include "engines/Engines.h"
#include "music/Catalog.h"
#include "music/Music.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cadenza {

GeneratePanel::GeneratePanel(const Catalog& catalog, const Engines& engines, QWidget* parent)
    : QWidget(parent), engines_(engines), prompt_(new QComboBox(this)), engine_(new QComboBox(this)),
      genre_(new QComboBox(this)), mood_(new QComboBox(this)), tempo_(new QSpinBox(this)), key_(new QComboBox(this)),
      meter_(new QComboBox(this)), duration_(new QDoubleSpinBox(this)), seed_(new QSpinBox(this)),
      takes_(new QSpinBox(this)), melodyButton_(new QPushButton(this)), clearMelody_(new QToolButton(this)),
      generate_(new QPushButton(tr("Generate"), this)), moreOptions_(new QToolButton(this)), problem_(new QLabel(this)),
      model_(new QComboBox(this)), customSampling_(new QCheckBox(tr("Set the sampling"), this)),
      guidance_(new QDoubleSpinBox(this)), temperature_(new QDoubleSpinBox(this)), topK_(new QSpinBox(this)),
      topP_(new QDoubleSpinBox(this)) {
    prompt_->setEditable(true);
    // As wide as the panel, not as its longest example.
    prompt_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    prompt_->setMinimumContentsLength(16);
    prompt_->lineEdit()->setPlaceholderText(tr("Describe the music: \"warm lo-fi beat for a rainy night, 80 bpm\""));
    for (const char* example :
         {"warm lo-fi beat for a rainy night, 80 bpm", "energetic house track at 124 bpm in A minor",
          "smooth late-night jazz trio with brushes", "epic cinematic orchestral trailer music",
          "celtic folk tune in 6/8 with tin whistle", "calm ambient soundscape for meditation"})
        prompt_->addItem(QString::fromUtf8(example));
    prompt_->setCurrentIndex(-1);
    prompt_->setToolTip(tr("Words that name a genre, a mood, instruments, a tempo, a key or a length all count"));

    refreshEngines();

    genre_->addItem(tr("auto"));
    for (const auto& g : catalog.genres)
        genre_->addItem(QString::fromStdString(g.name), QString::fromStdString(g.id));
    mood_->addItem(tr("auto"));
    for (const auto& m : catalog.moods)
        mood_->addItem(QString::fromStdString(m.name), QString::fromStdString(m.id));
    tempo_->setRange(0, StyleLimits::kMaxTempo);
    tempo_->setSpecialValueText(tr("auto"));
    tempo_->setSuffix(tr(" BPM"));
    key_->addItem(tr("auto"));
    for (const Mode mode : {Mode::Major, Mode::Minor})
        for (int tonic = 0; tonic < 12; ++tonic)
            key_->addItem(QString::fromStdString(Key{tonic, mode}.name()));
    meter_->addItem(tr("auto"));
    for (const char* m : {"4/4", "3/4", "6/8", "2/4", "12/8"})
        meter_->addItem(m);
    duration_->setRange(StyleLimits::kMinDuration, StyleLimits::kMaxDuration);
    duration_->setValue(StyleLimits::kDefaultDuration);
    duration_->setSuffix(tr(" s"));
    duration_->setDecimals(0);
    seed_->setRange(0, 2'000'000'000);
    seed_->setSpecialValueText(tr("random"));
    seed_->setToolTip(tr("The same prompt, options and seed make the same song"));
    takes_->setRange(1, 8);
    takes_->setToolTip(tr("Several versions of the same idea, each with the next seed"));
    generate_->setDefault(true);
    generate_->setMinimumHeight(34);
    QFont strong = generate_->font();
    strong.setBold(true);
    strong.setPointSizeF(strong.pointSizeF() * 1.1);
    generate_->setFont(strong);
    QFont promptFont = prompt_->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.15);
    prompt_->setFont(promptFont);
    prompt_->setMinimumHeight(32);
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: palette(highlight);");
    problem_->hide();

    // The options the prompt does not settle, folded under More options.
    auto* options = new QWidget(this);
    auto* form = new QFormLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Engine"), engine_);
    // A neural engine's own options, shown when one is chosen.
    model_->setToolTip(tr("The checkpoint to use, by its folder in the models folder"));
    guidance_->setRange(1, 20);
    guidance_->setSingleStep(0.5);
    guidance_->setDecimals(1);
    guidance_->setToolTip(tr("How closely the music follows the prompt (classifier-free guidance; 1 turns it off)"));
    temperature_->setRange(0, 4);
    temperature_->setSingleStep(0.1);
    temperature_->setDecimals(2);
    temperature_->setSpecialValueText(tr("0 (greedy)"));
    temperature_->setToolTip(tr("Higher is more surprising; 0 always takes the likeliest sound"));
    topK_->setRange(0, 2048);
    topK_->setSpecialValueText(tr("all"));
    topK_->setToolTip(tr("Sample from this many of the likeliest sounds at each step"));
    topP_->setRange(0.01, 1);
    topP_->setSingleStep(0.05);
    topP_->setDecimals(2);
    topP_->setToolTip(tr("Sample from the likeliest sounds that together hold this share of the probability "
                         "(1 turns it off)"));
    customSampling_->setToolTip(tr("Off: the model's own published settings, shown below"));
    form->addRow(tr("Model"), model_);
    form->addRow(QString(), customSampling_);
    form->addRow(tr("Guidance"), guidance_);
    form->addRow(tr("Temperature"), temperature_);
    form->addRow(tr("Top-k"), topK_);
    form->addRow(tr("Top-p"), topP_);
    form_ = form;
    connect(engine_, &QComboBox::currentIndexChanged, this, &GeneratePanel::showNeuralOptions);
    connect(model_, &QComboBox::currentIndexChanged, this, &GeneratePanel::showNeuralOptions);
    connect(customSampling_, &QCheckBox::toggled, this, &GeneratePanel::showNeuralOptions);
    form->addRow(tr("Genre"), genre_);
    form->addRow(tr("Mood"), mood_);
    form->addRow(tr("Tempo"), tempo_);
    form->addRow(tr("Key"), key_);
    form->addRow(tr("Meter"), meter_);
    form->addRow(tr("Length"), duration_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Takes"), takes_);
    moreOptions_->setText(tr("More options"));
    moreOptions_->setCheckable(true);
    moreOptions_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    moreOptions_->setAutoRaise(true);
    moreOptions_->setToolTip(tr("Engine, genre, mood, tempo, key, meter, length, seed and takes: each remembers "
                                "its last value"));
    connect(moreOptions_, &QToolButton::toggled, this, [this, options](bool shown) {
        options->setVisible(shown);
        moreOptions_->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* melodyRow = new QHBoxLayout;
    melodyRow->addWidget(new QLabel(tr("Melody"), this));
    melodyRow->addWidget(melodyButton_, 1);
    melodyRow->addWidget(clearMelody_);
    clearMelody_->setText(QStringLiteral("\u2715"));
    clearMelody_->setToolTip(tr("No melody: the composer writes its own"));
    connect(clearMelody_, &QToolButton::clicked, this, [this] { setMelody({}); });
    connect(melodyButton_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("A melody to grow the song from"), QString(),
            tr("Audio files (*.wav *.aif *.aiff *.flac *.ogg *.oga *.opus *.mp3);;All files (*)"));
        if (!file.isEmpty())
            setMelody(file);
    });
    setMelody({});
    setAcceptDrops(true);
    // A few of the examples, a click away.
    auto* examples = new QLabel(this);
    examples->setWordWrap(true);
    examples->setText(tr("Try: <a href='0'>lo-fi beat</a> · <a href='1'>house</a> · <a href='2'>jazz trio</a> · "
                         "<a href='4'>celtic folk</a>"));
    connect(examples, &QLabel::linkActivated, this,
            [this](const QString& link) { prompt_->setCurrentIndex(link.toInt()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Create</b>"), this));
    layout->addWidget(prompt_);
    layout->addWidget(examples);
    layout->addLayout(melodyRow);
    layout->addWidget(problem_);
    layout->addWidget(generate_);
    layout->addWidget(moreOptions_);
    layout->addWidget(options);
    layout->addStretch();
    restoreOptions();
    showNeuralOptions();
    options->setVisible(moreOptions_->isChecked());
    moreOptions_->setArrowType(moreOptions_->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    const auto ask = [this] {
        saveOptions();
        emit generateRequested();
    };
    connect(generate_, &QPushButton::clicked, this, ask);
    connect(prompt_->lineEdit(), &QLineEdit::returnPressed, this, ask);
}

void GeneratePanel::saveOptions() const {
    QSettings settings;
    settings.beginGroup("create");
    settings.setValue("engine", engine_->currentData());
    settings.setValue("genre", genre_->currentData());
    settings.setValue("mood", mood_->currentData());
    settings.setValue("tempo", tempo_->value());
    settings.setValue("key", key_->currentIndex() > 0 ? key_->currentText() : QString());
    settings.setValue("meter", meter_->currentIndex() > 0 ? meter_->currentText() : QString());
    settings.setValue("length", duration_->value());
    settings.setValue("seed", seed_->value());
    settings.setValue("takes", takes_->value());
    settings.setValue("moreOptions", moreOptions_->isChecked());
    settings.setValue("model", model_->currentText());
    settings.setValue("customSampling", customSampling_->isChecked());
    if (customSampling_->isChecked()) {
        settings.setValue("guidance", guidance_->value());
        settings.setValue("temperature", temperature_->value());
        settings.setValue("topK", topK_->value());
        settings.setValue("topP", topP_->value());
    }
}

void GeneratePanel::restoreOptions() {
    QSettings settings;
    settings.beginGroup("create");
    const auto pick = [&settings](QComboBox* box, const char* name, bool byData) {
        const QVariant value = settings.value(name);
        if (!value.isValid() || value.toString().isEmpty())
            return;
        const int index = byData ? box->findData(value) : box->findText(value.toString());
        const auto* items = qobject_cast<QStandardItemModel*>(box->model());
        if (index >= 0 && (!items || items->item(index)->isEnabled()))
            box->setCurrentIndex(index);
    };
    pick(engine_, "engine", true);
    pick(genre_, "genre", true);
    pick(mood_, "mood", true);
    pick(key_, "key", false);
    pick(meter_, "meter", false);
    tempo_->setValue(settings.value("tempo", 0).toInt());
    duration_->setValue(settings.value("length", StyleLimits::kDefaultDuration).toDouble());
    seed_->setValue(settings.value("seed", 0).toInt());
    takes_->setValue(settings.value("takes", 1).toInt());
    moreOptions_->setChecked(settings.value("moreOptions", false).toBool());
    pick(model_, "model", false);
    customSampling_->setChecked(settings.value("customSampling", false).toBool());
    if (customSampling_->isChecked()) {
        guidance_->setValue(settings.value("guidance", guidance_->value()).toDouble());
        temperature_->setValue(settings.value("temperature", temperature_->value()).toDouble());
        topK_->setValue(settings.value("topK", topK_->value()).toInt());
        topP_->setValue(settings.value("topP", topP_->value()).toDouble());
    }
}

bool GeneratePanel::neuralEngine() const {
    return engine_->currentIndex() >= 0 && engine_->currentData().toString() == MusicgenEngine::kName;
}

void GeneratePanel::showNeuralOptions() {
    if (!form_)
        return;
    const bool neural = neuralEngine();
    if (neural) {
        const QString chosen = model_->currentText();
        const QSignalBlocker quiet(model_);
        model_->clear();
        for (const auto& name : engines_.musicgen().models())
            model_->addItem(QString::fromStdString(name));
        model_->setCurrentIndex(std::max(0, model_->findText(chosen)));
        if (!customSampling_->isChecked()) {
            const auto published = engines_.musicgen().defaultSampling(model_->currentText().toStdString());
            guidance_->setValue(published.guidanceScale);
            temperature_->setValue(published.temperature);
            topK_->setValue(published.topK);
            topP_->setValue(published.topP);
        }
    }
    for (QWidget* row : std::initializer_list<QWidget*>{model_, customSampling_, guidance_, temperature_, topK_, topP_})
        form_->setRowVisible(row, neural);
    for (QWidget* value : std::initializer_list<QWidget*>{guidance_, temperature_, topK_, topP_})
        value->setEnabled(customSampling_->isChecked());
}

GenerateRequest GeneratePanel::request() const {
    GenerateRequest r;
    r.prompt = prompt_->currentText().toStdString();
    if (engine_->currentIndex() >= 0)
        r.engine = engine_->currentData().toString().toStdString();
    auto& o = r.overrides;
    if (genre_->currentIndex() > 0)
        o.genre = genre_->currentData().toString().toStdString();
    if (mood_->currentIndex() > 0)
        o.mood = mood_->currentData().toString().toStdString();
    if (tempo_->value() > 0)
        o.tempo = tempo_->value();
    if (key_->currentIndex() > 0)
        o.key = key_->currentText().toStdString();
    if (meter_->currentIndex() > 0)
        o.meter = meter_->currentText().toStdString();
    o.duration = duration_->value();
    if (seed_->value() > 0)
        o.seed = static_cast<std::uint64_t>(seed_->value());
    r.melody = melody_.toStdString();
    if (neuralEngine()) {
        r.neural.model = model_->currentText().toStdString();
        if (customSampling_->isChecked()) {
            r.neural.guidance = guidance_->value();
            r.neural.temperature = temperature_->value();
            r.neural.topK = topK_->value();
            r.neural.topP = topP_->value();
        }
    }
    return r;
}

void GeneratePanel::setMelody(const QString& file) {
    melody_ = file;
    melodyButton_->setText(file.isEmpty() ? tr("Choose or drop a recording…") : QFileInfo(file).fileName());
    melodyButton_->setToolTip(file.isEmpty() ? tr("Hum, sing, whistle or play a tune of up to 90 s: it becomes the "
                                                  "chorus, and the song takes its tempo and key")
                                             : file);
    clearMelody_->setVisible(!file.isEmpty());
}

void GeneratePanel::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && looksLikeAudioFile(urls.front().toLocalFile().toStdString()))
        event->acceptProposedAction();
}

void GeneratePanel::dropEvent(QDropEvent* event) {
    setMelody(event->mimeData()->urls().front().toLocalFile());
    event->acceptProposedAction();
}

int GeneratePanel::takes() const {
    return takes_->value();
}

void GeneratePanel::refreshEngines() {
    const QString chosen = engine_->currentData().toString();
    engine_->clear();
    auto* items = qobject_cast<QStandardItemModel*>(engine_->model());
    for (const Engine* engine : engines_.all()) {
        const auto status = engine->status();
        const QString title =
            engine->name() == SymbolicEngine::kName ? tr("Symbolic composer") : QString::fromStdString(engine->title());
        engine_->addItem(status.installed ? title : tr("%1 \u2014 not installed").arg(title),
                         QString::fromStdString(engine->name()));
        const int row = engine_->count() - 1;
        if (!status.installed) {
            // Listed so that people learn it exists, but not selectable until installed.
            items->item(row)->setEnabled(false);
            engine_->setItemData(row, tr("Not installed. %1").arg(QString::fromStdString(status.problem)),
                                 Qt::ToolTipRole);
        } else {
            engine_->setItemData(row,
                                 engine->capabilities().midi
                                     ? tr("Composes a score and renders it with a SoundFont: exact tempo, key "
                                          "and form, with MIDI")
                                     : tr("A neural network makes the audio from the prompt's words; the "
                                          "options are added as words. No MIDI"),
                                 Qt::ToolTipRole);
        }
    }
    const int previous = engine_->findData(chosen);
    engine_->setCurrentIndex(previous >= 0 && items->item(previous)->isEnabled() ? previous : 0);
    showNeuralOptions(); // the models installed may have changed too
}

void GeneratePanel::showProblem(const QString& message) {
    problem_->setText(message);
    problem_->setVisible(!message.isEmpty());
}

} // namespace cadenza
