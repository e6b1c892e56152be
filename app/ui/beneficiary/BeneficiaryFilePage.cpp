#include "ui/beneficiary/BeneficiaryFilePage.h"

#include "ui_BeneficiaryFilePage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/AccessTrail.h"
#include "services/BeneficiaryRecords.h"
#include "services/CaseBrowser.h"
#include "services/CaseLoader.h"
#include "services/DeskQueries.h"
#include "services/FieldHistory.h"
#include "services/PersonCopyDesk.h"
#include "services/Session.h"
#include "ui/beneficiary/BeneficiaryCasesModel.h"
#include "ui/beneficiary/PersonRightsBar.h"
#include "ui/beneficiary/RestrictionPanel.h"
#include "ui/case/CaseHistoryModel.h"
#include "ui/privacy/AnonymisePanel.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Message.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>

#include <optional>

namespace {

const QColor kExpired(0xb3, 0x26, 0x1e);

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

BeneficiaryFilePage::BeneficiaryFilePage(Database &db, const Session &session,
                                         Authenticator &authenticator, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BeneficiaryFilePage>()), m_db(db),
      m_session(session), m_cases(new BeneficiaryCasesModel(db, session, this)),
      m_history(new CaseHistoryModel(db, session, this))
{
    m_ui->setupUi(this);
    QFont big = m_ui->nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->nameLabel->setFont(big);
    m_ui->errorLabel->hide();
    // Under the name and any failure, one row: what may be done with the
    // person's data (restriction), then for the manager destroying it (and on
    // an anonymised record, that it was). One row, not two: the file must fit
    // a 768-pixel screen with its cases in view.
    m_restriction = new RestrictionPanel(db, session, this);
    m_restriction->setObjectName(QStringLiteral("restrictionPanel"));
    connect(m_restriction, &RestrictionPanel::changed, this, &BeneficiaryFilePage::reload);
    m_anonymise = new AnonymisePanel(db, session, authenticator, this);
    m_anonymise->setObjectName(QStringLiteral("anonymisePanel"));
    connect(m_anonymise, &AnonymisePanel::changed, this, &BeneficiaryFilePage::reload);
    // Beside the Back button: the privacy notice and the person's requests.
    m_rights = new PersonRightsBar(db, session, this);
    m_rights->setObjectName(QStringLiteral("personRightsBar"));
    m_ui->headerRow->insertWidget(m_ui->headerRow->indexOf(m_ui->backButton), m_rights);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->setWordWrap(true);
    Message::clear(m_message);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->errorLabel) + 1, m_message);
    connect(m_rights, &PersonRightsBar::failed, this, [this](const QString &reason) {
        Message::show(m_message, reason, Message::Kind::Error);
    });
    connect(m_rights, &PersonRightsBar::saved, this, [this](const QString &path) {
        Message::show(m_message,
                      tr("The privacy notice was saved to %1.")
                          .arg(DeskText::leftToRight(QDir::toNativeSeparators(path))),
                      Message::Kind::Done);
    });
    connect(m_rights, &PersonRightsBar::requestsWanted, this, [this] {
        if (m_beneficiary.id != 0)
            emit dataRequestsWanted(m_beneficiary.id, m_beneficiary.name.full());
    });
    auto *privacyRow = new QHBoxLayout;
    privacyRow->setObjectName(QStringLiteral("privacyRow"));
    privacyRow->addWidget(m_restriction, 1);
    privacyRow->addWidget(m_anonymise, 0, Qt::AlignTop);
    m_ui->layout->insertLayout(m_ui->layout->indexOf(m_ui->errorLabel) + 1, privacyRow);
    m_ui->casesSplitter->setStretchFactor(0, 3);
    m_ui->casesSplitter->setStretchFactor(1, 2);
    // A set minimum rather than the tabs' (their tallest page's): the window
    // must still fit a 768-pixel screen; the page's stretch gives them more.
    m_ui->personDataTabs->setMinimumHeight(fontMetrics().height() * 8);

    m_ui->casesView->setModel(m_cases);
    m_ui->historyView->setModel(m_history);
    setFocusProxy(m_ui->casesView);
    for (QHeaderView *h : {m_ui->documentsTable->horizontalHeader()})
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->documentsTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BeneficiaryFilePage::onCurrentCaseChanged);
    connect(m_ui->casesView, &QAbstractItemView::activated, this,
            &BeneficiaryFilePage::onCaseActivated);
    connect(m_cases, &BeneficiaryCasesModel::modelReset, this, [this] {
        if (m_cases->rowCount() > 0)
            m_ui->casesView->setCurrentIndex(m_cases->index(0, 0));
        else
            showCaseDetail(0);
    });
    connect(m_ui->whoLookedPanel, &WhoLookedPanel::copyRequested, this,
            &BeneficiaryFilePage::onCopyRequested);
    connect(m_ui->backButton, &QPushButton::clicked, this, &BeneficiaryFilePage::backRequested);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &BeneficiaryFilePage::backRequested);
    fitColumns();
}

