// On a person's file, what concerns their rights over their data (issue 13):
// the privacy notice, to print or save (PrivacyNoticeMenu), for those who may
// read it; and, for those who handle data requests, the way to this person's
// requests (requestsWanted()).
//
// Child object names: "filePrivacyNoticeButton" (its menu's actions
// "printPrivacyNoticeAction", "savePrivacyNoticeAction"),
// "personRequestsButton".
#pragma once

#include <QWidget>

#include <memory>

class Database;
class PrivacyNoticeMenu;
class Session;

namespace Ui {
class PersonRightsBar;
}

class PersonRightsBar final : public QWidget
{
    Q_OBJECT

public:
    PersonRightsBar(Database &db, const Session &session, QWidget *parent = nullptr);
    ~PersonRightsBar() override;

    PrivacyNoticeMenu *noticeMenu() const { return m_menu; }

signals:
    void requestsWanted();
    // From the notice's menu: what failed, or where the notice was saved.
    void failed(const QString &reason);
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PersonRightsBar> m_ui;
    PrivacyNoticeMenu *m_menu = nullptr;
};
