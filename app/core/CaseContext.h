// Everything the workflow rules need to judge one case: the case itself and
// what is known around it on the day it is handled. Callers load it (storage),
// the Workflow reads it and, on a successful transition, changes theCase (and
// referrals) in place for the caller to save.
#pragma once

#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/DocumentChecklist.h"
#include "core/Service.h"
#include "core/Survey.h"

#include <QDate>
#include <QVector>

#include <optional>

struct CaseContext
{
    Case theCase;
    std::optional<Beneficiary> beneficiary; // found or registered at step 2
    std::optional<Service> service;         // the service theCase.serviceId names
    QVector<Document> documents;            // the beneficiary's checklist
    QVector<Referral> referrals;            // the case's referrals, oldest first
    QVector<Delivery> deliveries;           // the case's deliveries
    std::optional<SurveyResponse> survey;   // taken or declined
    bool eligibilityOverridden = false;     // a program officer overrode failed rules
    QDate day; // the day the case is handled (expiry, age); null: the day of the change

    // Optional: names of document types for reasons, and the catalogue telling
    // which types must carry an expiry date.
    DocumentChecklist::Namer documentName;
    QVector<DocumentType> documentTypes;

    DocumentChecklist checklist() const { return DocumentChecklist(documentName, documentTypes); }
};
