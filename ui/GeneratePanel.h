// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runners/GenerateJob.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QPushButton;
class QLabel;
class QToolButton;
class QCheckBox;
class QFormLayout;

namespace cadenza {

struct Catalog;
class Engines;

// The prompt, large, with example prompts to pick from (in its list, and a few as links
// under it), a melody to grow the song from (chosen, or an audio file dropped on the panel)
// and a Generate button. Under More options: the engine, the style options (each "auto" by
// default, so the prompt decides), length, seed and takes; each remembers its last value,
// and so does whether More options is open. Engines whose weights are absent are listed as
// "not installed", their tooltip saying how to install them. A neural engine adds its model
// (one of the checkpoints installed side by side) and its sampling: guidance, temperature,
// top-k and top-p, showing the model's published values until "Set the sampling" is on.
class GeneratePanel : public QWidget {
    Q_OBJECT

  public:
    GeneratePanel(const Catalog& catalog, const Engines& engines, QWidget* parent = nullptr);

    GenerateRequest request() const;
    int takes() const;
    // Shows why the last request was refused (empty to clear).
    void showProblem(const QString& message);
    // The recording the next song grows from (hum to song); empty for none.
    void setMelody(const QString& file);
    QString melody() const { return melody_; }

    QComboBox* promptBox() const { return prompt_; }
    QComboBox* engineBox() const { return engine_; }
    QDoubleSpinBox* durationBox() const { return duration_; }
    QSpinBox* takesBox() const { return takes_; }
    QPushButton* generateButton() const { return generate_; }
    QToolButton* moreOptionsButton() const { return moreOptions_; }
    QComboBox* modelBox() const { return model_; }
    QCheckBox* customSamplingBox() const { return customSampling_; }
    QDoubleSpinBox* guidanceBox() const { return guidance_; }
    QDoubleSpinBox* temperatureBox() const { return temperature_; }
    QSpinBox* topKBox() const { return topK_; }
    QDoubleSpinBox* topPBox() const { return topP_; }

  signals:
    void generateRequested();

  protected:
    // An audio file dropped on the panel becomes the melody (elsewhere it would be imported).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  public slots:
    // Lists the engines again, with whether each is installed now.
    void refreshEngines();

  private:
    void saveOptions() const;
    void restoreOptions();
    bool neuralEngine() const;
    // Shows the neural rows for a neural engine, with its models and, unless set by hand,
    // the chosen model's published sampling.
    void showNeuralOptions();

    const Engines& engines_;
    QComboBox* prompt_;
    QComboBox* engine_;
    QComboBox* genre_;
    QComboBox* mood_;
    QSpinBox* tempo_;
    QComboBox* key_;
    QComboBox* meter_;
    QDoubleSpinBox* duration_;
    QSpinBox* seed_;
    QSpinBox* takes_;
    QPushButton* melodyButton_;
    QToolButton* clearMelody_;
    QString melody_;
    QPushButton* generate_;
    QToolButton* moreOptions_;
    QLabel* problem_;
    QComboBox* model_;
    QCheckBox* customSampling_;
    QDoubleSpinBox* guidance_;
    QDoubleSpinBox* temperature_;
    QSpinBox* topK_;
    QDoubleSpinBox* topP_;
    QFormLayout* form_ = nullptr;
};

} // namespace cadenza
