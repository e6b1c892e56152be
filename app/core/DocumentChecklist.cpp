#include "core/DocumentChecklist.h"

#include "core/DeskText.h"

namespace {

// Of several entries for one type (a renewed card, say), the one that serves
// best: provided before not provided, no expiry or the latest expiry first.
const Document *bestEntry(const QString &typeCode, const QVector<Document> &documents)
{
    const Document *best = nullptr;
    for (const Document &d : documents) {
        if (d.typeCode != typeCode)
            continue;
        if (!best) {
            best = &d;
            continue;
        }
        if (d.provided != best->provided) {
            if (d.provided)
                best = &d;
            continue;
        }
        const bool dLasts = !d.expiry.isValid();
        const bool bestLasts = !best->expiry.isValid();
        if (bestLasts)
            continue;
        if (dLasts || d.expiry > best->expiry)
            best = &d;
    }
    return best;
}

} // namespace

DocumentChecklist::DocumentChecklist(Namer namer, QVector<DocumentType> types)
    : m_namer(std::move(namer)), m_types(std::move(types))
{}

QString DocumentChecklist::nameOf(const QString &typeCode) const
{
    if (m_namer) {
        const QString name = m_namer(typeCode).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return typeCode;
}

bool DocumentChecklist::typeExpires(const QString &typeCode) const
{
    for (const DocumentType &t : m_types) {
        if (t.code == typeCode)
            return t.hasExpiry;
    }
    return false;
}

QVector<DocumentChecklist::Finding> DocumentChecklist::check(const QStringList &required,
                                                             const QVector<Document> &documents,
                                                             const QDate &day) const
{
    QVector<Finding> findings;
    QStringList seen;
    for (const QString &code : required) {
        if (code.isEmpty() || seen.contains(code))
            continue;
        seen << code;
        const Document *doc = bestEntry(code, documents);
        Finding f;
        f.typeCode = code;
        if (!doc || !doc->provided) {
            f.problem = Problem::NotProvided;
            f.reason = tr("%1 has not been provided.").arg(nameOf(code));
        } else if (!doc->expiry.isValid()) {
            if (!typeExpires(code))
                continue;
            f.problem = Problem::NoExpiry;
            f.reason = tr("The expiry date of %1 is not recorded.").arg(nameOf(code));
        } else if (day.isValid() && doc->expiry < day) {
            f.problem = Problem::Expired;
            f.expiry = doc->expiry;
            f.reason =
                tr("%1 expired on %2.").arg(nameOf(code), DeskText::date(doc->writtenExpiry()));
        } else {
            continue;
        }
        findings << f;
    }
    return findings;
}
