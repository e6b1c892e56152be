#include "ui/beneficiary/PrivacyNoticeMenu.h"

#include "core/DeskText.h"
#include "reports/PrintedPage.h"
#include "services/PrivacyNoticeDesk.h"
#include "ui/widgets/DocumentPrinting.h"

#include <QEvent>

PrivacyNoticeMenu::PrivacyNoticeMenu(Database &db, const Session &session, QWidget *parent)
    : QMenu(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("privacyNoticeMenu"));
    m_print = addAction(QString());
    m_print->setObjectName(QStringLiteral("printPrivacyNoticeAction"));
    m_save = addAction(QString());
    m_save->setObjectName(QStringLiteral("savePrivacyNoticeAction"));
    connect(m_print, &QAction::triggered, this, [this] {
        if (const Status s = print(); !s)
            emit failed(s.error());
    });
    connect(m_save, &QAction::triggered, this, [this] {
        const Result<QString> path = saveAsPdf();
        if (!path)
            emit failed(path.error());
        else if (!path->isEmpty())
            emit saved(*path);
    });
    retranslate();
}

Status PrivacyNoticeMenu::print()
{
    const auto notice = PrivacyNoticeDesk(m_db, m_session).notice(DeskText::language());
    if (!notice)
        return notice.status();
    const PrivacyNoticeData data = *notice;
    return DocumentPrinting::printWithPreview(
        parentWidget(), PrivacyNotice::suggestedFileName(data), PrintedPage::a4(),
        [&](QPagedPaintDevice &device) { return PrivacyNotice::render(data, device); });
}

Result<QString> PrivacyNoticeMenu::saveAsPdf()
{
    const PrivacyNoticeDesk desk(m_db, m_session);
    const auto notice = desk.notice(DeskText::language());
    if (!notice)
        return notice.status();
    const PrivacyNoticeData data = *notice;
    return DocumentPrinting::saveAsPdf(
        parentWidget(), PrivacyNotice::suggestedFileName(data),
        [&](const QString &path) { return desk.writePdf(data, path); });
}

void PrivacyNoticeMenu::retranslate()
{
    m_print->setText(tr("Print the privacy notice…"));
    m_save->setText(tr("Save the privacy notice as PDF…"));
}

void PrivacyNoticeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
