#include "services/ReceptionDesk.h"

#include "core/Workflow.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/CaseRepository.h"

ReceptionDesk::ReceptionDesk(Database &db, const Session &session) : m_action(db, session) {}

Result<Case> ReceptionDesk::openCase(Channel channel, Purpose purpose, const QString &inquiryText)
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
    return m_action.make<Case>(QStringLiteral("case.open"), [&] {
        const bool walkIn = channel == Channel::Interview;
        return CaseRepository(m_action.db()).create(c, m_action.actor(), walkIn);
    });
}

Result<Case> ReceptionDesk::updateReception(qint64 caseId, Channel channel, Purpose purpose,
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

Result<ApprovedAnswer> ReceptionDesk::giveApprovedAnswer(qint64 caseId, qint64 answerId)
{
    return m_action.onCaseMaking<ApprovedAnswer>(
        Action::EditCase, QStringLiteral("case.answer_given"), caseId,
        [&](CaseContext &ctx) -> Result<ApprovedAnswer> {
            if (Status s = DeskAction::checkChangeable(ctx); !s)
                return s;
            ApprovedAnswerRepository answers(m_action.db());
            const Result<ApprovedAnswer> answer = answers.get(answerId);
            if (!answer)
                return answer.status();
            if (!answer->active)
                return Status::failure(
                    tr("This answer is no longer offered by the catalogue; choose another."));
            GivenAnswer g;
            g.caseId = caseId;
            g.answerId = answerId;
            g.givenAt = DeskAction::now();
            g.givenBy = m_action.actor();
            if (Status s = answers.recordGiven(g, m_action.actor()); !s)
                return s;
            return answer;
        });
}

Result<Case> ReceptionDesk::answerInquiryAtDesk(qint64 caseId, const QString &answer)
{
    return m_action.onCaseMove(Action::AdvanceCase, QStringLiteral("case.answer_inquiry"), caseId,
                               [&](CaseContext &ctx, qint64 userId, const QDateTime &at) {
                                   return Workflow::answerInquiryAtDesk(ctx, answer, userId, at);
                               });
}
