#include "reports/PersonCopyPdf.h"

#include "core/AuditText.h"
#include "core/DeskText.h"
#include "core/Domain.h"
#include "core/PersonFields.h"
#include "reports/HtmlTable.h"
#include "reports/PrintedPage.h"
#include "reports/ReportHtml.h"

#include <QPdfWriter>

QString PersonCopyPdf::section(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
}

QString PersonCopyPdf::none(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(text.toHtmlEscaped());
}

QString PersonCopyPdf::when(const QDateTime &utc) const
{
    return utc.isValid() ? m_f.dateTime(utc) : ReportFormat::dash();
}

QString PersonCopyPdf::who(qint64 userId) const
{
    if (userId == 0)
        return tr("The system");
    const QString name = m_d.staffName(userId);
    return name.isEmpty() ? tr("Staff member no. %1").arg(m_f.count(userId)) : name;
}

QString PersonCopyPdf::table(const QStringList &header, const QVector<QStringList> &rows,
                             const QVector<int> &widths) const
{
    HtmlTable t(m_f.direction(), widths, HtmlTable::Cells::Text);
    t.header(header);
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << (c.trimmed().isEmpty() ? ReportFormat::dash() : c);
        t.row(cells);
    }
    return t.html();
}

QString PersonCopyPdf::title() const
{
    QString out = QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                      .arg(m_d.associationName.toHtmlEscaped());
    out +=
        QStringLiteral("<h1 align=\"center\">%1</h1>")
            .arg(
                tr("A copy of the data held about %1").arg(m_d.person.name.full()).toHtmlEscaped());
    out += QStringLiteral("<p align=\"center\" class=\"note\">%1</p>")
               .arg(tr("Made on %1 by %2, at the person's request (Personal Data Protection Law, "
                       "article 4).")
                        .arg(when(m_d.madeAt), m_d.madeBy)
                        .toHtmlEscaped());
    return out;
}

QString PersonCopyPdf::keptBirthYear(const Beneficiary &b) const
{
    if (b.birthYear <= 0)
        return QString();
    QLocale numbers = m_f.locale();
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString year = numbers.toString(b.birthYear);
    // A Hijri birth date keeps its Hijri year too, written first as it was.
    if (b.birthCalendar == WrittenDate::Calendar::Hijri && b.birthHijri.year > 0)
        //: An anonymised record's birth year: the Hijri year as written, then the Gregorian
        return tr("%1 AH (%2)").arg(numbers.toString(b.birthHijri.year), year);
    return year;
}

QString PersonCopyPdf::profile() const
{
    const Beneficiary &b = m_d.person;
    QVector<QStringList> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        rows << QStringList{label, value};
    };
    add(tr("Record number"), m_f.count(b.id));
    add(tr("File number"), b.fileNumber);
    add(PersonFields::label(QStringLiteral("name")), b.name.full());
    add(PersonFields::label(QStringLiteral("id_number")),
        b.idNumber.isEmpty() ? QString() : Domain::label(b.idType) + QLatin1Char(' ') + b.idNumber);
    add(PersonFields::label(QStringLiteral("gender")), Domain::label(b.gender));
    add(PersonFields::label(QStringLiteral("birth_date")),
        b.birthDate.isValid() ? m_f.date(b.writtenBirthDate()) : keptBirthYear(b));
    add(PersonFields::label(QStringLiteral("phone")), DeskText::phone(b.phone));
    add(PersonFields::label(QStringLiteral("address")),
        QStringList{b.city, b.district}.join(QStringLiteral(" ")).trimmed());
    add(PersonFields::label(QStringLiteral("family_size")),
        b.familySize > 0 ? m_f.count(b.familySize) : QString());
    add(PersonFields::label(QStringLiteral("monthly_income")),
        b.monthlyIncome ? m_f.amount(*b.monthlyIncome) : QString());
    add(PersonFields::label(QStringLiteral("nationality")), b.nationality);
    add(PersonFields::label(QStringLiteral("consent")),
        b.consentGiven ? tr("Given on %1 for: %2").arg(when(b.consentAt), b.consentPurpose)
                       : tr("Not recorded"));
    add(tr("Registered"), when(b.createdAt));
    if (b.isRestricted())
        add(tr("Processing restricted"),
            tr("Since %1: %2").arg(when(b.restrictedAt), b.restrictionReason));
    if (b.isAnonymised())
        add(tr("Identifying data destroyed"), when(b.anonymisedAt));
    return section(tr("The record")) + table({tr("Field"), tr("Value")}, rows, {30, 70});
}

