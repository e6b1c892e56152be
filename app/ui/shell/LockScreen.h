// What covers the window while it is locked (IdleLock): who is signed in, a
// password field to go on, and a way to sign out for someone else to sign in
// (the open pages close then). Opaque, so nothing of the pages shows through;
// Tab stays inside it.
//
// Child object names: "lockPasswordEdit", "unlockButton", "lockMessageLabel",
// "lockUserLabel", "lockSignOutButton".
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LockScreen;
}

class LockScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);
    ~LockScreen() override;

    void setUserName(const QString &name);
    // Clears the password and any message, and puts the cursor in the field.
    void reset();
    // A refused password: the reason, the field cleared for another try.
    void showRefusal(const QString &reason);

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

protected:
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    std::unique_ptr<Ui::LockScreen> m_ui;
    QString m_userName;
};
