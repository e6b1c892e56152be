#include "reports/PrivacyNotice.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "reports/PrintedPage.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace {

// The default notice, from DOMAIN.md section 6 and the Personal Data
// Protection Law (Arts. 4, 5, 10, 11, 12, 18): an opening paragraph, then a
// heading and its paragraph for each thing a person must be told.
const char *const kOpening = QT_TRANSLATE_NOOP(
    "PrivacyNotice",
    "{association} keeps the personal data of the people it serves. This notice says what it "
    "keeps, why, who receives it, for how long, and what your rights are under the Personal "
    "Data Protection Law.");

struct NoticePart
{
    const char *heading;
    const char *paragraph;
};

const NoticePart kDefaultParts[] = {
    {QT_TRANSLATE_NOOP("PrivacyNotice", "What we collect"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "Your name, your national ID or iqama number, your phone number, your "
                       "birth date, your city and district, the size and monthly income of your "
                       "family, which documents you provided (we note that you showed them; we "
                       "keep no copies of identity cards), and each of your visits, requests and "
                       "the services you received, with their dates.")},
    {QT_TRANSLATE_NOOP("PrivacyNotice", "Why"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "Only for the purpose you consented to: to decide on and provide the "
                       "association's services, to follow them up with you, and to count them "
                       "in figures that name no one. We ask only for what a service needs.")},
    {QT_TRANSLATE_NOOP("PrivacyNotice", "Who receives it"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "The association's staff who handle your requests, each seeing only what "
                       "their work needs; every look at your file and every change is recorded. "
                       "Figures that name no one go to the authorities that supervise the "
                       "association. Nothing is sold or given to anyone else unless a law "
                       "requires it.")},
    {QT_TRANSLATE_NOOP("PrivacyNotice", "How long it is kept"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "While you are served, then for the retention period the association has "
                       "set after your last closed case. After that your data is destroyed, and "
                       "only figures that identify no one are kept.")},
    {QT_TRANSLATE_NOOP("PrivacyNotice", "Your rights"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "You may ask for a copy of your data; for the correction of anything "
                       "wrong or incomplete; for its destruction when it is no longer needed; "
                       "for its use to be restricted while a disagreement is settled; and you "
                       "may withdraw your consent at any time (a service that needs the data may "
                       "then stop).")},
    {QT_TRANSLATE_NOOP("PrivacyNotice", "How to exercise them"),
     QT_TRANSLATE_NOOP("PrivacyNotice",
                       "Ask at the association's front desk, by phone or in writing to "
                       "{association} at the address above. Your request is recorded and "
                       "answered within 30 days of its receipt.")},
};

QLocale noticeLocale(const QString &language)
{
    return language == QLatin1String("ar") ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// The simple form as HTML: "# " lines are headings, the rest paragraphs
// (single line breaks kept).
QString bodyHtml(const QString &body, const QString &dir, const QString &align)
{
    QString html;
    const QStringList blocks = body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.startsWith(QLatin1String("# "))) {
            const QStringList lines = trimmed.split(QLatin1Char('\n'));
            html += QStringLiteral("<h3 dir=\"%1\" align=\"%2\" style=\"margin-top:8px; "
                                   "margin-bottom:2px\">%3</h3>")
                        .arg(dir, align, lines.first().mid(2).trimmed().toHtmlEscaped());
            const QString rest = lines.mid(1).join(QLatin1Char('\n')).trimmed();
            if (!rest.isEmpty())
                html += QStringLiteral("<p dir=\"%1\" align=\"justify\" style=\"margin-top:0px; "
                                       "margin-bottom:4px\">%2</p>")
                            .arg(dir, rest.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                   QStringLiteral("<br/>")));
            continue;
        }
        html += QStringLiteral("<p dir=\"%1\" align=\"justify\">%2</p>")
                    .arg(dir, trimmed.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace

QString PrivacyNotice::text(const char *source, const QString &language)
{
    return PrintedPage::text("PrivacyNotice", source, language);
}

QString PrivacyNotice::defaultBody(const QString &language)
{
    QStringList parts{text(kOpening, language)};
    for (const NoticePart &part : kDefaultParts)
        parts << QStringLiteral("# ") + text(part.heading, language) + QLatin1Char('\n') +
                     text(part.paragraph, language);
    return parts.join(QStringLiteral("\n\n"));
}

QString PrivacyNotice::filledBody(const PrivacyNoticeData &data)
{
    QString body = data.body.trimmed().isEmpty() ? defaultBody(data.language) : data.body;
    return body.replace(QLatin1String("{association}"), data.profile.displayName(data.language));
}

QString PrivacyNotice::html(const PrivacyNoticeData &data)
{
    const bool arabic = data.language == QLatin1String("ar");
    const QString dir = arabic ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString align = arabic ? QStringLiteral("right") : QStringLiteral("left");
    QString html;
    html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:14pt\"><b>%2</b></p>")
                .arg(dir, data.profile.displayName(data.language).toHtmlEscaped());
    QStringList identity;
    if (!data.profile.licenceNumber.isEmpty())
        identity << text(QT_TRANSLATE_NOOP("PrivacyNotice", "Licence number %1"), data.language)
                        .arg(data.profile.licenceNumber)
                        .toHtmlEscaped();
    const QString address = data.profile.address.trimmed();
    if (!address.isEmpty())
        identity << address.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("، "));
    if (!identity.isEmpty())
        html += QStringLiteral("<p dir=\"%1\" align=\"center\" style=\"font-size:10pt\">%2</p>")
                    .arg(dir, identity.join(QStringLiteral("<br/>")));
    html += QStringLiteral("<h2 dir=\"%1\" align=\"center\">%2</h2>")
                .arg(dir, text(QT_TRANSLATE_NOOP("PrivacyNotice",
                                                 "Privacy notice: how we use your personal data"),
                               data.language)
                              .toHtmlEscaped());
    html += bodyHtml(filledBody(data), dir, align);
    const QDate day = data.printedAt.toTimeZone(Clock::deskTimeZone()).date();
    html += QStringLiteral("<p dir=\"%1\" style=\"font-size:10pt\"><br/>%2</p>")
                .arg(dir, text(QT_TRANSLATE_NOOP("PrivacyNotice", "Given on %1."), data.language)
                              .arg(DateInput::formatBoth(day, noticeLocale(data.language)))
                              .toHtmlEscaped());
    return QStringLiteral("<html><body dir=\"%1\">%2</body></html>").arg(dir, html);
}

QString PrivacyNotice::plainText(const PrivacyNoticeData &data)
{
    QTextDocument doc;
    doc.setHtml(html(data));
    return doc.toPlainText();
}

Status PrivacyNotice::render(const PrivacyNoticeData &data, QPagedPaintDevice &device)
{
    return PrintedPage::render(html(data), PrintedPage::a4(),
                               data.language == QLatin1String("ar") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight,
                               data.language == QLatin1String("ar") ? 11 : 10, device);
}

Status PrivacyNotice::writePdf(const PrivacyNoticeData &data, const QString &path,
                               const QStringList &openDatabases)
{
    return PrintedPage::writePdf(
        path, suggestedFileName(data),
        [&](QPagedPaintDevice &device) { return render(data, device); }, openDatabases);
}

QString PrivacyNotice::suggestedFileName(const PrivacyNoticeData &data)
{
    return QStringLiteral("privacy-notice-%1.pdf").arg(data.language);
}
