// The one list of follow-ups (FollowUpList::due): documents expiring, deliveries
// awaiting approval, surveys owed by phone and referral answers to pick up,
// the earliest due date first, so overdue items lead and are marked. Each
// row: the kind, the beneficiary, their phone in its national form (05...),
// the subject (document type, service or question), the due date in both
// calendars and how it stands against today. The list is read once per
// reload (bounded per kind) and shown in pages.
#pragma once

#include "core/FollowUp.h"
#include "ui/widgets/QueueTableModel.h"

#include <QDate>
#include <QHash>

class Database;
class Session;

class FollowUpModel final : public QueueTableModel<FollowUp>
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Beneficiary,
        Phone,
        Subject,
        Due,
        Standing,
        ColumnCount
    };

    FollowUpModel(Database &db, const Session &session, QObject *parent = nullptr);

    // The day the list was read for (the desk's today).
    QDate today() const { return m_today; }
    bool isOverdue(int row) const;
    int overdueCount() const; // among every item read, not only those shown
    int totalCount() const { return int(m_all.size()); }
    int rowOf(FollowUp::Kind kind, qint64 refId) const; // -1 when not shown
    // What the subject column shows for an item.
    QString subjectText(const FollowUp &item) const;
    // "Overdue by 3 days", "Due today", "Due in 2 days".
    QString standingText(const FollowUp &item) const;

    void retranslate();

protected:
    Result<Page> read(int offset, int count) override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const FollowUp &item, int column, int row) const override;
    QVariant raw(const FollowUp &item, int column, int row) const override;
    qint64 caseIdOf(const FollowUp &item) const override { return item.caseId; }
    QVariant look(const FollowUp &item, int column, int role) const override;

private:
    Status readNames();

    Database &m_db;
    const Session &m_session;
    QDate m_today;
    QVector<FollowUp> m_all;                 // everything due, as read
    QHash<QString, QString> m_documentNames; // type code -> name in the language
    QHash<QString, QString> m_serviceNames;  // Arabic name -> name in the language
};
