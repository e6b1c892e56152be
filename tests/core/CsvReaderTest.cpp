#include <catch2/catch.hpp>

#include "core/CsvReader.h"

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
