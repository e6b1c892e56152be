// The breach report as the authority and a spreadsheet read it (issue 13):
// the PDF's text names the range in both calendars, the people and who saw
// their data; the CSV neutralises formulas and drops bidirectional controls
// so that no name can turn a cell into a command or reorder a row.
#include "PopplerText.h"

#include "reports/BreachReportCsv.h"
#include "reports/BreachReportPdf.h"

#include <QBuffer>
#include <QTimeZone>

namespace {

BreachReportData report()
{
    BreachReportData data;
    data.associationName = QStringLiteral("جمعية البر الخيرية بالرياض");
    data.from = QDate(2026, 11, 1);
    data.to = QDate(2026, 11, 30);
    data.madeAt = QDateTime(QDate(2026, 12, 1), QTime(7, 0), QTimeZone::utc());
    data.madeBy = QStringLiteral("سارة الدوسري");
    BreachRow view;
    view.at = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
    view.userId = 3;
    view.userName = QStringLiteral("خالد الشهري");
    view.action = QStringLiteral("person.view");
    view.beneficiaryId = 42;
    view.personName = QStringLiteral("هند سالم الدوسري");
    data.rows << view;
    BreachRow exported = view;
    exported.at = view.at.addDays(1);
    exported.userId = 4;
    exported.userName = QStringLiteral("=HYPERLINK(\"http://x\")");
    exported.action = QStringLiteral("export.month");
    exported.beneficiaryId = 43;
    exported.personName = QStringLiteral("\u202Eعلي\u202C محمد");
    exported.caseId = 5173;
    exported.exportMonth = QStringLiteral("2026-11");
    exported.details = QStringLiteral("{\"format\":\"csv\",\"month\":\"2026-11\",\"rows\":9}");
    data.rows << exported;
    return data;
}

} // namespace

TEST_CASE("The breach report's PDF names the range, the people and who saw their data",
          "[reports][breach]")
{
    const BreachReportData data = report();
    const ReportFormat arabic(QStringLiteral("ar"));
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status written = BreachReportPdf(data, arabic).write(&buffer);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    REQUIRE(buffer.data().startsWith("%PDF-"));
    const QString text = PopplerText::text(buffer.data());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("جمعية البر الخيرية بالرياض")));
    CHECK(text.contains(QStringLiteral("الدوسري")));
    CHECK(text.contains(QStringLiteral("خالد الشهري")));
    CHECK(text.contains(PopplerText::plain(arabic.count(5173))));
    // Both calendars: 1 November 2026 is 10 Jumada al-Ula 1448.
    CHECK(text.contains(QStringLiteral("١٤٤٨")));
    CHECK(text.contains(QStringLiteral("٢٠٢٦")));

    const QString html = BreachReportPdf(data, ReportFormat(QStringLiteral("en"))).html();
    CHECK(html.contains(QStringLiteral("dir=\"ltr\"")));
    CHECK(html.contains(QStringLiteral("2026")));
}

TEST_CASE("The breach report's CSV is safe for a spreadsheet: no formula, no bidi control",
          "[reports][breach]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Result<qint64> rows = BreachReportCsv::write(report(), &buffer);
    REQUIRE(rows.ok());
    CHECK(*rows == 2);
    REQUIRE(buffer.data().startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(buffer.data().mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == BreachReportCsv::columns().join(QLatin1Char(',')));
    // Desk time with its offset, and the Hijri day beside it.
    CHECK(lines[1].startsWith(QStringLiteral("2026-11-20T11:00:00+03:00,1448/")));
    CHECK(lines[1].contains(QStringLiteral(",person.view,")));
    CHECK(lines[1].contains(QStringLiteral(",42,هند سالم الدوسري,")));
    // The user's "name" is text, not a formula; the name carries no override.
    CHECK(lines[2].contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",")));
    CHECK(lines[2].contains(QStringLiteral(",43,علي محمد,5173,2026-11,")));
    for (const QChar c : csv)
        CHECK_FALSE((c.unicode() >= 0x202A && c.unicode() <= 0x202E));
    CHECK(BreachReportCsv::cell(QStringLiteral("-1+2")) == QStringLiteral("\"'-1+2\""));
    CHECK(BreachReportCsv::cell(QStringLiteral("\u2066@SUM(A1)\u2069")) ==
          QStringLiteral("\"'@SUM(A1)\""));
}