BeneficiaryFilePage::~BeneficiaryFilePage() = default;

Status BeneficiaryFilePage::showBeneficiary(qint64 beneficiaryId)
{
    return load(beneficiaryId, true);
}

Status BeneficiaryFilePage::load(qint64 beneficiaryId, bool opening)
{
    if (opening)
        Message::clear(m_message);
    const BeneficiaryRecords records(m_db, m_session);
    const Result<Beneficiary> read =
        opening ? records.open(beneficiaryId) : records.get(beneficiaryId);
    if (!read) {
        m_beneficiary = Beneficiary();
        m_restriction->setBeneficiary(m_beneficiary);
        m_anonymise->setBeneficiary(m_beneficiary);
        m_ui->errorLabel->setText(read.error());
        m_ui->errorLabel->show();
        m_cases->setBeneficiary(0);
        showProfile();
        showPersonData();
        return read.status();
    }
    m_beneficiary = *read;
    m_ui->errorLabel->hide();
    m_restriction->setBeneficiary(m_beneficiary);
    m_anonymise->setBeneficiary(m_beneficiary);
    showProfile();
    showPersonData();
    Status documents = showDocuments();
    m_cases->setBeneficiary(beneficiaryId);
    if (!m_cases->lastError().isEmpty())
        documents = Status::failure(m_cases->lastError());
    if (!documents) {
        m_ui->errorLabel->setText(documents.error());
        m_ui->errorLabel->show();
    }
    return documents;
}

void BeneficiaryFilePage::reload()
{
    // showBeneficiary() shows its own failure on the page.
    if (m_beneficiary.id != 0)
        (void)load(m_beneficiary.id, false);
}

void BeneficiaryFilePage::showProfile()
{
    const Beneficiary &b = m_beneficiary;
    // An anonymised record has no name left: say what it is rather than
    // show an empty heading.
    m_ui->nameLabel->setText(
        b.isAnonymised() ? tr("Anonymised record %1").arg(DeskText::number(b.id)) : b.name.full());
    m_ui->fileNumberValue->setText(b.fileNumber.isEmpty() ? tr("Not issued yet")
                                                          : DeskText::digits(b.fileNumber));
    m_ui->idNumberValue->setText(
        b.id == 0 ? QString()
                  //: ID type, then the number, e.g. "National ID 1000000008"
                  : tr("%1 %2").arg(Domain::label(b.idType), orDash(DeskText::digits(b.idNumber))));
    m_ui->phoneValue->setText(orDash(DeskText::phone(b.phone)));
    m_ui->genderValue->setText(Domain::label(b.gender));
    m_ui->birthDateValue->setText(orDash(DeskText::date(b.writtenBirthDate())));
    QStringList place;
    for (const QString &p : {b.city, b.district}) {
        if (!p.trimmed().isEmpty())
            place << p.trimmed();
    }
    m_ui->addressValue->setText(place.isEmpty() ? QStringLiteral("—")
                                                : DeskText::isolate(place.join(tr(", "))));
    m_ui->familySizeValue->setText(b.familySize > 0 ? DeskText::number(b.familySize)
                                                    : QStringLiteral("—"));
    m_ui->incomeValue->setText(b.monthlyIncome ? DeskText::riyals(*b.monthlyIncome)
                                               : QStringLiteral("—"));
    QString nationality = b.nationality;
    if (nationality == QLatin1String("SA"))
        nationality = tr("Saudi");
    m_ui->nationalityValue->setText(orDash(nationality));
    m_ui->consentValue->setText(
        b.consentGiven ? tr("Given on %1").arg(DeskText::date(DeskText::deskDate(b.consentAt)))
                       : tr("Not recorded"));
}

