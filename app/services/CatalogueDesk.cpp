#include "services/CatalogueDesk.h"

#include "core/Eligibility.h"
#include "core/TextInput.h"
#include "services/Session.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace {

using Kind = EligibilityRule::Kind;

QString clean(const QString &text)
{
    return TextInput::stripBidiControls(text).trimmed();
}

QStringList cleanList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QString c = clean(v);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

QString describeKind(Kind kind)
{
    EligibilityRule r;
    r.kind = kind;
    switch (kind) {
    case Kind::IncomePerMemberCeiling:
        return CatalogueDesk::tr("the income ceiling per family member");
    case Kind::Nationality:
        return CatalogueDesk::tr("the nationality rule");
    case Kind::City:
        return CatalogueDesk::tr("the city rule");
    case Kind::AgeRange:
        return CatalogueDesk::tr("the age range");
    case Kind::MinFamilySize:
        return CatalogueDesk::tr("the minimum family size");
    case Kind::RequiredDocumentsValid:
        return CatalogueDesk::tr("the required documents rule");
    }
    return Eligibility::describe(r);
}

} // namespace

QString CatalogueDesk::makeCode(const QString &name, const QString &fallback,
                                const QStringList &taken)
{
    QString code = name.trimmed().toLower();
    code.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    while (code.startsWith(QLatin1Char('_')))
        code.remove(0, 1);
    while (code.endsWith(QLatin1Char('_')))
        code.chop(1);
    code = code.left(40);
    if (code.isEmpty() || code.at(0).isDigit())
        code = fallback;
    QString candidate = code;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1_%2").arg(code).arg(n);
    return candidate;
}

Status CatalogueDesk::checkRules(const Service &service, const QVector<DocumentType> &types)
{
    QSet<QString> known;
    for (const DocumentType &t : types)
        known.insert(t.code);
    for (const QString &code : service.requiredDocuments) {
        if (!known.contains(code))
            return Status::failure(tr("The document type %1 is not in the catalogue.").arg(code));
    }
    QSet<int> seen;
    for (const EligibilityRule &rule : service.rules) {
        if (seen.contains(int(rule.kind)))
            return Status::failure(
                tr("The service has %1 twice; keep one.").arg(describeKind(rule.kind)));
        seen.insert(int(rule.kind));
        switch (rule.kind) {
        case Kind::IncomePerMemberCeiling:
            if (rule.amount <= 0)
                return Status::failure(
                    tr("Give the income ceiling per family member an amount above zero."));
            break;
        case Kind::Nationality: {
            const QStringList codes = cleanList(rule.values);
            if (codes.isEmpty())
                return Status::failure(tr("Choose at least one nationality for the rule."));
            static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{2}$"));
            for (const QString &c : codes) {
                if (!iso.match(c).hasMatch())
                    return Status::failure(
                        tr("%1 is not a nationality code; use two letters, such as SA.").arg(c));
            }
            break;
        }
        case Kind::City:
            if (cleanList(rule.values).isEmpty())
                return Status::failure(tr("Write at least one city for the rule."));
            break;
        case Kind::AgeRange:
            if (rule.minimum < 0 || rule.maximum < 0 || rule.minimum > 120 || rule.maximum > 120)
                return Status::failure(tr("Ages in the rule are between 0 and 120 years."));
            if (rule.minimum == 0 && rule.maximum == 0)
                return Status::failure(tr("Give the age range a lowest or a highest age."));
            if (rule.maximum != 0 && rule.maximum < rule.minimum)
                return Status::failure(tr("The highest age (%1) is below the lowest age (%2).")
                                           .arg(rule.maximum)
                                           .arg(rule.minimum));
            break;
        case Kind::MinFamilySize:
            if (rule.minimum < 1 || rule.minimum > 50)
                return Status::failure(
                    tr("The minimum family size is a number of people from 1 to 50."));
            break;
        case Kind::RequiredDocumentsValid: {
            const QStringList codes = cleanList(rule.values);
            for (const QString &code : codes) {
                if (!known.contains(code))
                    return Status::failure(
                        tr("The document type %1 is not in the catalogue.").arg(code));
            }
            if (codes.isEmpty() && service.requiredDocuments.isEmpty())
                return Status::failure(tr("The service requires no documents, so the required "
                                          "documents rule would check nothing; choose the "
                                          "documents first."));
            break;
        }
        }
    }
    return Status::success();
}

Result<QVector<Service>> CatalogueDesk::services() const
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    return ServiceRepository(m_db).list(false);
}

Result<Service> CatalogueDesk::saveService(const Service &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    Service service = input;
    service.nameAr = clean(service.nameAr);
    service.nameEn = clean(service.nameEn);
    service.requiredDocuments = cleanList(service.requiredDocuments);
    for (EligibilityRule &rule : service.rules) {
        rule.values = cleanList(rule.values);
        if (rule.kind == Kind::Nationality) {
            for (QString &v : rule.values)
                v = v.toUpper();
        }
    }
    if (service.nameAr.isEmpty())
        return Result<Service>::failure(tr("Write the service's name in Arabic."));

    ServiceRepository repository(m_db);
    Result<Service> saved = Result<Service>::failure(QString());
    const Status done = m_db.transaction([&]() -> Status {
        const auto types = repository.documentTypes();
        if (!types)
            return types.status();
        if (Status s = checkRules(service, *types); !s)
            return s;
        const auto all = repository.list(false);
        if (!all)
            return all.status();
        for (const Service &other : *all) {
            if (other.id != service.id && other.nameAr == service.nameAr)
                return Status::failure(
                    tr("Another service is already called %1.").arg(service.nameAr));
        }
        if (service.id == 0) {
            QStringList taken;
            for (const Service &other : *all)
                taken << other.code;
            if (clean(service.code).isEmpty())
                service.code = makeCode(service.nameEn,
                                        QStringLiteral("service_%1").arg(all->size() + 1), taken);
            saved = repository.create(service, m_session.userId());
        } else {
            saved = repository.update(service, m_session.userId());
        }
        return saved.status();
    });
    if (!done)
        return done;
    return saved;
}

