#include "ui/admin/UsersPage.h"

#include "core/DeskText.h"

#include "ui_UsersPage.h"

#include "services/UserAdmin.h"

#include <QEvent>
#include <QHeaderView>
#include <QSignalBlocker>

UsersPage::UsersPage(Database &db, const Session &session, Authenticator &authenticator,
                     QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()),
      m_admin(std::make_unique<UserAdmin>(db, session, authenticator))
{
    m_ui->setupUi(this);
    QFont title = m_ui->usersTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->usersTitleLabel->setFont(title);
    m_ui->userMessageLabel->hide();
    m_ui->usersTable->setColumnCount(ColumnCount);
    QHeaderView *header = m_ui->usersTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    connect(m_ui->usersTable, &QTableWidget::itemSelectionChanged, this, &UsersPage::onRowChosen);
    connect(m_ui->newUserButton, &QPushButton::clicked, this, &UsersPage::startNew);
    connect(m_ui->saveUserButton, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_ui->undoUserButton, &QPushButton::clicked, this, &UsersPage::undoChanges);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &UsersPage::setPassword);
    for (QLineEdit *e : {m_ui->userNameEdit, m_ui->userUsernameEdit})
        connect(e, &QLineEdit::textChanged, this, &UsersPage::markChanged);
    for (const auto &[role, check] : roleChecks())
        connect(check, &QCheckBox::toggled, this, &UsersPage::markChanged);
    connect(m_ui->userActiveCheck, &QCheckBox::toggled, this, &UsersPage::markChanged);
    retranslate();
    setFocusProxy(m_ui->usersTable);
    reload();
}

UsersPage::~UsersPage() = default;

QVector<QPair<Role, QCheckBox *>> UsersPage::roleChecks() const
{
    return {{Role::Receptionist, m_ui->roleReceptionistCheck},
            {Role::ProgramOfficer, m_ui->roleOfficerCheck},
            {Role::Manager, m_ui->roleManagerCheck},
            {Role::Administrator, m_ui->roleAdministratorCheck}};
}

QString UsersPage::message() const
{
    return m_ui->userMessageLabel->isHidden() ? QString() : m_ui->userMessageLabel->text();
}

void UsersPage::reload()
{
    const qint64 keep = m_row >= 0 && m_row < m_users.size() ? m_users.at(m_row).id : 0;
    const auto users = m_admin->users();
    if (!users) {
        showMessage(users.error(), true);
        return;
    }
    m_users = *users;
    const QSignalBlocker blocker(m_ui->usersTable);
    m_ui->usersTable->setRowCount(int(m_users.size()));
    int row = m_users.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_users.size(); ++i) {
        const User &u = m_users.at(i);
        QStringList roles;
        for (Role r : u.roles)
            roles << Domain::label(r);
        const QStringList cells = {u.displayName, u.username, roles.join(tr(", ")),
                                   u.active ? tr("Active") : tr("Deactivated")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_ui->usersTable->setItem(i, c, item);
        }
        if (u.id == keep)
            row = i;
    }
    selectRow(row);
    fill(row);
}

void UsersPage::selectRow(int row)
{
    const QSignalBlocker blocker(m_ui->usersTable);
    m_row = row;
    if (row < 0)
        m_ui->usersTable->clearSelection();
    else
        m_ui->usersTable->selectRow(row);
}

void UsersPage::fill(int row)
{
    m_filling = true;
    const bool existing = row >= 0 && row < m_users.size();
    const User u = existing ? m_users.at(row) : User();
    m_ui->userGroup->setTitle(existing ? u.displayName : tr("A new user"));
    m_ui->userNameEdit->setText(u.displayName);
    m_ui->userUsernameEdit->setText(u.username);
    m_ui->userUsernameEdit->setReadOnly(existing);
    for (const auto &[role, check] : roleChecks())
        check->setChecked(u.roles.contains(role));
    m_ui->userActiveCheck->setChecked(u.active);
    m_ui->userActiveCheck->setEnabled(existing);
    m_ui->newPasswordEdit->clear();
    m_ui->repeatPasswordEdit->clear();
    m_ui->resetPasswordButton->setVisible(existing);
    m_ui->passwordHintLabel->setText(existing ? tr("A new password, when the user forgot theirs:")
                                              : tr("The first password:"));
    m_filling = false;
    m_changed = false;
    m_ui->saveUserButton->setEnabled(!existing);
    m_ui->undoUserButton->setEnabled(false);
}

