#include "ui/widgets/DualDateEdit.h"

#include "core/DeskText.h"

#include "core/DateInput.h"
#include "core/HijriDate.h"
#include "core/TextInput.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace {

// The start of "YYYY/MM/DD" or "YYYY-MM-DD": typing more may complete it.
bool dateCanGrow(const QString &text)
{
    static const QRegularExpression start(
        QStringLiteral("^\\d{1,4}(\\s*[/-]\\s*(\\d{1,2}(\\s*[/-]\\s*\\d?)?)?)?$"));
    return start.match(text).hasMatch();
}

} // namespace

DualDateEdit::DualDateEdit(QWidget *parent) : ValidatedLineEdit(parent)
{
    setObjectName(QStringLiteral("dualDateEdit"));
    retranslate();
}

void DualDateEdit::retranslate()
{
    setPlaceholderText(tr("1446/09/15 (Hijri) or 2025-03-15"));
}

void DualDateEdit::setDate(const QDate &date)
{
    if (!date.isValid()) {
        clear();
        return;
    }
    const Result<HijriDate> hijri = HijriDate::fromGregorian(date);
    // In the language's digits, as every value shown; typing takes either.
    if (QLocale().language() == QLocale::Arabic && hijri)
        setText(DeskText::digits(hijri->toString()));
    else
        setText(DeskText::digits(date.toString(Qt::ISODate)));
}

WrittenDate DualDateEdit::written() const
{
    if (!m_date.isValid())
        return WrittenDate();
    if (!m_setText.isEmpty() && text() == m_setText && m_set.date == m_date)
        return m_set;
    const Result<WrittenDate> typed = DateInput::parseWritten(text());
    return typed && typed->date == m_date ? *typed : WrittenDate(m_date);
}

void DualDateEdit::setWritten(const WrittenDate &date)
{
    if (date.isNull() || date.calendar == WrittenDate::Calendar::Unknown)
        setDate(date.date);
    else
        setText(DeskText::digits(date.fieldText()));
    m_set = date;
    m_setText = date.isNull() ? QString() : text();
}

void DualDateEdit::setRule(Rule rule)
{
    m_rule = std::move(rule);
    revalidate();
}

Result<QDate> DualDateEdit::parse(const QString &text) const
{
    Result<QDate> date = DateInput::parse(text);
    if (!date || !m_rule)
        return date;
    if (const Status s = m_rule(*date); !s)
        return s;
    return date;
}

ValidatedLineEdit::Verdict DualDateEdit::judge(const QString &text, bool finished) const
{
    const QString clean = TextInput::asciiDigits(TextInput::stripBidiControls(text)).trimmed();
    if (clean.isEmpty())
        return {State::Empty, QString()};
    const Result<WrittenDate> date = DateInput::parseWritten(text);
    if (date) {
        // Shown as written: a Hijri date as typed (DOMAIN.md 5.2a).
        const QString shown = date->toDisplayString(QLocale());
        if (m_rule) {
            if (const Status s = m_rule(date->date); !s)
                return {State::Invalid, shown + QLatin1Char('\n') + s.error()};
        }
        return {State::Valid, shown};
    }
    if (!finished && dateCanGrow(clean))
        return {State::Incomplete, tr("Year/month/day: Hijri (e.g. 1446/09/15) or Gregorian "
                                      "(e.g. 2025-03-15).")};
    return {State::Invalid, date.error()};
}

void DualDateEdit::verdictChanged()
{
    const Result<QDate> parsed = parse(text());
    const QDate now = parsed ? *parsed : QDate();
    if (now != m_date) {
        m_date = now;
        emit dateChanged(m_date);
    }
}

void DualDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ValidatedLineEdit::changeEvent(event);
}
