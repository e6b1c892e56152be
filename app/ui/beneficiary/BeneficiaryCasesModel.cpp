#include "ui/beneficiary/BeneficiaryCasesModel.h"

#include "core/DeskText.h"
#include "services/DeskQueries.h"

BeneficiaryCasesModel::BeneficiaryCasesModel(Database &db, const Session &session, QObject *parent)
    : LazyCaseModel(db, session, parent)
{}

void BeneficiaryCasesModel::setBeneficiary(qint64 beneficiaryId)
{
    m_beneficiaryId = beneficiaryId;
    reload();
}

CaseFilter BeneficiaryCasesModel::filter() const
{
    CaseFilter f;
    // A beneficiary id never given (-1) matches no case.
    f.beneficiaryId = m_beneficiaryId != 0 ? m_beneficiaryId : -1;
    return f;
}

Status BeneficiaryCasesModel::pageLoaded(const QVector<Case> &cases, bool replacing)
{
    Q_UNUSED(cases)
    if (!replacing && !m_services.isEmpty())
        return Status::success();
    // The catalogue of services is small: read it with the first page.
    const auto services = DeskQueries(database(), session()).services(false);
    if (!services)
        return services.status();
    m_services.clear();
    for (const Service &s : *services)
        m_services.insert(s.id, {s.nameAr, s.nameEn});
    return Status::success();
}

QString BeneficiaryCasesModel::serviceName(qint64 serviceId) const
{
    if (serviceId == 0)
        return QString();
    const auto it = m_services.constFind(serviceId);
    if (it == m_services.cend())
        return QString();
    if (!DeskText::isArabic() && !it->english.trimmed().isEmpty())
        return it->english;
    return it->arabic;
}

int BeneficiaryCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Case &c = caseAt(index.row());
    if (role == CaseIdRole)
        return c.id;
    if (role == RawRole) {
        switch (index.column()) {
        case Arrival:
            return c.arrivalAt;
        case Channel:
            return Domain::code(c.channel);
        case Purpose:
            return Domain::code(c.purpose);
        case ServiceName:
            return c.serviceId;
        case Step:
            return int(c.step);
        case State:
            return Domain::code(c.status);
        default:
            return QVariant();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Arrival:
            return DeskText::dateTime(c.arrivalAt);
        case Channel:
            return Domain::label(c.channel);
        case Purpose:
            return Domain::label(c.purpose);
        case ServiceName:
            return serviceName(c.serviceId);
        case Step:
            return Domain::label(c.step);
        case State:
            return Domain::label(c.status);
        default:
            return QVariant();
        }
    }
    return QVariant();
}

QVariant BeneficiaryCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Arrival:
        return tr("Arrived");
    case Channel:
        return tr("Channel");
    case Purpose:
        return tr("Purpose");
    case ServiceName:
        return tr("Service");
    case Step:
        return tr("Step");
    case State:
        return tr("State");
    default:
        return QVariant();
    }
}

void BeneficiaryCasesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
