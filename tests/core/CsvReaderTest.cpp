#include <catch2/catch.hpp>

#include "core/CsvReader.h"

#include <QIODevice>

#include <algorithm>

TEST_CASE("CsvReader reads comma files with BOM, quotes and CRLF", "[core][csv]")
{
    const QByteArray bytes = "\xEF\xBB\xBFnational_id,first_name\r\n"
                             "1000000008,\"Ahmad, Jr\"\r\n"
                             "2000000006,\"say \"\"hi\"\"\"\r\n";
    const auto r = CsvReader::parse(bytes);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(r->at(0).fields ==
          QStringList{QStringLiteral("national_id"), QStringLiteral("first_name")});
    CHECK(r->at(1).fields.at(1) == QStringLiteral("Ahmad, Jr"));
    CHECK(r->at(2).fields.at(1) == QStringLiteral("say \"hi\""));
    CHECK(r->at(2).line == 3);
}

TEST_CASE("CsvReader takes the delimiter from the header and counts lines of multi-line values",
          "[core][csv]")
{
    const QByteArray bytes = QString::fromUtf8("رقم الهوية;الاسم الأول\n"
                                               "1000000008;\"سطر\nثانٍ\"\n"
                                               "\n"
                                               "2000000006;فاطمة\n")
                                 .toUtf8();
    const auto r = CsvReader::parse(bytes);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(r->at(1).fields.at(1) == QString::fromUtf8("سطر\nثانٍ"));
    CHECK(r->at(1).line == 2);
    CHECK(r->at(2).line == 5); // the blank line 4 is not a record
    CHECK(r->at(2).fields.at(1) == QString::fromUtf8("فاطمة"));
}

TEST_CASE("CsvReader refuses text that is not UTF-8 and an unclosed quote", "[core][csv]")
{
    const auto latin1 = CsvReader::parse(QByteArray("name\n\xE9t\xE9\n"));
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().contains(QStringLiteral("UTF-8")));

    const auto open = CsvReader::parse(QByteArray("a,b\n1,\"never closed\n2,3\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().contains(QStringLiteral("Line 2")));
}

namespace {

// A device that never ends (as /dev/zero), counting what was read from it.
class EndlessDevice final : public QIODevice
{
public:
    EndlessDevice(char byte) : m_byte(byte) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesGiven = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        std::fill(data, data + max, m_byte);
        bytesGiven += max;
        return max;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    char m_byte;
};

} // namespace

TEST_CASE("CsvReader refuses an endless input after a bounded read", "[core][csv]")
{
    for (char byte : {'\0', 'a', ','}) {
        EndlessDevice endless(byte);
        const auto r = CsvReader::read(endless);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("Line 1 is longer than 64 KB")));
        CHECK(endless.bytesGiven < 200 * 1024);
    }
    // Lines that do end, endlessly: the file size is the bound.
    EndlessDevice newlines('\n');
    const auto r = CsvReader::read(newlines);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("larger than 32 MB")));
}

TEST_CASE("CsvReader names a line, a value or a count over its limit, never echoing the value",
          "[core][csv]")
{
    // 120 values of 600 characters: each within its limit, the line not.
    QByteArray longLine = "a,b\n1,2\n";
    for (int i = 0; i < 120; ++i)
        longLine += QByteArray(600, 'x') + ',';
    const auto line = CsvReader::parse(longLine);
    REQUIRE_FALSE(line.ok());
    INFO(line.error().toStdString());
    CHECK(line.error().contains(QStringLiteral("Line 3 is longer than 64 KB")));

    const QByteArray longValue = "a,b\n1,2\n3," + QByteArray(5000, 'x') + "\n";
    const auto value = CsvReader::parse(longValue);
    REQUIRE_FALSE(value.ok());
    CHECK(value.error().contains(QStringLiteral("Line 3, column 2")));
    CHECK(value.error().contains(QStringLiteral("1000 characters")));
    CHECK(value.error().size() < 200);

    // A quoted value over several lines is named by the line it starts on.
    const QByteArray quoted =
        "a,b\n1,\"" + QByteArray(600, 'y') + "\n" + QByteArray(600, 'y') + "\"\n";
    const auto q = CsvReader::parse(quoted);
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().contains(QStringLiteral("Line 2, column 2")));

    CsvLimits small;
    small.maxFields = 3;
    const auto fields = CsvReader::parse("a,b,c\n1,2,3,4\n", small);
    REQUIRE_FALSE(fields.ok());
    CHECK(fields.error().contains(QStringLiteral("Line 2 has more than 3 values")));

    small = CsvLimits();
    small.maxRecords = 3;
    CHECK(CsvReader::parse("h\n1\n2\n", small).ok());
    const auto rows = CsvReader::parse("h\n1\n2\n3\n", small);
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().contains(QStringLiteral("more than 2 rows")));

    small = CsvLimits();
    small.maxFileBytes = 1024 * 1024;
    const auto size = CsvReader::parse(QByteArray(2 * 1024 * 1024, '\n'), small);
    REQUIRE_FALSE(size.ok());
    CHECK(size.error().contains(QStringLiteral("larger than 1 MB")));
}

TEST_CASE("CsvReader decodes characters split between the pieces it reads", "[core][csv]")
{
    // Rows of Arabic (two bytes a letter) and a four-byte character, long
    // enough to cross many piece boundaries at every offset.
    const QString name = QString::fromUtf8("عبدالرحمن\U0001F600");
    QByteArray bytes = "id,name\n";
    for (int i = 0; i < 3000; ++i)
        bytes += QByteArray::number(i) + ',' + name.toUtf8() + "\r\n";
    const auto r = CsvReader::parse(bytes);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3001);
    for (int i = 1; i < r->size(); ++i) {
        REQUIRE(r->at(i).fields.at(1) == name);
        REQUIRE(r->at(i).line == i + 1);
    }
    // A U+FEFF inside the text is a character, not a BOM to drop.
    const auto inside = CsvReader::parse("a\n\xEF\xBB\xBFx\n");
    REQUIRE(inside.ok());
    CHECK(inside->at(1).fields.at(0) == QString(QChar(0xFEFF)) + QLatin1Char('x'));

    const auto cut = CsvReader::parse("a\n\xD8");
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().contains(QStringLiteral("UTF-8")));
}
