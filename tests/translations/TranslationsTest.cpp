// Every user-visible string has a finished Arabic translation: lupdate extracts
// the strings from the sources as they are now, and each one must be present
// and finished in translations/istiqbal_ar.ts.
#include <catch2/catch.hpp>

#include "core/Mnemonic.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <functional>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
}

QHash<QString, Message> readTs(const QString &path)
{
    QHash<QString, Message> messages;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message();
                current.context = context;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = !type.isEmpty();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isCharacters() && inMessage && current.translations.isEmpty()) {
            // text directly inside <translation> is handled on its end element
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.insert(keyOf(current), current);
            inMessage = false;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// readTs drops plain <translation> text because readElementText() cannot be
// combined with reading the attribute first; read those separately.
QHash<QString, Message> readTsWithText(const QString &path)
{
    QHash<QString, Message> messages = readTs(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            comment.clear();
        else if (name == QLatin1String("source"))
            source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            Message key;
            key.context = context;
            key.source = source;
            key.comment = comment;
            auto it = messages.find(keyOf(key));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (it != messages.end() && it->translations.isEmpty())
                it->translations << text;
        }
    }
    return messages;
}

bool hasArabicLetter(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF && c.isLetter())
            return true;
    }
    return false;
}

bool hasLatinLetter(const QString &s)
{
    for (QChar c : s) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            return true;
    }
    return false;
}

// The messages lupdate finds in app/ and forms/ for the target language (only
// the %n ones with pluralOnly), read from a temporary file.
QHash<QString, Message> extracted(const QString &language, bool pluralOnly)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("extracted_%1.ts").arg(language));
    const QString source = QStringLiteral(ISTIQBAL_SOURCE_DIR);
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-source-language") << QStringLiteral("en")
              << QStringLiteral("-target-language") << language << source + QStringLiteral("/app")
              << source + QStringLiteral("/forms") << QStringLiteral("-ts") << file;
    QProcess lupdate;
    lupdate.setWorkingDirectory(source);
    lupdate.start(QStringLiteral(ISTIQBAL_LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(file);
}

} // namespace

TEST_CASE("Every user-visible string has a finished Arabic translation", "[translations]")
{
    const QString source = QStringLiteral(ISTIQBAL_SOURCE_DIR);
    const auto inCode = extracted(QStringLiteral("ar"), false);
    const auto committed = readTsWithText(source + QStringLiteral("/translations/istiqbal_ar.ts"));
    REQUIRE(inCode.size() > 0);

    QStringList problems;
    for (const Message &m : inCode) {
        const auto it = committed.constFind(keyOf(m));
        if (it == committed.constEnd()) {
            problems << QStringLiteral("missing: [%1] %2").arg(m.context, m.source);
            continue;
        }
        if (it->unfinished || it->translations.isEmpty()) {
            problems << QStringLiteral("unfinished: [%1] %2").arg(m.context, m.source);
            continue;
        }
        for (const QString &t : it->translations) {
            // A translation that is empty, or still English where the source
            // has words, is not a translation.
            if (t.trimmed().isEmpty() || (hasLatinLetter(m.source) && !hasArabicLetter(t)))
                problems << QStringLiteral("not Arabic: [%1] %2").arg(m.context, m.source);
        }
    }
    INFO("Run: cmake --build build --target update_translations, then translate:\n"
         << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Every count in English has its singular and plural forms", "[translations]")
{
    // English needs only the plural forms of %n strings: without them "1
    // beneficiaries found" would show.
    const QString source = QStringLiteral(ISTIQBAL_SOURCE_DIR);
    const auto inCode = extracted(QStringLiteral("en"), true);
    const auto committed = readTsWithText(source + QStringLiteral("/translations/istiqbal_en.ts"));
    REQUIRE(inCode.size() > 0);

    QStringList problems;
    for (const Message &m : inCode) {
        const auto it = committed.constFind(keyOf(m));
        if (it == committed.constEnd()) {
            problems << QStringLiteral("missing: [%1] %2").arg(m.context, m.source);
            continue;
        }
        if (it->unfinished || it->translations.size() < 2) {
            problems << QStringLiteral("unfinished: [%1] %2").arg(m.context, m.source);
            continue;
        }
        for (const QString &t : it->translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty form: [%1] %2").arg(m.context, m.source);
        }
    }
    INFO("Run: cmake --build build --target update_translations, then fill the plural forms of "
         "translations/istiqbal_en.ts:\n"
         << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

// The committed Arabic translations for which wrong is true, as "[context]
// source: translation" lines.
static QStringList arabicTranslationsWhere(const std::function<bool(const QString &)> &wrong)
{
    const QString source = QStringLiteral(ISTIQBAL_SOURCE_DIR);
    const auto committed = readTsWithText(source + QStringLiteral("/translations/istiqbal_ar.ts"));
    REQUIRE(committed.size() > 0);
    QStringList problems;
    for (const Message &m : committed) {
        for (const QString &t : m.translations) {
            if (wrong(t))
                problems << QStringLiteral("[%1] %2: %3").arg(m.context, m.source, t);
        }
    }
    return problems;
}

TEST_CASE("No mnemonic splits an Arabic word in the Arabic translation", "[translations]")
{
    // An `&` inside or after an Arabic word makes Qt draw the marked letter
    // apart whenever marks are shown, so the word loses its joining (issue 14).
    // At a word's start (underlined only while Alt is held) or before a Latin
    // word ("تصدير &PDF…") it may stay.
    const QStringList problems = arabicTranslationsWhere(&Mnemonic::splitsArabicWord);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("No middle dot separates Arabic text in the Arabic translation", "[translations]")
{
    // Beside Arabic-Indic digits a middle dot "·" reads as the digit zero "٠"
    // ("رقم الانتظار ٥٦ · روان"): Arabic lists take the Arabic comma or
    // semicolon (issue 14).
    const QStringList problems = arabicTranslationsWhere(
        [](const QString &t) { return t.contains(QChar(0x00B7)) || t.contains(QChar(0x2022)); });
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Every access key has its Arabic access key", "[translations]")
{
    // Keyboard access keeps working in Arabic (issue 14): scripts/ts-fill puts
    // the `&` at the start of a word, on a letter free in its context.
    const QString source = QStringLiteral(ISTIQBAL_SOURCE_DIR);
    const auto committed = readTsWithText(source + QStringLiteral("/translations/istiqbal_ar.ts"));
    REQUIRE(committed.size() > 0);
    QStringList missing;
    int marked = 0;
    for (const Message &m : committed) {
        if (!Mnemonic::hasMnemonic(m.source))
            continue;
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                continue;
            if (Mnemonic::hasMnemonic(t))
                ++marked;
            else
                missing << QStringLiteral("[%1] %2: %3").arg(m.context, m.source, t);
        }
    }
    INFO("Run: scripts/ts-fill translations/istiqbal_ar.ts </dev/null, then update_translations:\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
    CHECK(marked > 100);
}
