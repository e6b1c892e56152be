#include "services/CaseDesk.h"

#include "core/Clock.h"
#include "core/DeliveryRules.h"
#include "core/HijriDate.h"
#include "core/StepRequirements.h"
#include "core/SurveyRules.h"
#include "core/Workflow.h"
#include "services/Session.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/EligibilityRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

CaseDesk::CaseDesk(Database &db, const Session &session)
    : m_db(db), m_action(db, session), m_beneficiaries(db, session)
{}

void CaseDesk::setFaultInjector(DeskAction::FaultInjector injector)
{
    m_beneficiaries.setFaultInjector(injector);
    m_action.setFaultInjector(std::move(injector));
}

// Step 1 ---------------------------------------------------------------------

Result<Case> CaseDesk::openCase(Channel channel, Purpose purpose, const QString &inquiryText)
{
    if (Status s = m_action.permit(Action::OpenCase); !s)
        return s;
    Case c;
    c.channel = channel;
    c.purpose = purpose;
    c.inquiryText = inquiryText.trimmed();
    c.step = Step::Reception;
    c.status = CaseStatus::Open;
    c.arrivalAt = DeskAction::now();
    c.receivedBy = m_action.actor();
    Case saved;
    const Status done = m_action.run(QStringLiteral("case.open"), [&]() -> Status {
        const bool walkIn = channel == Channel::Interview;
        const Result<Case> created = CaseRepository(m_db).create(c, m_action.actor(), walkIn);
        if (!created)
            return created.status();
        saved = *created;
        return Status::success();
    });
    if (!done)
        return done;
    return saved;
}

Result<Case> CaseDesk::updateReception(qint64 caseId, Channel channel, Purpose purpose,
                                       const QString &inquiryText)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.reception"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Reception}); !s)
                return s;
            Case &c = ctx.theCase;
            const QString text = inquiryText.trimmed();
            if (c.channel == channel && c.purpose == purpose && c.inquiryText == text)
                return Status::success();
            const QJsonObject before{{QStringLiteral("channel"), Domain::code(c.channel)},
                                     {QStringLiteral("purpose"), Domain::code(c.purpose)}};
            c.channel = channel;
            c.purpose = purpose;
            c.inquiryText = text;
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return m_action.audit(QStringLiteral("case.reception"), caseId,
                                  {{QStringLiteral("before"), before},
                                   {QStringLiteral("channel"), Domain::code(channel)},
                                   {QStringLiteral("purpose"), Domain::code(purpose)}});
        });
}

// Step 2 ---------------------------------------------------------------------

Status CaseDesk::linkBeneficiary(CaseContext &ctx, qint64 beneficiaryId)
{
    if (Status s = DeskAction::checkAtStep(ctx, {Step::Reception, Step::Information}); !s)
        return s;
    const Result<Beneficiary> b = BeneficiaryRepository(m_db).get(beneficiaryId);
    if (!b)
        return b.status();
    const qint64 previous = ctx.theCase.beneficiaryId;
    if (previous == beneficiaryId)
        return Status::success();
    ctx.theCase.beneficiaryId = beneficiaryId;
    ctx.beneficiary = *b;
    if (Status s = m_action.saveCase(ctx); !s)
        return s;
    return m_action.audit(
        QStringLiteral("case.beneficiary"), ctx.theCase.id,
        {{QStringLiteral("beneficiary"), beneficiaryId}, {QStringLiteral("previous"), previous}});
}

Result<Case> CaseDesk::attachBeneficiary(qint64 caseId, qint64 beneficiaryId)
{
    return m_action.onCase(Action::EditCase, QStringLiteral("case.attach_beneficiary"), caseId,
                           [&](CaseContext &ctx) { return linkBeneficiary(ctx, beneficiaryId); });
}

