// On a person's file: whether the processing of their data is restricted,
// since when and why, and for the manager and the administrator the button
// that asks for a reason and restricts it or lifts the restriction
// (RestrictionDesk). Emits changed() with the record as saved.
//
// Child object names: "stateLabel", "actionButton" (opens "reasonRow":
// "reasonEdit", "confirmButton", "cancelButton"), "messageLabel".
#pragma once

#include "core/Beneficiary.h"

#include <QWidget>

#include <memory>

class Database;
class Session;

namespace Ui {
class RestrictionPanel;
}

class RestrictionPanel final : public QWidget
{
    Q_OBJECT

public:
    RestrictionPanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~RestrictionPanel() override;

    void setBeneficiary(const Beneficiary &b);

signals:
    void changed(const Beneficiary &saved);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState();
    void askReason();
    void closeReason();
    void act();

    std::unique_ptr<Ui::RestrictionPanel> m_ui;
    Database &m_db;
    const Session &m_session;
    Beneficiary m_beneficiary;
};
