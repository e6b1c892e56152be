// The catalogue's program kinds as the manager keeps them (issue 16): added,
// renamed, retired (Action::EditCatalogue); listed for anyone who receives,
// studies or decides on program requests.
#pragma once

#include "core/ProgramKind.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;
class Session;

class ProgramKindCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramKindCatalogue)

public:
    ProgramKindCatalogue(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // The kinds offered, in order; the retired ones too when asked for.
    Result<QVector<ProgramKind>> list(bool withRetired = false) const;
    // Checks (ProgramKinds::check) and adds a kind at the end of the list;
    // refused when another has the same Arabic or English name.
    Result<ProgramKind> add(const ProgramKind &kind);
    // Saves the kind read at its version (names, whether it is offered).
    Result<ProgramKind> edit(const ProgramKind &kind);

private:
    Status refuseSameName(const ProgramKind &kind) const;

    Database &m_db;
    const Session &m_session;
};
