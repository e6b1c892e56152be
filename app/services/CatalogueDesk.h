// The manager's catalogue (issue 4): services with their names, flags,
// required documents and eligibility rules; document types; the satisfaction
// survey's questions; the common inquiries with their approved answers. Every
// read and change needs Action::EditCatalogue, checked here, so a session
// without it is refused even when it calls the service directly. Changing a
// service's rules gives it a new rules version (ServiceRepository); cases
// already judged keep the version they were judged by.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/Result.h"
#include "core/Service.h"
#include "core/Survey.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Database;
class Session;

class CatalogueDesk final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueDesk)

public:
    CatalogueDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}
    CatalogueDesk(const CatalogueDesk &) = delete;
    CatalogueDesk &operator=(const CatalogueDesk &) = delete;

    // Every service, active or not, in the order they were added.
    Result<QVector<Service>> services() const;
    // Creates the service when its id is 0 (a code is made from the English
    // name when none is given), else saves it. The rules are checked first
    // (checkRules); the stored service comes back with its rules version.
    Result<Service> saveService(const Service &service);
    // The rules of a service as they were at a version.
    Result<QVector<EligibilityRule>> rulesAt(qint64 serviceId, int rulesVersion) const;

    Result<QVector<DocumentType>> documentTypes() const;
    // Creates (id 0; a code is made from the English name when none is given)
    // or saves a document type.
    Result<DocumentType> saveDocumentType(const DocumentType &type);

    // Every question, active or not, in their order.
    Result<QVector<SurveyQuestion>> surveyQuestions() const;
    // Creates (id 0; placed last when its order is 0) or saves a question.
    Result<SurveyQuestion> saveSurveyQuestion(const SurveyQuestion &question);
    // Moves a question one place up (delta -1) or down (+1), in one transaction.
    Status moveSurveyQuestion(qint64 questionId, int delta);

    // Every approved answer, active or not, ordered by question.
    Result<QVector<ApprovedAnswer>> approvedAnswers() const;
    // Creates (id 0) or saves an answer; a save over someone else's newer
    // save is refused (the version read is compared).
    Result<ApprovedAnswer> saveApprovedAnswer(const ApprovedAnswer &answer);

    // Refusals in words for rules that cannot be judged: a kind twice, an
    // income ceiling of nothing, an empty list of nationalities or cities, a
    // nationality that is not a two-letter code, an age range upside down,
    // a family of fewer than one, documents that are not in the catalogue, or
    // a documents rule on a service that requires none.
    static Status checkRules(const Service &service, const QVector<DocumentType> &types);

    // A stable ASCII code made from a name ("Food basket" -> "food_basket"),
    // or from fallback and a number, not among taken.
    static QString makeCode(const QString &name, const QString &fallback, const QStringList &taken);

private:
    Database &m_db;
    const Session &m_session;
};
