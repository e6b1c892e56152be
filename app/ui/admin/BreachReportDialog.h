// The breach report from the audit page (issue 13, DOMAIN.md 6.6): the first
// and last day (either calendar, both shown), how many entries about how many
// people the range holds, and saving it as PDF or CSV through
// BreachReportDesk, which checks the permission and records the report.
//
// Child object names: "breachFromEdit", "breachToEdit", "breachCountLabel",
// "breachPdfButton", "breachCsvButton", "breachOutcomeLabel".
#pragma once

#include "core/Result.h"

#include <QDialog>

#include <memory>

class Database;
class QPushButton;
class Session;

namespace Ui {
class BreachReportDialog;
}

class BreachReportDialog final : public QDialog
{
    Q_OBJECT

public:
    BreachReportDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    ~BreachReportDialog() override;

    // For tests: the next save writes here instead of asking for a file.
    static void setNextPath(const QString &path);

    // Sets the range and counts it again.
    void setRange(const QDate &from, const QDate &to);
    // Writes the report to path and shows the outcome.
    Status save(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void count();
    void saveAs(bool pdf);

    Database &m_db;
    const Session &m_session;
    std::unique_ptr<Ui::BreachReportDialog> m_ui;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
};
