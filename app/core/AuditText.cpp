#include "core/AuditText.h"

#include "core/DataRequest.h"
#include "core/DeskText.h"
#include "core/Domain.h"
#include "core/Organisation.h"
#include "core/PersonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Label
{
    const char *code;
    const char *text;
};

const Label kActions[] = {
    {"auth.signin", QT_TRANSLATE_NOOP("AuditText", "Signed in")},
    {"auth.signout", QT_TRANSLATE_NOOP("AuditText", "Signed out")},
    {"auth.failed", QT_TRANSLATE_NOOP("AuditText", "Sign-in refused")},
    {"case.create", QT_TRANSLATE_NOOP("AuditText", "Case opened")},
    {"case.open", QT_TRANSLATE_NOOP("AuditText", "Case opened")},
    {"case.update", QT_TRANSLATE_NOOP("AuditText", "Case changed")},
    {"case.step", QT_TRANSLATE_NOOP("AuditText", "Case moved to another step")},
    {"case.advance", QT_TRANSLATE_NOOP("AuditText", "Case moved on")},
    {"case.reception", QT_TRANSLATE_NOOP("AuditText", "Reception details corrected")},
    {"case.beneficiary", QT_TRANSLATE_NOOP("AuditText", "Beneficiary linked to the case")},
    {"case.attach_beneficiary", QT_TRANSLATE_NOOP("AuditText", "Beneficiary linked to the case")},
    {"case.register_beneficiary",
     QT_TRANSLATE_NOOP("AuditText", "Beneficiary registered on the case")},
    {"case.service", QT_TRANSLATE_NOOP("AuditText", "Service chosen")},
    {"case.choose_service", QT_TRANSLATE_NOOP("AuditText", "Service chosen")},
    {"case.rules", QT_TRANSLATE_NOOP("AuditText", "Rules version kept for the case")},
    {"case.documents", QT_TRANSLATE_NOOP("AuditText", "Documents checked")},
    {"case.verify", QT_TRANSLATE_NOOP("AuditText", "Data verified")},
    {"case.verified", QT_TRANSLATE_NOOP("AuditText", "Data verified")},
    {"case.declaration", QT_TRANSLATE_NOOP("AuditText", "Declaration signed")},
    {"case.file_number", QT_TRANSLATE_NOOP("AuditText", "File number issued")},
    {"case.delivery", QT_TRANSLATE_NOOP("AuditText", "Service delivered")},
    {"case.survey", QT_TRANSLATE_NOOP("AuditText", "Survey taken")},
    {"case.survey_declined", QT_TRANSLATE_NOOP("AuditText", "Survey declined")},
    {"case.withdraw", QT_TRANSLATE_NOOP("AuditText", "Withdrawn by the beneficiary")},
    {"case.not_eligible", QT_TRANSLATE_NOOP("AuditText", "Decided not eligible")},
    {"case.eligibility_override", QT_TRANSLATE_NOOP("AuditText", "Eligibility rule overridden")},
    {"case.refer", QT_TRANSLATE_NOOP("AuditText", "Referred to the program officer")},
    {"case.resume", QT_TRANSLATE_NOOP("AuditText", "Back from the referral")},
    {"case.answer_inquiry", QT_TRANSLATE_NOOP("AuditText", "Inquiry answered at the desk")},
    {"case.answer_given", QT_TRANSLATE_NOOP("AuditText", "Approved answer given")},
    {"referral.create", QT_TRANSLATE_NOOP("AuditText", "Referral made")},
    {"referral.answer", QT_TRANSLATE_NOOP("AuditText", "Referral answered")},
    {"referral.pickup", QT_TRANSLATE_NOOP("AuditText", "Referral answer picked up")},
    {"delivery.create", QT_TRANSLATE_NOOP("AuditText", "Delivery recorded")},
    {"delivery.approve", QT_TRANSLATE_NOOP("AuditText", "Delivery approved")},
    {"survey.record", QT_TRANSLATE_NOOP("AuditText", "Survey recorded")},
    {"beneficiary.create", QT_TRANSLATE_NOOP("AuditText", "Beneficiary registered")},
    {"beneficiary.register", QT_TRANSLATE_NOOP("AuditText", "Beneficiary registered")},
    {"beneficiary.update", QT_TRANSLATE_NOOP("AuditText", "Beneficiary's record corrected")},
    {"beneficiary.file_number", QT_TRANSLATE_NOOP("AuditText", "File number issued")},
    {"beneficiary.anonymise",
     QT_TRANSLATE_NOOP("AuditText", "Beneficiary's identifying data destroyed")},
    {"retention.set", QT_TRANSLATE_NOOP("AuditText", "Retention period set")},
    {"retention.apply",
     QT_TRANSLATE_NOOP("AuditText", "People past the retention period anonymised")},
    {"document.save", QT_TRANSLATE_NOOP("AuditText", "Document checklist saved")},
    {"service.create", QT_TRANSLATE_NOOP("AuditText", "Service added")},
    {"service.update", QT_TRANSLATE_NOOP("AuditText", "Service changed")},
    {"document_type.create", QT_TRANSLATE_NOOP("AuditText", "Document type added")},
    {"document_type.update", QT_TRANSLATE_NOOP("AuditText", "Document type changed")},
    {"survey_question.create", QT_TRANSLATE_NOOP("AuditText", "Survey question added")},
    {"survey_question.update", QT_TRANSLATE_NOOP("AuditText", "Survey question changed")},
    {"approved_answer.create", QT_TRANSLATE_NOOP("AuditText", "Approved answer added")},
    {"approved_answer.update", QT_TRANSLATE_NOOP("AuditText", "Approved answer changed")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "User added")},
    {"user.update", QT_TRANSLATE_NOOP("AuditText", "User changed")},
    {"user.password", QT_TRANSLATE_NOOP("AuditText", "Password set")},
    {"setting.set", QT_TRANSLATE_NOOP("AuditText", "Setting saved")},
    {"setting.remove", QT_TRANSLATE_NOOP("AuditText", "Setting cleared")},
    {"recommendations.save", QT_TRANSLATE_NOOP("AuditText", "Month's recommendations saved")},
    {"followup.done", QT_TRANSLATE_NOOP("AuditText", "Follow-up marked done")},
    {"data_request.create", QT_TRANSLATE_NOOP("AuditText", "Data request recorded")},
    {"data_request.close", QT_TRANSLATE_NOOP("AuditText", "Data request closed")},
    {"bulk.insert", QT_TRANSLATE_NOOP("AuditText", "Records added in bulk")},
    {"demo.fill", QT_TRANSLATE_NOOP("AuditText", "Demonstration data added")},
    {"person.view", QT_TRANSLATE_NOOP("AuditText", "Person's file opened")},
    {"person.document", QT_TRANSLATE_NOOP("AuditText", "Case paper printed or saved")},
    {"person.copy", QT_TRANSLATE_NOOP("AuditText", "Copy of the person's data made")},
    {"export.month", QT_TRANSLATE_NOOP("AuditText", "Month's cases exported")},
    {"breach.report", QT_TRANSLATE_NOOP("AuditText", "Breach report made")},
    {"organisation.create", QT_TRANSLATE_NOOP("AuditText", "Organisation added")},
    {"organisation.update", QT_TRANSLATE_NOOP("AuditText", "Organisation changed")},
    {"program_kind.create", QT_TRANSLATE_NOOP("AuditText", "Program kind added")},
    {"program_kind.update", QT_TRANSLATE_NOOP("AuditText", "Program kind changed")},
    {"program_request.receive", QT_TRANSLATE_NOOP("AuditText", "Program request received")},
    {"program_request.declare", QT_TRANSLATE_NOOP("AuditText", "Requester's declaration recorded")},
};

