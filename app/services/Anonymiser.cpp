#include "services/Anonymiser.h"

#include "core/ArabicText.h"
#include "core/Phone.h"
#include "core/TextInput.h"
#include "services/Authenticator.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace {

// The person's values a reason must not repeat, folded as the search folds
// names so that another spelling of a name is caught too.
QStringList valuesOf(const Beneficiary &b)
{
    QStringList out;
    for (const QString &part :
         {b.name.first, b.name.father, b.name.grandfather, b.name.family, b.district})
        for (const QString &token : ArabicText::tokens(part))
            if (token.size() >= 3)
                out << token;
    return out;
}

QStringList numbersOf(const Beneficiary &b)
{
    QStringList out;
    if (!b.idNumber.isEmpty())
        out << TextInput::normaliseNumber(b.idNumber);
    if (const Result<Phone> phone = Phone::parse(b.phone); phone)
        out << phone->significantDigits(); // as a person may write it
    return out;
}

} // namespace

Result<qint64> Anonymiser::find(const QString &key) const
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return resolve(m_db, key);
}

Result<qint64> Anonymiser::resolve(Database &db, const QString &key)
{
    const Result<std::optional<qint64>> found = PersonEraser(db).find(key);
    if (!found)
        return found.status();
    if (!found->has_value())
        return Status::failure(
            tr("No beneficiary has the ID number, file number or record number %1.")
                .arg(TextInput::excerpt(key.trimmed())));
    return found->value();
}

Result<ErasurePreview> Anonymiser::preview(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return PersonEraser(m_db).preview(beneficiaryId);
}

Status Anonymiser::checkReason(qint64 beneficiaryId, const QString &reason) const
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Status::failure(tr("Write why this person's data is destroyed (for example: "
                                  "their request, or the retention period has passed)."));
    if (why.size() > maxReasonLength)
        return Status::failure(
            tr("The reason is longer than %1 characters; shorten it.").arg(maxReasonLength));
    const Result<Beneficiary> b = BeneficiaryRepository(m_db).get(beneficiaryId);
    if (!b)
        return b.status();
    const QString folded = ArabicText::normalise(why);
    const QString digits = TextInput::normaliseNumber(TextInput::asciiDigits(why));
    const QStringList values = valuesOf(*b);
    bool named = false;
    for (const QString &token : ArabicText::tokens(why))
        named = named || values.contains(token);
    for (const QString &number : numbersOf(*b))
        named = named || (!number.isEmpty() && digits.contains(number));
    if (named ||
        (!b->name.full().isEmpty() && folded.contains(ArabicText::normalise(b->name.full()))))
        return Status::failure(tr("The reason names the person or repeats one of their values. "
                                  "It is kept in the audit trail, which cannot be cleared: say "
                                  "why without it (for example, the number of their request)."));
    return Status::success();
}

Status Anonymiser::confirmPassword(const QString &password)
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    // After repeated failures the authenticator (the sign-in's, in the
    // window) makes the next attempt wait, and says how long.
    const bool waiting = m_auth.secondsToWait(m_session.user().username) > 0;
    if (Status s = m_auth.confirm(m_session, password); !s)
        return waiting ? s : Status::failure(tr("The password is not right; nothing was changed."));
    return Status::success();
}

Status Anonymiser::anonymise(qint64 beneficiaryId, const QString &reason, const QString &password)
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    const Result<ErasurePreview> before = PersonEraser(m_db).preview(beneficiaryId);
    if (!before)
        return before.status();
    if (before->anonymisedAt.isValid())
        return PersonEraser(m_db).erase(beneficiaryId, m_session.userId(), {}); // says when
    if (Status s = checkReason(beneficiaryId, reason); !s)
        return s;
    if (Status s = confirmPassword(password); !s)
        return s;
    return PersonEraser(m_db).erase(beneficiaryId, m_session.userId(),
                                    {{QStringLiteral("reason"), reason.simplified()}});
}

Status Anonymiser::anonymiseForRetention(qint64 beneficiaryId, int years)
{
    if (Status s = m_session.require(Action::DestroyPersonalData); !s)
        return s;
    return PersonEraser(m_db).erase(beneficiaryId, m_session.userId(),
                                    {{QStringLiteral("retention_years"), years}});
}
