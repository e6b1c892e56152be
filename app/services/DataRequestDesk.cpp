#include "services/DataRequestDesk.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/TextInput.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"

#include <QTimeZone>

namespace {

// Free text as the desk keeps it: no bidi controls, no outer spaces.
QString requestText(const QString &text)
{
    return TextInput::stripBidiControls(text).trimmed();
}

} // namespace

Result<DataRequest> DataRequestDesk::record(const DataRequest &input)
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    DataRequest r = input;
    if (r.beneficiaryId <= 0)
        return Result<DataRequest>::failure(tr("Choose the person the request is from."));
    const auto person = BeneficiaryRepository(m_db).get(r.beneficiaryId);
    if (!person)
        return person.status();
    // Nothing identifying is left of an anonymised person: no request can be
    // answered about data that no longer exists.
    if (person->isAnonymised())
        return Result<DataRequest>::failure(
            tr("This person's data was destroyed on %1: there is nothing left to copy, correct, "
               "restrict or destroy.")
                .arg(DateInput::formatBoth(
                    person->anonymisedAt.toTimeZone(Clock::deskTimeZone()).date())));
    if (!DataRequestKinds::all().contains(r.kind))
        return Result<DataRequest>::failure(tr("Choose what the person asks for."));
    if (!Domain::channels().contains(r.channel))
        return Result<DataRequest>::failure(tr("Choose how the request was received."));
    const QDate today = Clock::instance().today();
    if (!r.receivedOn.isValid())
        return Result<DataRequest>::failure(tr("Enter the day the request was received."));
    if (r.receivedOn > today)
        return Result<DataRequest>::failure(
            tr("The request cannot have been received after today (%1); check the date %2.")
                .arg(DateInput::formatBoth(today), DateInput::formatBoth(r.receivedOn)));
    if (r.receivedOn < today.addDays(-oldestReceivedDays))
        return Result<DataRequest>::failure(
            tr("The date %1 is more than a year ago; check the day the request was received.")
                .arg(DateInput::formatBoth(r.receivedOn)));
    r.details = requestText(r.details);
    if (r.details.size() > maxTextLength)
        return Result<DataRequest>::failure(
            tr("The details are too long: at most %1 characters are allowed; these have %2.")
                .arg(maxTextLength)
                .arg(r.details.size()));
    r.dueOn = DataRequest::dueFor(r.receivedOn);
    return DataRequestRepository(m_db).create(r, m_session.userId());
}

Result<DataRequest> DataRequestDesk::close(qint64 id, int version, const QString &outcome)
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    const QString clean = requestText(outcome);
    if (clean.isEmpty())
        return Result<DataRequest>::failure(
            tr("Write what was done about the request before closing it."));
    if (clean.size() > maxTextLength)
        return Result<DataRequest>::failure(
            tr("What was done is too long: at most %1 characters are allowed; this has %2.")
                .arg(maxTextLength)
                .arg(clean.size()));
    return DataRequestRepository(m_db).close(id, version, clean, m_session.userId());
}

Result<DataRequest> DataRequestDesk::get(qint64 id) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    return DataRequestRepository(m_db).get(id);
}

Result<QVector<ListedDataRequest>> DataRequestDesk::list(const DataRequestQuery &query) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    return DataRequestRepository(m_db).list(query);
}
