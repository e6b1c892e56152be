// The administrator's page for the association's identity (issue 4): names
// in Arabic and English, licence number, address and logo (picked from a
// file, previewed, stored as a PNG of at most 256 pixels). Saved through
// AssociationDesk, which refuses anyone without Action::EditAssociation.
//
// The file dialog is a seam: setLogoChooser() gives tests the next file name.
//
// Child object names: "associationNameEdit", "associationEnglishNameEdit",
// "licenceNumberEdit", "addressEdit", "logoPreview", "chooseLogoButton",
// "removeLogoButton", "saveAssociationButton", "undoAssociationButton",
// "associationMessageLabel".
#pragma once

#include "storage/AssociationProfile.h"

#include <QWidget>

#include <functional>
#include <memory>

class AssociationDesk;
class Database;
class Session;

namespace Ui {
class AssociationPage;
}

class AssociationPage final : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent)>;

    AssociationPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~AssociationPage() override;

    // Replaces the file dialog (tests); an empty result means cancelled.
    void setLogoChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    bool hasChanges() const { return m_changed; }
    QString message() const;

public slots:
    void reload();
    void save();
    void chooseLogo();
    void removeLogo();

signals:
    // The identity was saved: headers show it again.
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProfile();
    void showLogo();
    void markChanged();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::AssociationPage> m_ui;
    std::unique_ptr<AssociationDesk> m_editor;
    AssociationProfile m_stored;
    QByteArray m_logo;
    FileChooser m_chooser;
    bool m_changed = false;
    bool m_filling = false;
};
