// The manager's monthly report (issue 5): a month picker (Gregorian or Hijri),
// the month's recommendations (saved per month; switching months saves what
// was typed), a preview of the report's pages, and export to PDF or CSV. The
// figures are computed and the pages drawn off the GUI thread by ReportJob on
// the report thread (ReportThread), with its own database connection; an export shows a progress
// dialog that can be cancelled. Permissions: preview needs ViewReports, exports ExportReport, the
// editor WriteRecommendations (enforced again by ReportDesk/ReportJob).
//
// Keyboard: Ctrl+S saves the recommendations, F5 refreshes the preview.
// Object names: "monthPicker", "recommendationsEdit", "saveButton",
// "recommendationsMessage", "refreshButton", "previewArea", "previewPage1"..,
// "exportPdfButton", "exportCsvButton", "statusLabel".
#pragma once

#include "reports/ReportJob.h"
#include "reports/ReportPeriod.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class Database;
class QLabel;
class QProgressDialog;
class QTimer;
class Session;

namespace Ui {
class ReportsPage;
}

class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);

    // For tests: the next save dialog answers with path instead of asking
    // (an empty path answers "cancel").
    void setNextSaveFileName(const QString &path) { m_nextFileName = path; }
    int previewPageCount() const { return m_previewPages; }
    bool isBusy() const { return m_running; }
    QString message() const;

public slots:
    bool saveRecommendations();
    void refreshPreview();
    void exportPdf();
    void exportCsv();

signals:
    void recommendationsSaved(const ReportPeriod &period);
    void previewReady(int pages);
    void exportFinished(bool ok, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void periodChanged(const ReportPeriod &period);
    void loadRecommendations();
    void exportTo(ReportJobRequest::Kind kind);
    QString askFileName(ReportJobRequest::Kind kind);
    // The job's request from ReportDesk (which checks the permission), with
    // the page's language and preview resolution.
    Result<ReportJobRequest> request(ReportJobRequest::Kind kind) const;
    void start(const ReportJobRequest &request);
    void progressed(int percent, const QString &stage);
    void finished(const ReportJobRequest &request, const ReportJobResult &result);
    void showPages(const QVector<QImage> &images);
    void setStatus(QLabel *label, const QString &text, bool error);
    QString language() const;

    std::unique_ptr<Ui::ReportsPage> m_ui;
    Database &m_db;
    const Session &m_session;
    ReportPeriod m_editorPeriod; // the month whose recommendations the editor holds
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
    std::optional<ReportJobRequest> m_queued;
    bool m_previewWanted = false;
    QTimer *m_previewTimer = nullptr;
    std::optional<QString> m_nextFileName;
    int m_previewPages = 0;
};
