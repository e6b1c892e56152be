#include "ui/shell/SignInDialog.h"

#include "ui_SignInDialog.h"

#include "core/DeskText.h"
#include "services/AssociationDesk.h"
#include "services/Workspace.h"
#include "ui/widgets/AssociationLogo.h"
#include "ui/widgets/BidiText.h"

#include <QEvent>

SignInDialog::SignInDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    QFont title = m_ui->signInTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->signInTitleLabel->setFont(title);
    QPalette warning = m_ui->signInMessageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->signInMessageLabel->setPalette(warning);
    m_ui->signInMessageLabel->hide();

    const auto profile = AssociationDesk::shown(workspace.database());
    const AssociationProfile p = profile ? *profile : AssociationProfile();
    const QString name = p.displayName(DeskText::language());
    m_ui->signInTitleLabel->setText(name);
    m_ui->signInLogoLabel->setPixmap(AssociationLogo::pixmap(
        p.logoPng, name, m_ui->signInLogoLabel->maximumWidth(), devicePixelRatioF()));

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->connectionButton, &QPushButton::clicked, this,
            &SignInDialog::connectionRequested);
    m_ui->usernameEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString SignInDialog::message() const
{
    return m_ui->signInMessageLabel->isHidden() ? QString() : m_ui->signInMessageLabel->text();
}

void SignInDialog::submit()
{
    const Status s = m_workspace.signIn(m_ui->usernameEdit->text(), m_ui->passwordEdit->text());
    if (s) {
        m_ui->passwordEdit->clear();
        accept();
        return;
    }
    // The database's path, when named, reads left to right in an Arabic sentence.
    m_ui->signInMessageLabel->setText(BidiText::isolatePaths(s.error()));
    m_ui->signInMessageLabel->show();
    m_ui->passwordEdit->clear();
    if (m_ui->usernameEdit->text().trimmed().isEmpty())
        m_ui->usernameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
