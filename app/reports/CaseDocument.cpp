#include "reports/CaseDocument.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/DeskText.h"
#include "core/OutputFile.h"
#include "core/Phone.h"
#include "reports/PrintedPage.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextOption>
#include <QTimeZone>
#include <QTranslator>

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// The documents are Arabic whatever the interface language.
const QLocale &arabic()
{
    static const QLocale locale(QLocale::Arabic, QLocale::SaudiArabia);
    return locale;
}

QString number(qint64 n)
{
    QLocale locale = arabic();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

// Every value of an Arabic document in Arabic-Indic digits, the ID, phone and
// file number too (one digit system per language, issue 14). A number made of
// groups (a phone's, a file number's "1447-000744") is kept left to right by
// a left-to-right mark around each space or hyphen: between Arabic-Indic
// digits these are neutral, and a right-to-left line would swap the groups.
QString arabicDigits(const QString &latin)
{
    QString out;
    for (const QChar c : latin) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            out += QChar(char16_t(0x0660 + c.digitValue()));
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            out += QChar(0x200E);
            out += c;
            out += QChar(0x200E);
        } else {
            out += c;
        }
    }
    return out.toHtmlEscaped();
}

QDateTime deskTime(const QDateTime &utc)
{
    return utc.toTimeZone(Clock::deskTimeZone());
}

// A text about the beneficiary in his form and in hers: Arabic agrees with the
// person's gender. The same English source, her form told apart by "a woman".
struct Gendered
{
    struct Source
    {
        const char *text;
        const char *comment;
    };
    Source his;
    Source hers;
};

const Gendered kDeclarationBody = {
    QT_TRANSLATE_NOOP3("CaseDocument",
                       "I, the undersigned, whose data are given below, declare that all the "
                       "data and information I have given to %1 are true and complete, that I "
                       "am directly responsible for their accuracy, and that I will inform the "
                       "association of any change to them. I bear the consequences should any "
                       "of them prove untrue.",
                       ""),
    QT_TRANSLATE_NOOP3("CaseDocument",
                       "I, the undersigned, whose data are given below, declare that all the "
                       "data and information I have given to %1 are true and complete, that I "
                       "am directly responsible for their accuracy, and that I will inform the "
                       "association of any change to them. I bear the consequences should any "
                       "of them prove untrue.",
                       "a woman")};
const Gendered kBeneficiarySignature = {
    QT_TRANSLATE_NOOP3("CaseDocument", "Beneficiary's signature:", ""),
    QT_TRANSLATE_NOOP3("CaseDocument", "Beneficiary's signature:", "a woman")};
const Gendered kKeepReceipt = {
    QT_TRANSLATE_NOOP3("CaseDocument",
                       "Keep this receipt and give your file number whenever you contact the "
                       "association.",
                       ""),
    QT_TRANSLATE_NOOP3("CaseDocument",
                       "Keep this receipt and give your file number whenever you contact the "
                       "association.",
                       "a woman")};

// The text in Arabic in the form for the document's beneficiary: hers for a
// woman, else his.
QString said(const CaseDocumentData &data, const Gendered &text)
{
    const bool woman = data.beneficiary && data.beneficiary->gender == Gender::Female;
    const Gendered::Source &form = woman ? text.hers : text.his;
    return PrintedPage::text("CaseDocument", form.text, QStringLiteral("ar"), form.comment);
}

} // namespace

// Arabic from the built-in translation; failing that, from whatever
// translation is installed (the source text when there is none).
QString CaseDocument::text(const char *source)
{
    return PrintedPage::text("CaseDocument", source, QStringLiteral("ar"));
}

// Qt 6.4 lays tables out left to right even in a right-to-left document: the
// value comes first so the label stands on the right.
QString CaseDocument::row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td dir=\"rtl\" align=\"right\">%1</td>"
                          "<td dir=\"rtl\" align=\"right\" width=\"32%\"><b>%2</b></td></tr>")
        .arg(value.isEmpty() ? QStringLiteral("—") : value, escaped(label));
}

QString CaseDocument::beneficiaryRows(const CaseDocumentData &data)
{
    QString rows;
    if (!data.beneficiary)
        return rows;
    const Beneficiary &b = *data.beneficiary;
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Full name")), escaped(b.name.full()));
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "ID number")), arabicDigits(b.idNumber));
    // A Saudi number in the Arabic document's digits; a foreign one (+44 ...)
    // as given, left to right in the Arabic page.
    const Result<Phone> phone = Phone::parse(b.phone);
    const QString given = phone ? phone->shown() : b.phone;
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Phone")),
                phone && phone->isSaudi()
                    ? arabicDigits(given)
                    : (given.isEmpty() ? QString() : escaped(DeskText::leftToRight(given))));
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Birth date")),
                escaped(b.writtenBirthDate().toDisplayString(arabic())));
    QStringList place;
    for (const QString &part : {b.city, b.district}) {
        if (!part.trimmed().isEmpty())
            place << part.trimmed();
    }
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "City and district")),
                escaped(place.join(QStringLiteral("، "))));
    rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Family members")),
                b.familySize > 0 ? number(b.familySize) : QString());
    if (b.monthlyIncome) {
        QLocale locale = arabic();
        const QString amount = locale.toString(double(*b.monthlyIncome) / 100.0, 'f', 2);
        rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Monthly income")),
                    text(QT_TRANSLATE_NOOP("CaseDocument", "%1 SAR")).arg(amount));
    } else {
        rows += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Monthly income")), QString());
    }
    return rows;
}

