// The privacy notice: the association's name and the person's rights in
// Arabic and in English, the manager's own text in place of the default, and
// a one-page PDF whose text is what a person reads.
#include "PopplerText.h"

#include "core/Clock.h"
#include "reports/PrivacyNotice.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

PrivacyNoticeData notice(const QString &language)
{
    PrivacyNoticeData data;
    data.language = language;
    data.profile.name = QStringLiteral("جمعية البر الخيرية بالرياض");
    data.profile.englishName = QStringLiteral("Al-Birr Charity, Riyadh");
    data.profile.licenceNumber = QStringLiteral("1234");
    data.profile.address = QStringLiteral("حي النسيم، الرياض");
    data.printedAt = QDateTime(QDate(2026, 11, 22), QTime(7, 0), QTimeZone::utc());
    return data;
}

} // namespace

TEST_CASE("The privacy notice names the association and the rights, in Arabic and English",
          "[reports]")
{
    SECTION("Arabic")
    {
        const QString text = PrivacyNotice::plainText(notice(QStringLiteral("ar")));
        CHECK(text.contains(QStringLiteral("جمعية البر الخيرية بالرياض")));
        CHECK(text.contains(QStringLiteral("حي النسيم، الرياض")));
        CHECK(text.contains(QStringLiteral("إشعار الخصوصية")));
        for (const char *right :
             {"نسخة من بياناتك", "تصحيح", "إتلاف", "تقييد", "سحب موافقتك", "٣٠ يومًا"})
            CHECK(text.contains(QString::fromUtf8(right)));
        CHECK_FALSE(text.contains(QStringLiteral("{association}")));
        CHECK_FALSE(text.contains(QStringLiteral("copy")));
    }
    SECTION("English")
    {
        const QString text = PrivacyNotice::plainText(notice(QStringLiteral("en")));
        CHECK(text.contains(QStringLiteral("Al-Birr Charity, Riyadh")));
        CHECK(text.contains(QStringLiteral("Licence number 1234")));
        for (const char *right : {"a copy of your data", "correction", "destruction", "restricted",
                                  "withdraw your consent", "within 30 days"})
            CHECK(text.contains(QLatin1String(right)));
        CHECK_FALSE(text.contains(QStringLiteral("{association}")));
    }
    SECTION("the manager's own text replaces the default")
    {
        PrivacyNoticeData data = notice(QStringLiteral("ar"));
        data.body = QStringLiteral("# حقوقك\nتحتفظ {association} ببياناتك.");
        const QString text = PrivacyNotice::plainText(data);
        CHECK(text.contains(QStringLiteral("تحتفظ جمعية البر الخيرية بالرياض ببياناتك.")));
        CHECK_FALSE(text.contains(QStringLiteral("سحب موافقتك")));
    }
}

TEST_CASE("The privacy notice is a one-page PDF, written beside its target and renamed",
          "[reports][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        const QString path = dir.filePath(QStringLiteral("notice-%1.pdf").arg(language));
        const Status written = PrivacyNotice::writePdf(notice(language), path, {});
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const QString info = PopplerText::run(QStringLiteral("pdfinfo"), pdf);
        INFO(language.toStdString() << ": " << info.toStdString());
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        const QString text = PopplerText::text(pdf);
        if (language == QLatin1String("ar"))
            CHECK(text.contains(QStringLiteral("جمعية البر الخيرية بالرياض")));
        else
            CHECK(text.contains(QStringLiteral("Al-Birr Charity, Riyadh")));
    }
    // Nothing but the two notices is left in the folder (no temporary file).
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("The longest text the manager may write still fits the one page", "[reports][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        // Headings and paragraphs of the language's words up to its limit.
        const int limit = PrivacyNotice::maxBodyLength(language);
        const bool arabic = language == QLatin1String("ar");
        QString body;
        int part = 0;
        while (body.size() < limit) {
            body += (arabic ? QStringLiteral("# عنوان الفقرة %1\n")
                            : QStringLiteral("# Heading of part %1\n"))
                        .arg(++part);
            for (int word = 0; word < 40; ++word)
                body += arabic ? QStringLiteral("بياناتك ") : QStringLiteral("personal ");
            body += QStringLiteral("\n\n");
        }
        body.truncate(limit);
        PrivacyNoticeData data = notice(language);
        data.body = body;
        const QString path = dir.filePath(language + QStringLiteral(".pdf"));
        REQUIRE(PrivacyNotice::writePdf(data, path, {}).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString info = PopplerText::run(QStringLiteral("pdfinfo"), file.readAll());
        INFO(language.toStdString() << ": " << info.toStdString());
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }
}

TEST_CASE("The Arabic privacy notice speaks to a man and a woman alike, in Arabic-Indic digits",
          "[reports]")
{
    // One notice serves every reader (the manager keeps one text per
    // language): the default Arabic uses no verb or pronoun that only a man
    // is addressed by, e.g. "اطلب" (to a woman "اطلبي") or "تمارسها" (issue 14).
    const QString text = PrivacyNotice::plainText(notice(QStringLiteral("ar")));
    INFO(text.toStdString());
    for (const char *masculine : {"اطلب ", "أن تطلب", "تمارسها", "تمارس حقوقك", "أنت "})
        CHECK_FALSE(text.contains(QString::fromUtf8(masculine)));
    // Its numbers in the digits of the Arabic text around them.
    const QString body = PrivacyNotice::filledBody(notice(QStringLiteral("ar")));
    CHECK_FALSE(body.contains(QRegularExpression(QStringLiteral("[0-9]"))));
}
