// On a person's file (issue 13): for an anonymised record, since when and that
// only its figures remain; for the manager, on any other record, the button
// that opens AnonymiseDialog. Emits changed() once the record is anonymised.
//
// Child object names: "stateLabel", "anonymiseButton"; the dialog
// "anonymiseDialog".
#pragma once

#include "core/Beneficiary.h"

#include <QWidget>

#include <memory>

class Authenticator;
class Database;
class Session;

namespace Ui {
class AnonymisePanel;
}

class AnonymisePanel final : public QWidget
{
    Q_OBJECT

public:
    // authenticator: the window's own, for the dialog's password check.
    AnonymisePanel(Database &db, const Session &session, Authenticator &authenticator,
                   QWidget *parent = nullptr);
    ~AnonymisePanel() override;

    void setBeneficiary(const Beneficiary &b);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void ask();

    std::unique_ptr<Ui::AnonymisePanel> m_ui;
    Database &m_db;
    const Session &m_session;
    Authenticator &m_auth;
    Beneficiary m_beneficiary;
};
