// A field for a number within a range (a family size, an income, a quantity),
// read by core's NumberInput rule: every digit of DOMAIN.md rule 1.1, thousands
// grouped by threes, the Arabic separators; a malformed number such as "1,2,3"
// is never read as another one. A value set from code is written in the
// interface language's digits.
#pragma once

#include <QLineEdit>

#include <optional>

class NumberEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberEdit(QWidget *parent = nullptr);

    // 0 for whole numbers (the default).
    void setDecimals(int decimals);
    int decimals() const { return m_decimals; }
    void setRange(double minimum, double maximum);
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }

    // The number typed, when it is one within the range; none when the field
    // is empty or holds something else.
    std::optional<double> value() const;
    // Empty, or a number within the range.
    bool isAcceptable() const;
    // Writes the value (none clears the field).
    void setValue(std::optional<double> value);

    // Text as typed without bidi controls and surrounding spaces (empty when
    // nothing was typed).
    static QString normalised(const QString &text);
    // The number text holds by NumberInput's rule with up to decimals
    // decimals, or none.
    static std::optional<double> parse(const QString &text, int decimals);

protected:
    void changeEvent(QEvent *event) override;

private:
    void alignToReadingSide();

    int m_decimals = 0;
    double m_minimum = 0;
    double m_maximum = 1e9;
};
