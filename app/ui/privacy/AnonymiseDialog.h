// Asks the manager to anonymise one person (issue 13): what will be removed
// (the preview's kinds and counts, never the values), that it cannot be
// undone, a reason (kept in the audit trail, so without the person's name or
// numbers) and the manager's password again. Accepted once the record is
// anonymised; a refusal is shown in the dialog, which stays open.
//
// Child object names: "warningLabel", "previewList", "reasonEdit",
// "passwordEdit", "messageLabel", "anonymiseButton", "cancelButton".
#pragma once

#include <QDialog>

#include <memory>

class Authenticator;
class Database;
class Session;

namespace Ui {
class AnonymiseDialog;
}

class AnonymiseDialog final : public QDialog
{
    Q_OBJECT

public:
    // authenticator: the window's own (the sign-in's), so that wrong
    // passwords typed here slow down the next attempts as at the sign-in.
    AnonymiseDialog(Database &db, const Session &session, Authenticator &authenticator,
                    qint64 beneficiaryId, QWidget *parent = nullptr);
    ~AnonymiseDialog() override;

    QString message() const;

private:
    void showPreview();
    void updateButton();
    void anonymise();

    std::unique_ptr<Ui::AnonymiseDialog> m_ui;
    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
    qint64 m_beneficiaryId = 0;
};
