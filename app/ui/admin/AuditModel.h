// The audit log as a table that reads pages on demand (canFetchMore /
// fetchMore through AuditReader), newest first, never the whole log: when,
// who, what, which record, and the details in words (AuditText). Users'
// names are read once per reload, beneficiaries' names once per page.
#pragma once

#include "core/User.h"
#include "services/AuditReader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        What,
        Record,
        Details,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // the stored value (time, user id, action code, ...)
        EntryIdRole,
    };
    static constexpr int defaultPageSize = 100;

    explicit AuditModel(AuditReader &reader, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter); // reads the first page again
    const AuditFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, AuditReader::maxPage); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    QString userName(qint64 userId) const;
    QString recordText(const AuditEntry &e) const;
    // The reason the last read failed, empty when it succeeded.
    const QString &lastError() const { return m_error; }

public slots:
    void reload();
    void retranslate();

signals:
    void contentsUpdated();

private:
    Result<QVector<AuditEntry>> readPage(int offset);

    AuditReader &m_reader;
    AuditFilter m_filter;
    int m_pageSize = defaultPageSize;
    QVector<AuditEntry> m_entries;
    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_beneficiaries;
    bool m_atEnd = true;
    bool m_changing = false; // rows are being reset or inserted
    QString m_error;
};
