// Cases: create, read, update (every change of step or status is kept as a
// step event, in the same transaction) and the desk lists, paged by keyset so
// no list reads the whole table.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;

struct CaseFilter
{
    QVector<CaseStatus> statuses; // empty: any
    std::optional<Step> step;
    QDateTime arrivedFrom; // inclusive; invalid: open
    QDateTime arrivedTo;   // exclusive; invalid: open
    qint64 beneficiaryId = 0;
    qint64 receivedBy = 0;
    qint64 serviceId = 0;
    // true: only cases with a referral answer the desk has not picked up;
    // false: only those without; none: either.
    std::optional<bool> answerToPickUp;
};

// A position in a list ordered by (arrival, id): the last row of a page.
struct CaseCursor
{
    QDateTime arrivalAt;
    qint64 id = 0;
};

struct CasePageRequest
{
    int limit = 50;
    std::optional<CaseCursor> after; // none: first page
    bool newestFirst = false;        // the queue is oldest first
};

struct CaseListPage
{
    QVector<Case> cases;
    std::optional<CaseCursor> next; // none: this was the last page
};

class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    // Stores a new case (arrival defaults to now). With issueQueueNumber the
    // case gets the next ticket number of its arrival day (desk time zone),
    // atomically.
    Result<Case> create(const Case &c, qint64 actorId, bool issueQueueNumber = false);

    // Saves c if nobody saved the case since c.version was read. A change of
    // step or status is recorded as a step event with note. A stale copy is
    // refused with Status::Code::Stale, saying who saved the case since and
    // when.
    Result<Case> update(const Case &c, qint64 actorId, const QString &note = QString());

    Result<Case> get(qint64 id) const;
    Result<QVector<StepEvent>> stepEvents(qint64 caseId) const;

    Result<CaseListPage> list(const CaseFilter &filter, const CasePageRequest &page = {}) const;
    Result<qint64> count(const CaseFilter &filter) const;

private:
    Result<int> nextQueueNumber(const QDateTime &arrivalUtc) const;
    Status staleRefusal(qint64 caseId) const;

    Database &m_db;
};
