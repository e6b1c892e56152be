#include "reports/BreachReportCsv.h"

#include "core/AuditText.h"
#include "core/Clock.h"
#include "core/HijriDate.h"
#include "core/IoFailure.h"
#include "core/TextInput.h"
#include "reports/MonthlyCsvExport.h"

#include <QIODevice>
#include <QTimeZone>

QStringList BreachReportCsv::columns()
{
    return {QStringLiteral("at"),
            QStringLiteral("at_hijri"),
            QStringLiteral("user_id"),
            QStringLiteral("user"),
            QStringLiteral("action"),
            QStringLiteral("action_label"),
            QStringLiteral("person_record"),
            QStringLiteral("person_name"),
            QStringLiteral("case_number"),
            QStringLiteral("export_month"),
            QStringLiteral("details")};
}

QString BreachReportCsv::cell(const QString &value)
{
    return MonthlyCsvExport::cell(TextInput::stripBidiControls(value));
}

Result<qint64> BreachReportCsv::write(const BreachReportData &data, QIODevice *out)
{
    if (!out || !out->isWritable())
        return Result<qint64>::failure(tr("The breach report cannot be written: the file is not "
                                          "open."));
    const QTimeZone zone = Clock::deskTimeZone();
    QByteArray buffer("\xEF\xBB\xBF");
    auto line = [&buffer](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << cell(c);
        buffer += quoted.join(QLatin1Char(',')).toUtf8();
        buffer += "\r\n";
    };
    auto flush = [&buffer, out]() {
        if (out->write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    line(columns());
    qint64 written = 0;
    for (const BreachRow &r : data.rows) {
        const QDateTime local = r.at.toTimeZone(zone);
        const Result<HijriDate> hijri = HijriDate::fromGregorian(local.date());
        line({local.toString(Qt::ISODate), hijri ? hijri->toString() : QString(),
              r.userId ? QString::number(r.userId) : QString(), r.userName, r.action,
              AuditText::action(r.action), QString::number(r.beneficiaryId), r.personName,
              r.caseId ? QString::number(r.caseId) : QString(), r.exportMonth,
              AuditText::details(r.details)});
        ++written;
        if (written % 500 == 0 && !flush())
            return Result<qint64>::failure(
                tr("The breach report could not be written: %1").arg(IoFailure::reason(*out)));
    }
    if (!flush())
        return Result<qint64>::failure(
            tr("The breach report could not be written: %1").arg(IoFailure::reason(*out)));
    return written;
}
