// Fast path for writing many records at once (the demo generator, imports):
// prepared statements reused for every row, rows committed in batches (or all
// in one transaction with batchSize 0), name search keys written alongside,
// and one audit row for the whole run. Values are stored as given (ids,
// versions and times are filled in when missing); no per-row audit.
//
//   BulkWriter w(db);
//   w.begin();
//   for (...) { auto id = w.addBeneficiary(b); ... w.addCase(c); }
//   w.finish(actorId);   // commits what is left, audits the counts
//
// While a BulkWriter is active, write to the same Database only through it.
// File numbers given as "YYYY-NNNNNN" advance that year's sequence so later
// numbers issued by BeneficiaryRepository follow on.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/Result.h"
#include "core/Survey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <memory>

class Database;

class BulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)

public:
    explicit BulkWriter(Database &db, int batchSize = 20000);
    ~BulkWriter(); // rolls back rows not committed yet
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status begin();
    Result<qint64> addBeneficiary(const Beneficiary &b);
    Result<qint64> addCase(const Case &c);
    Result<qint64> addStepEvent(const StepEvent &e);
    Result<qint64> addReferral(const Referral &r);
    Result<qint64> addDelivery(const Delivery &d);
    Result<qint64> addSurveyResponse(const SurveyResponse &r);
    // An approved answer given on a case (givenAt must be set).
    Status addGivenAnswer(const GivenAnswer &g);
    // Commits the last batch and writes one audit row with the counts.
    Status finish(qint64 actorId, const QString &action = QStringLiteral("bulk.insert"));
    // Rolls back the current batch (earlier batches stay).
    void abandon();

    bool isActive() const { return m_active; }
    qint64 beneficiaries() const { return m_beneficiaries; }
    qint64 cases() const { return m_cases; }
    qint64 rows() const { return m_rows; }

private:
    struct Statements;
    Result<QSqlQuery *> prepared(QSqlQuery *q, const QString &sql);
    Result<qint64> insert(QSqlQuery *q, const QString &sql, const QVariantList &values);
    Status rowDone();
    Status commitBatch();
    Status saveSequences();

    Database &m_db;
    int m_batchSize;
    bool m_active = false;
    int m_inBatch = 0;
    qint64 m_beneficiaries = 0;
    qint64 m_cases = 0;
    qint64 m_rows = 0;
    QHash<int, qint64> m_fileSequences; // Hijri year -> highest sequence seen
    std::unique_ptr<Statements> m_st;
};
