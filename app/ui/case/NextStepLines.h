// The two lines under the case's page (issue 14): what blocks the next step,
// as one paragraph of its first few items with the whole list in the
// tooltip, followed by what saving will do; and the keys bar, whose
// Ctrl+Enter says what it does on the page shown (CaseStepPage::nextKeyMeaning),
// so that the page and the bar always agree. Their room is kept whatever they
// say, so the page above does not jump as the list follows the typing.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;

class NextStepLines final
{
    Q_DECLARE_TR_FUNCTIONS(NextStepLines)

public:
    // blockers and keys are the case screen's labels (CasePage.ui).
    NextStepLines(QLabel *blockers, QLabel *keys);

    // heading, then the items (at most three shown), then what saving does.
    void showBlockers(const QString &heading, const QStringList &items, const QString &saveWillDo);
    void showKeys(const QString &nextKeyMeaning);

private:
    QLabel *m_blockers;
    QLabel *m_keys;
};