const Label kKeys[] = {
    {"version", QT_TRANSLATE_NOOP("AuditText", "version")},
    {"rules_version", QT_TRANSLATE_NOOP("AuditText", "rules version")},
    {"username", QT_TRANSLATE_NOOP("AuditText", "username")},
    {"failures", QT_TRANSLATE_NOOP("AuditText", "failed attempts")},
    {"roles", QT_TRANSLATE_NOOP("AuditText", "roles")},
    {"active", QT_TRANSLATE_NOOP("AuditText", "active")},
    {"code", QT_TRANSLATE_NOOP("AuditText", "code")},
    {"key", QT_TRANSLATE_NOOP("AuditText", "setting")},
    {"channel", QT_TRANSLATE_NOOP("AuditText", "channel")},
    {"purpose", QT_TRANSLATE_NOOP("AuditText", "purpose")},
    {"from", QT_TRANSLATE_NOOP("AuditText", "from")},
    {"to", QT_TRANSLATE_NOOP("AuditText", "to")},
    {"amount", QT_TRANSLATE_NOOP("AuditText", "amount")},
    {"reason", QT_TRANSLATE_NOOP("AuditText", "reason")},
    {"reasons", QT_TRANSLATE_NOOP("AuditText", "reasons")},
    {"note", QT_TRANSLATE_NOOP("AuditText", "note")},
    {"referral", QT_TRANSLATE_NOOP("AuditText", "referral")},
    {"delivery", QT_TRANSLATE_NOOP("AuditText", "delivery")},
    {"response", QT_TRANSLATE_NOOP("AuditText", "survey response")},
    {"declined", QT_TRANSLATE_NOOP("AuditText", "declined")},
    {"provided", QT_TRANSLATE_NOOP("AuditText", "provided")},
    {"verified", QT_TRANSLATE_NOOP("AuditText", "verified")},
    {"expiry", QT_TRANSLATE_NOOP("AuditText", "expiry")},
    {"type", QT_TRANSLATE_NOOP("AuditText", "document")},
    {"file_number", QT_TRANSLATE_NOOP("AuditText", "file number")},
    {"service", QT_TRANSLATE_NOOP("AuditText", "service")},
    {"beneficiary", QT_TRANSLATE_NOOP("AuditText", "beneficiary")},
    {"previous", QT_TRANSLATE_NOOP("AuditText", "before")},
    {"before", QT_TRANSLATE_NOOP("AuditText", "before")},
    {"awaiting_approval", QT_TRANSLATE_NOOP("AuditText", "awaiting approval")},
    {"due", QT_TRANSLATE_NOOP("AuditText", "due")},
    {"answer", QT_TRANSLATE_NOOP("AuditText", "answer")},
    {"override", QT_TRANSLATE_NOOP("AuditText", "override")},
    {"rows", QT_TRANSLATE_NOOP("AuditText", "rows")},
    {"period", QT_TRANSLATE_NOOP("AuditText", "period")},
    {"beneficiaries", QT_TRANSLATE_NOOP("AuditText", "beneficiaries")},
    {"cases", QT_TRANSLATE_NOOP("AuditText", "cases")},
    {"kind", QT_TRANSLATE_NOOP("AuditText", "request")},
    {"received", QT_TRANSLATE_NOOP("AuditText", "received")},
    {"fields", QT_TRANSLATE_NOOP("AuditText", "fields")},
    {"document", QT_TRANSLATE_NOOP("AuditText", "paper")},
    {"how", QT_TRANSLATE_NOOP("AuditText", "how")},
    {"case", QT_TRANSLATE_NOOP("AuditText", "case")},
    {"month", QT_TRANSLATE_NOOP("AuditText", "month")},
    {"format", QT_TRANSLATE_NOOP("AuditText", "format")},
    {"people", QT_TRANSLATE_NOOP("AuditText", "people")},
    {"retention_years", QT_TRANSLATE_NOOP("AuditText", "retention period in years")},
    {"years", QT_TRANSLATE_NOOP("AuditText", "years")},
    {"cancelled", QT_TRANSLATE_NOOP("AuditText", "stopped before the end")},
    {"restored_from", QT_TRANSLATE_NOOP("AuditText", "again, after restoring the backup")},
    {"organisation_kind", QT_TRANSLATE_NOOP("AuditText", "kind of organisation")},
    {"supervising", QT_TRANSLATE_NOOP("AuditText", "supervising authority")},
    {"organisation", QT_TRANSLATE_NOOP("AuditText", "organisation")},
    {"program_kind", QT_TRANSLATE_NOOP("AuditText", "program kind")},
    {"attachments", QT_TRANSLATE_NOOP("AuditText", "attachments")},
    {"declared", QT_TRANSLATE_NOOP("AuditText", "declaration signed")},
    {"name", QT_TRANSLATE_NOOP("AuditText", "name")},
};

