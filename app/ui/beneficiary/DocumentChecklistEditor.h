// The chosen service's required documents as a checklist (step 2, DOMAIN.md
// 6.3: a record that a document was seen, not a scan): for each one whether
// it was provided and, for a document that expires, its expiry date in either
// calendar. A document expired on the day the case is handled is flagged in
// red; so is one whose expiry date is missing.
//
// Child object names per document type code: "provided_<code>",
// "expiry_<code>" (DualDateEdit), "status_<code>"; and "noDocumentsLabel".
#pragma once

#include "core/DocumentChecklist.h"
#include "core/Result.h"

#include <QDate>
#include <QWidget>

#include <memory>

class DualDateEdit;
class QCheckBox;
class QLabel;

namespace Ui {
class DocumentChecklistEditor;
}

class DocumentChecklistEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentChecklistEditor(QWidget *parent = nullptr);
    ~DocumentChecklistEditor() override;

    // The documents required (type codes), what the beneficiary's checklist
    // holds, the catalogue (names, which expire), judged on day.
    void setChecklist(const QStringList &required, const QVector<Document> &held,
                      const QVector<DocumentType> &types, const DocumentChecklist::Namer &namer,
                      const QDate &day);
    // Keeps what was ticked or typed for the documents still required.
    void setRequired(const QStringList &required);
    void setEditable(bool editable);

    // The entries that differ from the checklist held.
    QVector<Document> changedDocuments() const;
    // The checklist as it would be once saved: the one held with the
    // entries changed on the screen.
    QVector<Document> documents() const;
    // A typed expiry that is not a date, in words.
    Status check() const;
    int rowCount() const { return m_rows.size(); }
    // Chains the rows into the tab order after the given widget; the last one.
    QWidget *chainTabOrder(QWidget *after) const;

signals:
    // A document was ticked or an expiry typed.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString code;
        bool expires = true;
        QCheckBox *provided = nullptr;
        DualDateEdit *expiry = nullptr;
        QLabel *status = nullptr;
    };
    void rebuild(const QStringList &required);
    void clearRows();
    void updateStatus(const Row &row) const;
    const Document *heldDocument(const QString &code) const;
    bool typeExpires(const QString &code) const;
    WrittenDate typedExpiry(const Row &row) const;

    std::unique_ptr<Ui::DocumentChecklistEditor> m_ui;
    QVector<Row> m_rows;
    QVector<Document> m_held;
    QVector<DocumentType> m_types;
    DocumentChecklist::Namer m_namer;
    QDate m_day;
    bool m_editable = true;
};
