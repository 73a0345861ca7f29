#pragma once

#include "engine/GenerateJob.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QPushButton;
class QLabel;

namespace cadenza {

struct Catalog;

// The prompt with example prompts to pick from, the style options (each "auto" by
// default, so the prompt decides), the number of takes, and a Generate button.
class GeneratePanel : public QWidget {
    Q_OBJECT

  public:
    explicit GeneratePanel(const Catalog& catalog, QWidget* parent = nullptr);

    GenerateRequest request() const;
    int takes() const;
    // Shows why the last request was refused (empty to clear).
    void showProblem(const QString& message);

    QComboBox* promptBox() const { return prompt_; }
    QDoubleSpinBox* durationBox() const { return duration_; }
    QPushButton* generateButton() const { return generate_; }

  signals:
    void generateRequested();

  private:
    QComboBox* prompt_;
    QComboBox* genre_;
    QComboBox* mood_;
    QSpinBox* tempo_;
    QComboBox* key_;
    QComboBox* meter_;
    QDoubleSpinBox* duration_;
    QSpinBox* seed_;
    QSpinBox* takes_;
    QPushButton* generate_;
    QLabel* problem_;
};

} // namespace cadenza
