// Service deliveries of a case, and the program officer's approval of those
// that wait for it.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class DeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)

public:
    explicit DeliveryRepository(Database &db) : m_db(db) {}

    // deliveredAt defaults to now and deliveredBy to the actor.
    Result<Delivery> create(const Delivery &d, qint64 actorId);
    // Refused unless the delivery is awaiting approval.
    Result<Delivery> approve(qint64 deliveryId, qint64 actorId);

    Result<Delivery> get(qint64 id) const;
    Result<QVector<Delivery>> forCase(qint64 caseId) const;

private:
    Result<QVector<Delivery>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
};
