#include "ui/beneficiary/BeneficiarySearchPanel.h"

#include "ui_BeneficiarySearchPanel.h"

#include "core/ArabicText.h"
#include "core/TextInput.h"
#include "services/BeneficiaryRecords.h"
#include "ui/beneficiary/BeneficiaryMatchModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

BeneficiarySearchPanel::BeneficiarySearchPanel(Database &db, const Session &session,
                                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BeneficiarySearchPanel>()), m_db(db),
      m_session(session), m_model(new BeneficiaryMatchModel(this)), m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->searchEdit);
    m_ui->resultsView->setModel(m_model);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BeneficiaryMatchModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &BeneficiarySearchPanel::searchNow);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, &BeneficiarySearchPanel::onQueryEdited);
    connect(m_ui->resultsView, &QAbstractItemView::activated, this,
            &BeneficiarySearchPanel::onActivated);
    m_ui->searchEdit->installEventFilter(this);
}

BeneficiarySearchPanel::~BeneficiarySearchPanel() = default;

QString BeneficiarySearchPanel::query() const
{
    return m_ui->searchEdit->text();
}

void BeneficiarySearchPanel::setQuery(const QString &query)
{
    m_ui->searchEdit->setText(query);
    onQueryEdited();
}

void BeneficiarySearchPanel::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

int BeneficiarySearchPanel::resultCount() const
{
    return m_model->rowCount();
}

qint64 BeneficiarySearchPanel::highlightedBeneficiary() const
{
    const QModelIndex current = m_ui->resultsView->currentIndex();
    return m_model->beneficiaryIdAt(current.isValid() ? current.row() : 0);
}

void BeneficiarySearchPanel::onQueryEdited()
{
    m_debounce->start();
}

void BeneficiarySearchPanel::searchNow()
{
    m_debounce->stop();
    const QString q = query().trimmed();
    m_searchedQuery = q;
    m_error.clear();
    // A single letter would list half the register: wait for a second one.
    const QString digits = TextInput::normaliseNumber(q);
    const bool number = !digits.isEmpty() && TextInput::isAllAsciiDigits(
                                                 digits.startsWith(u'+') ? digits.mid(1) : digits);
    m_tooShort = q.isEmpty() || (!number && ArabicText::tokens(q).join(QString()).size() < 2);
    if (m_tooShort) {
        m_model->setMatches({});
    } else {
        const auto found = BeneficiaryRecords(m_db, m_session).find(q, resultLimit);
        if (found) {
            m_model->setMatches(*found);
        } else {
            m_model->setMatches({});
            m_error = found.error();
        }
    }
    if (m_model->rowCount() > 0)
        m_ui->resultsView->setCurrentIndex(m_model->index(0, 0));
    showStatus();
    emit searched(m_model->rowCount());
}

void BeneficiarySearchPanel::showStatus()
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_tooShort)
        text = tr("Type a name, a national ID or a phone number; press Enter to open the "
                  "beneficiary's file.");
    else if (m_model->rowCount() == 0)
        text = tr("No beneficiary matches \"%1\".").arg(m_searchedQuery);
    else if (m_model->rowCount() >= resultLimit)
        text = tr("The first %Ln matches; type more to narrow them down.", "", resultLimit);
    else
        text = tr("%Ln beneficiaries found.", "", m_model->rowCount());
    m_ui->statusLabel->setText(text);
}

void BeneficiarySearchPanel::chooseHighlighted()
{
    if (m_debounce->isActive() || m_searchedQuery != query().trimmed())
        searchNow();
    const qint64 id = highlightedBeneficiary();
    if (id != 0)
        emit beneficiaryChosen(id);
}

void BeneficiarySearchPanel::onActivated(const QModelIndex &index)
{
    const qint64 id = m_model->beneficiaryIdAt(index.row());
    if (id != 0)
        emit beneficiaryChosen(id);
}

void BeneficiarySearchPanel::moveHighlight(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_ui->resultsView->currentIndex();
    const int row = qBound(0, (current.isValid() ? current.row() : -1) + delta, rows - 1);
    m_ui->resultsView->setCurrentIndex(m_model->index(row, 0));
}

bool BeneficiarySearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseHighlighted();
            return true;
        case Qt::Key_Down:
            moveHighlight(1);
            return true;
        case Qt::Key_Up:
            moveHighlight(-1);
            return true;
        case Qt::Key_PageDown:
            moveHighlight(10);
            return true;
        case Qt::Key_PageUp:
            moveHighlight(-10);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BeneficiarySearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        showStatus();
    }
    QWidget::changeEvent(event);
}
