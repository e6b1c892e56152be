#include "ui/widgets/PhoneEdit.h"

#include "core/DeskText.h"

#include "core/Phone.h"
#include "core/TextInput.h"

#include <QEvent>

namespace {

// The E.164 form of a complete Saudi number: "+966" and nine digits.
constexpr int kE164Length = 13;

// Whether typing more could still give a Saudi number.
bool phoneCanGrow(const QString &digits)
{
    for (const char *start : {"+966", "00966", "966"}) {
        if (QLatin1String(start).startsWith(digits))
            return true;
    }
    const QString key = Phone::e164Prefix(digits);
    return !key.isEmpty() && key.size() < kE164Length;
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

QString PhoneEdit::national() const
{
    return m_phone ? m_phone->national() : QString();
}

void PhoneEdit::setE164(const QString &e164)
{
    const Result<Phone> p = Phone::parse(e164);
    setText(DeskText::digits(p ? p->national() : e164));
}

ValidatedLineEdit::Verdict PhoneEdit::judge(const QString &text, bool finished) const
{
    const QString digits = TextInput::normaliseNumber(text);
    if (digits.isEmpty())
        return {State::Empty, QString()};
    const Result<Phone> parsed = Phone::parse(text);
    if (parsed) {
        return {State::Valid, parsed->isMobile()
                                  ? tr("Mobile number %1.").arg(DeskText::phone(text))
                                  : tr("Landline number %1.").arg(DeskText::phone(text))};
    }
    if (!finished && phoneCanGrow(digits))
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