Result<Beneficiary> CaseDesk::registerBeneficiary(qint64 caseId, const Beneficiary &input)
{
    if (caseId == 0)
        return m_beneficiaries.registerBeneficiary(input);
    if (Status s = m_action.permit(Action::EditCase); !s)
        return s;
    Beneficiary created;
    const Status done = m_action.run(QStringLiteral("case.register_beneficiary"), [&]() -> Status {
        const Result<Beneficiary> saved = m_beneficiaries.registerBeneficiary(input);
        if (!saved)
            return saved.status();
        created = *saved;
        Result<CaseContext> ctx = m_action.load(caseId);
        if (!ctx)
            return ctx.status();
        return linkBeneficiary(ctx.value(), created.id);
    });
    if (!done)
        return done;
    return created;
}

Result<Beneficiary> CaseDesk::updateBeneficiary(const Beneficiary &b)
{
    return m_beneficiaries.updateBeneficiary(b);
}

Result<Case> CaseDesk::chooseService(qint64 caseId, qint64 serviceId)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.choose_service"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(
                    ctx, {Step::Reception, Step::Information, Step::Verification});
                !s)
                return s;
            if (ctx.theCase.serviceId == serviceId)
                return Status::success(); // the same service keeps the rules it is judged by
            if (serviceId == 0) {
                ctx.theCase.serviceId = 0;
                if (Status s = m_action.saveCase(ctx); !s)
                    return s;
                return m_action.audit(QStringLiteral("case.service"), caseId,
                                      {{QStringLiteral("service"), 0}});
            }
            const Result<Service> service = ServiceRepository(m_db).get(serviceId);
            if (!service)
                return service.status();
            if (!service->active)
                return Status::failure(tr("The service %1 is no longer offered; choose another.")
                                           .arg(service->displayName()));
            ctx.theCase.serviceId = serviceId;
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return EligibilityRepository(m_db).pinRules(caseId, serviceId, service->rulesVersion,
                                                        m_action.actor());
        });
}

Result<QVector<Document>> CaseDesk::saveDocuments(qint64 caseId, const QVector<Document> &documents)
{
    QVector<Document> checklist;
    const Result<Case> done = m_action.onCase(
        Action::EditCase, QStringLiteral("case.documents"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkChangeable(ctx); !s)
                return s;
            if (!ctx.beneficiary)
                return Status::failure(
                    tr("Find or register the beneficiary before recording their documents."));
            DocumentRepository repository(m_db);
            QSet<QString> seen;
            for (Document d : documents) {
                if (seen.contains(d.typeCode))
                    return Status::failure(tr("The document %1 is listed twice.")
                                               .arg(ctx.checklist().nameOf(d.typeCode)));
                seen.insert(d.typeCode);
                d.beneficiaryId = ctx.beneficiary->id;
                if (!d.provided)
                    d.verified = false;
                const Result<Document> saved = repository.save(d, m_action.actor());
                if (!saved)
                    return saved.status();
            }
            const auto all = repository.forBeneficiary(ctx.beneficiary->id);
            if (!all)
                return all.status();
            checklist = *all;
            return Status::success();
        });
    if (!done)
        return done.status();
    return checklist;
}

// Moving on ------------------------------------------------------------------

Result<Case> CaseDesk::advance(qint64 caseId)
{
    return m_action.onCase(
        Action::AdvanceCase, QStringLiteral("case.advance"), caseId,
        [&](CaseContext &ctx) -> Status {
            const QVector<Referral> before = ctx.referrals;
            const Step from = ctx.theCase.step;
            const Result<StepEvent> e = Workflow::advance(ctx, m_action.actor(), DeskAction::now());
            if (!e)
                return e.status();
            if (from == Step::Verification && ctx.service) {
                // Eligibility has been judged: fix the rules version if the
                // case had none (cases stored before versions were pinned).
                EligibilityRepository eligibility(m_db);
                const auto pinned = eligibility.pinnedRules(caseId);
                if (!pinned)
                    return pinned.status();
                if (!pinned->has_value()) {
                    if (Status s = eligibility.pinRules(
                            caseId, ctx.service->id, ctx.service->rulesVersion, m_action.actor());
                        !s)
                        return s;
                }
            }
            return m_action.save(ctx, before, e->note);
        });
}

