#include "ui/admin/AuditModel.h"

#include "core/DeskText.h"
#include "core/AuditText.h"

#include <QSet>

AuditModel::AuditModel(AuditReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::userName(qint64 userId) const
{
    if (userId == 0)
        return tr("The system");
    const QString name = m_users.value(userId);
    return name.isEmpty() ? tr("User %1").arg(DeskText::number(userId)) : name;
}

QString AuditModel::recordText(const AuditEntry &e) const
{
    QString name;
    if (e.entity == QLatin1String("beneficiary"))
        name = m_beneficiaries.value(e.entityId);
    else if (e.entity == QLatin1String("user"))
        name = m_users.value(e.entityId);
    return AuditText::record(e.entity, e.entityId, name);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == RawRole) {
        switch (index.column()) {
        case When:
            return e.at;
        case Who:
            return e.userId;
        case What:
            return e.action;
        case Record:
            return QStringLiteral("%1:%2").arg(e.entity).arg(e.entityId);
        case Details:
            return e.details;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return DeskText::dateTime(e.at);
        case Who:
            return userName(e.userId);
        case What:
            return AuditText::action(e.action);
        case Record:
            return recordText(e);
        case Details:
            return AuditText::details(e.details);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return AuditText::details(e.details);
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Record:
        return tr("Record");
    case Details:
        return tr("Details");
    }
    return {};
}

Result<QVector<AuditEntry>> AuditModel::readPage(int offset)
{
    const auto page = m_reader.page(m_filter, m_pageSize, offset);
    if (!page)
        return page;
    QVector<qint64> missing;
    QSet<qint64> seen;
    for (const AuditEntry &e : *page) {
        if (e.entity == QLatin1String("beneficiary") && !m_beneficiaries.contains(e.entityId) &&
            !seen.contains(e.entityId)) {
            missing << e.entityId;
            seen.insert(e.entityId);
        }
    }
    if (!missing.isEmpty()) {
        const auto names = m_reader.beneficiaryNames(missing);
        if (names) {
            for (auto it = names->constBegin(); it != names->constEnd(); ++it)
                m_beneficiaries.insert(it.key(), it.value());
        }
    }
    return page;
}

void AuditModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_entries.clear();
    m_beneficiaries.clear();
    m_error.clear();
    m_atEnd = true;
    const auto users = m_reader.users();
    if (users) {
        m_users.clear();
        for (const User &u : *users)
            m_users.insert(u.id, u.displayName);
    }
    const auto page = readPage(0);
    if (page) {
        m_entries = *page;
        m_atEnd = page->size() < m_pageSize;
    } else {
        m_error = page.error();
    }
    endResetModel();
    m_changing = false;
    emit contentsUpdated();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the rows change: views and testers ask from within the signals.
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = readPage(int(m_entries.size()));
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        emit contentsUpdated();
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (!page->isEmpty()) {
        const int first = int(m_entries.size());
        m_changing = true;
        beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
        m_entries += *page;
        endInsertRows();
        m_changing = false;
    }
    emit contentsUpdated();
}

void AuditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
