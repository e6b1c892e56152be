#include "ui/case/InformationPage.h"

#include "ui_InformationPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/BeneficiaryValidation.h"
#include "services/CaseLoader.h"
#include "ui/beneficiary/BeneficiaryMatchModel.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/beneficiary/PrivacyNoticeMenu.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/ButtonShortcut.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimeZone>
#include <QTimer>

InformationPage::InformationPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Information, services, parent),
      m_ui(std::make_unique<Ui::InformationPage>()), m_duplicates(new BeneficiaryMatchModel(this)),
      m_duplicateTimer(new QTimer(this))
{
    // Made before the form so that it comes first in the tab order.
    m_search = new BeneficiarySearchPanel(services.db, services.session, this);
    m_ui->setupUi(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    // The search takes the record's place until someone is found or a new
    // record is started: step 2 then fits a 1366x768 screen unscrolled.
    m_ui->recordLayout->insertWidget(1, m_search, 1);
    // The status line is as tall as the buttons beside it whatever it says
    // (one or two lines), so the form below does not move when it changes.
    m_ui->beneficiaryStatusLabel->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_ui->beneficiaryStatusLabel->setFixedHeight(
        qMax(m_ui->newBeneficiaryButton->sizeHint().height(),
             m_ui->beneficiaryStatusLabel->fontMetrics().lineSpacing() * 2));

    // Where consent is recorded, the person is given the privacy notice.
    auto *notice = new PrivacyNoticeMenu(services.db, services.session, this);
    m_ui->beneficiaryEditor->privacyNoticeButton()->setMenu(notice);
    connect(notice, &PrivacyNoticeMenu::failed, this,
            [this](const QString &reason) { check(Status::failure(reason)); });

    m_ui->duplicatesView->setModel(m_duplicates);
    m_ui->duplicatesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->duplicatesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->duplicatesBox->hide();
    ButtonShortcut::bind(m_ui->newBeneficiaryButton,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    ButtonShortcut::bind(m_ui->findBeneficiaryButton,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    ButtonShortcut::bind(m_ui->useDuplicateButton, QKeySequence(Qt::CTRL | Qt::Key_U));

    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(300);
    connect(m_duplicateTimer, &QTimer::timeout, this, &InformationPage::checkDuplicates);
    connect(m_ui->beneficiaryEditor, &BeneficiaryEditor::identityChanged, m_duplicateTimer,
            qOverload<>(&QTimer::start));
    connect(m_search, &BeneficiarySearchPanel::beneficiaryChosen, this,
            [this](qint64 id) { check(chooseBeneficiary(id)); });
    connect(m_ui->newBeneficiaryButton, &QPushButton::clicked, this,
            &InformationPage::startNewBeneficiary);
    connect(m_ui->findBeneficiaryButton, &QPushButton::clicked, this, [this] {
        if (!isEditable())
            return;
        showSearch(true);
        m_search->focusSearch();
        emit edited();
    });
    connect(m_ui->useDuplicateButton, &QPushButton::clicked, this, &InformationPage::useDuplicate);
    connect(m_ui->duplicatesView, &QAbstractItemView::activated, this,
            &InformationPage::useDuplicate);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this,
            &InformationPage::onServiceChosen);
    connect(m_ui->beneficiaryEditor, &BeneficiaryEditor::edited, this, &CaseStepPage::edited);
    connect(m_ui->documentsEditor, &DocumentChecklistEditor::edited, this, &CaseStepPage::edited);
    connect(m_ui->notDuplicateCheck, &QCheckBox::toggled, this, &CaseStepPage::edited);
}

InformationPage::~InformationPage() = default;

void InformationPage::fillServices()
{
    const qint64 chosen = context().theCase.serviceId;
    const auto all = services().queries.services(true);
    m_services = all ? *all : QVector<Service>();
    if (!all)
        emit reported(all.error(), true);
    // The case's service stays listed even if it is no longer offered.
    if (context().service && !serviceById(context().service->id))
        m_services << *context().service;

    const QSignalBlocker block(m_ui->serviceCombo);
    m_ui->serviceCombo->clear();
    m_ui->serviceCombo->addItem(tr("No service (an inquiry, a suggestion or a complaint)"), 0);
    for (const Service &s : m_services) {
        m_ui->serviceCombo->addItem(s.displayName(), s.id);
    }
    m_ui->serviceCombo->setCurrentIndex(qMax(0, m_ui->serviceCombo->findData(chosen)));
}

const Service *InformationPage::serviceById(qint64 id) const
{
    for (const Service &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

qint64 InformationPage::chosenService() const
{
    return m_ui->serviceCombo->currentData().toLongLong();
}

void InformationPage::load()
{
    const CaseContext &ctx = context();
    const bool editable = isEditable();
    m_ui->beneficiaryEditor->setBeneficiary(ctx.beneficiary);
    m_ui->beneficiaryEditor->setEditable(editable);
    m_search->setEnabled(editable);
    m_ui->newBeneficiaryButton->setEnabled(editable);
    showSearch(editable && !ctx.beneficiary);
    m_ui->serviceCombo->setEnabled(editable);
    m_ui->notDuplicateCheck->setChecked(false);
    m_duplicates->setMatches({});
    m_ui->duplicatesBox->hide();
    fillServices();

    const Service *service = ctx.service ? &*ctx.service : serviceById(chosenService());
    m_ui->documentsEditor->setChecklist(service ? service->requiredDocuments : QStringList(),
                                        ctx.documents, ctx.documentTypes,
                                        CaseLoader::namer(ctx.documentTypes), ctx.day);
    m_ui->documentsEditor->setEditable(editable);
    m_ui->beneficiaryEditor->setRequiredFields(service ? Eligibility::requiredFields(*service)
                                                       : QVector<Eligibility::Field>());
    m_ui->documentsEditor->chainTabOrder(m_ui->serviceCombo);
    showBeneficiaryStatus();
}

void InformationPage::showBeneficiaryStatus()
{
    const CaseContext &ctx = context();
    QString text;
    if (ctx.beneficiary) {
        const Beneficiary &b = *ctx.beneficiary;
        text = b.fileNumber.isEmpty()
                   ? DeskText::message(
                         tr("This case is for %1 (ID %2)."),
                         {b.name.full(), DeskText::leftToRight(DeskText::digits(b.idNumber))})
                   : DeskText::message(tr("This case is for %1 (ID %2, file %3)."),
                                       {b.name.full(),
                                        DeskText::leftToRight(DeskText::digits(b.idNumber)),
                                        DeskText::leftToRight(DeskText::digits(b.fileNumber))});
    } else {
        text = tr("Find the beneficiary by name, ID or phone, or register a new one "
                  "(Ctrl+Shift+N): possible duplicates show while the new record is typed.");
    }
    m_ui->beneficiaryStatusLabel->setText(BidiText::keepNumbersTogether(text));
}

void InformationPage::focusFirstField()
{
    if (!isEditable()) {
        CaseStepPage::focusFirstField();
        return;
    }
    if (searchShown())
        m_search->focusSearch();
    else
        m_ui->beneficiaryEditor->firstField()->setFocus(Qt::TabFocusReason);
}

void InformationPage::showSearch(bool shown)
{
    m_search->setVisible(shown);
    m_ui->beneficiaryEditor->setVisible(!shown);
    m_ui->findBeneficiaryButton->setVisible(!shown);
    m_ui->findBeneficiaryButton->setEnabled(isEditable());
}

bool InformationPage::searchShown() const
{
    return !m_search->isHidden();
}

void InformationPage::onServiceChosen()
{
    const Service *service = serviceById(chosenService());
    m_ui->documentsEditor->setRequired(service ? service->requiredDocuments : QStringList());
    m_ui->beneficiaryEditor->setRequiredFields(service ? Eligibility::requiredFields(*service)
                                                       : QVector<Eligibility::Field>());
    m_ui->documentsEditor->chainTabOrder(m_ui->serviceCombo);
    emit edited();
}

Status InformationPage::chooseBeneficiary(qint64 beneficiaryId)
{
    if (!isEditable() || beneficiaryId == 0)
        return Status::success();
    const Result<Case> linked =
        services().desk.information().attachBeneficiary(caseId(), beneficiaryId);
    if (!linked)
        return linked.status();
    emit caseChanged();
    m_ui->beneficiaryEditor->firstField()->setFocus(Qt::OtherFocusReason);
    return Status::success();
}

void InformationPage::startNewBeneficiary()
{
    if (!isEditable())
        return;
    m_ui->beneficiaryEditor->setBeneficiary(std::nullopt);
    showSearch(false);
    m_ui->beneficiaryStatusLabel->setText(
        tr("A new beneficiary: type the record; possible duplicates show as you type."));
    // The checklist held is the other beneficiary's: start it afresh.
    const Service *service = serviceById(chosenService());
    const CaseContext &ctx = context();
    m_ui->documentsEditor->setChecklist(service ? service->requiredDocuments : QStringList(), {},
                                        ctx.documentTypes, CaseLoader::namer(ctx.documentTypes),
                                        ctx.day);
    m_ui->documentsEditor->chainTabOrder(m_ui->serviceCombo);
    m_ui->beneficiaryEditor->firstField()->setFocus(Qt::OtherFocusReason);
    emit edited();
    emit reported(tr("A new, empty record is ready: type the visitor's details. Save (Ctrl+S) or "
                     "Next step (Ctrl+Enter) registers them."),
                  false);
}

void InformationPage::checkDuplicates()
{
    m_duplicateTimer->stop();
    if (!m_ui->beneficiaryEditor->isNew() || m_ui->beneficiaryEditor->isBlank()) {
        m_duplicates->setMatches({});
        m_ui->duplicatesBox->hide();
        return;
    }
    const auto found =
        services().queries.possibleDuplicates(m_ui->beneficiaryEditor->beneficiary());
    if (!found) {
        emit reported(found.error(), true);
        return;
    }
    QVector<qint64> before;
    for (const BeneficiaryMatch &m : m_duplicates->matches())
        before << m.id;
    QVector<qint64> now;
    for (const BeneficiaryMatch &m : *found)
        now << m.id;
    m_duplicates->setMatches(*found);
    if (before != now)
        m_ui->notDuplicateCheck->setChecked(false);
    m_ui->duplicatesLabel->setText(
        tr("%Ln registered beneficiary(s) may be this visitor: use the record if it is the same "
           "person.",
           "", int(found->size())));
    m_ui->duplicatesBox->setVisible(!found->isEmpty());
    if (!found->isEmpty())
        m_ui->duplicatesView->setCurrentIndex(m_duplicates->index(0, 0));
    emit edited();
}

int InformationPage::duplicateCount() const
{
    return m_duplicates->rowCount();
}

void InformationPage::useDuplicate()
{
    const QModelIndex current = m_ui->duplicatesView->currentIndex();
    const qint64 id = m_duplicates->beneficiaryIdAt(current.isValid() ? current.row() : 0);
    check(chooseBeneficiary(id));
}

bool InformationPage::typesNewBeneficiary() const
{
    // A record typed and then put aside for the search is not registered.
    return isEditable() && !searchShown() && m_ui->beneficiaryEditor->isNew() &&
           !m_ui->beneficiaryEditor->isBlank();
}

CaseContext InformationPage::onScreen() const
{
    CaseContext ctx = context();
    if (!isEditable())
        return ctx;
    const BeneficiaryEditor *editor = m_ui->beneficiaryEditor;
    // A blank new form changes nothing when saved: the case keeps its record.
    if (!editor->isNew() || typesNewBeneficiary()) {
        Beneficiary typed = editor->beneficiary();
        if (editor->isNew()) {
            // Saving registers it and links it to the case (whatSaveDoes says
            // so): until then it stands for that record, with an id no stored
            // record has, so the list judges what is typed in it.
            typed.id = -1;
            ctx.theCase.beneficiaryId = typed.id;
        }
        ctx.beneficiary = typed;
    }
    ctx.theCase.serviceId = chosenService();
    const Service *service = serviceById(ctx.theCase.serviceId);
    ctx.service = service ? std::optional<Service>(*service) : std::nullopt;
    ctx.documents = m_ui->documentsEditor->documents();
    return ctx;
}

QStringList InformationPage::refusals() const
{
    if (!isEditable())
        return {};
    QStringList out;
    const BeneficiaryEditor *editor = m_ui->beneficiaryEditor;
    if (Status s = editor->check(); !s)
        out << s.error();
    if (Status s = m_ui->documentsEditor->check(); !s)
        out << s.error();
    if (typesNewBeneficiary() && duplicateCount() > 0 && !m_ui->notDuplicateCheck->isChecked())
        out << tr("This visitor may already be registered: use that record (Ctrl+U), or tick "
                  "\"%1\" to register a new one.")
                   .arg(QString(m_ui->notDuplicateCheck->text()).remove(QLatin1Char('&')));
    // What the record's checks would refuse, once the workflow's own lines
    // (names, ID, consent) are met, so that no problem is listed twice.
    if (out.isEmpty() && (typesNewBeneficiary() || editor->isModified())) {
        const Beneficiary typed = editor->beneficiary();
        const bool basicsTyped = !typed.name.first.isEmpty() && !typed.name.family.isEmpty() &&
                                 !typed.idNumber.isEmpty() && typed.consentGiven;
        if (basicsTyped) {
            const QDateTime now = Clock::instance().nowUtc();
            const QDate today = context().day.isValid()
                                    ? context().day
                                    : now.toTimeZone(Clock::deskTimeZone()).date();
            const Result<Beneficiary> clean = BeneficiaryValidation::clean(typed, today, now);
            if (!clean)
                out << clean.error();
        }
    }
    return out;
}

QString InformationPage::whatSaveDoes() const
{
    if (!typesNewBeneficiary())
        return {};
    const QString name = m_ui->beneficiaryEditor->beneficiary().name.full();
    if (name.trimmed().isEmpty())
        return tr("Save (Ctrl+S) or Next step (Ctrl+Enter) registers the new beneficiary typed "
                  "above and links it to this case.");
    return tr("Save (Ctrl+S) or Next step (Ctrl+Enter) registers %1 as a new beneficiary and "
              "links the record to this case.")
        .arg(name);
}

Status InformationPage::saveBeneficiary()
{
    BeneficiaryEditor *editor = m_ui->beneficiaryEditor;
    if (Status s = editor->check(); !s)
        return s;
    if (editor->isNew()) {
        if (!typesNewBeneficiary())
            return Status::success();
        checkDuplicates();
        if (duplicateCount() > 0 && !m_ui->notDuplicateCheck->isChecked()) {
            m_ui->duplicatesView->setFocus(Qt::OtherFocusReason);
            return Status::failure(
                tr("This visitor may already be registered: see the possible duplicates. Use "
                   "that record (Ctrl+U), or tick \"%1\" to register a new one.")
                    .arg(QString(m_ui->notDuplicateCheck->text()).remove(QLatin1Char('&'))));
        }
        return services()
            .desk.information()
            .registerBeneficiary(caseId(), editor->beneficiary())
            .status();
    }
    if (!editor->isModified())
        return Status::success();
    return services().desk.information().updateBeneficiary(editor->beneficiary()).status();
}

Status InformationPage::save()
{
    if (!isEditable())
        return Status::success();
    if (Status s = m_ui->documentsEditor->check(); !s)
        return s;
    // The page is one action: the record, the service and the documents are
    // kept together or not at all.
    return services().desk.together([this]() -> Status {
        if (Status s = saveBeneficiary(); !s)
            return s;
        if (chosenService() != context().theCase.serviceId) {
            if (Status s =
                    services().desk.information().chooseService(caseId(), chosenService()).status();
                !s)
                return s;
        }
        const QVector<Document> documents = m_ui->documentsEditor->changedDocuments();
        if (!documents.isEmpty())
            return services().desk.information().saveDocuments(caseId(), documents).status();
        return Status::success();
    });
}

void InformationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0) {
            fillServices();
            showBeneficiaryStatus();
        }
    }
    CaseStepPage::changeEvent(event);
}
