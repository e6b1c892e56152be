#include "ui/NumberEdit.h"

#include "core/TextInput.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QValidator>

#include <cmath>

namespace {

class NumberValidator final : public QValidator
{
public:
    explicit NumberValidator(const NumberEdit *edit)
        : QValidator(const_cast<NumberEdit *>(edit)), m_edit(edit)
    {}

    State validate(QString &input, int &) const override
    {
        const QString text = NumberEdit::normalised(input);
        if (text.isEmpty())
            return Intermediate;
        static const QRegularExpression shape(QStringLiteral("^-?\\d*(\\.\\d*)?$"));
        if (!shape.match(text).hasMatch())
            return Invalid;
        if (m_edit->decimals() == 0 && text.contains(QLatin1Char('.')))
            return Invalid;
        const int dot = text.indexOf(QLatin1Char('.'));
        if (dot >= 0 && text.size() - dot - 1 > m_edit->decimals())
            return Invalid;
        if (text.startsWith(QLatin1Char('-')) && m_edit->minimum() >= 0)
            return Invalid;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return Intermediate;
        if (v > m_edit->maximum())
            return Invalid;
        return v < m_edit->minimum() ? Intermediate : Acceptable;
    }

private:
    const NumberEdit *m_edit;
};

} // namespace

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    setValidator(new NumberValidator(this));
    alignToReadingSide();
}

// Digits alone would be put on the left even in a right-to-left window (they
// have no direction of their own); the number and the hint stand on the
// reading side of the interface language.
void NumberEdit::alignToReadingSide()
{
    setAlignment(Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) |
                 Qt::AlignVCenter);
}

void NumberEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        alignToReadingSide();
    QLineEdit::changeEvent(event);
}

void NumberEdit::setDecimals(int decimals)
{
    m_decimals = qMax(0, decimals);
}

void NumberEdit::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = qMax(minimum, maximum);
}

QString NumberEdit::normalised(const QString &text)
{
    QString out = TextInput::asciiDigits(TextInput::stripBidiControls(text));
    out.replace(QChar(0x066B), QLatin1Char('.')); // Arabic decimal separator
    out.replace(QChar(0x060C), QLatin1Char('.')); // Arabic comma, typed for a decimal point
    out.remove(QChar(0x066C));                    // Arabic thousands separator
    out.remove(QLatin1Char(','));
    out.remove(QLatin1Char(' '));
    return out;
}

std::optional<double> NumberEdit::value() const
{
    const QString t = normalised(text());
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < m_minimum || v > m_maximum)
        return std::nullopt;
    return v;
}

bool NumberEdit::isAcceptable() const
{
    return normalised(text()).isEmpty() || value().has_value();
}

void NumberEdit::setValue(std::optional<double> value)
{
    if (!value) {
        clear();
        return;
    }
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const bool whole = std::floor(*value) == *value;
    setText(locale.toString(*value, 'f', whole ? 0 : m_decimals));
}
