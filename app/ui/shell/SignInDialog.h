// Asks for a username and password and signs the person in (Workspace::
// signIn). A refusal shows the Authenticator's words, the same whatever was
// wrong, or how long to wait after repeated failures; the dialog stays open
// for another try. Accepted once signed in. "Database…" asks for another
// database (connectionRequested; SignInFlow opens the ConnectionDialog).
//
// Child object names: "usernameEdit", "passwordEdit", "signInButton",
// "quitButton", "connectionButton", "signInMessageLabel", "signInTitleLabel".
#pragma once

#include <QDialog>

#include <memory>

class Workspace;

namespace Ui {
class SignInDialog;
}

class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the username (after the first administrator is created, or a
    // sign-out) and puts the cursor in the password field.
    void setUsername(const QString &username);
    QString message() const;

signals:
    void connectionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Workspace &m_workspace;
};