void UsersPage::markChanged()
{
    if (m_filling)
        return;
    m_changed = true;
    m_ui->userMessageLabel->hide();
    m_ui->saveUserButton->setEnabled(true);
    m_ui->undoUserButton->setEnabled(true);
}

void UsersPage::onRowChosen()
{
    const QList<QTableWidgetItem *> selected = m_ui->usersTable->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row == m_row || row < 0)
        return;
    if (m_changed) {
        selectRow(m_row);
        showMessage(tr("Save or undo your changes first."), true);
        return;
    }
    m_row = row;
    m_ui->userMessageLabel->hide();
    fill(row);
}

void UsersPage::startNew()
{
    if (m_changed) {
        showMessage(tr("Save or undo your changes first."), true);
        return;
    }
    selectRow(-1);
    m_ui->userMessageLabel->hide();
    fill(-1);
    m_ui->roleReceptionistCheck->setChecked(true);
    m_changed = false;
    m_ui->userNameEdit->setFocus(Qt::OtherFocusReason);
}

void UsersPage::undoChanges()
{
    m_ui->userMessageLabel->hide();
    fill(m_row);
}

Status UsersPage::checkPasswords() const
{
    if (m_ui->newPasswordEdit->text().isEmpty())
        return Status::failure(tr("Type the password twice."));
    if (m_ui->newPasswordEdit->text() != m_ui->repeatPasswordEdit->text())
        return Status::failure(tr("The two passwords are not the same; type them again."));
    return Status::success();
}

void UsersPage::save()
{
    QVector<Role> roles;
    for (const auto &[role, check] : roleChecks()) {
        if (check->isChecked())
            roles << role;
    }
    const bool existing = m_row >= 0 && m_row < m_users.size();
    Result<User> saved = Result<User>::failure(QString());
    if (existing) {
        saved = m_admin->updateUser(m_users.at(m_row).id, m_ui->userNameEdit->text(), roles,
                                    m_ui->userActiveCheck->isChecked());
    } else {
        if (const Status s = checkPasswords(); !s) {
            showMessage(s.error(), true);
            return;
        }
        saved = m_admin->addUser(m_ui->userUsernameEdit->text(), m_ui->userNameEdit->text(), roles,
                                 m_ui->newPasswordEdit->text());
    }
    if (!saved) {
        showMessage(saved.error(), true);
        return;
    }
    m_changed = false;
    m_row = -1;
    reload();
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == saved->id) {
            selectRow(i);
            fill(i);
        }
    }
    showMessage(
        existing ? tr("Saved.")
                 : DeskText::message(tr("%1 can sign in now as %2."),
                                     {saved->displayName, DeskText::leftToRight(saved->username)}),
        false);
}

void UsersPage::setPassword()
{
    if (m_row < 0 || m_row >= m_users.size())
        return;
    if (const Status s = checkPasswords(); !s) {
        showMessage(s.error(), true);
        return;
    }
    const User &u = m_users.at(m_row);
    if (const Status s = m_admin->resetPassword(u.id, m_ui->newPasswordEdit->text()); !s) {
        showMessage(s.error(), true);
        return;
    }
    m_ui->newPasswordEdit->clear();
    m_ui->repeatPasswordEdit->clear();
    showMessage(DeskText::message(tr("%1's new password is set; tell it to them in person."),
                                  {u.displayName}),
                false);
}

void UsersPage::showMessage(const QString &text, bool error)
{
    QPalette palette = m_ui->userMessageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x6e, 0x3c));
    m_ui->userMessageLabel->setPalette(palette);
    m_ui->userMessageLabel->setText(text);
    m_ui->userMessageLabel->show();
}

void UsersPage::retranslate()
{
    for (const auto &[role, check] : roleChecks())
        check->setText(Domain::label(role));
    m_ui->usersTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Username"), tr("Roles"), tr("Account")});
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (!m_changed)
            reload();
    }
    QWidget::changeEvent(event);
}
