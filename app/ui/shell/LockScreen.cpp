#include "ui/shell/LockScreen.h"

#include "core/DeskText.h"

#include "ui_LockScreen.h"

#include <QEvent>

LockScreen::LockScreen(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    setAutoFillBackground(true);
    QFont title = m_ui->lockTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->lockTitleLabel->setFont(title);
    QPalette warning = m_ui->lockMessageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->lockMessageLabel->setPalette(warning);
    m_ui->lockMessageLabel->hide();
    setFocusProxy(m_ui->lockPasswordEdit);

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_ui->lockPasswordEdit, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_ui->lockSignOutButton, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslate();
}

LockScreen::~LockScreen() = default;

void LockScreen::setUserName(const QString &name)
{
    m_userName = name;
    retranslate();
}

void LockScreen::reset()
{
    m_ui->lockPasswordEdit->clear();
    m_ui->lockMessageLabel->clear();
    m_ui->lockMessageLabel->hide();
    m_ui->lockPasswordEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showRefusal(const QString &reason)
{
    m_ui->lockMessageLabel->setText(reason);
    m_ui->lockMessageLabel->show();
    m_ui->lockPasswordEdit->clear();
    m_ui->lockPasswordEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    emit unlockRequested(m_ui->lockPasswordEdit->text());
}

bool LockScreen::focusNextPrevChild(bool next)
{
    // Keep the focus among the lock's own fields and buttons.
    const QList<QWidget *> chain = {m_ui->lockPasswordEdit, m_ui->unlockButton,
                                    m_ui->lockSignOutButton};
    const int at = chain.indexOf(focusWidget());
    const int count = int(chain.size());
    const int to = at < 0 ? 0 : (at + (next ? 1 : count - 1)) % count;
    chain.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void LockScreen::retranslate()
{
    m_ui->lockUserLabel->setText(DeskText::message(
        tr("%1 is signed in. Type your password to go on; your work is as you left it."),
        {m_userName}));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
