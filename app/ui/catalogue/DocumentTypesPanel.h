// The catalogue's document types tab: the documents a service may require,
// with Arabic and English names and whether they expire. The code is made
// from the English name when a type is added, and never changes.
//
// Child object names: "documentTypesList", "newDocumentTypeButton",
// "documentNameArEdit", "documentNameEnEdit", "documentExpiryCheck",
// "saveDocumentTypeButton", "undoDocumentTypeButton", "documentMessageLabel".
#pragma once

#include "core/Service.h"
#include "ui/catalogue/CatalogueListPanel.h"

#include <memory>

class CatalogueDesk;

namespace Ui {
class DocumentTypesPanel;
}

class DocumentTypesPanel final : public CatalogueListPanel
{
    Q_OBJECT

public:
    explicit DocumentTypesPanel(CatalogueDesk &editor, QWidget *parent = nullptr);
    ~DocumentTypesPanel() override;

protected:
    Status load() override;
    qint64 idAt(int row) const override;
    void fill(int row) override;
    Result<qint64> save(int row) override;
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::DocumentTypesPanel> m_ui;
    CatalogueDesk &m_editor;
    QVector<DocumentType> m_types;
};
