#include "services/PrivacyNoticeDesk.h"

#include "core/Clock.h"
#include "core/TextInput.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

namespace {

QString noticeLanguage(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar");
}

} // namespace

QString PrivacyNoticeDesk::key(const QString &language)
{
    return QStringLiteral("privacy_notice.") + noticeLanguage(language);
}

Status PrivacyNoticeDesk::mayRead() const
{
    if (m_session.may(Action::EditCatalogue))
        return Status::success();
    return m_session.require(Action::ViewCases);
}

Result<QString> PrivacyNoticeDesk::stored(const QString &language) const
{
    const auto value = SettingsRepository(m_db).value(key(language));
    if (!value)
        return value.status();
    return value->value_or(QString());
}

Result<QString> PrivacyNoticeDesk::text(const QString &language) const
{
    if (Status s = mayRead(); !s)
        return s;
    const auto own = stored(language);
    if (!own)
        return own;
    if (!own->trimmed().isEmpty())
        return *own;
    return PrivacyNotice::defaultBody(noticeLanguage(language));
}

Result<bool> PrivacyNoticeDesk::isCustom(const QString &language) const
{
    if (Status s = mayRead(); !s)
        return s;
    const auto own = stored(language);
    if (!own)
        return own.status();
    return !own->trimmed().isEmpty();
}

Status PrivacyNoticeDesk::save(const QString &language, const QString &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    QString text = TextInput::stripBidiControls(input);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text = text.trimmed();
    const int maxLength = PrivacyNotice::maxBodyLength(noticeLanguage(language));
    if (text.size() > maxLength)
        return Status::failure(
            tr("The notice is too long for one page: at most %1 characters are allowed; this one "
               "has %2.")
                .arg(maxLength)
                .arg(text.size()));
    SettingsRepository settings(m_db);
    const auto own = stored(language);
    if (!own)
        return own.status();
    // The default is kept as an empty value rather than by removing the key:
    // on a server the manager may write settings but not delete them.
    if (text == PrivacyNotice::defaultBody(noticeLanguage(language)))
        text.clear();
    if (text == *own)
        return Status::success();
    return settings.setValue(key(language), text, m_session.userId());
}

Result<PrivacyNoticeData> PrivacyNoticeDesk::notice(const QString &language) const
{
    if (Status s = mayRead(); !s)
        return s;
    PrivacyNoticeData data;
    data.language = noticeLanguage(language);
    const auto profile = AssociationProfile::load(m_db);
    if (!profile)
        return profile.status();
    data.profile = *profile;
    const auto own = stored(language);
    if (!own)
        return own.status();
    data.body = *own;
    data.printedAt = Clock::instance().nowUtc();
    return data;
}

Status PrivacyNoticeDesk::writePdf(const PrivacyNoticeData &data, const QString &path) const
{
    if (Status s = mayRead(); !s)
        return s;
    return PrivacyNotice::writePdf(data, path, {m_db.path()});
}
