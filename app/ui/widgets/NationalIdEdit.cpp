#include "ui/widgets/NationalIdEdit.h"

#include "core/TextInput.h"

#include <QEvent>

namespace {
constexpr int kDigits = 10;
}

NationalIdEdit::NationalIdEdit(QWidget *parent) : ValidatedLineEdit(parent)
{
    setObjectName(QStringLiteral("nationalIdEdit"));
    retranslate();
}

void NationalIdEdit::retranslate()
{
    setPlaceholderText(tr("10 digits, starting with 1 or 2"));
}

QString NationalIdEdit::digits() const
{
    return m_id ? m_id->digits() : QString();
}

ValidatedLineEdit::Verdict NationalIdEdit::judge(const QString &text, bool finished) const
{
    const QString digits = TextInput::normaliseNumber(text);
    if (digits.isEmpty())
        return {State::Empty, QString()};
    const Result<NationalId> parsed = NationalId::parse(text);
    if (parsed) {
        return {State::Valid, parsed->kind() == NationalId::Kind::Citizen
                                  ? tr("A valid national ID (citizen).")
                                  : tr("A valid iqama number (resident).")};
    }
    const bool canGrow = TextInput::isAllAsciiDigits(digits) && digits.size() < kDigits &&
                         (digits.at(0) == u'1' || digits.at(0) == u'2');
    if (canGrow && !finished)
        return {State::Incomplete, tr("%Ln of 10 digits typed.", "", int(digits.size()))};
    return {State::Invalid, parsed.error()};
}

void NationalIdEdit::verdictChanged()
{
    const Result<NationalId> parsed = NationalId::parse(text());
    std::optional<NationalId> now;
    if (parsed)
        now = *parsed;
    if (!(now == m_id)) {
        m_id = now;
        emit nationalIdChanged(digits());
    }
}

void NationalIdEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ValidatedLineEdit::changeEvent(event);
}
