#include "reports/PersonCopyJson.h"

#include "core/Domain.h"

#include <QJsonArray>
#include <QJsonDocument>

// Named, not anonymous: the reports library is a unity build.
namespace PersonCopyJsonParts {

QJsonValue instant(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue day(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// A staff member: their number and name.
QJsonValue who(const PersonCopyData &data, qint64 userId)
{
    if (userId == 0)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), userId},
                       {QStringLiteral("name"), text(data.staffName(userId))}};
}

QJsonObject person(const PersonCopyData &data)
{
    const Beneficiary &b = data.person;
    return {
        {QStringLiteral("record_number"), b.id},
        {QStringLiteral("file_number"), text(b.fileNumber)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("first"), text(b.name.first)},
                     {QStringLiteral("father"), text(b.name.father)},
                     {QStringLiteral("grandfather"), text(b.name.grandfather)},
                     {QStringLiteral("family"), text(b.name.family)},
                     {QStringLiteral("full"), text(b.name.full())}}},
        {QStringLiteral("id_type"), Domain::code(b.idType)},
        {QStringLiteral("id_number"), text(b.idNumber)},
        {QStringLiteral("gender"), Domain::code(b.gender)},
        {QStringLiteral("birth_date"), day(b.birthDate)},
        {QStringLiteral("birth_year"), b.birthYear > 0 ? QJsonValue(b.birthYear) : QJsonValue()},
        // How the birth date was written: "hijri" keeps the Hijri date as typed
        // ("1395/09/30"; its year alone once anonymised).
        {QStringLiteral("birth_date_calendar"), text(b.writtenBirthDate().calendarCode())},
        {QStringLiteral("birth_date_hijri"), text(b.writtenBirthDate().hijriText())},
        {QStringLiteral("phone"), text(b.phone)},
        {QStringLiteral("city"), text(b.city)},
        {QStringLiteral("district"), text(b.district)},
        {QStringLiteral("family_size"), b.familySize > 0 ? QJsonValue(b.familySize) : QJsonValue()},
        {QStringLiteral("monthly_income_halalas"),
         b.monthlyIncome ? QJsonValue(qint64(*b.monthlyIncome)) : QJsonValue()},
        {QStringLiteral("nationality"), text(b.nationality)},
        {QStringLiteral("consent"), QJsonObject{{QStringLiteral("given"), b.consentGiven},
                                                {QStringLiteral("purpose"), text(b.consentPurpose)},
                                                {QStringLiteral("at"), instant(b.consentAt)}}},
        {QStringLiteral("registered_at"), instant(b.createdAt)},
        {QStringLiteral("updated_at"), instant(b.updatedAt)},
        {QStringLiteral("restricted_at"), instant(b.restrictedAt)},
        {QStringLiteral("restriction_reason"), text(b.restrictionReason)},
        {QStringLiteral("anonymised_at"), instant(b.anonymisedAt)},
    };
}

QJsonArray documents(const PersonCopyData &data)
{
    QJsonArray out;
    for (const Document &d : data.documents)
        out << QJsonObject{
            {QStringLiteral("type"), d.typeCode},
            {QStringLiteral("name"), text(data.documentTypes.value(d.typeCode))},
            {QStringLiteral("provided"), d.provided},
            {QStringLiteral("verified"), d.verified},
            {QStringLiteral("expiry"), day(d.expiry)},
            {QStringLiteral("expiry_calendar"), text(d.writtenExpiry().calendarCode())},
            {QStringLiteral("expiry_hijri"), text(d.writtenExpiry().hijriText())}};
    return out;
}

