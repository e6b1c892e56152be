// From start to the window and back (issue 4): on a database nobody can sign
// in to yet, asks for the first administrator (FirstAdministratorDialog);
// then asks for a username and password (SignInDialog); then opens the main
// window for the signed-in user's roles. Signing out (from the window or its
// lock screen) closes the window with its pages and asks who signs in next.
// A dialog cancelled or the window closed ends the program (quitRequested).
// "Database…" on the sign-in dialog (and on the first administrator's, for a
// new desk that joins a shared server) opens the ConnectionDialog over it; once
// saved, databaseChosen() asks the application to open that database and
// start again (the address may carry a password typed for this session).
//
// The dialogs are shown without blocking (QDialog::open), so a test finds
// them through currentDialog(), types into them and clicks, as a person would.
#pragma once

#include <QObject>
#include <QPointer>

class ConnectionDialog;
class MainWindow;
class QDialog;
class Settings;
class Workspace;

class SignInFlow final : public QObject
{
    Q_OBJECT

public:
    SignInFlow(Workspace &workspace, Settings &settings, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Shows the first dialog.
    void start();

    // The dialog waiting for an answer, if any.
    QDialog *currentDialog() const { return m_dialog; }
    // The connection dialog over the sign-in dialog, if open.
    ConnectionDialog *connectionDialog() const;
    // The window of the signed-in user, if open.
    MainWindow *window() const { return m_window; }

signals:
    void windowOpened(MainWindow *window);
    void quitRequested();
    // Open this database (path or postgresql:// address) and start again.
    void databaseChosen(const QString &location);

private:
    void askFirstAdministrator();
    void askSignIn(const QString &username);
    void askConnection();
    void openWindow();
    void signOut();
    void windowGone();
    void show(QDialog *dialog);

    Workspace &m_workspace;
    Settings &m_settings;
    QPointer<QDialog> m_dialog;
    QPointer<ConnectionDialog> m_connection;
    QPointer<MainWindow> m_window;
};
