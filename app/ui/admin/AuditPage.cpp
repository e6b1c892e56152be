#include "ui/admin/AuditPage.h"

#include "ui_AuditPage.h"

#include "ui/widgets/Message.h"

#include "core/AuditText.h"
#include "core/DeskText.h"
#include "services/AuditReader.h"
#include "services/Session.h"
#include "ui/admin/AuditModel.h"
#include "ui/admin/BreachReportDialog.h"

#include <QEvent>
#include <QHeaderView>

AuditPage::AuditPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_ui(std::make_unique<Ui::AuditPage>()),
      m_reader(std::make_unique<AuditReader>(db, session))
{
    m_ui->setupUi(this);
    QFont title = m_ui->auditTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->auditTitleLabel->setFont(title);
    m_ui->caseFilterEdit->setRange(1, 1e12);
    m_ui->beneficiaryFilterLabel->hide();

    m_model = new AuditModel(*m_reader, this);
    m_ui->auditView->setModel(m_model);
    QHeaderView *header = m_ui->auditView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->auditView->setTextElideMode(Qt::ElideRight);

    connect(m_ui->applyFilterButton, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_ui->caseFilterEdit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_ui->beneficiaryFilterEdit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_ui->fromDateEdit, &DualDateEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_ui->toDateEdit, &DualDateEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_ui->userFilterCombo, qOverload<int>(&QComboBox::activated), this,
            &AuditPage::applyFilter);
    connect(m_model, &AuditModel::contentsUpdated, this, &AuditPage::showSummary);
    connect(m_ui->auditView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);
    // The services refuse anyone else; the button is not offered to them.
    m_ui->breachReportButton->setVisible(session.may(Action::HandleDataRequests));
    connect(m_ui->breachReportButton, &QPushButton::clicked, this, &AuditPage::openBreachReport);
    setFocusProxy(m_ui->auditView);
    fillUsers();
}

void AuditPage::openBreachReport()
{
    BreachReportDialog dialog(m_db, m_session, this);
    m_breachDialog = &dialog;
    dialog.exec();
    m_breachDialog = nullptr;
    // A saved report is itself an entry of the log.
    refresh();
}

AuditPage::~AuditPage() = default;

void AuditPage::fillUsers()
{
    const qint64 chosen = m_ui->userFilterCombo->currentData().toLongLong();
    m_ui->userFilterCombo->clear();
    m_ui->userFilterCombo->addItem(tr("Anyone"), qint64(0));
    const auto users = m_reader->users();
    if (!users)
        return;
    for (const User &u : *users)
        m_ui->userFilterCombo->addItem(tr("%1 (%2)").arg(u.displayName, u.username), u.id);
    setUserFilter(chosen);
}

bool AuditPage::setUserFilter(qint64 userId)
{
    const int i = m_ui->userFilterCombo->findData(userId);
    if (i < 0)
        return false;
    m_ui->userFilterCombo->setCurrentIndex(i);
    return true;
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    if (const auto number = m_ui->caseFilterEdit->value())
        filter.caseId = qint64(*number);
    else if (!m_ui->caseFilterEdit->text().trimmed().isEmpty()) {
        m_ui->auditSummaryLabel->setText(tr("The case number is written in digits."));
        return;
    }
    const QString who = m_ui->beneficiaryFilterEdit->text().trimmed();
    m_ui->beneficiaryFilterLabel->clear();
    m_ui->beneficiaryFilterLabel->hide();
    if (!who.isEmpty()) {
        m_ui->beneficiaryFilterLabel->show();
        const auto found = m_reader->findBeneficiaries(who, 1);
        if (!found) {
            m_ui->auditSummaryLabel->setText(found.error());
            return;
        }
        if (found->isEmpty()) {
            m_ui->beneficiaryFilterLabel->setText(tr("No beneficiary matches “%1”.").arg(who));
            return;
        }
        filter.beneficiaryId = found->first().id;
        m_ui->beneficiaryFilterLabel->setText(
            tr("%1 — %2").arg(found->first().fullName, found->first().idNumber));
    }
    filter.userId = m_ui->userFilterCombo->currentData().toLongLong();
    for (DualDateEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit}) {
        if (!edit->text().trimmed().isEmpty() && !edit->date().isValid()) {
            m_ui->auditSummaryLabel->setText(tr("A date is not right: %1").arg(edit->message()));
            edit->setFocus();
            return;
        }
    }
    filter.from = m_ui->fromDateEdit->date();
    filter.to = m_ui->toDateEdit->date();
    m_loaded = true;
    m_model->setFilter(filter);
}

void AuditPage::clearFilter()
{
    m_ui->caseFilterEdit->clear();
    m_ui->beneficiaryFilterEdit->clear();
    m_ui->beneficiaryFilterLabel->clear();
    m_ui->beneficiaryFilterLabel->hide();
    m_ui->userFilterCombo->setCurrentIndex(0);
    m_ui->fromDateEdit->clear();
    m_ui->toDateEdit->clear();
    applyFilter();
}

void AuditPage::refresh()
{
    fillUsers();
    verifyTrail();
    m_loaded = true;
    m_model->reload();
}

void AuditPage::showSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->auditSummaryLabel->setText(m_model->lastError());
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_ui->auditSummaryLabel->setText(tr("Nothing in the audit log matches."));
    else if (m_model->canFetchMore(QModelIndex()))
        m_ui->auditSummaryLabel->setText(
            tr("The latest %Ln entries, newest first; scroll down for older ones.", "", rows));
    else
        m_ui->auditSummaryLabel->setText(tr("%Ln entries, newest first.", "", rows));
    if (!m_ui->auditView->currentIndex().isValid() && rows > 0)
        m_ui->auditView->setCurrentIndex(m_model->index(0, 0));
    if (rows == 0)
        m_ui->auditDetailsLabel->clear();
    m_ui->auditView->resizeColumnToContents(AuditModel::When);
    m_ui->auditView->resizeColumnToContents(AuditModel::Who);
    m_ui->auditView->resizeColumnToContents(AuditModel::What);
    m_ui->auditView->resizeColumnToContents(AuditModel::Record);
}

void AuditPage::verifyTrail()
{
    const auto report = m_reader->verifyTrail();
    QLabel *label = m_ui->auditTrailLabel;
    const bool broken = !report || !report->intact();
    label->setProperty("broken", broken);
    QString text;
    if (!report)
        text = report.error();
    else if (broken)
        text = tr("The audit trail is broken: %1 Restore a backup or ask the "
                  "administrator who changed the database.")
                   .arg(report->problem);
    else
        text = tr("The audit trail is verified: all %Ln entries are sealed and follow "
                  "one another.",
                  "", int(report->rows));
    // Red on a break: it must not be missed.
    Message::show(label, text, broken ? Message::Kind::Warning : Message::Kind::Plain);
}

void AuditPage::showDetails(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_ui->auditDetailsLabel->clear();
        return;
    }
    const AuditEntry &e = m_model->entryAt(index.row());
    const QString details = AuditText::details(e.details);
    //: the chosen audit entry: when, who, what, on which record
    QString text = tr("%1 — %2 — %3 — %4")
                       .arg(DeskText::dateTime(e.at), m_model->userName(e.userId),
                            AuditText::action(e.action), m_model->recordText(e));
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details;
    m_ui->auditDetailsLabel->setText(text);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fillUsers();
        verifyTrail();
        showSummary();
    }
    QWidget::changeEvent(event);
}
