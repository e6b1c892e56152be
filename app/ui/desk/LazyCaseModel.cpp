#include "ui/desk/LazyCaseModel.h"

LazyCaseModel::LazyCaseModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{}

LazyCaseModel::~LazyCaseModel() = default;

void LazyCaseModel::setPageSize(int rows)
{
    m_pageSize = qBound(1, rows, 1000);
}

int LazyCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

bool LazyCaseModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value();
}

qint64 LazyCaseModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? m_cases.at(row).id : 0;
}

int LazyCaseModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).id == caseId)
            return i;
    }
    return -1;
}

Result<LazyCaseModel::Pages> LazyCaseModel::read(int rows,
                                                 const std::optional<CaseCursor> &after) const
{
    const CaseBrowser cases = browser();
    const CaseFilter f = filter();
    Pages out;
    CasePageRequest request;
    request.after = after;
    request.newestFirst = newestFirst();
    do {
        request.limit = qMin(1000, qMax(m_pageSize, rows - int(out.cases.size())));
        const Result<CaseListPage> page = cases.page(f, request);
        if (!page)
            return page.status();
        out.cases += page->cases;
        out.next = page->next;
        request.after = page->next;
    } while (out.next && out.cases.size() < rows);
    return out;
}

Result<QVector<Case>> LazyCaseModel::readPinned() const
{
    const std::optional<CaseFilter> pinned = pinnedFilter();
    if (!pinned)
        return QVector<Case>();
    CasePageRequest request;
    request.limit = maxPinned;
    request.newestFirst = newestFirst();
    const Result<CaseListPage> page = browser().page(*pinned, request);
    if (!page)
        return page.status();
    return page->cases;
}

void LazyCaseModel::fail(const QString &reason)
{
    m_error = reason;
    emit loadFailed(reason);
}

void LazyCaseModel::updateTotal()
{
    const Result<qint64> total = browser().count(filter());
    if (total)
        m_total = *total + m_pinned;
    else
        fail(total.error());
}

void LazyCaseModel::fetchMore(const QModelIndex &parent)
{
    // Asked again from a slot of this model's own signals (a view, the model
    // tester) while rows change: the view asks again once it lays them out.
    if (parent.isValid() || !m_next || m_changing)
        return;
    Result<Pages> page = read(m_pageSize, m_next);
    if (!page) {
        m_next.reset(); // do not retry on every scroll; refresh() tries again
        fail(page.error());
        return;
    }
    if (Status s = pageLoaded(page->cases, false); !s)
        fail(s.error());
    m_next = page->next;
    if (!page->cases.isEmpty()) {
        const int first = int(m_cases.size());
        m_changing = true;
        beginInsertRows(QModelIndex(), first, first + int(page->cases.size()) - 1);
        m_cases += page->cases;
        endInsertRows();
        m_changing = false;
    }
    emit contentsUpdated();
}

void LazyCaseModel::reload()
{
    m_error.clear();
    beginReset();
    m_cases.clear();
    m_pinned = 0;
    m_next.reset();
    const Result<QVector<Case>> pinned = readPinned();
    Result<Pages> page = read(m_pageSize, std::nullopt);
    if (page && pinned) {
        const QVector<Case> cases = *pinned + page->cases;
        if (Status s = pageLoaded(cases, true); !s)
            m_error = s.error();
        m_cases = cases;
        m_pinned = int(pinned->size());
        m_next = page->next;
    } else {
        m_error = pinned ? page.error() : pinned.error();
    }
    endReset();
    updateTotal();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
    emit contentsUpdated();
}

void LazyCaseModel::refresh()
{
    m_error.clear();
    const int loaded = int(m_cases.size());
    const Result<QVector<Case>> pinned = readPinned();
    if (!pinned) {
        fail(pinned.error());
        return;
    }
    // Everything was loaded: cases that arrived since are read too.
    const int below = loaded - m_pinned;
    const int rows = qMax(m_pageSize, below + (m_next ? 0 : m_pageSize));
    Result<Pages> page = read(rows, std::nullopt);
    if (!page) {
        fail(page.error());
        return;
    }
    const QVector<Case> cases = *pinned + page->cases;
    // The same cases in the same order, perhaps with new ones after them:
    // update in place, so the view keeps its position.
    bool samePrefix = pinned->size() == m_pinned && cases.size() >= loaded;
    for (int i = 0; samePrefix && i < loaded; ++i)
        samePrefix = cases.at(i).id == m_cases.at(i).id;

    if (samePrefix) {
        if (Status s = pageLoaded(cases, true); !s)
            fail(s.error());
        const QVector<Case> added = cases.mid(loaded);
        m_cases = cases.mid(0, loaded);
        m_next = page->next;
        if (loaded > 0)
            emit dataChanged(index(0, 0), index(loaded - 1, columnCount() - 1));
        if (!added.isEmpty()) {
            m_changing = true;
            beginInsertRows(QModelIndex(), loaded, loaded + int(added.size()) - 1);
            m_cases += added;
            endInsertRows();
            m_changing = false;
        }
    } else {
        beginReset();
        if (Status s = pageLoaded(cases, true); !s)
            m_error = s.error();
        m_cases = cases;
        m_pinned = int(pinned->size());
        m_next = page->next;
        endReset();
        if (!m_error.isEmpty())
            emit loadFailed(m_error);
    }
    updateTotal();
    emit contentsUpdated();
}

void LazyCaseModel::beginReset()
{
    m_changing = true;
    beginResetModel();
}

void LazyCaseModel::endReset()
{
    endResetModel();
    m_changing = false;
}

void LazyCaseModel::columnChanged(int column)
{
    if (!m_cases.isEmpty() && column >= 0 && column < columnCount())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}
