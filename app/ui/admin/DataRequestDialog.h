// Records a person's request about their data: the person found as at the
// desk (BeneficiarySearchPanel), what they ask, how and when it came, and
// the 30-day due date shown in both calendars as the date is typed. The
// request is saved through DataRequestDesk when OK is pressed; a refusal
// shows in the dialog, which stays open.
//
// Object name "dataRequestDialog"; children "kindCombo", "channelCombo",
// "receivedDateEdit", "dueValue", "detailsEdit", "personValue",
// "dialogMessage", "buttonBox", and the search panel "requestSearchPanel".
#pragma once

#include "core/DataRequest.h"

#include <QDialog>

#include <memory>

class BeneficiarySearchPanel;
class Database;
class Session;

namespace Ui {
class DataRequestDialog;
}

class DataRequestDialog final : public QDialog
{
    Q_OBJECT

public:
    DataRequestDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    ~DataRequestDialog() override;

    BeneficiarySearchPanel *searchPanel() const { return m_search; }
    qint64 chosenBeneficiary() const { return m_beneficiaryId; }
    // The request is for this person (found already: their file, their
    // requests); name as shown, empty for an anonymised record.
    void setPerson(qint64 beneficiaryId, const QString &name);

    // Saves the request; true when saved (the dialog then closes).
    bool save();

signals:
    void recorded(const DataRequest &request);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void choosePerson(qint64 beneficiaryId);
    void fillChoices();
    void showDue();

    std::unique_ptr<Ui::DataRequestDialog> m_ui;
    Database &m_db;
    const Session &m_session;
    BeneficiarySearchPanel *m_search = nullptr;
    qint64 m_beneficiaryId = 0;
    QString m_personName;
};
