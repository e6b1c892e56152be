// The common part of the window's case lists: a table over
// CaseBrowser::page that reads keyset pages on demand (canFetchMore /
// fetchMore), never the whole table. Subclasses say which cases (filter,
// order), name the columns and may read what a page needs besides the cases
// (names, referral answers) in pageLoaded(). A list may keep some cases
// above the others (pinnedFilter(), e.g. answers waiting): those are read
// whole first, and the paged list below them leaves them out.
#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "services/CaseBrowser.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

class Database;
class Session;

class LazyCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawRole = Qt::UserRole + 1, // the column's value unformatted (for sorting, tests)
        CaseIdRole,                 // the row's case id (qint64)
    };

    static constexpr int defaultPageSize = 50;
    // At most this many cases are kept at the top.
    static constexpr int maxPinned = 200;

    ~LazyCaseModel() override;

    void setPageSize(int rows); // 1..1000; takes effect on the next page read
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Case &caseAt(int row) const { return m_cases.at(row); }
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 when not loaded
    // How many cases the filter holds in all (not only the loaded ones).
    qint64 totalCount() const { return m_total; }
    // How many of the first rows are the cases kept at the top.
    int pinnedCount() const { return m_pinned; }
    // The reason the last read failed, empty when it succeeded.
    const QString &lastError() const { return m_error; }

public slots:
    // Forgets every row and reads the first page again.
    void reload();
    // Reads again as many rows as are loaded, keeping the rows in place when
    // the list holds the same cases (their values are updated), else resets.
    void refresh();

signals:
    void loadFailed(const QString &reason);
    // After every read (reload, refresh, fetchMore).
    void contentsUpdated();

protected:
    LazyCaseModel(Database &db, const Session &session, QObject *parent = nullptr);

    virtual CaseFilter filter() const = 0;
    // The cases kept at the top, in their own arrival order; none by
    // default. filter() must leave them out.
    virtual std::optional<CaseFilter> pinnedFilter() const { return std::nullopt; }
    virtual bool newestFirst() const { return false; }
    // Reads what the new cases need besides themselves; called before they
    // are shown (replacing: the whole list is being read again).
    virtual Status pageLoaded(const QVector<Case> &cases, bool replacing)
    {
        Q_UNUSED(cases)
        Q_UNUSED(replacing)
        return Status::success();
    }

    // What the lists read, as the signed-in person.
    CaseBrowser browser() const { return CaseBrowser(m_db, m_session); }
    Database &database() const { return m_db; }
    const Session &session() const { return m_session; }
    // Emits dataChanged for a whole column (e.g. a time that moves on).
    void columnChanged(int column);

private:
    struct Pages
    {
        QVector<Case> cases;
        std::optional<CaseCursor> next;
    };
    // Reads at least rows cases from the start (or after the cursor).
    Result<Pages> read(int rows, const std::optional<CaseCursor> &after) const;
    Result<QVector<Case>> readPinned() const;
    void fail(const QString &reason);
    void updateTotal();
    void beginReset();
    void endReset();

    Database &m_db;
    const Session &m_session;
    int m_pageSize = defaultPageSize;
    QVector<Case> m_cases;
    std::optional<CaseCursor> m_next;
    qint64 m_total = 0;
    int m_pinned = 0; // the first rows of m_cases
    QString m_error;
    bool m_changing = false; // rows are being inserted or reset
};
