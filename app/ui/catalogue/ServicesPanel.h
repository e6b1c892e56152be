// The catalogue's services tab: the services (inactive ones marked), and the
// chosen one's names, whether the desk offers it, whether it waits for the
// program officer's approval, its required documents and its eligibility
// rules (RuleEditor). Saving a change of rules gives the service a new rules
// version; cases already judged keep theirs, as the page says.
//
// Child object names: "servicesList", "newServiceButton", "serviceNameArEdit",
// "serviceNameEnEdit", "serviceActiveCheck", "needsApprovalCheck",
// "requiredDocumentsList", "ruleEditor", "rulesVersionLabel",
// "saveServiceButton", "undoServiceButton", "serviceMessageLabel".
#pragma once

#include "core/Service.h"
#include "ui/catalogue/CatalogueListPanel.h"

#include <memory>

class CatalogueDesk;
class RuleEditor;

namespace Ui {
class ServicesPanel;
}

class ServicesPanel final : public CatalogueListPanel
{
    Q_OBJECT

public:
    explicit ServicesPanel(CatalogueDesk &editor, QWidget *parent = nullptr);
    ~ServicesPanel() override;

    RuleEditor *ruleEditor() const;
    // Chooses the service with the code; false when there is none.
    bool selectService(const QString &code);

protected:
    Status load() override;
    qint64 idAt(int row) const override;
    void fill(int row) override;
    Result<qint64> save(int row) override;
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void fillDocuments(const QStringList &checked);
    QString serviceName(const Service &s) const;

    std::unique_ptr<Ui::ServicesPanel> m_ui;
    CatalogueDesk &m_editor;
    QVector<Service> m_services;
    QVector<DocumentType> m_types;
};