Result<Referral> CaseDesk::refer(qint64 caseId, const QString &question)
{
    Referral referral;
    const Result<Case> done = m_action.onCase(
        Action::ReferCase, QStringLiteral("case.refer"), caseId, [&](CaseContext &ctx) -> Status {
            const QVector<Referral> before = ctx.referrals;
            const Result<StepEvent> e =
                Workflow::refer(ctx, question, m_action.actor(), DeskAction::now());
            if (!e)
                return e.status();
            if (Status s = m_action.save(ctx, before, e->note); !s)
                return s;
            referral = ctx.referrals.last();
            return Status::success();
        });
    if (!done)
        return done.status();
    return referral;
}

Result<Case> CaseDesk::resumeAfterReferral(qint64 caseId)
{
    return m_action.onCase(Action::AdvanceCase, QStringLiteral("case.resume"), caseId,
                           [&](CaseContext &ctx) -> Status {
                               const QVector<Referral> before = ctx.referrals;
                               const Result<StepEvent> e =
                                   Workflow::resume(ctx, m_action.actor(), DeskAction::now());
                               if (!e)
                                   return e.status();
                               return m_action.save(ctx, before, e->note);
                           });
}

Status CaseDesk::together(const std::function<Status()> &actions)
{
    return m_action.run(QStringLiteral("case.page"), actions);
}

Result<ApprovedAnswer> CaseDesk::giveApprovedAnswer(qint64 caseId, qint64 answerId)
{
    ApprovedAnswer given;
    const Result<Case> done = m_action.onCase(
        Action::EditCase, QStringLiteral("case.answer_given"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkChangeable(ctx); !s)
                return s;
            ApprovedAnswerRepository answers(m_action.db());
            const Result<ApprovedAnswer> answer = answers.get(answerId);
            if (!answer)
                return answer.status();
            if (!answer->active)
                return Status::failure(
                    tr("This answer is no longer offered by the catalogue; choose another."));
            given = *answer;
            GivenAnswer g;
            g.caseId = caseId;
            g.answerId = answerId;
            g.givenAt = DeskAction::now();
            g.givenBy = m_action.actor();
            return answers.recordGiven(g, m_action.actor());
        });
    if (!done)
        return done.status();
    return given;
}

Result<Case> CaseDesk::answerInquiryAtDesk(qint64 caseId, const QString &answer)
{
    return m_action.onCase(Action::AdvanceCase, QStringLiteral("case.answer_inquiry"), caseId,
                           [&](CaseContext &ctx) -> Status {
                               const QVector<Referral> before = ctx.referrals;
                               const Result<StepEvent> e = Workflow::answerInquiryAtDesk(
                                   ctx, answer, m_action.actor(), DeskAction::now());
                               if (!e)
                                   return e.status();
                               return m_action.save(ctx, before, e->note);
                           });
}

// Step 4 ---------------------------------------------------------------------

Result<Case> CaseDesk::markVerified(qint64 caseId, bool verified)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.verify"), caseId, [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Verification}); !s)
                return s;
            if (verified && !ctx.beneficiary)
                return Status::failure(
                    tr("There is no beneficiary's record on this case to verify."));
            if (ctx.theCase.dataVerified == verified)
                return Status::success();
            ctx.theCase.dataVerified = verified;
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return m_action.audit(QStringLiteral("case.verified"), caseId,
                                  {{QStringLiteral("verified"), verified}});
        });
}