void BeneficiaryFilePage::showPersonData()
{
    const qint64 id = m_beneficiary.id;
    if (id == 0) {
        m_ui->fieldHistoryPanel->setChanges({});
        m_ui->whoLookedPanel->setEntries({});
        return;
    }
    if (const auto changes = FieldHistory(m_db, m_session).of(id))
        m_ui->fieldHistoryPanel->setChanges(*changes);
    else
        m_ui->fieldHistoryPanel->setFailure(changes.error());
    // Who looked is for those who answer people's requests; the service
    // refuses the others, so the tab is not offered to them.
    const bool handlesRequests = m_session.may(Action::HandleDataRequests);
    m_ui->personDataTabs->setTabVisible(m_ui->personDataTabs->indexOf(m_ui->whoLookedPanel),
                                        handlesRequests);
    m_ui->whoLookedPanel->setCopyAvailable(handlesRequests);
    if (!handlesRequests)
        return;
    if (const auto entries = AccessTrail(m_db, m_session).of(id))
        m_ui->whoLookedPanel->setEntries(*entries);
    else
        m_ui->whoLookedPanel->setFailure(entries.error());
}

namespace {
std::optional<QString> nextCopyPath;
} // namespace

void BeneficiaryFilePage::setNextCopyPath(const QString &path)
{
    nextCopyPath = path;
}

void BeneficiaryFilePage::onCopyRequested()
{
    if (m_beneficiary.id == 0)
        return;
    QString path;
    if (nextCopyPath) {
        path = *nextCopyPath;
        nextCopyPath.reset();
    } else {
        const QString suggested =
            PersonCopyDesk::suggestedFileName(m_beneficiary.id, PersonCopyDesk::Format::Pdf);
        path = FileChooser::saveFileName(
            this, tr("Save a copy of the person's data"), suggested,
            tr("PDF for the person (*.pdf);;JSON for a machine (*.json)"));
    }
    if (path.isEmpty())
        return;
    // saveCopy() shows its own outcome.
    (void)saveCopy(path);
}

Status BeneficiaryFilePage::saveCopy(const QString &path)
{
    const Status saved =
        PersonCopyDesk(m_db, m_session).write(m_beneficiary.id, path, DeskText::language());
    showPersonData(); // the copy is now one of the reads listed
    m_ui->personDataTabs->setCurrentWidget(m_ui->whoLookedPanel);
    m_ui->whoLookedPanel->showOutcome(
        saved ? tr("The copy was saved to %1.")
                    .arg(DeskText::leftToRight(QDir::toNativeSeparators(path)))
              : saved.error(),
        !saved);
    return saved;
}

Status BeneficiaryFilePage::showDocuments()
{
    QTableWidget *table = m_ui->documentsTable;
    table->setRowCount(0);
    if (m_beneficiary.id == 0)
        return Status::success();
    const auto documents = BeneficiaryRecords(m_db, m_session).documents(m_beneficiary.id);
    if (!documents)
        return documents.status();
    const auto types = DeskQueries(m_db, m_session).documentTypes();
    const auto name = CaseLoader::namer(types ? *types : QVector<DocumentType>());
    const QDate today = Clock::instance().today();
    table->setRowCount(int(documents->size()));
    for (int row = 0; row < documents->size(); ++row) {
        const Document &d = documents->at(row);
        QString checked = d.verified   ? tr("Provided and verified")
                          : d.provided ? tr("Provided")
                                       : tr("Not provided");
        QString expiry =
            d.expiry.isValid() ? DeskText::date(d.writtenExpiry()) : QStringLiteral("—");
        const bool expired = d.expiry.isValid() && d.expiry < today;
        if (expired)
            expiry = tr("Expired: %1").arg(expiry);
        auto *nameItem = new QTableWidgetItem(name(d.typeCode));
        auto *checkedItem = new QTableWidgetItem(checked);
        auto *expiryItem = new QTableWidgetItem(expiry);
        if (expired)
            expiryItem->setForeground(kExpired);
        table->setItem(row, 0, nameItem);
        table->setItem(row, 1, checkedItem);
        table->setItem(row, 2, expiryItem);
    }
    if (documents->isEmpty()) {
        table->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No documents recorded yet."));
        table->setItem(0, 0, none);
        table->setSpan(0, 0, 1, 3);
    } else {
        table->clearSpans();
    }
    return Status::success();
}

