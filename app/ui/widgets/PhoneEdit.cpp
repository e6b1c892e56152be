#include "ui/widgets/PhoneEdit.h"

#include "core/DeskText.h"

#include "core/Phone.h"
#include "core/TextInput.h"

#include <QEvent>

namespace {

// The E.164 form of a complete Saudi number: "+966" and nine digits; of any
// number, at most + and 15 digits.
constexpr int kSaudiE164Length = 13;
constexpr int kLongestE164Length = 16;

// Whether typing more could still give a number.
bool phoneCanGrow(const QString &digits)
{
    for (const char *start : {"+966", "00966", "966"}) {
        if (QLatin1String(start).startsWith(digits))
            return true;
    }
    const QString key = Phone::e164Prefix(digits);
    if (key.isEmpty())
        return false;
    return key.size() <
           (key.startsWith(QLatin1String("+966")) ? kSaudiE164Length : kLongestE164Length);
}

} // namespace

PhoneEdit::PhoneEdit(QWidget *parent) : ValidatedLineEdit(parent)
{
    setObjectName(QStringLiteral("phoneEdit"));
    retranslate();
}

void PhoneEdit::retranslate()
{
    setPlaceholderText(QStringLiteral("05XXXXXXXX"));
}

QString PhoneEdit::e164() const
{
    return m_phone ? m_phone->e164() : QString();
}

QString PhoneEdit::shown() const
{
    return m_phone ? m_phone->shown() : QString();
}

void PhoneEdit::setE164(const QString &e164)
{
    const Result<Phone> p = Phone::parse(e164);
    setText(DeskText::digits(p ? p->shown() : e164));
}

ValidatedLineEdit::Verdict PhoneEdit::judge(const QString &text, bool finished) const
{
    if (TextInput::normaliseNumber(text).isEmpty())
        return {State::Empty, QString()};
    const Result<Phone> parsed = Phone::parse(text);
    if (parsed) {
        // Rule 2.1: a prefix newer than the numbering data is a warning; the
        // number stays valid and the record can be saved.
        if (parsed->hasWarning())
            return {State::Valid, parsed->warning(), true};
        const QString shown = DeskText::phone(parsed->e164());
        if (!parsed->isSaudi())
            return {State::Valid, tr("Number from abroad %1.").arg(shown)};
        return {State::Valid, parsed->isMobile() ? tr("Mobile number %1.").arg(shown)
                                                 : tr("Landline number %1.").arg(shown)};
    }
    const QString digits = Phone::compact(text);
    if (!finished && !digits.isEmpty() && phoneCanGrow(digits))
        return {State::Incomplete, tr("A Saudi mobile number has 10 digits: 05XXXXXXXX.")};
    return {State::Invalid, parsed.error()};
}

void PhoneEdit::verdictChanged()
{
    const Result<Phone> parsed = Phone::parse(text());
    std::optional<Phone> now;
    if (parsed)
        now = *parsed;
    if (now != m_phone) {
        m_phone = now;
        emit phoneChanged(e164());
    }
}

void PhoneEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ValidatedLineEdit::changeEvent(event);
}