const Label kValues[] = {
    {"declaration", QT_TRANSLATE_NOOP("AuditText", "declaration")},
    {"receipt", QT_TRANSLATE_NOOP("AuditText", "registration receipt")},
    {"printed", QT_TRANSLATE_NOOP("AuditText", "printed")},
    {"saved", QT_TRANSLATE_NOOP("AuditText", "saved as PDF")},
};

template <size_t N> const char *lookup(const Label (&table)[N], const QString &code)
{
    for (const Label &l : table) {
        if (code == QLatin1String(l.code))
            return l.text;
    }
    return nullptr;
}

// "information/open" -> "Information and matching (Open)"
QString stepAndStatus(const QString &raw)
{
    const auto step = Domain::stepFromCode(raw.section(QLatin1Char('/'), 0, 0));
    const auto status = Domain::statusFromCode(raw.section(QLatin1Char('/'), 1, 1));
    if (!step)
        return raw;
    if (!status || *status == CaseStatus::Open)
        return Domain::label(*step);
    return AuditText::tr("%1 (%2)").arg(Domain::label(*step), Domain::label(*status));
}

QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << plain(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

} // namespace

QString AuditText::action(const QString &code)
{
    const char *text = lookup(kActions, code);
    return text ? tr(text) : code;
}

const char *AuditText::actionSource(const QString &code)
{
    return lookup(kActions, code);
}

QString AuditText::keyLabel(const QString &key)
{
    const char *text = lookup(kKeys, key);
    return text ? tr(text) : key;
}

