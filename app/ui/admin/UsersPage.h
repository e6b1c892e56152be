// The administrator's users page (issue 4): everyone who may sign in with
// their roles and whether the account is active; the chosen user's name,
// roles and active flag; a new password for someone who forgot theirs; a new
// user with roles and a first password (typed twice). Everything goes
// through UserAdmin, which refuses anyone without Action::ManageUsers.
// Unsaved changes are kept: choosing another user first asks to save or undo.
//
// Child object names: "usersTable", "newUserButton", "userNameEdit",
// "userUsernameEdit", "roleReceptionistCheck", "roleOfficerCheck",
// "roleManagerCheck", "roleAdministratorCheck", "userActiveCheck",
// "newPasswordEdit", "repeatPasswordEdit", "resetPasswordButton",
// "saveUserButton", "undoUserButton", "userMessageLabel".
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QWidget>

#include <memory>

class Authenticator;
class Database;
class QCheckBox;
class Session;
class UserAdmin;

namespace Ui {
class UsersPage;
}

class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RolesColumn,
        StatusColumn,
        ColumnCount
    };

    UsersPage(Database &db, const Session &session, Authenticator &authenticator,
              QWidget *parent = nullptr);
    ~UsersPage() override;

    const QVector<User> &users() const { return m_users; }
    // The chosen user's row, -1 while a new user is being written.
    int currentRow() const { return m_row; }
    bool hasChanges() const { return m_changed; }
    QString message() const;

public slots:
    void reload();
    void startNew();
    void save();
    void undoChanges();
    void setPassword();

protected:
    void changeEvent(QEvent *event) override;

private:
    QVector<QPair<Role, QCheckBox *>> roleChecks() const;
    void fill(int row);
    void onRowChosen();
    void selectRow(int row);
    void markChanged();
    void showMessage(const QString &text, bool error);
    void retranslate();
    Status checkPasswords() const;

    std::unique_ptr<Ui::UsersPage> m_ui;
    std::unique_ptr<UserAdmin> m_admin;
    QVector<User> m_users;
    int m_row = -1;
    bool m_changed = false;
    bool m_filling = false;
};
