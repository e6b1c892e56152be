#include "ui/case/NextStepLines.h"

#include "core/DeskText.h"
#include "ui/widgets/BidiText.h"

#include <QLabel>

NextStepLines::NextStepLines(QLabel *blockers, QLabel *keys) : m_blockers(blockers), m_keys(keys)
{
    // Two lines are kept for the list of what is missing, however short: the
    // list and what saving will do.
    m_blockers->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_blockers->setMinimumHeight(m_blockers->fontMetrics().lineSpacing() * 2 + 4);
}

void NextStepLines::showBlockers(const QString &heading, const QStringList &items,
                                 const QString &saveWillDo)
{
    // One paragraph, the first few lines of the list after the heading (the
    // whole list in the tooltip), so that it leaves the page its height on a
    // 1366x768 screen.
    constexpr int shown = 3;
    QStringList parts;
    for (int i = 0; i < items.size() && i < shown; ++i) {
        // The separator ends each item: a full stop of its own would stand beside it.
        QString item = items.at(i).trimmed();
        if (item.endsWith(QLatin1Char('.')) && !item.endsWith(QLatin1String("...")))
            item.chop(1);
        parts << BidiText::keepNumbersTogether(item).toHtmlEscaped();
    }
    if (items.size() > shown)
        parts << tr("and %1 more (the whole list in the tooltip)")
                     .arg(DeskText::number(items.size() - shown))
                     .toHtmlEscaped();
    // In Arabic a semicolon: a middle dot beside Arabic-Indic digits reads as a zero.
    const QString separator = tr(" · ", "between the things missing, listed on one line");
    QString html = QStringLiteral("<p style=\"margin:0px;\"><b>%1</b> %2</p>")
                       .arg(BidiText::keepNumbersTogether(heading).toHtmlEscaped(),
                            parts.join(separator.toHtmlEscaped()));
    if (!saveWillDo.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:2px; margin-bottom:0px;\">%1</p>")
                    .arg(BidiText::keepNumbersTogether(saveWillDo).toHtmlEscaped());
    m_blockers->setText(html);
    m_blockers->setToolTip(
        items.isEmpty() ? QString() : BidiText::keepNumbersTogether(items).join(QLatin1Char('\n')));
}

void NextStepLines::showKeys(const QString &nextKeyMeaning)
{
    m_keys->setText(tr("Enter: next field · Ctrl+Enter: %1 · Ctrl+S: save · Alt+1 … Alt+7: look "
                       "at a step · Esc: close")
                        .arg(nextKeyMeaning));
}
