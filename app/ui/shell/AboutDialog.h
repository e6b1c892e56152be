// The About box: the program's version and licence, the Qt library it runs
// on, and where the open database is (a file, or a server address), so a
// person can tell support what they use. Opened from the window (F1).
//
// Object names: "versionValue", "licenceValue", "qtValue", "databaseValue",
// "buttonBox".
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databaseLocation, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The program's version, as `istiqbal --version` prints it.
    static QString version();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    QString leftToRight(const QString &text) const;

    std::unique_ptr<Ui::AboutDialog> m_ui;
    QString m_databaseLocation;
};
