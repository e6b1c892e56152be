#include "ReportsTestSupport.h"

#include "core/CsvReader.h"
#include "core/HijriDate.h"
#include "reports/MonthlyCsvExport.h"

#include <QBuffer>

using namespace ReportsTest;

namespace {

QByteArray exportMonth(Fixture &f, const ReportPeriod &period, qint64 *rows = nullptr)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const auto written = MonthlyCsvExport::write(f.db, period, &buffer, QStringLiteral("ar"));
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    if (rows)
        *rows = *written;
    return buffer.data();
}

} // namespace

TEST_CASE("A cell a spreadsheet would run as a formula is neutralised", "[reports][csv]")
{
    CHECK(MonthlyCsvExport::cell(QStringLiteral("=1+2")) == QStringLiteral("\"'=1+2\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("+966500000000")) ==
          QStringLiteral("\"'+966500000000\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("-2+3")) == QStringLiteral("\"'-2+3\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("@SUM(A1)")) == QStringLiteral("\"'@SUM(A1)\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("\tx")) == QStringLiteral("\"'\tx\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("\rx")) == QStringLiteral("\"'\rx\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    // Ordinary text is left alone; separators and quotes are quoted.
    CHECK(MonthlyCsvExport::cell(QStringLiteral("سارة الشهري")) == QStringLiteral("سارة الشهري"));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("a-b=c")) == QStringLiteral("a-b=c"));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("أ، ب, ج")) == QStringLiteral("\"أ، ب, ج\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("قال \"نعم\"")) ==
          QStringLiteral("\"قال \"\"نعم\"\"\""));
    CHECK(MonthlyCsvExport::cell(QStringLiteral("سطر\nسطر")) == QStringLiteral("\"سطر\nسطر\""));
    CHECK(MonthlyCsvExport::cell(QString()).isEmpty());
}