Result<Case> CaseDesk::recordDeclarationSigned(qint64 caseId)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.declaration"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Verification}); !s)
                return s;
            if (!ctx.beneficiary)
                return Status::failure(
                    tr("There is no beneficiary on this case to sign the declaration."));
            if (ctx.theCase.declarationSignedAt.isValid())
                return Status::failure(
                    tr("The signed declaration was already recorded at %1.")
                        .arg(Clock::deskMinute(ctx.theCase.declarationSignedAt)));
            ctx.theCase.declarationSignedAt = DeskAction::now();
            ctx.theCase.declarationRecordedBy = m_action.actor();
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return m_action.audit(QStringLiteral("case.declaration"), caseId,
                                  {{QStringLiteral("beneficiary"), ctx.beneficiary->id}});
        });
}

// Step 5 ---------------------------------------------------------------------

Result<QString> CaseDesk::issueFileNumber(qint64 caseId)
{
    QString number;
    const Result<Case> done = m_action.onCase(
        Action::EditCase, QStringLiteral("case.file_number"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Registration}); !s)
                return s;
            QStringList missing;
            for (Step step : {Step::Reception, Step::Information, Step::Verification})
                missing << StepRequirements::missing(ctx, step);
            missing.removeDuplicates();
            if (!missing.isEmpty())
                return Status::failure(
                    tr("A file number is issued only when every requirement is met. Missing:\n%1")
                        .arg(missing.join(QLatin1Char('\n'))));
            if (!ctx.beneficiary->fileNumber.isEmpty()) {
                number = ctx.beneficiary->fileNumber;
                return Status::success();
            }
            const Result<HijriDate> hijri = HijriDate::fromGregorian(ctx.day);
            if (!hijri)
                return hijri.status();
            const Result<QString> issued = BeneficiaryRepository(m_db).issueFileNumber(
                ctx.beneficiary->id, hijri->year, m_action.actor());
            if (!issued)
                return issued.status();
            number = *issued;
            return m_action.audit(QStringLiteral("case.file_number"), caseId,
                                  {{QStringLiteral("beneficiary"), ctx.beneficiary->id},
                                   {QStringLiteral("file_number"), number}});
        });
    if (!done)
        return done.status();
    return number;
}

// Step 6 ---------------------------------------------------------------------

Result<Delivery> CaseDesk::recordDelivery(qint64 caseId, double quantity, qint64 amountHalalas,
                                          const QString &notes)
{
    Delivery delivery;
    const Result<Case> done =
        m_action.onCase(Action::RecordDelivery, QStringLiteral("case.delivery"), caseId,
                        [&](CaseContext &ctx) -> Status {
                            if (Status s = DeskAction::checkAtStep(ctx, {Step::Delivery}); !s)
                                return s;
                            Delivery d;
                            d.caseId = caseId;
                            d.serviceId = ctx.theCase.serviceId;
                            d.deliveredAt = DeskAction::now();
                            d.deliveredBy = m_action.actor();
                            d.quantity = quantity;
                            d.amount = amountHalalas;
                            d.notes = notes.trimmed();
                            d.awaitingApproval = ctx.service && ctx.service->needsApproval;
                            if (Status s = DeliveryRules::check(d); !s)
                                return s;
                            const Result<Delivery> saved =
                                DeliveryRepository(m_db).create(d, m_action.actor());
                            if (!saved)
                                return saved.status();
                            delivery = *saved;
                            return Status::success();
                        });
    if (!done)
        return done.status();
    return delivery;
}

// Step 7 ---------------------------------------------------------------------

Result<SurveyResponse> CaseDesk::recordSurvey(qint64 caseId, const QVector<SurveyAnswer> &answers,
                                              const QString &comment, bool byPhone)
{
    SurveyResponse response;
    response.caseId = caseId;
    response.answers = answers;
    response.comment = comment.trimmed();
    response.byPhone = byPhone;
    return takeSurvey(response);
}

Result<SurveyResponse> CaseDesk::declineSurvey(qint64 caseId, bool byPhone)
{
    SurveyResponse response;
    response.caseId = caseId;
    response.declined = true;
    response.byPhone = byPhone;
    return takeSurvey(response);
}

