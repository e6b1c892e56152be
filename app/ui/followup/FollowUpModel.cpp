#include "ui/followup/FollowUpModel.h"

#include "core/DataRequest.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/DeskQueries.h"
#include "services/FollowUpList.h"

#include <QBrush>
#include <QColor>
#include <QFont>

FollowUpModel::FollowUpModel(Database &db, const Session &session, QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Status FollowUpModel::readNames()
{
    const DeskQueries queries(m_db, m_session);
    const auto types = queries.documentTypes();
    if (!types)
        return types.status();
    const auto services = queries.services(false);
    if (!services)
        return services.status();
    m_documentNames.clear();
    for (const DocumentType &t : *types) {
        const QString name = DeskText::localName(t.nameAr, t.nameEn);
        m_documentNames.insert(t.code, name.trimmed().isEmpty() ? t.code : name);
    }
    m_serviceNames.clear();
    for (const Service &s : *services) {
        // Only the names that read differently in the interface's language.
        if (s.displayName() != s.nameAr)
            m_serviceNames.insert(s.nameAr, s.nameEn);
    }
    return Status::success();
}

Result<FollowUpModel::Page> FollowUpModel::read(int offset, int count)
{
    if (offset == 0) {
        m_today = Clock::instance().today();
        const auto due = FollowUpList(m_db, m_session).due(m_today);
        if (!due) {
            m_all.clear();
            return due.status();
        }
        m_all = *due;
        // The names serve the desk's kinds; who handles only data requests
        // (the administrator) may not read the catalogue and needs none.
        if (m_session.may(Action::ViewCases)) {
            if (Status s = readNames(); !s)
                return s;
        }
    }
    Page page;
    page.items = m_all.mid(offset, count);
    page.more = offset + page.items.size() < m_all.size();
    return page;
}

bool FollowUpModel::isOverdue(int row) const
{
    return FollowUpList::isOverdue(itemAt(row), m_today);
}

int FollowUpModel::overdueCount() const
{
    int n = 0;
    for (const FollowUp &f : m_all) {
        if (FollowUpList::isOverdue(f, m_today))
            ++n;
    }
    return n;
}

int FollowUpModel::rowOf(FollowUp::Kind kind, qint64 refId) const
{
    return rowWhere([&](const FollowUp &i) { return i.kind == kind && i.refId == refId; });
}

QString FollowUpModel::subjectText(const FollowUp &item) const
{
    switch (item.kind) {
    case FollowUp::Kind::DocumentExpiring:
        return m_documentNames.value(item.subject, item.subject);
    case FollowUp::Kind::ApprovalPending:
    case FollowUp::Kind::SurveyOwed:
        if (item.subject.isEmpty())
            return tr("No service (an inquiry or a suggestion)");
        return m_serviceNames.value(item.subject, item.subject);
    case FollowUp::Kind::ReferralAnswer:
        return item.subject.simplified();
    case FollowUp::Kind::DataRequestDue:
        if (const auto kind = DataRequestKinds::fromCode(item.subject))
            return DataRequestKinds::label(*kind);
        return item.subject;
    }
    return item.subject;
}

QString FollowUpModel::standingText(const FollowUp &item) const
{
    const qint64 days = m_today.daysTo(item.due);
    if (days < 0)
        return tr("Overdue by %Ln day(s)", "", int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("Due in %Ln day(s)", "", int(days));
}

QVariant FollowUpModel::raw(const FollowUp &item, int column, int /*row*/) const
{
    switch (column) {
    case Kind:
        return int(item.kind);
    case Beneficiary:
        return item.beneficiaryName;
    case Phone:
        return item.phone;
    case Subject:
        return item.subject;
    case Due:
        return item.due;
    case Standing:
        return m_today.daysTo(item.due);
    default:
        return QVariant();
    }
}

QVariant FollowUpModel::display(const FollowUp &item, int column, int /*row*/) const
{
    switch (column) {
    case Kind:
        return FollowUpList::kindLabel(item.kind);
    case Beneficiary:
        return item.beneficiaryName.isEmpty() ? tr("Not identified") : item.beneficiaryName;
    case Phone:
        return DeskText::phone(item.phone);
    case Subject:
        return subjectText(item);
    case Due:
        return DeskText::date(item.due);
    case Standing:
        return standingText(item);
    default:
        return QVariant();
    }
}

QVariant FollowUpModel::look(const FollowUp &item, int column, int role) const
{
    const bool overdue = FollowUpList::isOverdue(item, m_today);
    switch (role) {
    case Qt::ToolTipRole:
        return column == Subject ? QVariant(item.subject) : QVariant();
    case Qt::ForegroundRole:
        return overdue && (column == Standing || column == Due) ? QVariant(attentionBrush())
                                                                : QVariant();
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    case Qt::FontRole:
        if (overdue && column == Standing)
            return boldFont();
        if ((column == Beneficiary && item.beneficiaryName.isEmpty()) ||
            (column == Subject && item.subject.isEmpty()))
            return italicFont();
        return QVariant();
    default:
        return QVariant();
    }
}

QString FollowUpModel::header(int column) const
{
    switch (column) {
    case Kind:
        return tr("Follow-up");
    case Beneficiary:
        return tr("Beneficiary");
    case Phone:
        return tr("Phone");
    case Subject:
        return tr("Subject");
    case Due:
        return tr("Due");
    case Standing:
        return tr("Standing");
    default:
        return QString();
    }
}

void FollowUpModel::retranslate()
{
    // Names that cannot be read again keep the other language's until the
    // next reload, which reports the failure.
    (void)readNames();
    allChanged();
}
