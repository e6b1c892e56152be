// A phone number field (DOMAIN.md section 2): a Saudi mobile or landline or a
// number from abroad, checked while it is typed, in any of the accepted forms
// and any digits. The number is kept in E.164 (+9665XXXXXXXX) and confirmed
// under the field as the desk shows it (05XXXXXXXX, +44 7911 123456); a
// mobile prefix newer than the numbering data is shown as a warning
// (hasWarning()), and the number stays valid.
#pragma once

#include "core/Phone.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <optional>

class PhoneEdit final : public ValidatedLineEdit
{
    Q_OBJECT

public:
    explicit PhoneEdit(QWidget *parent = nullptr);

    // E.164 when valid, else empty.
    QString e164() const;
    // 05XXXXXXXX (or +44 7911 123456 from abroad) when valid, else empty.
    QString shown() const;
    std::optional<Phone> phone() const { return m_phone; }
    // Shows a stored number (E.164) as the desk shows it.
    void setE164(const QString &e164);

signals:
    // The valid number in E.164, or empty when there is none.
    void phoneChanged(const QString &e164);

protected:
    Verdict judge(const QString &text, bool finished) const override;
    void verdictChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<Phone> m_phone;
};
