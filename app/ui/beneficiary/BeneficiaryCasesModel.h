// A beneficiary's cases, the newest first, read lazily in keyset pages: when
// each arrived, by which channel, for what, which service, the step reached
// and the state.
#pragma once

#include "ui/desk/LazyCaseModel.h"

#include <QHash>

class BeneficiaryCasesModel final : public LazyCaseModel
{
    Q_OBJECT

public:
    enum Column
    {
        Arrival,
        Channel,
        Purpose,
        ServiceName,
        Step,
        State,
        ColumnCount
    };

    BeneficiaryCasesModel(Database &db, const Session &session, QObject *parent = nullptr);

    // Shows the cases of this beneficiary (0: none).
    void setBeneficiary(qint64 beneficiaryId);
    qint64 beneficiary() const { return m_beneficiaryId; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString serviceName(qint64 serviceId) const;

public slots:
    void retranslate();

protected:
    CaseFilter filter() const override;
    bool newestFirst() const override { return true; }
    Status pageLoaded(const QVector<Case> &cases, bool replacing) override;

private:
    qint64 m_beneficiaryId = 0;
    struct Names
    {
        QString arabic;
        QString english;
    };
    QHash<qint64, Names> m_services;
};
