#include "ui/catalogue/ServicesPanel.h"

#include "ui_ServicesPanel.h"

#include "core/DeskText.h"
#include "services/CatalogueDesk.h"
#include "ui/catalogue/RuleEditor.h"

#include <QEvent>
#include <QSignalBlocker>

ServicesPanel::ServicesPanel(CatalogueDesk &editor, QWidget *parent)
    : CatalogueListPanel(parent), m_ui(std::make_unique<Ui::ServicesPanel>()), m_editor(editor)
{
    m_ui->setupUi(this);
    bind(m_ui->servicesList, m_ui->newServiceButton, m_ui->saveServiceButton,
         m_ui->undoServiceButton, m_ui->serviceMessageLabel);
    for (QLineEdit *e : {m_ui->serviceNameArEdit, m_ui->serviceNameEnEdit})
        connect(e, &QLineEdit::textChanged, this, &ServicesPanel::markChanged);
    for (QCheckBox *c : {m_ui->serviceActiveCheck, m_ui->needsApprovalCheck})
        connect(c, &QCheckBox::toggled, this, &ServicesPanel::markChanged);
    connect(m_ui->requiredDocumentsList, &QListWidget::itemChanged, this,
            &ServicesPanel::markChanged);
    connect(m_ui->ruleEditor, &RuleEditor::rulesChanged, this, &ServicesPanel::markChanged);
    reload();
}

ServicesPanel::~ServicesPanel() = default;

RuleEditor *ServicesPanel::ruleEditor() const
{
    return m_ui->ruleEditor;
}

bool ServicesPanel::selectService(const QString &code)
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).code == code) {
            m_ui->servicesList->setCurrentRow(i);
            return currentRow() == i;
        }
    }
    return false;
}

QString ServicesPanel::serviceName(const Service &s) const
{
    return s.displayName();
}

Status ServicesPanel::load()
{
    const auto services = m_editor.services();
    if (!services)
        return services.status();
    const auto types = m_editor.documentTypes();
    if (!types)
        return types.status();
    m_services = *services;
    m_types = *types;
    m_ui->ruleEditor->setDocumentTypes(m_types);
    m_ui->servicesList->clear();
    for (const Service &s : std::as_const(m_services)) {
        auto *item = new QListWidgetItem(s.active ? serviceName(s)
                                                  : tr("%1 (not offered)").arg(serviceName(s)),
                                         m_ui->servicesList);
        if (!s.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    return Status::success();
}

qint64 ServicesPanel::idAt(int row) const
{
    return row >= 0 && row < m_services.size() ? m_services.at(row).id : 0;
}

void ServicesPanel::fillDocuments(const QStringList &checked)
{
    const QSignalBlocker blocker(m_ui->requiredDocumentsList);
    m_ui->requiredDocumentsList->clear();
    for (const DocumentType &t : std::as_const(m_types)) {
        auto *item = new QListWidgetItem(DeskText::localName(t.nameAr, t.nameEn),
                                         m_ui->requiredDocumentsList);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(t.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void ServicesPanel::fill(int row)
{
    const Service s = row >= 0 && row < m_services.size() ? m_services.at(row) : Service();
    m_ui->serviceNameArEdit->setText(s.nameAr);
    m_ui->serviceNameEnEdit->setText(s.nameEn);
    m_ui->serviceCodeValue->setText(s.id ? s.code : tr("made from the English name on saving"));
    m_ui->serviceActiveCheck->setChecked(s.active);
    m_ui->needsApprovalCheck->setChecked(s.needsApproval);
    fillDocuments(s.requiredDocuments);
    m_ui->ruleEditor->setRules(s.rules);
    m_ui->rulesVersionLabel->setText(
        s.id ? tr("Rules version %1. Saving changed rules makes version %2; cases already "
                  "judged keep the version they were judged by.")
                   .arg(DeskText::number(s.rulesVersion), DeskText::number(s.rulesVersion + 1))
             : tr("A new service starts at rules version 1."));
}

Result<qint64> ServicesPanel::save(int row)
{
    Service s = row >= 0 && row < m_services.size() ? m_services.at(row) : Service();
    s.nameAr = m_ui->serviceNameArEdit->text();
    s.nameEn = m_ui->serviceNameEnEdit->text();
    s.active = m_ui->serviceActiveCheck->isChecked();
    s.needsApproval = m_ui->needsApprovalCheck->isChecked();
    s.requiredDocuments.clear();
    for (int i = 0; i < m_ui->requiredDocumentsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->requiredDocumentsList->item(i);
        if (item->checkState() == Qt::Checked)
            s.requiredDocuments << item->data(Qt::UserRole).toString();
    }
    s.rules = m_ui->ruleEditor->rules();
    const auto saved = m_editor.saveService(s);
    if (!saved)
        return saved.status();
    return saved->id;
}

QWidget *ServicesPanel::firstField() const
{
    return m_ui->serviceNameArEdit;
}

void ServicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!hasChanges())
            reload();
    }
    CatalogueListPanel::changeEvent(event);
}
