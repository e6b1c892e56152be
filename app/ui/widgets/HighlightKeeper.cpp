#include "ui/widgets/HighlightKeeper.h"

#include <QAbstractItemView>

HighlightKeeper::HighlightKeeper(QAbstractItemView *view, KeyOfRow keyOfRow, RowOfKey rowOfKey)
    : m_view(view), m_keyOfRow(std::move(keyOfRow)), m_rowOfKey(std::move(rowOfKey))
{}

void HighlightKeeper::remember()
{
    const QModelIndex current = m_view->currentIndex();
    m_row = current.isValid() ? current.row() : -1;
    m_key = current.isValid() ? m_keyOfRow(current.row()) : 0;
}

bool HighlightKeeper::restore()
{
    const QAbstractItemModel *model = m_view->model();
    const int rows = model ? model->rowCount() : 0;
    int row = m_key != 0 ? m_rowOfKey(m_key) : -1;
    if (row < 0 && rows > 0)
        row = qBound(0, m_row, rows - 1);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(model->index(row, 0));
    return true;
}
