#include "ui/case/RegistrationPage.h"

#include "ui_RegistrationPage.h"

#include "core/DeskText.h"
#include "core/StepRequirements.h"
#include "ui/widgets/BidiText.h"
#include "ui/widgets/ButtonShortcut.h"

#include <QEvent>

RegistrationPage::RegistrationPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Registration, services, parent),
      m_ui(std::make_unique<Ui::RegistrationPage>())
{
    m_ui->setupUi(this);
    QFont big = m_ui->fileNumberValue->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_ui->fileNumberValue->setFont(big);
    ButtonShortcut::bind(m_ui->issueButton, QKeySequence(Qt::CTRL | Qt::Key_I));
    ButtonShortcut::bind(m_ui->printReceiptButton, QKeySequence::Print);
    ButtonShortcut::bind(m_ui->saveReceiptButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    connect(m_ui->issueButton, &QPushButton::clicked, this, [this] { check(issueFileNumber()); });
    connect(m_ui->printReceiptButton, &QPushButton::clicked, this,
            [this] { check(printReceipt()); });
    connect(m_ui->saveReceiptButton, &QPushButton::clicked, this, [this] {
        const Result<QString> saved = saveReceipt();
        if (check(saved.status()) && !saved->isEmpty())
            emit reported(
                DeskText::message(tr("The receipt was saved as %1."), {DeskText::path(*saved)}),
                false);
    });
}

RegistrationPage::~RegistrationPage() = default;

QStringList RegistrationPage::missing() const
{
    QStringList out;
    for (Step step : {Step::Reception, Step::Information, Step::Verification})
        out << StepRequirements::missing(context(), step);
    out.removeDuplicates();
    return out;
}

QString RegistrationPage::fileNumber() const
{
    return context().beneficiary ? context().beneficiary->fileNumber : QString();
}

void RegistrationPage::load()
{
    const QStringList open = missing();
    QString html;
    if (open.isEmpty()) {
        html = QStringLiteral("<b>%1</b>")
                   .arg(tr("Every requirement of reception, information and verification is met.")
                            .toHtmlEscaped());
    } else {
        html = QStringLiteral("<b>%1</b><ul>")
                   .arg(tr("The file number is issued once these are done:").toHtmlEscaped());
        for (const QString &m : open)
            html +=
                QStringLiteral("<li>%1</li>").arg(BidiText::keepNumbersTogether(m).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_ui->requirementsLabel->setText(html);

    const QString number = fileNumber();
    m_ui->fileNumberValue->setText(number.isEmpty() ? tr("Not issued yet")
                                                    : DeskText::digits(number));
    m_ui->issueButton->setEnabled(isEditable() && number.isEmpty() && open.isEmpty());
    m_ui->printReceiptButton->setEnabled(!number.isEmpty());
    m_ui->saveReceiptButton->setEnabled(!number.isEmpty());
    m_ui->registrationStatusLabel->setText(
        number.isEmpty()
            ? tr("Ctrl+I issues the file number (also done when moving on with Ctrl+Enter).")
        : context().beneficiary && context().beneficiary->gender == Gender::Female
            ? tr("Give the beneficiary the registration receipt (Ctrl+P).", "a woman")
            : tr("Give the beneficiary the registration receipt (Ctrl+P)."));
}

Status RegistrationPage::save()
{
    if (!isEditable() || !fileNumber().isEmpty() || !missing().isEmpty())
        return Status::success();
    return services().desk.verification().issueFileNumber(caseId()).status();
}

Status RegistrationPage::issueFileNumber()
{
    const Result<QString> issued = services().desk.verification().issueFileNumber(caseId());
    if (!issued)
        return issued.status();
    emit caseChanged();
    emit reported(DeskText::message(tr("File number %1 issued."),
                                    {DeskText::leftToRight(DeskText::digits(*issued))}),
                  false);
    return Status::success();
}

Status RegistrationPage::printReceipt()
{
    if (fileNumber().isEmpty())
        return Status::failure(tr("Issue the file number first (Ctrl+I)."));
    return printPaper(CaseDocument::Kind::RegistrationReceipt);
}

Result<QString> RegistrationPage::saveReceipt()
{
    if (fileNumber().isEmpty())
        return Status::failure(tr("Issue the file number first (Ctrl+I)."));
    return savePaper(CaseDocument::Kind::RegistrationReceipt);
}

void RegistrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0)
            load();
    }
    CaseStepPage::changeEvent(event);
}
