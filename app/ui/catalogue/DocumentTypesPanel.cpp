#include "ui/catalogue/DocumentTypesPanel.h"

#include "ui_DocumentTypesPanel.h"

#include "core/DeskText.h"
#include "services/CatalogueDesk.h"

#include <QEvent>

DocumentTypesPanel::DocumentTypesPanel(CatalogueDesk &editor, QWidget *parent)
    : CatalogueListPanel(parent), m_ui(std::make_unique<Ui::DocumentTypesPanel>()), m_editor(editor)
{
    m_ui->setupUi(this);
    bind(m_ui->documentTypesList, m_ui->newDocumentTypeButton, m_ui->saveDocumentTypeButton,
         m_ui->undoDocumentTypeButton, m_ui->documentMessageLabel);
    for (QLineEdit *e : {m_ui->documentNameArEdit, m_ui->documentNameEnEdit})
        connect(e, &QLineEdit::textChanged, this, &DocumentTypesPanel::markChanged);
    connect(m_ui->documentExpiryCheck, &QCheckBox::toggled, this, &DocumentTypesPanel::markChanged);
    reload();
}

DocumentTypesPanel::~DocumentTypesPanel() = default;

Status DocumentTypesPanel::load()
{
    const auto types = m_editor.documentTypes();
    if (!types)
        return types.status();
    m_types = *types;
    m_ui->documentTypesList->clear();
    for (const DocumentType &t : std::as_const(m_types))
        m_ui->documentTypesList->addItem(DeskText::localName(t.nameAr, t.nameEn));
    return Status::success();
}

qint64 DocumentTypesPanel::idAt(int row) const
{
    return row >= 0 && row < m_types.size() ? m_types.at(row).id : 0;
}

void DocumentTypesPanel::fill(int row)
{
    const DocumentType t = row >= 0 && row < m_types.size() ? m_types.at(row) : DocumentType();
    m_ui->documentNameArEdit->setText(t.nameAr);
    m_ui->documentNameEnEdit->setText(t.nameEn);
    m_ui->documentCodeValue->setText(t.id ? t.code : tr("made from the English name on saving"));
    m_ui->documentExpiryCheck->setChecked(t.hasExpiry);
}

Result<qint64> DocumentTypesPanel::save(int row)
{
    DocumentType t = row >= 0 && row < m_types.size() ? m_types.at(row) : DocumentType();
    t.nameAr = m_ui->documentNameArEdit->text();
    t.nameEn = m_ui->documentNameEnEdit->text();
    t.hasExpiry = m_ui->documentExpiryCheck->isChecked();
    const auto saved = m_editor.saveDocumentType(t);
    if (!saved)
        return saved.status();
    return saved->id;
}

QWidget *DocumentTypesPanel::firstField() const
{
    return m_ui->documentNameArEdit;
}

void DocumentTypesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!hasChanges())
            reload();
    }
    CatalogueListPanel::changeEvent(event);
}