QString CaseDocument::declaration(const CaseDocumentData &data)
{
    const QDate day = deskTime(data.printedAt).date();
    QString html;
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:13pt\"><b>%1</b></p>")
                .arg(escaped(data.associationName));
    html += QStringLiteral("<h2 dir=\"rtl\" align=\"center\">%1</h2>")
                .arg(escaped(text(
                    QT_TRANSLATE_NOOP("CaseDocument", "Declaration of the accuracy of the data"))));
    html += QStringLiteral("<p dir=\"rtl\" align=\"justify\" style=\"font-size:13pt\">%1</p>")
                .arg(escaped(said(data, kDeclarationBody).arg(data.associationName)));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"6\" style=\"border-color:#888\">");
    html += beneficiaryRows(data);
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Service requested")),
                escaped(data.serviceName));
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Case number")), number(data.theCase.id));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p dir=\"rtl\">%1</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument", "Date: %1"))
                                 .arg(DateInput::formatBoth(day, arabic()))));
    html += QStringLiteral("<p dir=\"rtl\"><br/>%1 ..............................</p>")
                .arg(escaped(said(data, kBeneficiarySignature)));
    html +=
        QStringLiteral("<p dir=\"rtl\"><br/>%1</p>")
            .arg(escaped(
                text(QT_TRANSLATE_NOOP("CaseDocument", "Received by: %1")).arg(data.staffName)));
    html += QStringLiteral("<p dir=\"rtl\">%1 ..............................</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument", "Staff member's signature:"))));
    return html;
}

QString CaseDocument::receipt(const CaseDocumentData &data)
{
    QString html;
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:13pt\"><b>%1</b></p>")
                .arg(escaped(data.associationName));
    html += QStringLiteral("<h2 dir=\"rtl\" align=\"center\">%1</h2>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument", "Registration receipt"))));
    const QString fileNumber = data.beneficiary ? data.beneficiary->fileNumber : QString();
    // The number in a left-to-right paragraph of its own: after Arabic text its
    // hyphen would put the year after the sequence.
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:13pt\">%1</p>"
                           "<p dir=\"ltr\" align=\"center\" style=\"font-size:22pt\"><b>%2</b></p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument", "File number:"))),
                     arabicDigits(fileNumber));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"6\" style=\"border-color:#888\">");
    if (data.beneficiary) {
        html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Full name")),
                    escaped(data.beneficiary->name.full()));
        html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "ID number")),
                    arabicDigits(data.beneficiary->idNumber));
    }
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Service requested")),
                escaped(data.serviceName));
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Case number")), number(data.theCase.id));
    const QDateTime at = deskTime(data.printedAt);
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Registered on")),
                escaped(DateInput::formatBoth(at.date(), arabic()) + QStringLiteral("، ") +
                        arabic().toString(at.time(), QLocale::ShortFormat)));
    html += row(text(QT_TRANSLATE_NOOP("CaseDocument", "Registered by")), escaped(data.staffName));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p dir=\"rtl\">%1</p>").arg(escaped(said(data, kKeepReceipt)));
    return html;
}

QString CaseDocument::ticket(const CaseDocumentData &data)
{
    const QDateTime at =
        deskTime(data.theCase.arrivalAt.isValid() ? data.theCase.arrivalAt : data.printedAt);
    QString html;
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:10pt\"><b>%1</b></p>")
                .arg(escaped(data.associationName));
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:12pt\">%1</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument", "Your number"))));
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:44pt\"><b>%1</b></p>")
                .arg(number(data.theCase.queueNumber));
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:9pt\">%1<br/>%2</p>")
                .arg(escaped(DateInput::formatBoth(at.date(), arabic())),
                     escaped(arabic().toString(at.time(), QLocale::ShortFormat)));
    html += QStringLiteral("<p dir=\"rtl\" align=\"center\" style=\"font-size:9pt\">%1</p>")
                .arg(escaped(text(QT_TRANSLATE_NOOP("CaseDocument",
                                                    "Please wait until your number is called."))));
    return html;
}

QString CaseDocument::html(Kind kind, const CaseDocumentData &data)
{
    QString body;
    switch (kind) {
    case Kind::QueueTicket:
        body = ticket(data);
        break;
    case Kind::Declaration:
        body = declaration(data);
        break;
    case Kind::RegistrationReceipt:
        body = receipt(data);
        break;
    }
    return QStringLiteral("<html><body dir=\"rtl\">%1</body></html>").arg(body);
}

QPageLayout CaseDocument::pageLayout(Kind kind)
{
    if (kind == Kind::QueueTicket) {
        const QPageSize slip(QSizeF(80, 100), QPageSize::Millimeter, QStringLiteral("Ticket"));
        return QPageLayout(slip, QPageLayout::Portrait, QMarginsF(4, 4, 4, 4),
                           QPageLayout::Millimeter);
    }
    return PrintedPage::a4();
}

Status CaseDocument::render(Kind kind, const CaseDocumentData &data, QPagedPaintDevice &device)
{
    return PrintedPage::render(html(kind, data), pageLayout(kind), Qt::RightToLeft,
                               kind == Kind::QueueTicket ? 10 : 12, device);
}

Status CaseDocument::writePdf(Kind kind, const CaseDocumentData &data, const QString &path,
                              const QStringList &openDatabases)
{
    return PrintedPage::writePdf(
        path, suggestedFileName(kind, data),
        [&](QPagedPaintDevice &device) { return render(kind, data, device); }, openDatabases);
}

QString CaseDocument::suggestedFileName(Kind kind, const CaseDocumentData &data)
{
    switch (kind) {
    case Kind::QueueTicket:
        return QStringLiteral("ticket-case-%1.pdf").arg(data.theCase.id);
    case Kind::Declaration:
        return QStringLiteral("declaration-case-%1.pdf").arg(data.theCase.id);
    case Kind::RegistrationReceipt:
        return QStringLiteral("registration-receipt-case-%1.pdf").arg(data.theCase.id);
    }
    return QString();
}
