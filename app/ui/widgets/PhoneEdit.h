// A Saudi phone number field (DOMAIN.md section 2), mobile or landline,
// checked while it is typed, in any of the accepted forms and any digits.
// The number is kept in E.164 (+9665XXXXXXXX) and confirmed under the field
// in its national form (05XXXXXXXX).
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
    // 05XXXXXXXX when valid, else empty.
    QString national() const;
    std::optional<Phone> phone() const { return m_phone; }
    // Shows a stored number (E.164) in its national form.
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