TEST_CASE("The month's CSV: BOM, header, one row per case, Hijri dates, safe cells",
          "[reports][csv]")
{
    Fixture f;
    qint64 rows = 0;
    const QByteArray bytes = exportMonth(f, *ReportPeriod::gregorian(2025, 3), &rows);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith("case_number,file_number,id_type,national_id,"
                                  "beneficiary_name,channel,purpose,outcome,step,received_at,"
                                  "received_at_hijri,service,survey_mean\r\n"));
    CHECK(bytes.endsWith("\r\n"));

    const auto records = CsvReader::parse(bytes);
    INFO(records.error().toStdString());
    REQUIRE(records.ok());
    const QStringList header = records->first().fields;
    CHECK(header == MonthlyCsvExport::columns());
    const auto col = [&](const char *name) {
        return int(header.indexOf(QLatin1String(name)));
    };

    QVector<Case> march;
    for (const Case &c : f.w.cases)
        if (c.arrivalAt >= desk(2025, 3, 1) && c.arrivalAt < desk(2025, 4, 1))
            march << c;
    REQUIRE(records->size() == march.size() + 1);
    CHECK(rows == march.size());

    QHash<qint64, Beneficiary> people;
    for (const Beneficiary &b : f.w.beneficiaries)
        people.insert(b.id, b);
    int formulas = 0;
    for (int i = 1; i < records->size(); ++i) {
        const QStringList row = records->at(i).fields;
        REQUIRE(row.size() == header.size());
        const Case &c = march.at(i - 1); // in arrival order
        CHECK(row.at(col("case_number")) == QString::number(c.id));
        // ISO 8601 in desk time, with its offset, and the same day in Umm al-Qura.
        const QDateTime local = c.arrivalAt.toOffsetFromUtc(3 * 3600);
        CHECK(row.at(col("received_at")) ==
              local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+03:00"));
        CHECK(row.at(col("received_at_hijri")) ==
              HijriDate::fromGregorian(local.date())->toString());
        CHECK(row.at(col("channel")) == Domain::label(c.channel));
        CHECK(row.at(col("outcome")) == Domain::label(c.status));
        if (c.beneficiaryId != 0) {
            const Beneficiary &b = people.value(c.beneficiaryId);
            CHECK(row.at(col("national_id")) == b.idNumber);
            CHECK(row.at(col("file_number")) == b.fileNumber);
            const QString full = b.name.full();
            const QChar first = full.at(0);
            // A name that starts like a formula arrives with its apostrophe.
            if (first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                first == u'\t' || first == u'\r') {
                CHECK(row.at(col("beneficiary_name")) == QLatin1Char('\'') + full);
                ++formulas;
            } else {
                CHECK(row.at(col("beneficiary_name")) == full);
            }
        } else {
            CHECK(row.at(col("national_id")).isEmpty());
        }
        // The survey mean: every answered score of the case.
        qint64 n = 0, sum = 0;
        for (const SurveyResponse &r : f.w.responses)
            if (r.caseId == c.id && !r.declined)
                for (const SurveyAnswer &a : r.answers)
                    ++n, sum += a.score;
        CHECK(row.at(col("survey_mean")) ==
              (n ? QString::number(double(sum) / n, 'f', 2) : QString()));
        for (const QString &cell : row) {
            if (cell.isEmpty())
                continue;
            const QChar lead = cell.at(0);
            CHECK_FALSE((lead == u'=' || lead == u'+' || lead == u'-' || lead == u'@' ||
                         lead == u'\t' || lead == u'\r'));
        }
    }
    CHECK(formulas > 0);
    // The first case of the month is the one that arrived at 00:00:00 on the 1st.
    CHECK(records->at(1).fields.at(col("received_at")) ==
          QStringLiteral("2025-03-01T00:00:00+03:00"));
    CHECK(records->last().fields.at(col("received_at")) ==
          QStringLiteral("2025-03-31T23:59:59+03:00"));
    // Raw bytes: the formula is quoted behind its apostrophe, and a name with a
    // comma and quotes is one quoted cell.
    CHECK(bytes.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\") محمد").toUtf8()));
    CHECK(bytes.contains(QStringLiteral("القحطاني, \"\"أم علي\"\"\"").toUtf8()));
}

TEST_CASE("The CSV of a Hijri month has its days in both calendars", "[reports][csv]")
{
    Fixture f;
    const QByteArray bytes = exportMonth(f, *ReportPeriod::hijri(1446, 9));
    const auto records = CsvReader::parse(bytes);
    REQUIRE(records.ok());
    REQUIRE(records->size() > 1);
    const int hijri = int(records->first().fields.indexOf(QStringLiteral("received_at_hijri")));
    for (int i = 1; i < records->size(); ++i)
        CHECK(records->at(i).fields.at(hijri).startsWith(QStringLiteral("1446/09/")));
    CHECK(records->at(1).fields.at(hijri) == QStringLiteral("1446/09/01"));
}

TEST_CASE("An empty month exports its header only, cancelling stops the export", "[reports][csv]")
{
    Fixture f;
    const QByteArray bytes = exportMonth(f, *ReportPeriod::gregorian(2024, 6));
    CHECK(bytes ==
          QByteArray("\xEF\xBB\xBF") + MonthlyCsvExport::columns().join(',').toUtf8() + "\r\n");

    Fixture big(false);
    {
        BulkWriter w(big.db, 0);
        REQUIRE(w.begin().ok());
        for (int i = 0; i < 1200; ++i) {
            Case c;
            c.arrivalAt = desk(2025, 3, 2, 9).addSecs(i);
            c.receivedBy = big.w.staff.first().id;
            REQUIRE(w.addCase(c).ok());
        }
        REQUIRE(w.finish(0).ok());
    }
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const auto cancelled =
        MonthlyCsvExport::write(big.db, *ReportPeriod::gregorian(2025, 3), &buffer,
                                QStringLiteral("ar"), [](qint64, qint64) { return false; });
    CHECK_FALSE(cancelled.ok());
}
