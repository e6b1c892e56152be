// From start to the window and back (issue 4): on a database nobody can sign
// in to yet, asks for the first administrator (FirstAdministratorDialog);
// then asks for a username and password (SignInDialog); then opens the main
// window for the signed-in user's roles. Signing out (from the window or its
// lock screen) closes the window with its pages and asks who signs in next.
// A dialog cancelled or the window closed ends the program (quitRequested).
//
// The dialogs are shown without blocking (QDialog::open), so a test finds
// them through currentDialog(), types into them and clicks, as a person would.
#pragma once

#include <QObject>
#include <QPointer>

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
    // The window of the signed-in user, if open.
    MainWindow *window() const { return m_window; }

signals:
    void windowOpened(MainWindow *window);
    void quitRequested();

private:
    void askFirstAdministrator();
    void askSignIn(const QString &username);
    void openWindow();
    void signOut();
    void windowGone();
    void show(QDialog *dialog);

    Workspace &m_workspace;
    Settings &m_settings;
    QPointer<QDialog> m_dialog;
    QPointer<MainWindow> m_window;
};
