#include "services/CaseChanges.h"

#include "services/Session.h"
#include "storage/ChangeNotifier.h"

#include <QTimer>

CaseChanges::CaseChanges(Database &db, const Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_notifier(new ChangeNotifier(db, this)),
      m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &CaseChanges::changed);
    connect(m_notifier, &ChangeNotifier::caseChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_notifier, &ChangeNotifier::referralChanged, m_settle, qOverload<>(&QTimer::start));
}

CaseChanges::~CaseChanges() = default;

Status CaseChanges::listen()
{
    if (Status allowed = m_session.require(Action::ViewCases); !allowed)
        return allowed;
    return m_notifier->start();
}
