// The one red of the lists: what needs attention now (a long wait, an overdue
// follow-up or data request).
#pragma once

#include <QColor>

namespace AttentionColour {

inline QColor red()
{
    return QColor(0xa3, 0x1f, 0x1f);
}

} // namespace AttentionColour
