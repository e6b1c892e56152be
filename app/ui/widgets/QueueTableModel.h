// The common part of the program officer's lists and the follow-ups: a table
// of items read in pages on demand (canFetchMore / fetchMore), never a whole
// table, read again from the start by reload() (and refresh(), which reads as
// many rows as are shown). Subclasses say how a page is read, name the
// columns and format the cells (display, raw, and what else a role needs);
// the table's plumbing (data, headers, the case of a row, the waiting time)
// is here once. They carry a column enum and RawRole for the unformatted
// value, as every list in the window does.
#pragma once

#include "ui/widgets/AttentionColour.h"

#include "core/Clock.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QVector>

template <typename Item> class QueueTableModel : public QAbstractTableModel
{
public:
    enum Role
    {
        RawRole = Qt::UserRole + 1, // the column's value unformatted (sorting, tests)
        CaseIdRole,                 // the row's case id (qint64), 0 for none
    };

    static constexpr int defaultPageSize = 50;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return QVariant();
        const Item &item = m_items.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return display(item, index.column(), index.row());
        case RawRole:
            return raw(item, index.column(), index.row());
        case CaseIdRole:
            return caseIdOf(item);
        default:
            return look(item, index.column(), role);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= columns())
            return QAbstractTableModel::headerData(section, orientation, role);
        return header(section);
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_more;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_more || m_changing)
            return;
        Result<Page> page = read(int(m_items.size()), m_pageSize);
        if (!page) {
            m_more = false; // refresh() tries again
            m_error = page.error();
            return;
        }
        m_more = page->more;
        if (page->items.isEmpty())
            return;
        const int first = int(m_items.size());
        m_changing = true;
        beginInsertRows(QModelIndex(), first, first + int(page->items.size()) - 1);
        m_items += page->items;
        endInsertRows();
        m_changing = false;
    }

    const Item &itemAt(int row) const { return m_items.at(row); }
    // The first loaded row of the case, or -1.
    int rowOfCase(qint64 caseId) const
    {
        return rowWhere([&](const Item &item) { return caseIdOf(item) == caseId; });
    }
    // How long the row's item has waited, by the clock now (0 for a list
    // without a waiting time).
    qint64 waitingSeconds(int row) const { return secondsSince(waitingSince(m_items.at(row))); }
    const QVector<Item> &items() const { return m_items; }
    bool hasMore() const { return m_more; }
    // The reason the last read failed, empty when it succeeded.
    const QString &lastError() const { return m_error; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 500); }
    int pageSize() const { return m_pageSize; }

    // Forgets every row and reads the first page again.
    void reload() { readFromStart(m_pageSize); }
    // Reads again from the start, as many rows as are loaded (at least a page).
    void refresh() { readFromStart(qMax(m_pageSize, int(m_items.size()))); }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    struct Page
    {
        QVector<Item> items;
        bool more = false; // another page may follow
    };
    // Reads count items after the first offset ones (offset 0: from the start).
    virtual Result<Page> read(int offset, int count) = 0;

    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant display(const Item &item, int column, int row) const = 0;
    // The column's value unformatted (RawRole).
    virtual QVariant raw(const Item &item, int column, int row) const = 0;
    virtual qint64 caseIdOf(const Item &item) const = 0;
    // Since when the item waits; invalid for none.
    virtual QDateTime waitingSince(const Item &) const { return QDateTime(); }
    // What another role shows (a tooltip, a font, a colour), or nothing.
    virtual QVariant look(const Item &, int /*column*/, int /*role*/) const { return QVariant(); }

    // The looks the lists share: the waiting time in bold, a missing value in
    // italics, what needs attention in red.
    static QFont boldFont()
    {
        QFont f;
        f.setBold(true);
        return f;
    }
    static QFont italicFont()
    {
        QFont f;
        f.setItalic(true);
        return f;
    }
    static QBrush attentionBrush() { return QBrush(AttentionColour::red()); }

    // The page of a read that asked for count + 1 items: the one more only
    // tells that another page follows.
    static Result<Page> pageOfOneMore(const Result<QVector<Item>> &read, int count)
    {
        if (!read)
            return read.status();
        Page page;
        page.items = *read;
        page.more = page.items.size() > count;
        if (page.more)
            page.items.resize(count);
        return page;
    }
    // The first loaded row whose item matches, or -1.
    template <typename Match> int rowWhere(Match matches) const
    {
        for (int i = 0; i < int(m_items.size()); ++i) {
            if (matches(m_items.at(i)))
                return i;
        }
        return -1;
    }
    // How long an item has waited since at (0 for none, or a clock behind).
    static qint64 secondsSince(const QDateTime &at)
    {
        return at.isValid() ? qMax<qint64>(0, at.secsTo(Clock::instance().nowUtc())) : 0;
    }

    // Emits dataChanged for a whole column (e.g. a time that moves on).
    void columnChanged(int column)
    {
        if (!m_items.isEmpty() && column >= 0 && column < columnCount())
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
    }
    // Header and cell texts again (e.g. in another language).
    void allChanged()
    {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_items.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    void readFromStart(int count)
    {
        Result<Page> page = read(0, count);
        m_changing = true;
        beginResetModel();
        if (page) {
            m_items = page->items;
            m_more = page->more;
            m_error.clear();
        } else {
            m_items.clear();
            m_more = false;
            m_error = page.error();
        }
        endResetModel();
        m_changing = false;
    }

    QVector<Item> m_items;
    bool m_more = false;
    bool m_changing = false;
    int m_pageSize = defaultPageSize;
    QString m_error;
};
