#include "PopplerText.h"
#include "ReportsTestSupport.h"

#include "reports/MonthlyReportPdf.h"
#include "reports/MonthlySummaryBuilder.h"
#include "reports/ReportFormat.h"
#include "storage/RecommendationRepository.h"
#include "storage/SettingsRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace ReportsTest;

namespace {

const QString kName = QStringLiteral("جمعية البر الخيرية بالرياض");

struct Pdf
{
    QByteArray bytes;
    int pages = 0;
};

Pdf render(Fixture &f, const ReportPeriod &period, const QString &language)
{
    const auto summary = MonthlySummaryBuilder::compute(f.db, period, f.clock.nowUtc());
    REQUIRE(summary.ok());
    ReportOptions options;
    options.language = language;
    const auto identity = ReportIdentity::load(f.db);
    REQUIRE(identity.ok());
    options.identity = *identity;
    const MonthlyReportPdf pdf(*summary, options);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status written = pdf.write(&buffer);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    return {buffer.data(), pdf.pageCount()};
}

QString poppler(const QString &tool, const QByteArray &pdf, const QStringList &args = {})
{
    return PopplerText::run(tool, pdf, args);
}

QString plain(const QString &text)
{
    return PopplerText::plain(text);
}

QString pdfText(const QByteArray &pdf)
{
    return PopplerText::text(pdf);
}

void setIdentity(Fixture &f)
{
    SettingsRepository settings(f.db);
    REQUIRE(settings.setValue(ReportIdentity::nameKey(), kName, 0).ok());
    REQUIRE(settings.setValue(ReportIdentity::licenceKey(), QStringLiteral("1234"), 0).ok());
}

} // namespace

TEST_CASE("The Arabic PDF holds the totals, the association and extractable Arabic",
          "[reports][pdf]")
{
    Fixture f;
    setIdentity(f);
    const ReportPeriod march = *ReportPeriod::gregorian(2025, 3);
    const Pdf pdf = render(f, march, QStringLiteral("ar"));
    REQUIRE(pdf.bytes.startsWith("%PDF-"));
    CHECK(pdf.pages > 1);
    CHECK(poppler(QStringLiteral("pdfinfo"), pdf.bytes)
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pdf.pages))));
    CHECK(poppler(QStringLiteral("pdfinfo"), pdf.bytes).contains(QStringLiteral("A4")));

    const QString text = pdfText(pdf.bytes);
    const ReportFormat ar(QStringLiteral("ar"));
    const auto summary = MonthlySummaryBuilder::compute(f.db, march, f.clock.nowUtc());
    REQUIRE(summary.ok());
    // The totals, in Arabic-Indic digits.
    CHECK(text.contains(plain(ar.count(summary->current.casesReceived))));
    CHECK(text.contains(plain(ar.count(summary->previous.casesReceived))));
    CHECK(text.contains(plain(ar.count(summary->current.served))));
    CHECK(text.contains(plain(ar.count(summary->current.deliveries))));
    // Arabic text comes out as text: the association, the Hijri month, a service.
    CHECK(text.contains(plain(kName)));
    CHECK(text.contains(QStringLiteral("1234")));
    // (pdftotext may give a run of digits and its letters in visual order.)
    CHECK(text.contains(plain(QStringLiteral("رمضان"))));
    CHECK(text.contains(plain(QStringLiteral("١٤٤٦"))));
    CHECK(text.contains(plain(QStringLiteral("السلة الغذائية"))));
    CHECK(text.contains(plain(QStringLiteral("خدمة ممتازة"))));
    // The last page's number in the footer: "... ٦ ... ٦".
    CHECK(text.contains(plain(ar.count(pdf.pages))));

    // Every font is embedded.
    const QString fonts = poppler(QStringLiteral("pdffonts"), pdf.bytes);
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\syes\\s+(yes|no)\\s+(yes|no)"))));
    }
    CHECK(fonts.contains(QStringLiteral("Naskh")));
}

TEST_CASE("The English PDF reads left to right with the same figures", "[reports][pdf]")
{
    Fixture f;
    setIdentity(f);
    REQUIRE(SettingsRepository(f.db)
                .setValue(ReportIdentity::englishNameKey(), QStringLiteral("Al-Birr Society"), 0)
                .ok());
    const ReportPeriod march = *ReportPeriod::gregorian(2025, 3);
    REQUIRE(RecommendationRepository(f.db)
                .save(march.key(), QStringLiteral("Open a second reception desk on Sundays."), 1)
                .ok());
    const Pdf pdf = render(f, march, QStringLiteral("en"));
    const QString text = pdfText(pdf.bytes);
    const auto summary = MonthlySummaryBuilder::compute(f.db, march, f.clock.nowUtc());
    CHECK(text.contains(QStringLiteral("Al-Birr Society")));
    CHECK(text.contains(QStringLiteral("Monthly summary of beneficiary relations")));
    CHECK(text.contains(QStringLiteral("March 2025")));
    CHECK(text.contains(QStringLiteral("1 Ramadan 1446 AH")));
    CHECK(text.contains(QStringLiteral("Cases received")));
    CHECK(text.contains(
        QLocale(QLocale::English, QLocale::UnitedStates).toString(summary->current.casesReceived)));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pdf.pages)));
    CHECK(text.contains(QStringLiteral("Open a second reception desk on Sundays.")));
}

TEST_CASE("A month without cases is a clear one-page report", "[reports][pdf]")
{
    Fixture f;
    setIdentity(f);
    const Pdf english = render(f, *ReportPeriod::gregorian(2024, 6), QStringLiteral("en"));
    CHECK(english.pages == 1);
    const QString text = pdfText(english.bytes);
    CHECK(text.contains(QStringLiteral("No cases were received in this month.")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    const Pdf arabic = render(f, *ReportPeriod::hijri(1445, 12), QStringLiteral("ar"));
    CHECK(arabic.pages == 1);
    const QString arabicText = pdfText(arabic.bytes);
    CHECK(arabicText.contains(plain(QStringLiteral("ذو الحجة"))));
    CHECK(arabicText.contains(plain(QStringLiteral("١٤٤٥"))));
}

TEST_CASE("The preview paints the same pages as images", "[reports][pdf]")
{
    Fixture f;
    const auto summary =
        MonthlySummaryBuilder::compute(f.db, *ReportPeriod::gregorian(2025, 3), f.clock.nowUtc());
    REQUIRE(summary.ok());
    const MonthlyReportPdf pdf(*summary, ReportOptions{});
    const auto pages = pdf.renderPages(40);
    REQUIRE(pages.ok());
    REQUIRE(pages->size() == pdf.pageCount());
    const QImage &first = pages->first();
    CHECK(first.width() == qRound(210 / 25.4 * 40));
    int dark = 0;
    for (int y = 0; y < first.height(); y += 2)
        for (int x = 0; x < first.width(); x += 2)
            dark += qGray(first.pixel(x, y)) < 128;
    CHECK(dark > 200); // text and charts were drawn
}
