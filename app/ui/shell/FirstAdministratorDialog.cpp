#include "ui/shell/FirstAdministratorDialog.h"

#include "ui_FirstAdministratorDialog.h"

#include "core/Username.h"
#include "services/Workspace.h"

#include <QEvent>

FirstAdministratorDialog::FirstAdministratorDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdministratorDialog>()),
      m_workspace(workspace)
{
    m_ui->setupUi(this);
    QFont title = m_ui->firstAdminTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->firstAdminTitleLabel->setFont(title);
    QPalette warning = m_ui->firstAdminMessageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->firstAdminMessageLabel->setPalette(warning);
    m_ui->firstAdminMessageLabel->hide();
    connect(m_ui->createAdminButton, &QPushButton::clicked, this,
            &FirstAdministratorDialog::submit);
    connect(m_ui->firstAdminQuitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->firstAdminConnectionButton, &QPushButton::clicked, this,
            &FirstAdministratorDialog::connectionRequested);
    m_ui->adminNameEdit->setFocus();
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

QString FirstAdministratorDialog::message() const
{
    return m_ui->firstAdminMessageLabel->isHidden() ? QString()
                                                    : m_ui->firstAdminMessageLabel->text();
}

void FirstAdministratorDialog::refuse(const QString &reason)
{
    m_ui->firstAdminMessageLabel->setText(reason);
    m_ui->firstAdminMessageLabel->show();
}

void FirstAdministratorDialog::submit()
{
    const QString name = m_ui->adminNameEdit->text().trimmed();
    const QString username = m_ui->adminUsernameEdit->text().trimmed();
    if (name.isEmpty()) {
        refuse(tr("Write the administrator's full name."));
        m_ui->adminNameEdit->setFocus();
        return;
    }
    if (const Status s = Username::check(username); !s) {
        refuse(s.error());
        m_ui->adminUsernameEdit->setFocus();
        return;
    }
    if (m_ui->adminPasswordEdit->text() != m_ui->adminRepeatEdit->text()) {
        refuse(tr("The two passwords are not the same; type them again."));
        m_ui->adminPasswordEdit->clear();
        m_ui->adminRepeatEdit->clear();
        m_ui->adminPasswordEdit->setFocus();
        return;
    }
    const auto created = m_workspace.authenticator().createFirstAdministrator(
        username, name, m_ui->adminPasswordEdit->text());
    if (!created) {
        refuse(created.error());
        m_ui->adminPasswordEdit->clear();
        m_ui->adminRepeatEdit->clear();
        m_ui->adminPasswordEdit->setFocus();
        return;
    }
    m_created = created->username;
    m_ui->adminPasswordEdit->clear();
    m_ui->adminRepeatEdit->clear();
    accept();
}

void FirstAdministratorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
