// Where a program request may go next and who may move it there (issue 16):
// Received -> Declared -> UnderStudy -> Recommended -> Decided -> Informed ->
// Running -> Closed; a rejected request is closed once its requester is
// informed. The desk and the program officer receive, the officer studies and
// runs, the manager decides (Permissions).
#pragma once

#include "core/Permissions.h"
#include "core/ProgramRequest.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class ProgramRequestFlow final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRequestFlow)

public:
    using State = ProgramRequest::State;
    using Decision = ProgramRequest::Decision;

    static const QVector<State> &states();
    // Stable ASCII codes stored in the database; never translated.
    static QString code(State state);
    static std::optional<State> stateFromCode(const QString &code);
    static QString code(Decision decision);
    static std::optional<Decision> decisionFromCode(const QString &code);
    // For people, in the current language.
    static QString label(State state);
    static QString label(Decision decision);

    // The states the request may go to next (its decision chooses between
    // running and closing once informed).
    static QVector<State> next(const ProgramRequest &request);
    // The action a move to the state needs.
    static Action actionFor(State to);
    // Success when the request may go to the state now and the user may move
    // it; otherwise why not, in words.
    static Status check(const ProgramRequest &request, State to, const User &user);
};
