// A date field for either calendar (DOMAIN.md 5.3): "1444/02/04" (Hijri,
// Umm al-Qura; a year below 1600) or "2022-08-31" (Gregorian), in any digits,
// "/" or "-" between the parts. Under the field the date shows in both
// calendars, or the reason it is not a date. An extra rule may be given
// (a birth date not in the future, a document not expired, ...).
#pragma once

#include "core/Result.h"
#include "core/WrittenDate.h"
#include "ui/widgets/ValidatedLineEdit.h"

#include <QDate>

#include <functional>

class DualDateEdit final : public ValidatedLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged)

public:
    explicit DualDateEdit(QWidget *parent = nullptr);

    // The valid date typed, else a null date.
    QDate date() const { return m_date; }
    // Writes the date in the interface language's first calendar: Hijri in
    // Arabic, Gregorian in English. A null date clears the field.
    void setDate(const QDate &date);

    // The valid date typed and how it was written (DOMAIN.md 5.2a); null
    // when the text is not a date.
    WrittenDate written() const;
    // Writes a date as it was written: a Hijri date as typed, a Gregorian one
    // as ISO; one of unknown writing as setDate() does. While the text stays
    // as written here, written() gives back this date unchanged (a date of
    // unknown writing stays unknown).
    void setWritten(const WrittenDate &date);

    // A rule the date must also meet; its failure is shown as the reason.
    using Rule = std::function<Status(const QDate &)>;
    void setRule(Rule rule);

signals:
    // The valid date, or a null date when the text is not (yet) one.
    void dateChanged(const QDate &date);

protected:
    Verdict judge(const QString &text, bool finished) const override;
    void verdictChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Result<QDate> parse(const QString &text) const;

    QDate m_date;
    Rule m_rule;
    WrittenDate m_set; // the date setWritten() wrote
    QString m_setText; // and the text it wrote for it
};
