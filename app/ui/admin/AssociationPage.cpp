#include "ui/admin/AssociationPage.h"

#include "core/DeskText.h"

#include "ui_AssociationPage.h"

#include "services/AssociationDesk.h"
#include "ui/widgets/AssociationLogo.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/PlainTextAlignment.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QStandardPaths>

AssociationPage::AssociationPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AssociationPage>()),
      m_editor(std::make_unique<AssociationDesk>(db, session))
{
    m_ui->setupUi(this);
    QFont title = m_ui->associationTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->associationTitleLabel->setFont(title);
    m_ui->associationMessageLabel->hide();
    PlainTextAlignment::follow(m_ui->addressEdit);
    m_chooser = [](QWidget *parent) {
        return ::FileChooser::openFileName(
            parent, tr("The association's logo"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"));
    };

    for (QLineEdit *e :
         {m_ui->associationNameEdit, m_ui->associationEnglishNameEdit, m_ui->licenceNumberEdit})
        connect(e, &QLineEdit::textChanged, this, &AssociationPage::markChanged);
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, &AssociationPage::markChanged);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &AssociationPage::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, &AssociationPage::removeLogo);
    connect(m_ui->saveAssociationButton, &QPushButton::clicked, this, &AssociationPage::save);
    connect(m_ui->undoAssociationButton, &QPushButton::clicked, this,
            &AssociationPage::showProfile);
    setFocusProxy(m_ui->associationNameEdit);
    reload();
}

AssociationPage::~AssociationPage() = default;

QString AssociationPage::message() const
{
    return m_ui->associationMessageLabel->isHidden() ? QString()
                                                     : m_ui->associationMessageLabel->text();
}

void AssociationPage::reload()
{
    const auto profile = m_editor->load();
    if (!profile) {
        showMessage(profile.error(), true);
        return;
    }
    m_stored = *profile;
    showProfile();
}

void AssociationPage::showProfile()
{
    m_filling = true;
    m_ui->associationNameEdit->setText(m_stored.name);
    m_ui->associationEnglishNameEdit->setText(m_stored.englishName);
    m_ui->licenceNumberEdit->setText(m_stored.licenceNumber);
    m_ui->addressEdit->setPlainText(m_stored.address);
    m_logo = m_stored.logoPng;
    showLogo();
    m_filling = false;
    m_changed = false;
    m_ui->saveAssociationButton->setEnabled(false);
    m_ui->undoAssociationButton->setEnabled(false);
}

void AssociationPage::showLogo()
{
    const int side = m_ui->logoPreview->maximumWidth() - 8;
    const QString name = m_ui->associationNameEdit->text().trimmed().isEmpty()
                             ? AssociationProfile::defaultName()
                             : m_ui->associationNameEdit->text();
    m_ui->logoPreview->setPixmap(AssociationLogo::pixmap(m_logo, name, side, devicePixelRatioF()));
    m_ui->removeLogoButton->setEnabled(!m_logo.isEmpty());
}

void AssociationPage::markChanged()
{
    if (m_filling)
        return;
    m_changed = true;
    m_ui->associationMessageLabel->hide();
    m_ui->saveAssociationButton->setEnabled(true);
    m_ui->undoAssociationButton->setEnabled(true);
    if (m_logo.isEmpty())
        showLogo(); // the drawn letter follows the name
}

void AssociationPage::chooseLogo()
{
    const QString path = m_chooser ? m_chooser(this) : QString();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(DeskText::message(tr("The file %1 could not be read."), {DeskText::path(path)}),
                    true);
        return;
    }
    const auto png = AssociationDesk::logoFromImage(file.readAll());
    if (!png) {
        showMessage(png.error(), true);
        return;
    }
    m_logo = *png;
    showLogo();
    markChanged();
}

void AssociationPage::removeLogo()
{
    m_logo.clear();
    showLogo();
    markChanged();
}

void AssociationPage::save()
{
    AssociationProfile p = m_stored;
    p.name = m_ui->associationNameEdit->text();
    p.englishName = m_ui->associationEnglishNameEdit->text();
    p.licenceNumber = m_ui->licenceNumberEdit->text();
    p.address = m_ui->addressEdit->toPlainText();
    p.logoPng = m_logo;
    if (const Status s = m_editor->save(p); !s) {
        showMessage(s.error(), true);
        return;
    }
    reload();
    showMessage(tr("Saved. The header, the declaration and the reports show the new details."),
                false);
    emit saved();
}

void AssociationPage::showMessage(const QString &text, bool error)
{
    QPalette palette = m_ui->associationMessageLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1b, 0x6e, 0x3c));
    m_ui->associationMessageLabel->setPalette(palette);
    m_ui->associationMessageLabel->setText(text);
    m_ui->associationMessageLabel->show();
}

void AssociationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        PlainTextAlignment::follow(m_ui->addressEdit);
    }
    QWidget::changeEvent(event);
}
