// One case's history: every change of step or state, when, by whom, from
// where to where, with its note (CaseRepository::stepEvents), oldest first.
// A case has a handful of these.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class Database;
class Session;

class CaseHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        From,
        To,
        By,
        Note,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1,
    };

    CaseHistoryModel(Database &db, const Session &session, QObject *parent = nullptr);

    // Reads the history of the case (0: empty).
    Status setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    const QVector<StepEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    static QString place(Step step, CaseStatus status);

    Database &m_db;
    const Session &m_session;
    qint64 m_caseId = 0;
    QVector<StepEvent> m_events;
    QHash<qint64, QString> m_staff; // user id -> display name
};
