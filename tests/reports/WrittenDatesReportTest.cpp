// Dates kept as written (DOMAIN.md 5.2a; issue 15) on paper and in the
// person's copy of their data: a birth date and a document's expiry typed in
// Hijri are printed as typed, and the JSON copy carries the typed form; an
// anonymised record's copy keeps the Hijri birth year beside the Gregorian.
#include "CatchQt.h"
#include "PopplerText.h"

#include "core/DateInput.h"
#include "reports/CaseDocument.h"
#include "reports/PersonCopyJson.h"
#include "reports/PersonCopyPdf.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace {

WrittenDate typedDate(const QString &text)
{
    const Result<WrittenDate> w = DateInput::parseWritten(text);
    REQUIRE(w.ok());
    return w.value();
}

Beneficiary personBornInHijri()
{
    Beneficiary b;
    b.id = 7;
    b.name = {QStringLiteral("نورة"), QStringLiteral("محمد"), QString(), QStringLiteral("العتيبي")};
    b.idNumber = QStringLiteral("1000000008");
    b.setBirthDate(typedDate(QStringLiteral("1395/11/30")));
    return b;
}

QString pdfTextOf(const PersonCopyData &data, const QString &language)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(PersonCopyPdf(data, ReportFormat(language)).write(&buffer).ok());
    // Words in order; where a table cell wraps a line is the layout's choice.
    return PopplerText::text(buffer.data()).simplified();
}

} // namespace

TEST_CASE("The declaration prints a Hijri birth date as typed", "[reports][hijri][written]")
{
    CaseDocumentData data;
    data.associationName = QStringLiteral("جمعية البر");
    data.theCase.id = 12;
    data.beneficiary = personBornInHijri();
    data.printedAt = QDateTime(QDate(2026, 11, 22), QTime(7, 0), QTimeZone::utc());
    const QString html = CaseDocument::html(CaseDocument::Kind::Declaration, data);
    CHECK(html.contains(QStringLiteral("٣٠ ذو القعدة ١٣٩٥هـ (٣ ديسمبر ١٩٧٥م)")));
}

TEST_CASE("The copy of a person's data gives their dates as typed", "[reports][hijri][written]")
{
    PersonCopyData data;
    data.madeAt = QDateTime(QDate(2026, 11, 22), QTime(7, 0), QTimeZone::utc());
    data.person = personBornInHijri();
    Document card;
    card.typeCode = QStringLiteral("id_card");
    card.provided = true;
    card.setExpiry(typedDate(QStringLiteral("1450/01/30")));
    data.documents << card;
    data.documentTypes.insert(QStringLiteral("id_card"), QStringLiteral("الهوية"));

    const QJsonObject json = PersonCopyJson::document(data);
    const QJsonObject person = json.value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1975-12-03"));
    CHECK(person.value(QStringLiteral("birth_date_calendar")).toString() ==
          QStringLiteral("hijri"));
    CHECK(person.value(QStringLiteral("birth_date_hijri")).toString() ==
          QStringLiteral("1395/11/30"));
    const QJsonObject document = json.value(QStringLiteral("documents")).toArray().at(0).toObject();
    CHECK(document.value(QStringLiteral("expiry_hijri")).toString() ==
          QStringLiteral("1450/01/30"));

    const QString english = pdfTextOf(data, QStringLiteral("en"));
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("30 Dhu al-Qa'dah 1395 AH")));
    CHECK(english.contains(QStringLiteral("30 Muharram 1450 AH")));

    // Anonymised: the years alone, the Hijri one as it was written.
    data.person.birthDate = QDate();
    data.person.birthHijri = HijriDate(1395, 0, 0);
    data.person.birthYear = 1975;
    data.person.anonymisedAt = data.madeAt;
    const QJsonObject anonymised =
        PersonCopyJson::document(data).value(QStringLiteral("person")).toObject();
    CHECK(anonymised.value(QStringLiteral("birth_year")).toInt() == 1975);
    CHECK(anonymised.value(QStringLiteral("birth_date_hijri")).toString() ==
          QStringLiteral("1395"));
    const QString kept = pdfTextOf(data, QStringLiteral("en"));
    INFO(kept.toStdString());
    CHECK(kept.contains(QStringLiteral("1395 AH (1975)")));
}
