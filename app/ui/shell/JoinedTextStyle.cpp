#include "ui/shell/JoinedTextStyle.h"

JoinedTextStyle::JoinedTextStyle(QStyle *base) : QProxyStyle(base) {}

int JoinedTextStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                               QStyleHintReturn *returnData) const
{
    // 0: every style then draws the text with Qt::TextHideMnemonic, in one run.
    if (hint == SH_UnderlineShortcut)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
