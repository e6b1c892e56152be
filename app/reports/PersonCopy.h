// Everything Istiqbal holds about one person, gathered for the copy of their
// data that the law gives them (issue 13, DOMAIN.md 6.4): their record, the
// documents checklist, every case with its steps, referrals, eligibility
// decisions, deliveries and survey, their requests, the corrections of their
// record and who saw or changed their data. Names of staff, services,
// document types and survey questions are resolved, so that the PDF and the
// JSON (PersonCopyPdf, PersonCopyJson) need nothing else.
#pragma once

#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/DataRequest.h"
#include "core/PersonTrail.h"
#include "core/Service.h"
#include "core/Survey.h"

#include <QHash>
#include <QVector>

#include <optional>

struct PersonCopyCase
{
    Case theCase;
    QVector<StepEvent> steps;
    QVector<Referral> referrals;
    QVector<EligibilityOverride> decisions; // eligibility rules overridden
    QVector<Delivery> deliveries;
    std::optional<SurveyResponse> survey;
};

struct PersonCopyData
{
    QString associationName;
    QDateTime madeAt; // UTC
    QString madeBy;
    Beneficiary person;
    QVector<Document> documents;
    QVector<PersonCopyCase> cases; // newest first
    QVector<DataRequest> requests;
    QVector<FieldChange> corrections; // newest first
    QVector<AccessEntry> trail;       // newest first

    QHash<qint64, QString> staff;           // user id -> display name
    QHash<qint64, QString> services;        // service id -> Arabic name
    QHash<QString, QString> documentTypes;  // code -> Arabic name
    QHash<qint64, QString> surveyQuestions; // question id -> Arabic text

    QString staffName(qint64 id) const { return staff.value(id); }
};
