// The manager's retention page (issue 13, DOMAIN.md 6.5): how many years a
// person's data is kept after their last closed case, who is past it with what
// anonymising them would remove, and anonymising them all as one job with
// progress and cancel (RetentionJob), one person per transaction. Everything
// goes through RetentionDesk, which refuses anyone without
// Action::DestroyPersonalData.
//
// Child object names: "yearsSpin", "saveButton", "countLabel", "peopleTable",
// "previewList", "passwordEdit", "anonymiseAllButton", "messageLabel"; the
// progress dialog "retentionProgress".
#pragma once

#include "core/Retention.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <atomic>
#include <memory>

class Authenticator;
class Database;
class Session;

namespace Ui {
class RetentionPage;
}

class RetentionPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        FileNumberColumn,
        LastActivityColumn,
        CasesColumn,
        ColumnCount
    };

    // authenticator: the window's own (the sign-in's), so that wrong
    // passwords typed here slow down the next attempts as at the sign-in.
    RetentionPage(Database &db, const Session &session, Authenticator &authenticator,
                  QWidget *parent = nullptr);
    ~RetentionPage() override;

    bool isBusy() const { return m_progress != nullptr; }
    QString message() const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void saveYears();
    void showPreview();
    void anonymiseAll();
    void progressed(int done, int total);
    void finished(const QString &failure, int done, bool cancelled);
    void setHeaders();

    std::unique_ptr<Ui::RetentionPage> m_ui;
    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
    QVector<PastRetention> m_past;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
