// The first start of an empty database: nobody can sign in yet, so the
// administrator's account is created here (full name, username, the password
// twice; Authenticator::createFirstAdministrator). Accepted once created.
// A new desk that should join a shared server asks for it with "Database…"
// (connectionRequested; SignInFlow opens the ConnectionDialog).
//
// Child object names: "adminNameEdit", "adminUsernameEdit",
// "adminPasswordEdit", "adminRepeatEdit", "createAdminButton",
// "firstAdminQuitButton", "firstAdminConnectionButton", "firstAdminMessageLabel".
#pragma once

#include <QDialog>

#include <memory>

class Workspace;

namespace Ui {
class FirstAdministratorDialog;
}

class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~FirstAdministratorDialog() override;

    // The username created (lower case), once accepted.
    QString createdUsername() const { return m_created; }
    QString message() const;

signals:
    void connectionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void refuse(const QString &reason);

    std::unique_ptr<Ui::FirstAdministratorDialog> m_ui;
    Workspace &m_workspace;
    QString m_created;
};