void BeneficiaryFilePage::onCurrentCaseChanged(const QModelIndex &current)
{
    showCaseDetail(current.isValid() ? m_cases->caseIdAt(current.row()) : 0);
}

void BeneficiaryFilePage::onCaseActivated(const QModelIndex &index)
{
    const qint64 id = m_cases->caseIdAt(index.row());
    if (id != 0)
        emit caseActivated(id);
}

void BeneficiaryFilePage::showCaseDetail(qint64 caseId)
{
    if (const Status history = m_history->setCase(caseId); !history) {
        m_ui->errorLabel->setText(history.error());
        m_ui->errorLabel->show();
    }
    const int row = m_cases->rowOfCase(caseId);
    if (caseId == 0 || row < 0) {
        m_ui->caseDetailLabel->setText(
            m_cases->rowCount() == 0 && m_beneficiary.id != 0 ? tr("No cases yet.") : QString());
        return;
    }
    const Case &c = m_cases->caseAt(row);
    QStringList lines;
    lines << tr("Case %1: %2, %3.")
                 .arg(DeskText::number(c.id), Domain::label(c.purpose), Domain::label(c.status));
    if (!c.inquiryText.trimmed().isEmpty())
        lines << tr("Asked: %1").arg(DeskText::isolate(c.inquiryText.trimmed()));
    if (!c.answerText.trimmed().isEmpty())
        lines << tr("Answered: %1").arg(DeskText::isolate(c.answerText.trimmed()));
    if (const auto referrals = CaseBrowser(m_db, m_session).referrals(caseId)) {
        for (const Referral &r : *referrals) {
            lines << tr("Referred: %1").arg(DeskText::isolate(r.question.trimmed()));
            lines << (r.isAnswered() ? tr("Program officer's answer: %1")
                                           .arg(DeskText::isolate(r.answer.trimmed()))
                                     : tr("Waiting for the program officer's answer."));
        }
    }
    if (!c.closingReason.trimmed().isEmpty())
        lines << tr("Reason: %1").arg(DeskText::isolate(c.closingReason.trimmed()));
    m_ui->caseDetailLabel->setText(lines.join(QLatin1Char('\n')));
}

void BeneficiaryFilePage::fitColumns()
{
    // Columns as wide as what they show; the longest text takes the rest.
    QHeaderView *cases = m_ui->casesView->horizontalHeader();
    cases->setStretchLastSection(false);
    cases->setSectionResizeMode(QHeaderView::ResizeToContents);
    cases->setSectionResizeMode(BeneficiaryCasesModel::ServiceName, QHeaderView::Stretch);
    QHeaderView *history = m_ui->historyView->horizontalHeader();
    history->setStretchLastSection(false);
    history->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->setSectionResizeMode(CaseHistoryModel::Note, QHeaderView::Stretch);
}

void BeneficiaryFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_cases->retranslate();
        m_history->retranslate();
        showProfile();
        if (const Status documents = showDocuments(); !documents) {
            m_ui->errorLabel->setText(documents.error());
            m_ui->errorLabel->show();
        }
        const QModelIndex current = m_ui->casesView->currentIndex();
        showCaseDetail(current.isValid() ? m_cases->caseIdAt(current.row()) : 0);
    }
    QWidget::changeEvent(event);
}
