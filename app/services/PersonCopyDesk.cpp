#include "services/PersonCopyDesk.h"

#include "core/Clock.h"
#include "core/OutputFile.h"
#include "reports/PersonCopyJson.h"
#include "reports/PersonCopyPdf.h"
#include "services/AccessTrail.h"
#include "services/Anonymiser.h"
#include "services/AssociationDesk.h"
#include "services/FieldHistory.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DataRequestRepository.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/EligibilityRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

#include <QFileInfo>

Result<PersonCopyDesk::Format> PersonCopyDesk::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Result<Format>::failure(
        tr("The copy is written as PDF or JSON: give the file a name ending in .pdf or .json."));
}

QString PersonCopyDesk::suggestedFileName(qint64 beneficiaryId, Format format)
{
    return QStringLiteral("person-%1-copy.%2")
        .arg(beneficiaryId)
        .arg(format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
}

Status PersonCopyDesk::gatherCases(PersonCopyData &data) const
{
    CaseFilter filter;
    filter.beneficiaryId = data.person.id;
    CasePageRequest page;
    page.limit = 10000;
    page.newestFirst = true;
    const Result<CaseListPage> list = CaseRepository(m_db).list(filter, page);
    if (!list)
        return list.status();
    for (const Case &c : list->cases) {
        PersonCopyCase record;
        record.theCase = c;
        const auto steps = CaseRepository(m_db).stepEvents(c.id);
        if (!steps)
            return steps.status();
        record.steps = *steps;
        const auto referrals = ReferralRepository(m_db).forCase(c.id);
        if (!referrals)
            return referrals.status();
        record.referrals = *referrals;
        const auto decisions = EligibilityRepository(m_db).overridesForCase(c.id);
        if (!decisions)
            return decisions.status();
        record.decisions = *decisions;
        const auto deliveries = DeliveryRepository(m_db).forCase(c.id);
        if (!deliveries)
            return deliveries.status();
        record.deliveries = *deliveries;
        const auto survey = SurveyRepository(m_db).responseForCase(c.id);
        if (!survey)
            return survey.status();
        record.survey = *survey;
        data.cases << record;
    }
    return Status::success();
}

Status PersonCopyDesk::gatherNames(PersonCopyData &data) const
{
    const auto staff = AccessTrail::userNames(m_db);
    if (!staff)
        return staff.status();
    data.staff = *staff;
    const auto services = ServiceRepository(m_db).list(false);
    if (!services)
        return services.status();
    for (const Service &s : *services)
        data.services.insert(s.id, s.nameAr.isEmpty() ? s.nameEn : s.nameAr);
    const auto types = ServiceRepository(m_db).documentTypes();
    if (!types)
        return types.status();
    for (const DocumentType &t : *types)
        data.documentTypes.insert(t.code, t.nameAr.isEmpty() ? t.nameEn : t.nameAr);
    const auto questions = SurveyRepository(m_db).questions(false);
    if (!questions)
        return questions.status();
    for (const SurveyQuestion &q : *questions)
        data.surveyQuestions.insert(q.id, q.textAr.isEmpty() ? q.textEn : q.textAr);
    return Status::success();
}

Result<qint64> PersonCopyDesk::find(const QString &key) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    return Anonymiser::resolve(m_db, key);
}

Result<PersonCopyData> PersonCopyDesk::gather(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    PersonCopyData data;
    const auto person = BeneficiaryRepository(m_db).get(beneficiaryId);
    if (!person)
        return person.status();
    data.person = *person;
    data.madeAt = Clock::instance().nowUtc();
    data.madeBy = m_session.user().displayName.isEmpty() ? m_session.user().username
                                                         : m_session.user().displayName;
    const auto profile = AssociationDesk::shown(m_db);
    data.associationName = profile ? profile->displayName(QStringLiteral("ar")) : QString();
    const auto documents = DocumentRepository(m_db).forBeneficiary(beneficiaryId);
    if (!documents)
        return documents.status();
    data.documents = *documents;
    if (Status s = gatherCases(data); !s)
        return s;
    DataRequestQuery query;
    query.state = DataRequestQuery::State::All;
    query.beneficiaryId = beneficiaryId;
    query.limit = 1000;
    const auto requests = DataRequestRepository(m_db).list(query);
    if (!requests)
        return requests.status();
    for (const ListedDataRequest &r : *requests)
        data.requests << r.request;
    const auto corrections = FieldHistory(m_db, m_session).of(beneficiaryId);
    if (!corrections)
        return corrections.status();
    data.corrections = *corrections;
    const auto trail = AccessTrail(m_db, m_session).of(beneficiaryId);
    if (!trail)
        return trail.status();
    data.trail = *trail;
    if (Status s = gatherNames(data); !s)
        return s;
    return data;
}

Status PersonCopyDesk::write(qint64 beneficiaryId, const QString &path, const QString &language)
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    const Result<Format> format = formatOf(path);
    if (!format)
        return format.status();
    const Result<PersonCopyData> data = gather(beneficiaryId);
    if (!data)
        return data.status();
    OutputFile file(path, OutputFile::Existing::Replace, {m_db.path()});
    if (Status s = file.open(); !s)
        return s;
    if (*format == Format::Json) {
        const QByteArray bytes = PersonCopyJson::bytes(*data);
        if (file.device()->write(bytes) != bytes.size())
            return Status::failure(tr("Could not write the copy to %1.").arg(file.target()));
    } else {
        const ReportFormat reportFormat(language);
        if (Status s = PersonCopyPdf(*data, reportFormat).write(file.device()); !s)
            return s;
    }
    // Recorded before the file is put in place: no copy leaves unrecorded.
    if (Status s = AccessTrail(m_db, m_session)
                       .record(QStringLiteral("person.copy"), beneficiaryId,
                               {{QStringLiteral("format"), *format == Format::Pdf
                                                               ? QStringLiteral("pdf")
                                                               : QStringLiteral("json")}});
        !s)
        return s;
    return file.commit();
}
