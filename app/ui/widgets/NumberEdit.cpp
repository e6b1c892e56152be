#include "ui/widgets/NumberEdit.h"

#include "core/NumberInput.h"
#include "core/TextInput.h"

#include <QEvent>
#include <QLocale>
#include <QValidator>

#include <cmath>

namespace {

class NumberValidator final : public QValidator
{
public:
    explicit NumberValidator(const NumberEdit *edit)
        : QValidator(const_cast<NumberEdit *>(edit)), m_edit(edit)
    {}

    // Typing stays possible while the text can still become a number of
    // NumberInput's rule; a keystroke that makes it malformed is refused.
    State validate(QString &input, int &) const override
    {
        const QString text = NumberEdit::normalised(input);
        if (text.isEmpty())
            return Intermediate;
        if (!NumberInput::canBecomeNumber(input, m_edit->decimals()))
            return Invalid;
        if ((text.startsWith(u'-') || text.startsWith(QChar(0x2212))) && m_edit->minimum() >= 0)
            return Invalid;
        const std::optional<double> v = NumberEdit::parse(input, m_edit->decimals());
        if (!v)
            return Intermediate;
        if (*v > m_edit->maximum())
            return Invalid;
        return *v < m_edit->minimum() ? Intermediate : Acceptable;
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
    m_decimals = qBound(0, decimals, NumberInput::maxDecimals);
}

void NumberEdit::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = qMax(minimum, maximum);
}

QString NumberEdit::normalised(const QString &text)
{
    return TextInput::stripBidiControls(text).trimmed();
}

std::optional<double> NumberEdit::parse(const QString &text, int decimals)
{
    const Result<qint64> scaled = NumberInput::parseScaled(text, decimals);
    if (!scaled)
        return std::nullopt;
    return double(*scaled) / std::pow(10.0, qBound(0, decimals, NumberInput::maxDecimals));
}

std::optional<double> NumberEdit::value() const
{
    const std::optional<double> v = parse(text(), m_decimals);
    if (!v || *v < m_minimum || *v > m_maximum)
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