QJsonObject oneCase(const PersonCopyData &data, const PersonCopyCase &record)
{
    const Case &c = record.theCase;
    QJsonArray steps;
    for (const StepEvent &e : record.steps)
        steps << QJsonObject{{QStringLiteral("at"), instant(e.at)},
                             {QStringLiteral("from_step"), Domain::code(e.fromStep)},
                             {QStringLiteral("from_status"), Domain::code(e.fromStatus)},
                             {QStringLiteral("to_step"), Domain::code(e.toStep)},
                             {QStringLiteral("to_status"), Domain::code(e.toStatus)},
                             {QStringLiteral("by"), who(data, e.userId)},
                             {QStringLiteral("note"), text(e.note)}};
    QJsonArray referrals;
    for (const Referral &r : record.referrals)
        referrals << QJsonObject{{QStringLiteral("question"), text(r.question)},
                                 {QStringLiteral("referred_at"), instant(r.referredAt)},
                                 {QStringLiteral("referred_by"), who(data, r.referredBy)},
                                 {QStringLiteral("answer"), text(r.answer)},
                                 {QStringLiteral("answered_at"), instant(r.answeredAt)},
                                 {QStringLiteral("answered_by"), who(data, r.answeredBy)}};
    QJsonArray decisions;
    for (const EligibilityOverride &o : record.decisions)
        decisions << QJsonObject{
            {QStringLiteral("service"), text(data.services.value(o.serviceId))},
            {QStringLiteral("rules_not_met"), QJsonArray::fromStringList(o.failedRules)},
            {QStringLiteral("overridden_because"), text(o.reason)},
            {QStringLiteral("at"), instant(o.overriddenAt)},
            {QStringLiteral("by"), who(data, o.overriddenBy)}};
    QJsonArray deliveries;
    for (const Delivery &d : record.deliveries)
        deliveries << QJsonObject{
            {QStringLiteral("service"), text(data.services.value(d.serviceId))},
            {QStringLiteral("delivered_at"), instant(d.deliveredAt)},
            {QStringLiteral("delivered_by"), who(data, d.deliveredBy)},
            {QStringLiteral("quantity"), d.quantity},
            {QStringLiteral("amount_halalas"), d.amount},
            {QStringLiteral("notes"), text(d.notes)},
            {QStringLiteral("approved_at"), instant(d.approvedAt)},
            {QStringLiteral("approved_by"), who(data, d.approvedBy)}};
    QJsonValue survey;
    if (record.survey) {
        const SurveyResponse &s = *record.survey;
        QJsonArray answers;
        for (const SurveyAnswer &a : s.answers)
            answers << QJsonObject{
                {QStringLiteral("question"), text(data.surveyQuestions.value(a.questionId))},
                {QStringLiteral("score"), a.score}};
        survey = QJsonObject{{QStringLiteral("taken_at"), instant(s.takenAt)},
                             {QStringLiteral("declined"), s.declined},
                             {QStringLiteral("by_phone"), s.byPhone},
                             {QStringLiteral("comment"), text(s.comment)},
                             {QStringLiteral("answers"), answers}};
    }
    return {{QStringLiteral("case_number"), c.id},
            {QStringLiteral("channel"), Domain::code(c.channel)},
            {QStringLiteral("purpose"), Domain::code(c.purpose)},
            {QStringLiteral("step"), Domain::code(c.step)},
            {QStringLiteral("status"), Domain::code(c.status)},
            {QStringLiteral("service"), text(data.services.value(c.serviceId))},
            {QStringLiteral("arrived_at"), instant(c.arrivalAt)},
            {QStringLiteral("served_from"), instant(c.serviceStartAt)},
            {QStringLiteral("ended_at"), instant(c.endAt)},
            {QStringLiteral("received_by"), who(data, c.receivedBy)},
            {QStringLiteral("inquiry"), text(c.inquiryText)},
            {QStringLiteral("answer"), text(c.answerText)},
            {QStringLiteral("data_verified"), c.dataVerified},
            {QStringLiteral("declaration_signed_at"), instant(c.declarationSignedAt)},
            {QStringLiteral("closing_reason"), text(c.closingReason)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("referrals"), referrals},
            {QStringLiteral("eligibility_decisions"), decisions},
            {QStringLiteral("deliveries"), deliveries},
            {QStringLiteral("survey"), survey}};
}

QString valuesCode(FieldChange::Values v)
{
    switch (v) {
    case FieldChange::Values::Kept:
        return QStringLiteral("kept");
    case FieldChange::Values::Removed:
        return QStringLiteral("removed");
    case FieldChange::Values::Altered:
        return QStringLiteral("altered");
    case FieldChange::Values::NotKept:
        break;
    }
    return QStringLiteral("not_kept");
}

} // namespace PersonCopyJsonParts

QJsonObject PersonCopyJson::document(const PersonCopyData &data)
{
    using namespace PersonCopyJsonParts;
    QJsonArray cases;
    for (const PersonCopyCase &c : data.cases)
        cases << oneCase(data, c);
    QJsonArray requests;
    for (const DataRequest &r : data.requests)
        requests << QJsonObject{{QStringLiteral("kind"), DataRequestKinds::code(r.kind)},
                                {QStringLiteral("channel"), Domain::code(r.channel)},
                                {QStringLiteral("received_on"), day(r.receivedOn)},
                                {QStringLiteral("due_on"), day(r.dueOn)},
                                {QStringLiteral("details"), text(r.details)},
                                {QStringLiteral("closed_at"), instant(r.closedAt)},
                                {QStringLiteral("outcome"), text(r.outcome)}};
    QJsonArray corrections;
    for (const FieldChange &c : data.corrections)
        corrections << QJsonObject{{QStringLiteral("at"), instant(c.at)},
                                   {QStringLiteral("by"), who(data, c.userId)},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("values"), valuesCode(c.values)},
                                   {QStringLiteral("old"), text(c.before)},
                                   {QStringLiteral("new"), text(c.after)}};
    QJsonArray trail;
    for (const AccessEntry &e : data.trail)
        trail << QJsonObject{
            {QStringLiteral("at"), instant(e.at)},
            {QStringLiteral("by"), who(data, e.userId)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("case_number"), e.caseId != 0 ? QJsonValue(e.caseId) : QJsonValue()}};
    return {{QStringLiteral("format"), QStringLiteral("istiqbal-person-copy")},
            {QStringLiteral("version"), version},
            {QStringLiteral("association"), text(data.associationName)},
            {QStringLiteral("made_at"), instant(data.madeAt)},
            {QStringLiteral("made_by"), text(data.madeBy)},
            {QStringLiteral("person"), person(data)},
            {QStringLiteral("documents"), documents(data)},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("data_requests"), requests},
            {QStringLiteral("corrections"), corrections},
            {QStringLiteral("who_saw_or_changed"), trail}};
}

QByteArray PersonCopyJson::bytes(const PersonCopyData &data)
{
    return QJsonDocument(document(data)).toJson(QJsonDocument::Indented);
}
