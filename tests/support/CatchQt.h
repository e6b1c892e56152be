// Readable Catch2 failure messages for the Qt types the tests compare.
#pragma once

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "{" + l.join(QStringLiteral(", ")).toStdString() + "}";
    }
};

template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate &d)
    {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};

} // namespace Catch
