#include "core/DataRequest.h"

const QVector<DataRequest::Kind> &DataRequestKinds::all()
{
    using K = DataRequest::Kind;
    static const QVector<K> kinds = {K::Copy, K::Correction, K::Destruction, K::Restriction,
                                     K::WithdrawConsent};
    return kinds;
}

QString DataRequestKinds::code(DataRequest::Kind kind)
{
    switch (kind) {
    case DataRequest::Kind::Copy:
        return QStringLiteral("copy");
    case DataRequest::Kind::Correction:
        return QStringLiteral("correction");
    case DataRequest::Kind::Destruction:
        return QStringLiteral("destruction");
    case DataRequest::Kind::Restriction:
        return QStringLiteral("restriction");
    case DataRequest::Kind::WithdrawConsent:
        return QStringLiteral("withdraw_consent");
    }
    return {};
}

std::optional<DataRequest::Kind> DataRequestKinds::fromCode(const QString &code)
{
    for (DataRequest::Kind k : all()) {
        if (DataRequestKinds::code(k) == code)
            return k;
    }
    return std::nullopt;
}

QString DataRequestKinds::label(DataRequest::Kind kind)
{
    switch (kind) {
    case DataRequest::Kind::Copy:
        return tr("A copy of their data");
    case DataRequest::Kind::Correction:
        return tr("Correction");
    case DataRequest::Kind::Destruction:
        return tr("Destruction");
    case DataRequest::Kind::Restriction:
        return tr("Restriction of processing");
    case DataRequest::Kind::WithdrawConsent:
        return tr("Withdrawal of consent");
    }
    return {};
}
