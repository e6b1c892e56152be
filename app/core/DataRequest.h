// A person's request about their own data (PDPL Art. 4; DOMAIN.md 6.4): a
// copy, a correction, destruction, a restriction of processing, or the
// withdrawal of consent, received through a channel on a day and owed an
// answer within 30 days; closed with what was done.
#pragma once

#include "core/Domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

struct DataRequest
{
    enum class Kind
    {
        Copy,
        Correction,
        Destruction,
        Restriction,
        WithdrawConsent
    };

    // The law's limit for an answer, counted in calendar days from receipt.
    static constexpr int answerDays = 30;

    qint64 id = 0;
    qint64 beneficiaryId = 0;
    Kind kind = Kind::Copy;
    Channel channel = Channel::Interview;
    QDate receivedOn;
    QDate dueOn; // receivedOn + answerDays
    QString details;
    qint64 recordedBy = 0;
    QDateTime recordedAt;
    QDateTime closedAt; // null while open
    qint64 closedBy = 0;
    QString outcome; // what was done, written when closing
    int version = 0;

    bool isOpen() const { return !closedAt.isValid(); }
    static QDate dueFor(const QDate &receivedOn) { return receivedOn.addDays(answerDays); }
};

// Which requests a list shows.
struct DataRequestQuery
{
    enum class State
    {
        Open,
        Closed,
        All
    };
    State state = State::Open;
    qint64 beneficiaryId = 0; // 0: anyone
    int limit = 100;
    int offset = 0;
};

// A request as the list shows it: with the person's name.
struct ListedDataRequest
{
    DataRequest request;
    QString beneficiaryName;
};

class DataRequestKinds final
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestKinds)

public:
    static const QVector<DataRequest::Kind> &all();
    // Stable ASCII code stored in the database and files; never translated.
    static QString code(DataRequest::Kind kind);
    static std::optional<DataRequest::Kind> fromCode(const QString &code);
    // For people, in the current language.
    static QString label(DataRequest::Kind kind);
};
