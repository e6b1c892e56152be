#include "ui/case/VerificationPage.h"

#include "ui_VerificationPage.h"

#include "core/DeskText.h"
#include "core/Phone.h"
#include "ui/beneficiary/BeneficiaryEditor.h"
#include "ui/case/CasePrompts.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/ButtonShortcut.h"

#include <QEvent>
#include <QHeaderView>

namespace {

const QColor kFail(0xb3, 0x26, 0x1e);
const QColor kPass(0x1b, 0x6e, 0x3a);

} // namespace

VerificationPage::VerificationPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Verification, services, parent),
      m_ui(std::make_unique<Ui::VerificationPage>())
{
    m_ui->setupUi(this);
    ButtonShortcut::bind(m_ui->printDeclarationButton, QKeySequence::Print);
    ButtonShortcut::bind(m_ui->saveDeclarationButton,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    ButtonShortcut::bind(m_ui->signedButton, QKeySequence(Qt::CTRL | Qt::Key_D));
    ButtonShortcut::bind(m_ui->notEligibleButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_ui->rulesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->rulesView->header()->setStretchLastSection(true);
    QPalette warning = m_ui->overrideLabel->palette();
    warning.setColor(QPalette::WindowText, kFail);
    m_ui->overrideLabel->setPalette(warning);

    for (QCheckBox *c : checks()) {
        connect(c, &QCheckBox::toggled, this, &VerificationPage::updateVerifiedHint);
        connect(c, &QCheckBox::toggled, this, &CaseStepPage::edited);
    }
    connect(m_ui->printDeclarationButton, &QPushButton::clicked, this,
            [this] { check(printDeclaration()); });
    connect(m_ui->saveDeclarationButton, &QPushButton::clicked, this, [this] {
        const Result<QString> saved = saveDeclaration();
        if (check(saved.status()) && !saved->isEmpty())
            emit reported(
                DeskText::message(tr("The declaration was saved as %1."), {DeskText::path(*saved)}),
                false);
    });
    connect(m_ui->signedButton, &QPushButton::clicked, this, [this] { check(recordSigned()); });
    connect(m_ui->notEligibleButton, &QPushButton::clicked, this,
            [this] { check(closeNotEligible()); });
}

VerificationPage::~VerificationPage() = default;

QList<QCheckBox *> VerificationPage::checks() const
{
    return {m_ui->nameCheck,   m_ui->idCheck,      m_ui->phoneCheck,    m_ui->birthCheck,
            m_ui->familyCheck, m_ui->addressCheck, m_ui->documentsCheck};
}

bool VerificationPage::allChecked() const
{
    for (const QCheckBox *c : checks()) {
        if (!c->isChecked())
            return false;
    }
    return true;
}

void VerificationPage::load()
{
    const bool verified = context().theCase.dataVerified;
    for (QCheckBox *c : checks()) {
        const QSignalBlocker block(c);
        c->setChecked(verified);
        c->setEnabled(isEditable());
    }
    showValues();
    showEligibility();
    showDeclaration();
    updateVerifiedHint();
}

void VerificationPage::showValues()
{
    const CaseContext &ctx = context();
    if (!ctx.beneficiary) {
        for (QLabel *l : {m_ui->nameValue, m_ui->idValue, m_ui->phoneValue, m_ui->birthValue,
                          m_ui->familyValue, m_ui->addressValue, m_ui->documentsValue})
            l->setText(QStringLiteral("—"));
        return;
    }
    const Beneficiary &b = *ctx.beneficiary;
    m_ui->nameValue->setText(b.name.full());
    m_ui->idValue->setText(
        DeskText::message(tr("%1: %2"), {Domain::label(b.idType),
                                         DeskText::leftToRight(DeskText::digits(b.idNumber))}));
    m_ui->phoneValue->setText(b.phone.isEmpty() ? tr("None given")
                                                : DeskText::leftToRight(DeskText::phone(b.phone)));
    m_ui->birthValue->setText(b.birthDate.isValid() ? DeskText::date(b.writtenBirthDate())
                                                    : tr("Not recorded"));
    const QString income =
        b.monthlyIncome ? DeskText::riyals(*b.monthlyIncome) : tr("income not recorded");
    m_ui->familyValue->setText(DeskText::message(
        b.familySize > 0 ? tr("%Ln member(s); monthly income %1", "", b.familySize)
                         : tr("Family size not recorded; monthly income %1"),
        {income}));
    QStringList place;
    for (const QString &p :
         {BeneficiaryEditor::nationalityName(b.nationality), b.city, b.district}) {
        if (!p.trimmed().isEmpty())
            place << p;
    }
    m_ui->addressValue->setText(place.isEmpty() ? tr("Not recorded") : place.join(tr(", ")));
    QStringList documents;
    const DocumentChecklist names = ctx.checklist();
    for (const Document &d : ctx.documents) {
        if (!d.provided)
            continue;
        documents << (d.expiry.isValid() ? DeskText::message(tr("%1, until %2"),
                                                             {names.nameOf(d.typeCode),
                                                              DeskText::date(d.writtenExpiry())})
                                         : names.nameOf(d.typeCode));
    }
    m_ui->documentsValue->setText(documents.isEmpty() ? tr("None provided")
                                                      : documents.join(QLatin1Char('\n')));
}

void VerificationPage::showEligibility()
{
    m_ui->rulesView->clear();
    m_ui->overrideLabel->hide();
    m_ui->notEligibleButton->hide();
    const CaseContext &ctx = context();
    if (!ctx.service) {
        m_ui->rulesSummary->setText(tr("No service has been chosen: no eligibility rules apply."));
        return;
    }
    if (!ctx.beneficiary) {
        m_ui->rulesSummary->setText(tr("The rules are judged once the beneficiary is known."));
        return;
    }
    const Result<EligibilityView> view = services().queries.eligibility(caseId());
    if (!view) {
        m_ui->rulesSummary->setText(view.error());
        return;
    }
    const Eligibility &e = view->result;
    for (const RuleResult &r : e.results()) {
        auto *item = new QTreeWidgetItem(m_ui->rulesView);
        item->setText(0, r.passed ? tr("✔ Met") : tr("✘ Not met"));
        item->setForeground(0, r.passed ? kPass : kFail);
        item->setText(1, BidiText::keepNumbersTogether(Eligibility::describe(r.rule)));
        item->setText(2, BidiText::keepNumbersTogether(r.reason));
        item->setToolTip(2, item->text(2));
    }
    const QString serviceName = ctx.service->displayName();
    if (e.results().isEmpty()) {
        m_ui->rulesSummary->setText(
            DeskText::message(tr("%1 has no eligibility rules."), {serviceName}));
    } else if (e.passed()) {
        m_ui->rulesSummary->setText(
            DeskText::message(tr("Every rule of %1 is met."), {serviceName}));
    } else if (view->overridden) {
        QString who;
        if (!view->overrides.isEmpty()) {
            const EligibilityOverride &o = view->overrides.last();
            who = DeskText::message(tr(" by %1: %2"), {staffName(o.overriddenBy), o.reason});
        }
        m_ui->rulesSummary->setText(
            // who is a phrase of the sentence (its names isolated), not a value
            DeskText::message(
                tr("A rule of %1 is not met, but the program officer has overridden it%2."),
                {serviceName})
                .arg(who));
    } else {
        m_ui->rulesSummary->setText(
            DeskText::message(tr("A rule of %1 is not met."), {serviceName}));
        m_ui->overrideLabel->setText(
            tr("The case cannot go on: it needs the program officer's override, with a written "
               "reason. Refer it (Ctrl+R), or close it as not eligible."));
        m_ui->overrideLabel->show();
        m_ui->notEligibleButton->setVisible(isEditable());
    }
}

void VerificationPage::showDeclaration()
{
    const Case &c = context().theCase;
    const bool hasBeneficiary = context().beneficiary.has_value();
    // Said of this person: in Arabic it agrees with her or his gender.
    const bool woman = hasBeneficiary && context().beneficiary->gender == Gender::Female;
    m_ui->declarationHint->setText(
        woman ? tr("The beneficiary declares in writing that the data given are true and that "
                   "they are responsible for their accuracy. The declaration is printed in "
                   "Arabic with their data and today's date in both calendars.",
                   "a woman")
              : tr("The beneficiary declares in writing that the data given are true and that "
                   "they are responsible for their accuracy. The declaration is printed in "
                   "Arabic with their data and today's date in both calendars."));
    m_ui->printDeclarationButton->setEnabled(hasBeneficiary);
    m_ui->saveDeclarationButton->setEnabled(hasBeneficiary);
    const bool signedAlready = c.declarationSignedAt.isValid();
    m_ui->signedButton->setEnabled(isEditable() && hasBeneficiary && !signedAlready);
    if (signedAlready) {
        m_ui->declarationStatusLabel->setText(DeskText::message(
            tr("Signed declaration recorded by %1, %2."),
            {staffName(c.declarationRecordedBy), DeskText::dateTime(c.declarationSignedAt)}));
    } else {
        m_ui->declarationStatusLabel->setText(
            woman ? tr("Not signed yet: print it (Ctrl+P), have the beneficiary sign it, then "
                       "record it as signed (Ctrl+D).",
                       "a woman")
                  : tr("Not signed yet: print it (Ctrl+P), have the beneficiary sign it, then "
                       "record it as signed (Ctrl+D)."));
    }
}

void VerificationPage::updateVerifiedHint()
{
    if (context().theCase.dataVerified && allChecked())
        m_ui->verifiedLabel->setText(tr("The data is marked verified."));
    else if (allChecked())
        m_ui->verifiedLabel->setText(tr("All checked: the data is marked verified when you "
                                        "leave this page."));
    else
        m_ui->verifiedLabel->setText(
            tr("Tick each part once checked against the original documents (Space)."));
}

CaseContext VerificationPage::onScreen() const
{
    CaseContext ctx = context();
    if (isEditable())
        ctx.theCase.dataVerified = allChecked();
    return ctx;
}

Status VerificationPage::save()
{
    if (!isEditable())
        return Status::success();
    const bool verified = allChecked();
    if (verified == context().theCase.dataVerified)
        return Status::success();
    return services().desk.verification().markVerified(caseId(), verified).status();
}

Status VerificationPage::printDeclaration()
{
    if (!context().beneficiary)
        return Status::failure(tr("There is no beneficiary on this case to sign a declaration."));
    return printPaper(CaseDocument::Kind::Declaration);
}

Result<QString> VerificationPage::saveDeclaration()
{
    if (!context().beneficiary)
        return Status::failure(tr("There is no beneficiary on this case to sign a declaration."));
    return savePaper(CaseDocument::Kind::Declaration);
}

Status VerificationPage::recordSigned()
{
    // What was ticked is kept first: recording reads the case again.
    if (Status s = save(); !s)
        return s;
    const Result<Case> recorded = services().desk.verification().recordDeclarationSigned(caseId());
    if (!recorded)
        return recorded.status();
    emit caseChanged();
    return Status::success();
}

Status VerificationPage::closeNotEligible()
{
    const bool sure = CasePrompts::confirm(
        this, tr("Not eligible"),
        tr("Close this case as not eligible, for the rules that are not met? The program "
           "officer may instead override them."));
    if (!sure)
        return Status::success();
    const Result<Case> closed = services().desk.markNotEligible(caseId(), {});
    if (!closed)
        return closed.status();
    emit caseChanged();
    return Status::success();
}

void VerificationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0)
            load();
    }
    CaseStepPage::changeEvent(event);
}