Result<SurveyResponse> CaseDesk::takeSurvey(const SurveyResponse &input)
{
    SurveyResponse saved;
    const QString name =
        input.declined ? QStringLiteral("case.survey_declined") : QStringLiteral("case.survey");
    const Result<Case> done =
        m_action.onCase(Action::RecordSurvey, name, input.caseId, [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Survey}); !s)
                return s;
            if (StepRequirements::surveyDone(ctx))
                return Status::failure(tr("The survey of this case was already recorded."));
            if (!input.declined) {
                const auto questions = SurveyRepository(m_db).questions(true);
                if (!questions)
                    return questions.status();
                if (Status s = SurveyRules::check(input, *questions); !s)
                    return s;
            }
            SurveyResponse response = input;
            response.takenAt = DeskAction::now();
            response.takenBy = m_action.actor();
            // The survey closes the case: the step event first, then the answers.
            ctx.survey = response;
            const QVector<Referral> before = ctx.referrals;
            const Result<StepEvent> e = Workflow::advance(ctx, m_action.actor(), DeskAction::now());
            if (!e)
                return e.status();
            if (Status s = m_action.save(ctx, before, e->note); !s)
                return s;
            const Result<SurveyResponse> recorded =
                SurveyRepository(m_db).record(response, m_action.actor());
            if (!recorded)
                return recorded.status();
            saved = *recorded;
            return Status::success();
        });
    if (!done)
        return done.status();
    return saved;
}

// Ending a case --------------------------------------------------------------

Result<Case> CaseDesk::withdraw(qint64 caseId, const QString &reason)
{
    return m_action.onCase(Action::WithdrawCase, QStringLiteral("case.withdraw"), caseId,
                           [&](CaseContext &ctx) -> Status {
                               const QVector<Referral> before = ctx.referrals;
                               const Result<StepEvent> e = Workflow::withdraw(
                                   ctx, reason, m_action.actor(), DeskAction::now());
                               if (!e)
                                   return e.status();
                               return m_action.save(ctx, before, e->note);
                           });
}

Result<Case> CaseDesk::markNotEligible(qint64 caseId, const QStringList &reasons)
{
    const bool officer = m_action.session().may(Action::DecideNotEligible);
    if (!officer && !m_action.session().may(Action::AdvanceCase))
        return m_action.permit(Action::DecideNotEligible);
    return m_action.onCase(
        officer ? Action::DecideNotEligible : Action::AdvanceCase,
        QStringLiteral("case.not_eligible"), caseId, [&](CaseContext &ctx) -> Status {
            QStringList why = reasons;
            int rulesVersion = ctx.service ? ctx.service->rulesVersion : 0;
            if (!officer) {
                const Eligibility e = DeskAction::evaluate(ctx);
                if (!ctx.service || !ctx.beneficiary || ctx.eligibilityOverridden || e.passed())
                    return Status::failure(
                        tr("Only the program officer may decide that a beneficiary is not "
                           "eligible when the service's eligibility rules are met or "
                           "overridden."));
                why = e.failureReasons() + reasons;
            }
            const QVector<Referral> before = ctx.referrals;
            const Result<StepEvent> r =
                Workflow::markNotEligible(ctx, why, m_action.actor(), DeskAction::now());
            if (!r)
                return r.status();
            if (Status s = m_action.save(ctx, before, r->note); !s)
                return s;
            return m_action.audit(
                QStringLiteral("case.not_eligible"), caseId,
                {{QStringLiteral("reasons"),
                  QJsonArray::fromStringList(ctx.theCase.closingReason.split(QLatin1Char('\n')))},
                 {QStringLiteral("service"), ctx.theCase.serviceId},
                 {QStringLiteral("rules_version"), rulesVersion},
                 {QStringLiteral("by_rules"), !officer}});
        });
}
