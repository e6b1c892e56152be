// Keeps a list's highlighted item across a reload of its model: remember()
// before, restore() after. The same item is highlighted again when it is
// still listed; else the row at the same place, so the next item takes the
// place of one that was just dealt with; else nothing. Items are known by a
// key (a case or a delivery id) the page gives.
#pragma once

#include <QtGlobal>

#include <functional>

class QAbstractItemView;

class HighlightKeeper final
{
public:
    using KeyOfRow = std::function<qint64(int row)>;
    using RowOfKey = std::function<int(qint64 key)>; // -1 when not listed

    HighlightKeeper(QAbstractItemView *view, KeyOfRow keyOfRow, RowOfKey rowOfKey);

    void remember();
    // Whether a row is highlighted now.
    bool restore();

private:
    QAbstractItemView *m_view;
    KeyOfRow m_keyOfRow;
    RowOfKey m_rowOfKey;
    qint64 m_key = 0;
    int m_row = -1;
};
