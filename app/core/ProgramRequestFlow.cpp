#include "core/ProgramRequestFlow.h"

const QVector<ProgramRequest::State> &ProgramRequestFlow::states()
{
    static const QVector<State> all = {State::Received,    State::Declared, State::UnderStudy,
                                       State::Recommended, State::Decided,  State::Informed,
                                       State::Running,     State::Closed};
    return all;
}

QString ProgramRequestFlow::code(State state)
{
    switch (state) {
    case State::Received:
        return QStringLiteral("received");
    case State::Declared:
        return QStringLiteral("declared");
    case State::UnderStudy:
        return QStringLiteral("under_study");
    case State::Recommended:
        return QStringLiteral("recommended");
    case State::Decided:
        return QStringLiteral("decided");
    case State::Informed:
        return QStringLiteral("informed");
    case State::Running:
        return QStringLiteral("running");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<ProgramRequest::State> ProgramRequestFlow::stateFromCode(const QString &code)
{
    for (State s : states()) {
        if (ProgramRequestFlow::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString ProgramRequestFlow::code(Decision decision)
{
    switch (decision) {
    case Decision::None:
        return QString();
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::ApprovedWithChanges:
        return QStringLiteral("approved_with_changes");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ProgramRequest::Decision> ProgramRequestFlow::decisionFromCode(const QString &code)
{
    for (Decision d :
         {Decision::None, Decision::Approved, Decision::ApprovedWithChanges, Decision::Rejected}) {
        if (ProgramRequestFlow::code(d) == code)
            return d;
    }
    return std::nullopt;
}

QString ProgramRequestFlow::label(State state)
{
    switch (state) {
    case State::Received:
        return tr("Received");
    case State::Declared:
        return tr("Declaration signed");
    case State::UnderStudy:
        return tr("Under study");
    case State::Recommended:
        return tr("Recommended");
    case State::Decided:
        return tr("Decided");
    case State::Informed:
        return tr("Requester informed");
    case State::Running:
        return tr("Running");
    case State::Closed:
        return tr("Closed");
    }
    return {};
}

QString ProgramRequestFlow::label(Decision decision)
{
    switch (decision) {
    case Decision::None:
        return tr("Not decided");
    case Decision::Approved:
        return tr("Approved");
    case Decision::ApprovedWithChanges:
        return tr("Approved with changes");
    case Decision::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVector<ProgramRequest::State> ProgramRequestFlow::next(const ProgramRequest &r)
{
    switch (r.state) {
    case State::Received:
        return {State::Declared};
    case State::Declared:
        return {State::UnderStudy};
    case State::UnderStudy:
        return {State::Recommended};
    case State::Recommended:
        return {State::Decided};
    case State::Decided:
        return {State::Informed};
    case State::Informed:
        if (r.decision == Decision::Rejected)
            return {State::Closed};
        return {State::Running};
    case State::Running:
        return {State::Closed};
    case State::Closed:
        return {};
    }
    return {};
}

Action ProgramRequestFlow::actionFor(State to)
{
    switch (to) {
    case State::Received:
    case State::Declared:
        return Action::ReceiveProgramRequests;
    case State::UnderStudy:
    case State::Recommended:
        return Action::StudyProgramRequests;
    case State::Decided:
        return Action::DecideProgramRequests;
    case State::Informed:
    case State::Running:
    case State::Closed:
        return Action::RunPrograms;
    }
    return Action::RunPrograms;
}

Status ProgramRequestFlow::check(const ProgramRequest &r, State to, const User &user)
{
    const QVector<State> allowed = next(r);
    if (!allowed.contains(to)) {
        if (allowed.isEmpty())
            return Status::failure(tr("Program request %1 is closed: it cannot become \"%2\".")
                                       .arg(r.id)
                                       .arg(label(to)));
        //: %2 and %3 are states, e.g. "Received" and "Decided"; %4 the state that may come next.
        return Status::failure(tr("Program request %1 is \"%2\": it cannot become \"%3\" now; its "
                                  "next step is \"%4\".")
                                   .arg(r.id)
                                   .arg(label(r.state), label(to), label(allowed.first())));
    }
    if (to == State::Informed && r.decision == Decision::None)
        return Status::failure(
            tr("Program request %1 has no decision recorded yet: there is nothing to inform the "
               "requester of.")
                .arg(r.id));
    return Permissions::require(user, actionFor(to));
}
