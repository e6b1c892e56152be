// Chooses the database this desk works on (issue 6): a SQLite file on this
// computer, or a PostgreSQL server shared by several desks (server, port,
// database, user, password). "Test connection" really opens it, without
// changing anything, and says in words what was found or what failed
// (ConnectionCheck). Saving tests first, refuses what fails, and keeps the
// choice in Settings, as a path or a postgresql:// address WITHOUT the
// password: Istiqbal never stores a password. A password typed here lives in
// location() for this session only; at the next start libpq finds it in
// PGPASSWORD or ~/.pgpass, and when it does not the window opens this dialog
// with the failure (setProblem) so it can be typed again.
//
// Opened from the sign-in screen ("Database…") and when the database cannot
// be opened at start; the caller opens location() once accepted.
//
// Child object names: "fileRadio", "fileEdit", "browseButton", "serverRadio",
// "hostEdit", "portSpin", "databaseEdit", "userEdit", "passwordEdit",
// "testButton", "resultLabel", "saveButton", "cancelButton".
#pragma once

#include "core/Result.h"

#include <QDialog>

#include <memory>

class Settings;

namespace Ui {
class ConnectionDialog;
}

class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    // Shows currentLocation (a path or a postgresql:// address).
    ConnectionDialog(Settings &settings, const QString &currentLocation, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setLocation(const QString &location);
    // What the fields say: a path, or a server address with the password
    // typed (keep it in memory only).
    QString location() const;
    // The same without the password: what is shown and saved.
    QString displayedLocation() const;
    bool isServer() const;

    // Shows why the current database could not be opened.
    void setProblem(const QString &problem);
    // What the result line says now, and whether it is a failure.
    QString result() const;
    bool resultIsError() const { return m_resultIsError; }

public slots:
    // Opens the database now and says what was found or what failed.
    Status testConnection();
    // Tests (unless the same was just tested), then saves and accepts.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void updatePanels();
    void showResult(const QString &text, bool isError);
    void fitHeight();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    Settings &m_settings;
    QString m_tested; // the location that last tested well
    bool m_resultIsError = false;
};
