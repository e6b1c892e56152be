// The catalogue's tab where the manager edits the privacy notice's text, in
// Arabic and in English (PrivacyNoticeDesk: Action::EditCatalogue, audited).
// Saving the default text, or an empty one, puts the default back.
//
// Child object names: "noticeLanguageCombo", "noticeStateLabel",
// "noticeEdit", "noticeMessage", "defaultNoticeButton", "saveNoticeButton".
#pragma once

#include <QWidget>

#include <memory>

class Database;
class Session;

namespace Ui {
class PrivacyNoticePanel;
}

class PrivacyNoticePanel final : public QWidget
{
    Q_OBJECT

public:
    PrivacyNoticePanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~PrivacyNoticePanel() override;

    // "ar" or "en": the text being edited.
    QString language() const;
    void setLanguage(const QString &language);
    bool save();
    // Shows the default text in the editor (saved with Save).
    void showDefault();

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::PrivacyNoticePanel> m_ui;
    Database &m_db;
    const Session &m_session;
};
