// A national ID or iqama number field (DOMAIN.md section 1), checked while it
// is typed: Arabic-Indic and Persian digits, spaces and dashes are accepted;
// a letter or a wrong first digit is refused at once, a wrong check digit as
// soon as the tenth digit is typed, each with the reason in words.
#pragma once

#include "core/NationalId.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <optional>

class NationalIdEdit final : public ValidatedLineEdit
{
    Q_OBJECT

public:
    explicit NationalIdEdit(QWidget *parent = nullptr);

    // The ten ASCII digits when valid, else empty.
    QString digits() const;
    std::optional<NationalId> nationalId() const { return m_id; }

signals:
    // The valid number typed (ten ASCII digits), or empty when there is none.
    void nationalIdChanged(const QString &digits);

protected:
    Verdict judge(const QString &text, bool finished) const override;
    void verdictChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<NationalId> m_id;
};
