#include "ui/beneficiary/DocumentChecklistEditor.h"

#include "ui_DocumentChecklistEditor.h"

#include "core/DateInput.h"
#include "ui/widgets/DualDateEdit.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <algorithm>

namespace {

const QColor kProblem(0xb3, 0x26, 0x1e);
const QColor kFine(0x1b, 0x6e, 0x3a);

} // namespace

DocumentChecklistEditor::DocumentChecklistEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DocumentChecklistEditor>())
{
    m_ui->setupUi(this);
}

DocumentChecklistEditor::~DocumentChecklistEditor() = default;

void DocumentChecklistEditor::setChecklist(const QStringList &required,
                                           const QVector<Document> &held,
                                           const QVector<DocumentType> &types,
                                           const DocumentChecklist::Namer &namer, const QDate &day)
{
    m_held = held;
    m_types = types;
    m_namer = namer;
    m_day = day;
    clearRows();
    rebuild(required);
}

void DocumentChecklistEditor::setRequired(const QStringList &required)
{
    rebuild(required);
}

const Document *DocumentChecklistEditor::heldDocument(const QString &code) const
{
    for (const Document &d : m_held) {
        if (d.typeCode == code)
            return &d;
    }
    return nullptr;
}

bool DocumentChecklistEditor::typeExpires(const QString &code) const
{
    for (const DocumentType &t : m_types) {
        if (t.code == code)
            return t.hasExpiry;
    }
    return true;
}

void DocumentChecklistEditor::clearRows()
{
    for (const Row &r : m_rows) {
        delete r.provided;
        delete r.expiry;
        delete r.status;
    }
    m_rows.clear();
}

void DocumentChecklistEditor::rebuild(const QStringList &required)
{
    // Keep what was typed for the documents that stay.
    QVector<Row> kept;
    for (const Row &r : m_rows) {
        if (required.contains(r.code))
            kept << r;
        else {
            delete r.provided;
            delete r.expiry;
            delete r.status;
        }
    }
    m_rows.clear();
    auto *grid = m_ui->rowsLayout;
    QStringList seen;
    for (const QString &code : required) {
        if (seen.contains(code))
            continue;
        seen << code;
        Row row;
        for (const Row &k : kept) {
            if (k.code == code)
                row = k;
        }
        if (!row.provided) {
            row.code = code;
            row.expires = typeExpires(code);
            const DocumentChecklist names(m_namer, m_types);
            row.provided = new QCheckBox(names.nameOf(code), this);
            row.provided->setObjectName(QStringLiteral("provided_") + code);
            row.expiry = new DualDateEdit(this);
            row.expiry->setObjectName(QStringLiteral("expiry_") + code);
            row.status = new QLabel(this);
            row.status->setObjectName(QStringLiteral("status_") + code);
            row.status->setWordWrap(true);
            if (const Document *d = heldDocument(code)) {
                row.provided->setChecked(d->provided);
                row.expiry->setWritten(d->writtenExpiry());
            }
            row.expiry->setVisible(row.expires);
            const Row copy = row;
            connect(row.provided, &QCheckBox::toggled, this, [this, copy] {
                updateStatus(copy);
                emit edited();
            });
            connect(row.expiry, &DualDateEdit::textChanged, this, [this, copy] {
                updateStatus(copy);
                emit edited();
            });
        }
        const int r = m_rows.size();
        grid->addWidget(row.provided, r, 0);
        grid->addWidget(row.expiry, r, 1);
        grid->addWidget(row.status, r, 2);
        row.provided->setEnabled(m_editable);
        row.expiry->setEnabled(m_editable);
        // Shown now, not when the layout gets to it, so Enter can move to them at once.
        row.provided->show();
        row.expiry->setVisible(row.expires);
        row.status->show();
        updateStatus(row);
        m_rows << row;
    }
    m_ui->noDocumentsLabel->setVisible(m_rows.isEmpty());
}

WrittenDate DocumentChecklistEditor::typedExpiry(const Row &row) const
{
    if (!row.expires || row.expiry->text().trimmed().isEmpty())
        return WrittenDate();
    const Result<WrittenDate> d = DateInput::parseWritten(row.expiry->text());
    if (!d)
        return WrittenDate();
    // The date as it was loaded while its text is unchanged (one of unknown
    // writing stays so).
    const WrittenDate shown = row.expiry->written();
    return shown.date == d->date ? shown : *d;
}

void DocumentChecklistEditor::updateStatus(const Row &row) const
{
    QString text;
    bool problem = true;
    const QDate expiry = typedExpiry(row).date;
    if (!row.provided->isChecked()) {
        text = tr("Not provided");
    } else if (!row.expires) {
        text = tr("Provided");
        problem = false;
    } else if (row.expiry->text().trimmed().isEmpty()) {
        text = tr("Expiry date needed");
    } else if (!expiry.isValid()) {
        text = tr("Not a date");
    } else if (m_day.isValid() && expiry < m_day) {
        text = tr("Expired");
    } else {
        text = tr("Valid");
        problem = false;
    }
    QPalette p = row.status->palette();
    p.setColor(QPalette::WindowText, problem ? kProblem : kFine);
    row.status->setPalette(p);
    QFont f = row.status->font();
    f.setBold(problem && expiry.isValid());
    row.status->setFont(f);
    row.status->setText(text);
    row.status->setProperty("problem", problem);
}

void DocumentChecklistEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &r : m_rows) {
        r.provided->setEnabled(editable);
        r.expiry->setEnabled(editable);
    }
}

QVector<Document> DocumentChecklistEditor::changedDocuments() const
{
    QVector<Document> out;
    for (const Row &r : m_rows) {
        const Document *held = heldDocument(r.code);
        Document d = held ? *held : Document();
        d.typeCode = r.code;
        const bool provided = r.provided->isChecked();
        const WrittenDate expiry =
            provided ? typedExpiry(r) : (held ? held->writtenExpiry() : WrittenDate());
        if (held && held->provided == provided && held->writtenExpiry() == expiry)
            continue;
        if (!held && !provided)
            continue;
        d.provided = provided;
        d.verified = provided;
        d.setExpiry(expiry);
        out << d;
    }
    return out;
}

QVector<Document> DocumentChecklistEditor::documents() const
{
    QVector<Document> out = m_held;
    for (const Document &changed : changedDocuments()) {
        const auto same = std::find_if(out.begin(), out.end(), [&](const Document &d) {
            return d.typeCode == changed.typeCode;
        });
        if (same != out.end())
            *same = changed;
        else
            out << changed;
    }
    return out;
}

Status DocumentChecklistEditor::check() const
{
    for (const Row &r : m_rows) {
        if (!r.provided->isChecked() || !r.expires)
            continue;
        if (!r.expiry->text().trimmed().isEmpty() && typedExpiry(r).isNull())
            return Status::failure(tr("The expiry date of %1 is not a date: %2")
                                       .arg(r.provided->text(), r.expiry->message()));
    }
    return Status::success();
}

QWidget *DocumentChecklistEditor::chainTabOrder(QWidget *after) const
{
    QWidget *last = after;
    for (const Row &r : m_rows) {
        QWidget::setTabOrder(last, r.provided);
        last = r.provided;
        if (r.expires) {
            QWidget::setTabOrder(last, r.expiry);
            last = r.expiry;
        }
    }
    return last;
}

void DocumentChecklistEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (const Row &r : m_rows) {
            r.provided->setText(DocumentChecklist(m_namer, m_types).nameOf(r.code));
            updateStatus(r);
        }
    }
    QWidget::changeEvent(event);
}