QString AuditText::settingLabel(const QString &key)
{
    if (key == QLatin1String("association.name"))
        return tr("association's name");
    if (key == QLatin1String("association.name_en"))
        return tr("association's English name");
    if (key == QLatin1String("association.logo"))
        return tr("association's logo");
    if (key == QLatin1String("association.licence_number"))
        return tr("association's licence number");
    if (key == QLatin1String("association.address"))
        return tr("association's address");
    if (key == QLatin1String("privacy_notice.ar"))
        return tr("privacy notice in Arabic");
    if (key == QLatin1String("privacy_notice.en"))
        return tr("privacy notice in English");
    return key;
}

QString AuditText::record(const QString &entity, qint64 id, const QString &name)
{
    const QString number = DeskText::number(id);
    if (entity == QLatin1String("case"))
        return tr("Case %1").arg(number);
    if (entity == QLatin1String("beneficiary"))
        return name.isEmpty() ? tr("Beneficiary %1").arg(number) : name;
    if (entity == QLatin1String("user"))
        return name.isEmpty() ? tr("User %1").arg(number) : tr("User: %1").arg(name);
    if (entity == QLatin1String("service"))
        return tr("Service %1").arg(number);
    if (entity == QLatin1String("document_type"))
        return tr("Document type %1").arg(number);
    if (entity == QLatin1String("survey_question"))
        return tr("Survey question %1").arg(number);
    if (entity == QLatin1String("approved_answer"))
        return tr("Approved answer %1").arg(number);
    if (entity == QLatin1String("data_request"))
        return tr("Data request %1").arg(number);
    if (entity == QLatin1String("organisation"))
        return name.isEmpty() ? tr("Organisation %1").arg(number) : name;
    if (entity == QLatin1String("program_kind"))
        return tr("Program kind %1").arg(number);
    if (entity == QLatin1String("program_request"))
        return tr("Program request %1").arg(number);
    if (entity == QLatin1String("setting"))
        return tr("Settings");
    if (entity == QLatin1String("database"))
        return tr("The database");
    if (entity == QLatin1String("audit"))
        return tr("The audit log");
    return id ? QStringLiteral("%1 %2").arg(entity, number) : entity;
}

QString AuditText::value(const QString &key, const QString &raw)
{
    if (raw == QLatin1String("true"))
        return tr("yes");
    if (raw == QLatin1String("false"))
        return tr("no");
    if (key == QLatin1String("roles")) {
        QStringList labels;
        for (Role r : Domain::rolesFromCodes(raw))
            labels << Domain::label(r);
        return labels.isEmpty() ? raw : labels.join(tr(", "));
    }
    if (key == QLatin1String("channel")) {
        const auto c = Domain::channelFromCode(raw);
        return c ? Domain::label(*c) : raw;
    }
    if (key == QLatin1String("purpose")) {
        const auto p = Domain::purposeFromCode(raw);
        return p ? Domain::label(*p) : raw;
    }
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        // A range of days (the breach report), else a step.
        const QDate day = QDate::fromString(raw, Qt::ISODate);
        return day.isValid() ? DeskText::date(day) : stepAndStatus(raw);
    }
    if (key == QLatin1String("amount")) {
        bool ok = false;
        const qint64 halalas = raw.toLongLong(&ok);
        return ok ? DeskText::riyals(halalas) : raw;
    }
    if (key == QLatin1String("key"))
        return settingLabel(raw);
    if (key == QLatin1String("kind")) {
        const auto k = DataRequestKinds::fromCode(raw);
        return k ? DataRequestKinds::label(*k) : raw;
    }
    if (key == QLatin1String("organisation_kind")) {
        const auto k = OrganisationKinds::fromCode(raw);
        return k ? OrganisationKinds::label(*k) : raw;
    }
    if (key == QLatin1String("received") || key == QLatin1String("due") ||
        key == QLatin1String("declared")) {
        const QDate day = QDate::fromString(raw, Qt::ISODate);
        return day.isValid() ? DeskText::date(day) : raw;
    }
    if (key == QLatin1String("fields")) {
        QStringList labels;
        for (const QString &field : raw.split(QStringLiteral(", ")))
            labels << PersonFields::label(field);
        return labels.join(tr(", "));
    }
    if (key == QLatin1String("document") || key == QLatin1String("how")) {
        const char *text = lookup(kValues, raw);
        return text ? tr(text) : raw;
    }
    return raw;
}

QString AuditText::details(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json == QLatin1String("{}") ? QString() : json;
    const QJsonObject o = doc.object();
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        // The digest of a correction's values says nothing to a person.
        if (it.key() == QLatin1String("values"))
            continue;
        const QJsonValue v = it.value();
        const bool count = v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) &&
                           it.key() != QLatin1String("amount");
        const QString shown =
            count ? DeskText::number(qint64(v.toDouble())) : value(it.key(), plain(v));
        if (shown.isEmpty())
            continue;
        //: one detail of an audit entry: what, then its value
        parts << tr("%1: %2").arg(keyLabel(it.key()), shown);
    }
    //: between the details of an audit entry
    return parts.join(tr(" · "));
}
