// The "Privacy notice…" button's menu where consent is recorded: print the
// notice (through a print preview) or save it as PDF, in the window's
// language (Arabic, or English in an English window), made by
// PrivacyNoticeDesk from the association's profile and the manager's text.
// A failure is reported through failed().
//
// Actions' object names: "printPrivacyNoticeAction", "savePrivacyNoticeAction".
#pragma once

#include "core/Result.h"

#include <QMenu>

class Database;
class QAction;
class Session;

class PrivacyNoticeMenu final : public QMenu
{
    Q_OBJECT

public:
    PrivacyNoticeMenu(Database &db, const Session &session, QWidget *parent = nullptr);

    Status print();
    // The path written, or empty when the person cancelled.
    Result<QString> saveAsPdf();

signals:
    void failed(const QString &reason);
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_db;
    const Session &m_session;
    QAction *m_print = nullptr;
    QAction *m_save = nullptr;
};
