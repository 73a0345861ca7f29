#pragma once

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cadenza {

class GeneratePanel;
class JobListModel;
class JobPanel;
class LibraryModel;
class StudioSession;

// The studio's main window: Create on the left, the Library in the middle, the jobs below.
class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    explicit MainWindow(StudioSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    GeneratePanel* generatePanel() const { return generate_; }
    QTableView* libraryView() const { return library_; }
    QLineEdit* searchBox() const { return search_; }
    JobPanel* jobPanel() const { return jobs_; }

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void generate();
    void showJob(qint64 id, int status, const QString& stage, double progress, const QString& error);

    StudioSession& session_;
    LibraryModel* libraryModel_;
    JobListModel* jobModel_;
    QSortFilterProxyModel* libraryFilter_;
    GeneratePanel* generate_;
    QTableView* library_;
    QLineEdit* search_;
    JobPanel* jobs_;
};

} // namespace cadenza