Result<QVector<EligibilityRule>> CatalogueDesk::rulesAt(qint64 serviceId, int rulesVersion) const
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    return ServiceRepository(m_db).rulesAt(serviceId, rulesVersion);
}

Result<QVector<DocumentType>> CatalogueDesk::documentTypes() const
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    return ServiceRepository(m_db).documentTypes();
}

Result<DocumentType> CatalogueDesk::saveDocumentType(const DocumentType &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    DocumentType type = input;
    type.nameAr = clean(type.nameAr);
    type.nameEn = clean(type.nameEn);
    if (type.nameAr.isEmpty())
        return Result<DocumentType>::failure(tr("Write the document's name in Arabic."));
    ServiceRepository repository(m_db);
    Result<DocumentType> saved = Result<DocumentType>::failure(QString());
    const Status done = m_db.transaction([&]() -> Status {
        const auto all = repository.documentTypes();
        if (!all)
            return all.status();
        QStringList taken;
        for (const DocumentType &other : *all) {
            if (other.id != type.id && other.nameAr == type.nameAr)
                return Status::failure(
                    tr("Another document type is already called %1.").arg(type.nameAr));
            taken << other.code;
        }
        if (type.id == 0) {
            if (clean(type.code).isEmpty())
                type.code = makeCode(type.nameEn,
                                     QStringLiteral("document_%1").arg(all->size() + 1), taken);
            saved = repository.createDocumentType(type, m_session.userId());
        } else {
            saved = repository.updateDocumentType(type, m_session.userId());
        }
        return saved.status();
    });
    if (!done)
        return done;
    return saved;
}

Result<QVector<SurveyQuestion>> CatalogueDesk::surveyQuestions() const
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    return SurveyRepository(m_db).questions(false);
}

Result<SurveyQuestion> CatalogueDesk::saveSurveyQuestion(const SurveyQuestion &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    SurveyQuestion question = input;
    question.textAr = clean(question.textAr);
    question.textEn = clean(question.textEn);
    if (question.textAr.isEmpty())
        return Result<SurveyQuestion>::failure(tr("Write the question in Arabic."));
    SurveyRepository repository(m_db);
    Result<SurveyQuestion> saved = Result<SurveyQuestion>::failure(QString());
    const Status done = m_db.transaction([&]() -> Status {
        const auto all = repository.questions(false);
        if (!all)
            return all.status();
        if (question.id == 0) {
            if (question.order <= 0) {
                int last = 0;
                for (const SurveyQuestion &q : *all)
                    last = qMax(last, q.order);
                question.order = last + 1;
            }
            saved = repository.createQuestion(question, m_session.userId());
        } else {
            saved = repository.updateQuestion(question, m_session.userId());
        }
        return saved.status();
    });
    if (!done)
        return done;
    return saved;
}

Status CatalogueDesk::moveSurveyQuestion(qint64 questionId, int delta)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    SurveyRepository repository(m_db);
    return m_db.transaction([&]() -> Status {
        const auto all = repository.questions(false);
        if (!all)
            return all.status();
        QVector<SurveyQuestion> list = *all;
        int at = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).id == questionId)
                at = i;
        }
        if (at < 0)
            return Status::failure(
                tr("There is no survey question with number %1.").arg(questionId));
        const int to = at + (delta < 0 ? -1 : 1);
        if (to < 0 || to >= list.size())
            return Status::success(); // already first or last
        list.swapItemsAt(at, to);
        // Renumber 1..n so equal or missing positions cannot stall a move.
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).order == i + 1)
                continue;
            list[i].order = i + 1;
            const auto saved = repository.updateQuestion(list.at(i), m_session.userId());
            if (!saved)
                return saved.status();
        }
        return Status::success();
    });
}

Result<QVector<ApprovedAnswer>> CatalogueDesk::approvedAnswers() const
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    return ApprovedAnswerRepository(m_db).list(false);
}

Result<ApprovedAnswer> CatalogueDesk::saveApprovedAnswer(const ApprovedAnswer &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    ApprovedAnswer answer = input;
    answer.question = clean(answer.question);
    answer.answer = TextInput::stripBidiControls(answer.answer).trimmed();
    answer.sourceDocument = clean(answer.sourceDocument);
    if (answer.sourceDocument.isEmpty())
        return Result<ApprovedAnswer>::failure(
            tr("Name the document the answer comes from (the bylaws, a guide, the support "
               "policy...)."));
    ApprovedAnswerRepository repository(m_db);
    return answer.id == 0 ? repository.create(answer, m_session.userId())
                          : repository.update(answer, m_session.userId());
}
