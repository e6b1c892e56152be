#include "ui/case/CaseStepPage.h"

#include "core/Clock.h"
#include "services/AssociationDesk.h"
#include "services/CasePapers.h"
#include "services/Session.h"
#include "services/StaffDirectory.h"
#include "ui/case/CasePrinting.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>

CaseStepPage::CaseStepPage(Step step, CaseServices &services, QWidget *parent)
    : QWidget(parent), m_step(step), m_services(services)
{}

void CaseStepPage::showCase(const CaseContext &ctx, bool editable)
{
    m_ctx = ctx;
    m_editable = editable;
    load();
    alignValues();
}

// A value shown beside its label ("...Value") starts on the reading side of
// the interface language even when it holds only digits (a phone, an ID), which
// a label would otherwise put on the left.
void CaseStepPage::alignValues()
{
    const Qt::Alignment side =
        Qt::AlignAbsolute | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->objectName().endsWith(QLatin1String("Value")) ||
            (label->alignment() & Qt::AlignHCenter))
            continue;
        label->setAlignment(side | (label->alignment() & Qt::AlignVertical_Mask));
    }
}

void CaseStepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        alignValues();
    QWidget::changeEvent(event);
}

void CaseStepPage::focusFirstField()
{
    if (QWidget *first = nextFieldAfter(this))
        first->setFocus(Qt::TabFocusReason);
}

bool CaseStepPage::check(const Status &status)
{
    if (!status.ok())
        emit reported(status.error(), true);
    return status.ok();
}

bool CaseStepPage::handleEnter(QWidget *)
{
    return false;
}

QString CaseStepPage::nextKeyMeaning() const
{
    return tr("next step");
}

CaseDocumentData CaseStepPage::documentData() const
{
    CaseDocumentData data;
    const auto profile = AssociationDesk::shown(m_services.db);
    data.associationName =
        profile ? profile->displayName(QStringLiteral("ar")) : AssociationProfile::defaultName();
    data.theCase = m_ctx.theCase;
    data.beneficiary = m_ctx.beneficiary;
    if (m_ctx.service)
        data.serviceName = m_ctx.service->nameAr;
    data.staffName = m_services.session.user().displayName;
    data.printedAt = Clock::instance().nowUtc();
    return data;
}

Status CaseStepPage::printPaper(CaseDocument::Kind kind)
{
    const CaseDocumentData data = documentData();
    // Recorded before the preview shows the person's data.
    if (Status s = CasePapers(m_services.db, m_services.session)
                       .recordMade(kind, data, CasePapers::How::Printed);
        !s)
        return s;
    return CasePrinting::printWithPreview(this, kind, data);
}

Result<QString> CaseStepPage::savePaper(CaseDocument::Kind kind)
{
    const CaseDocumentData data = documentData();
    // The service writes it (never onto the database) and records it.
    return CasePrinting::saveAsPdf(this, kind, data, [&](const QString &path) {
        return CasePapers(m_services.db, m_services.session).savePdf(kind, data, path);
    });
}

QString CaseStepPage::staffName(qint64 userId) const
{
    if (userId == 0)
        return QString();
    if (userId == m_services.session.userId())
        return m_services.session.user().displayName;
    const Result<QString> name = StaffDirectory(m_services.db, m_services.session).name(userId);
    return name ? *name : tr("Staff member no. %1").arg(userId);
}

// The next widget Enter moves to: a field (buttons are pressed with their
// shortcut or reached with Tab) inside this page; none after the last one.
QWidget *CaseStepPage::nextFieldAfter(QWidget *current) const
{
    QWidget *w = current->nextInFocusChain();
    while (w && w != current) {
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool field = !button || button->isCheckable();
        const bool canTakeFocus = (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
                                  w->isEnabled() && !w->focusProxy();
        if (canTakeFocus && field)
            return isAncestorOf(w) ? w : nullptr;
        w = w->nextInFocusChain();
    }
    return nullptr;
}

void CaseStepPage::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (!enter || mods != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus)) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    if (handleEnter(focus))
        return;
    // Enter on a button presses it, as in a dialog.
    if (auto *button = qobject_cast<QAbstractButton *>(focus); button && !button->isCheckable()) {
        button->click();
        return;
    }
    if (QWidget *next = nextFieldAfter(focus))
        next->setFocus(Qt::TabFocusReason);
    else
        emit finished();
}
