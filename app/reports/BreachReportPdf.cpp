#include "reports/BreachReportPdf.h"

#include "core/AuditText.h"
#include "reports/HtmlTable.h"
#include "reports/PrintedPage.h"
#include "reports/ReportHtml.h"

#include <QMap>
#include <QPdfWriter>

namespace {

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}

QString cellText(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportFormat::dash() : text;
}

} // namespace

QString BreachReportPdf::who(const BreachRow &row) const
{
    if (row.userId == 0)
        return tr("The system");
    return row.userName.isEmpty() ? tr("Staff member no. %1").arg(m_f.count(row.userId))
                                  : row.userName;
}

QString BreachReportPdf::whose(const BreachRow &row) const
{
    //: a person in the breach report: their name, then their record number
    return tr("%1 (record %2)").arg(cellText(row.personName), m_f.count(row.beneficiaryId));
}

QString BreachReportPdf::title() const
{
    QString out = QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                      .arg(m_d.associationName.toHtmlEscaped());
    out += QStringLiteral("<h1 align=\"center\">%1</h1>")
               .arg(tr("Breach report: whose personal data was seen or changed").toHtmlEscaped());
    out += QStringLiteral("<p align=\"center\">%1</p>")
               .arg(tr("From %1 to %2").arg(m_f.date(m_d.from), m_f.date(m_d.to)).toHtmlEscaped());
    out += QStringLiteral("<p align=\"center\" class=\"note\">%1</p>")
               .arg(tr("Made on %1 by %2 from the audit log, for a notification to the "
                       "authority (Personal Data Protection Law: within 72 hours of learning of "
                       "a breach).")
                        .arg(m_f.dateTime(m_d.madeAt), m_d.madeBy)
                        .toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Entries: %1 · People: %2 · Staff members: %3")
                        .arg(m_f.count(m_d.rows.size()), m_f.count(m_d.people()),
                             m_f.count(m_d.staff()))
                        .toHtmlEscaped());
    return out;
}

QString BreachReportPdf::people() const
{
    QString out = heading(tr("People whose data was seen or changed"));
    if (m_d.rows.isEmpty())
        return out +
               QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(tr("No one's data was seen or changed in this range.").toHtmlEscaped());
    struct Tally
    {
        const BreachRow *first = nullptr;
        int entries = 0;
        QSet<qint64> staff;
    };
    QMap<qint64, Tally> byPerson; // by record number
    for (const BreachRow &r : m_d.rows) {
        Tally &t = byPerson[r.beneficiaryId];
        if (!t.first)
            t.first = &r;
        ++t.entries;
        t.staff.insert(r.userId);
    }
    HtmlTable table(m_f.direction(), {50, 16, 17, 17}, HtmlTable::Cells::Text);
    table.header({tr("Person"), tr("Entries"), tr("Staff members"), tr("First entry")});
    for (const Tally &t : byPerson)
        table.row({whose(*t.first), m_f.count(t.entries), m_f.count(t.staff.size()),
                   m_f.dateTime(t.first->at)});
    return out + table.html();
}

QString BreachReportPdf::entries() const
{
    if (m_d.rows.isEmpty())
        return QString();
    QString out = heading(tr("Every entry, oldest first"));
    HtmlTable table(m_f.direction(), {17, 14, 19, 18, 8, 24}, HtmlTable::Cells::Text);
    table.header({tr("When"), tr("Who"), tr("What"), tr("Whose data"), tr("Case"), tr("Details")});
    for (const BreachRow &r : m_d.rows)
        table.row({m_f.dateTime(r.at), who(r), AuditText::action(r.action), whose(r),
                   r.caseId ? m_f.count(r.caseId) : ReportFormat::dash(),
                   cellText(AuditText::details(r.details))});
    return out + table.html();
}

QString BreachReportPdf::html() const
{
    const QString dir = m_f.isArabic() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<html dir=\"%1\"><head><style>%2</style></head><body dir=\"%1\">")
               .arg(dir, ReportHtml::styleSheet()) +
           title() + people() + entries() + QStringLiteral("</body></html>");
}

Status BreachReportPdf::write(QIODevice *out) const
{
    QPdfWriter writer(out);
    writer.setCreator(QStringLiteral("Istiqbal"));
    writer.setTitle(tr("Breach report"));
    return PrintedPage::render(html(), PrintedPage::a4(), m_f.direction(), 9, writer);
}