QString PersonCopyPdf::documents() const
{
    QString out = section(tr("Documents checklist"));
    if (m_d.documents.isEmpty())
        return out + none(tr("No documents recorded."));
    QVector<QStringList> rows;
    for (const Document &d : m_d.documents)
        rows << QStringList{m_d.documentTypes.value(d.typeCode, d.typeCode),
                            d.verified   ? tr("Provided and verified")
                            : d.provided ? tr("Provided")
                                         : tr("Not provided"),
                            d.expiry.isValid() ? m_f.date(d.writtenExpiry()) : QString()};
    return out + table({tr("Document"), tr("Checked"), tr("Expires")}, rows, {40, 30, 30});
}

QString PersonCopyPdf::oneCase(const PersonCopyCase &record) const
{
    const Case &c = record.theCase;
    QString out =
        QStringLiteral("<h3>%1</h3>")
            .arg(tr("Case %1: %2, %3")
                     .arg(m_f.count(c.id), Domain::label(c.purpose), Domain::label(c.status))
                     .toHtmlEscaped());
    QVector<QStringList> facts;
    facts << QStringList{tr("Received"),
                         //: between when a case was received and how (visit, call, letter)
                         when(c.arrivalAt) + tr(" · ") + Domain::label(c.channel)};
    facts << QStringList{tr("Received by"), who(c.receivedBy)};
    facts << QStringList{tr("Service asked for"), m_d.services.value(c.serviceId)};
    facts << QStringList{tr("Step"), Domain::label(c.step)};
    facts << QStringList{tr("Asked"), c.inquiryText};
    facts << QStringList{tr("Answered"), c.answerText};
    facts << QStringList{tr("Data verified"), c.dataVerified ? tr("Yes") : tr("No")};
    facts << QStringList{tr("Declaration signed"), when(c.declarationSignedAt)};
    facts << QStringList{tr("Ended"), when(c.endAt)};
    facts << QStringList{tr("Reason"), c.closingReason};
    out += table({tr("Field"), tr("Value")}, facts, {30, 70});

    if (!record.steps.isEmpty()) {
        QVector<QStringList> rows;
        for (const StepEvent &e : record.steps)
            rows << QStringList{when(e.at), Domain::label(e.toStep), Domain::label(e.toStatus),
                                who(e.userId), e.note};
        out += QStringLiteral("<p><b>%1</b></p>").arg(tr("Steps").toHtmlEscaped()) +
               table({tr("When"), tr("Step"), tr("State"), tr("Who"), tr("Note")}, rows,
                     {22, 20, 14, 18, 26});
    }
    for (const Referral &r : record.referrals) {
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Referral:").toHtmlEscaped(),
                        tr("%1 asked on %2: %3")
                            .arg(who(r.referredBy), when(r.referredAt), r.question)
                            .toHtmlEscaped());
        if (r.isAnswered())
            out += QStringLiteral("<p>%1</p>")
                       .arg(tr("%1 answered on %2: %3")
                                .arg(who(r.answeredBy), when(r.answeredAt), r.answer)
                                .toHtmlEscaped());
    }
    for (const EligibilityOverride &o : record.decisions)
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Eligibility decision:").toHtmlEscaped(),
                        tr("%1 decided on %2 to serve despite: %3. Because: %4")
                            .arg(who(o.overriddenBy), when(o.overriddenAt),
                                 o.failedRules.join(QStringLiteral("; ")), o.reason)
                            .toHtmlEscaped());
    if (!record.deliveries.isEmpty()) {
        QVector<QStringList> rows;
        for (const Delivery &d : record.deliveries)
            rows << QStringList{when(d.deliveredAt), m_d.services.value(d.serviceId),
                                d.amount > 0 ? m_f.amount(d.amount) : m_f.quantity(d.quantity),
                                who(d.deliveredBy), d.notes};
        out += QStringLiteral("<p><b>%1</b></p>").arg(tr("Deliveries").toHtmlEscaped()) +
               table({tr("When"), tr("Service"), tr("Amount"), tr("Who"), tr("Notes")}, rows,
                     {22, 24, 14, 18, 22});
    }
    if (record.survey) {
        const SurveyResponse &s = *record.survey;
        QStringList answers;
        for (const SurveyAnswer &a : s.answers)
            answers << tr("%1: %2 of 5")
                           .arg(m_d.surveyQuestions.value(a.questionId), m_f.count(a.score));
        if (!s.comment.trimmed().isEmpty())
            answers << tr("Comment: %1").arg(s.comment.trimmed());
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(tr("Survey:").toHtmlEscaped(),
                        (s.declined ? tr("declined on %1").arg(when(s.takenAt))
                                    : tr("on %1. %2")
                                          .arg(when(s.takenAt),
                                               //: between a survey's answers
                                               answers.join(tr(" · "))))
                            .toHtmlEscaped());
    }
    return out;
}

