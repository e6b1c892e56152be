// The copy of a person's data as the person reads it: the PDF's text names
// them, their ID, their case and who looked; and the JSON is UTF-8 with the
// sections present even when empty.
#include "PopplerText.h"

#include "reports/PersonCopyJson.h"
#include "reports/PersonCopyPdf.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

PersonCopyData person()
{
    PersonCopyData data;
    data.associationName = QStringLiteral("جمعية البر الخيرية بالرياض");
    data.madeAt = QDateTime(QDate(2026, 11, 22), QTime(7, 0), QTimeZone::utc());
    data.madeBy = QStringLiteral("سارة الدوسري");
    data.person.id = 42;
    data.person.name = {QStringLiteral("هند"), QStringLiteral("سالم"), QString(),
                        QStringLiteral("الدوسري")};
    data.person.idNumber = QStringLiteral("1000000008");
    data.person.phone = QStringLiteral("+966551234567");
    PersonCopyCase record;
    record.theCase.id = 5173;
    record.theCase.beneficiaryId = 42;
    record.theCase.arrivalAt = QDateTime(QDate(2026, 11, 1), QTime(6, 30), QTimeZone::utc());
    record.theCase.inquiryText = QStringLiteral("سلة غذائية");
    data.cases << record;
    AccessEntry looked;
    looked.at = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc());
    looked.userId = 3;
    looked.action = QStringLiteral("person.view");
    data.trail << looked;
    data.staff.insert(3, QStringLiteral("خالد الشهري"));
    return data;
}

} // namespace

TEST_CASE("The PDF copy names the person, their ID, their cases and who looked", "[reports][copy]")
{
    const PersonCopyData data = person();
    const ReportFormat arabic(QStringLiteral("ar"));
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status written = PersonCopyPdf(data, arabic).write(&buffer);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    const QByteArray pdf = buffer.data();
    REQUIRE(pdf.startsWith("%PDF-"));
    const QString text = PopplerText::text(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("جمعية البر الخيرية بالرياض")));
    CHECK(text.contains(QStringLiteral("الدوسري")));
    CHECK(text.contains(QStringLiteral("1000000008")));
    CHECK(text.contains(QStringLiteral("سلة غذائية")));
    CHECK(text.contains(PopplerText::plain(arabic.count(5173))));
    CHECK(text.contains(QStringLiteral("خالد الشهري")));
}

TEST_CASE("The JSON copy keeps every section, even empty, with ISO times", "[reports][copy]")
{
    const QByteArray bytes = PersonCopyJson::bytes(person());
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    CHECK(json.value(QStringLiteral("format")).toString() ==
          QStringLiteral("istiqbal-person-copy"));
    CHECK(json.value(QStringLiteral("made_at")).toString() ==
          QStringLiteral("2026-11-22T07:00:00.000Z"));
    CHECK(json.value(QStringLiteral("documents")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("data_requests")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("corrections")).toArray().isEmpty());
    const QJsonArray trail = json.value(QStringLiteral("who_saw_or_changed")).toArray();
    REQUIRE(trail.size() == 1);
    CHECK(trail.at(0).toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("person.view"));
    CHECK(trail.at(0)
              .toObject()
              .value(QStringLiteral("by"))
              .toObject()
              .value(QStringLiteral("name")) == QStringLiteral("خالد الشهري"));
    CHECK(bytes.contains(QStringLiteral("هند").toUtf8())); // UTF-8, not escaped
}
