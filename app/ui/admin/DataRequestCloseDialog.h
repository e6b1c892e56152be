// Closes one data request with what was done (required), through
// DataRequestDesk when OK is pressed; a refusal (someone closed it first)
// shows in the dialog, which stays open.
//
// Object name "dataRequestCloseDialog"; children "outcomeEdit",
// "dialogMessage", "buttonBox".
#pragma once

#include "core/DataRequest.h"

#include <QDialog>

#include <memory>

class Database;
class Session;

namespace Ui {
class DataRequestCloseDialog;
}

class DataRequestCloseDialog final : public QDialog
{
    Q_OBJECT

public:
    DataRequestCloseDialog(Database &db, const Session &session, const ListedDataRequest &request,
                           QWidget *parent = nullptr);
    ~DataRequestCloseDialog() override;

    // Closes the request; true when closed (the dialog then closes).
    bool save();

signals:
    void closedRequest(const DataRequest &request);

public slots:
    void accept() override;

private:
    void updateOk();

    std::unique_ptr<Ui::DataRequestCloseDialog> m_ui;
    Database &m_db;
    const Session &m_session;
    DataRequest m_request;
};