QString PersonCopyPdf::cases() const
{
    QString out = section(tr("Cases"));
    if (m_d.cases.isEmpty())
        return out + none(tr("No cases."));
    for (const PersonCopyCase &c : m_d.cases)
        out += oneCase(c);
    return out;
}

QString PersonCopyPdf::requests() const
{
    QString out = section(tr("Requests about the data"));
    if (m_d.requests.isEmpty())
        return out + none(tr("No requests recorded."));
    QVector<QStringList> rows;
    for (const DataRequest &r : m_d.requests)
        rows << QStringList{m_f.date(r.receivedOn), DataRequestKinds::label(r.kind), r.details,
                            r.isOpen() ? tr("Open, due %1").arg(m_f.date(r.dueOn))
                                       : tr("Closed on %1: %2").arg(when(r.closedAt), r.outcome)};
    return out + table({tr("Received"), tr("Request"), tr("Details"), tr("Answer")}, rows,
                       {20, 16, 30, 34});
}

QString PersonCopyPdf::corrections() const
{
    QString out = section(tr("Corrections of the record"));
    if (m_d.corrections.isEmpty())
        return out + none(tr("No correction since the record was made."));
    QVector<QStringList> rows;
    for (const FieldChange &c : m_d.corrections) {
        QString before = PersonFields::value(c.field, c.before);
        QString after = PersonFields::value(c.field, c.after);
        if (c.values != FieldChange::Values::Kept)
            before = after = tr("Not kept");
        rows << QStringList{when(c.at), who(c.userId), PersonFields::label(c.field), before, after};
    }
    return out + table({tr("When"), tr("Who"), tr("Field"), tr("Old value"), tr("New value")}, rows,
                       {20, 18, 16, 23, 23});
}

QString PersonCopyPdf::trail() const
{
    QString out = section(tr("Who saw or changed the data"));
    if (m_d.trail.isEmpty())
        return out + none(tr("Nothing recorded."));
    QVector<QStringList> rows;
    for (const AccessEntry &e : m_d.trail)
        rows << QStringList{when(e.at), who(e.userId), AuditText::action(e.action),
                            e.caseId != 0 ? m_f.count(e.caseId) : QString()};
    return out + table({tr("When"), tr("Who"), tr("What"), tr("Case")}, rows, {24, 24, 40, 12});
}

QString PersonCopyPdf::html() const
{
    const QString dir = m_f.isArabic() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html dir=\"%1\"><head><style>%2</style></head><body dir=\"%1\">")
               .arg(dir, ReportHtml::styleSheet()) +
           title() + profile() + documents() + cases() + requests() + corrections() + trail() +
           QStringLiteral("</body></html>");
}

Status PersonCopyPdf::write(QIODevice *out) const
{
    QPdfWriter writer(out);
    writer.setCreator(QStringLiteral("Istiqbal"));
    writer.setTitle(tr("A copy of the data held about %1").arg(m_d.person.name.full()));
    return PrintedPage::render(html(), PrintedPage::a4(), m_f.direction(), 10, writer);
}
