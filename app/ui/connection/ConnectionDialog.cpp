#include "ui/connection/ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include "services/ConnectionCheck.h"
#include "storage/DatabaseAddress.h"
#include "ui/shell/Settings.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Message.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QLocale>
#include <QUrl>

ConnectionDialog::ConnectionDialog(Settings &settings, const QString &currentLocation,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    // Addresses, names and paths read left to right in either language.
    for (QLineEdit *edit :
         {m_ui->fileEdit, m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->passwordEdit})
        edit->setLayoutDirection(Qt::LeftToRight);
    m_ui->portSpin->setLayoutDirection(Qt::LeftToRight);
    // A port is written as in the address: Latin digits, no group separator.
    m_ui->portSpin->setLocale(QLocale::c());
    m_ui->resultLabel->hide();

    connect(m_ui->fileRadio, &QRadioButton::toggled, this, &ConnectionDialog::updatePanels);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionDialog::chooseFile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    setLocation(currentLocation);
    resize(qMax(width(), 640), height());
    fitHeight();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setLocation(const QString &location)
{
    const Result<DatabaseAddress> address = DatabaseAddress::parse(location);
    if (address && address->isServer()) {
        m_ui->serverRadio->setChecked(true);
        m_ui->hostEdit->setText(address->host());
        m_ui->portSpin->setValue(address->port() > 0 ? address->port() : 5432);
        m_ui->databaseEdit->setText(address->databaseName());
        m_ui->userEdit->setText(address->userName());
        m_ui->passwordEdit->setText(address->password());
    } else {
        m_ui->fileRadio->setChecked(true);
        m_ui->fileEdit->setText(
            DatabaseAddress::isServer(location) ? QString() : QDir::toNativeSeparators(location));
    }
    updatePanels();
}

bool ConnectionDialog::isServer() const
{
    return m_ui->serverRadio->isChecked();
}

QString ConnectionDialog::location() const
{
    if (!isServer())
        return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    if (!m_ui->passwordEdit->text().isEmpty())
        url.setPassword(m_ui->passwordEdit->text());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionDialog::displayedLocation() const
{
    const QString where = location();
    const Result<DatabaseAddress> address = DatabaseAddress::parse(where);
    return address ? address->display() : QString();
}

void ConnectionDialog::updatePanels()
{
    m_ui->filePanel->setEnabled(!isServer());
    m_ui->serverPanel->setEnabled(isServer());
    m_ui->passwordNoteLabel->setEnabled(isServer());
}

void ConnectionDialog::chooseFile()
{
    const QString start = m_ui->fileEdit->text().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_ui->fileEdit->text()).absolutePath();
    const QString chosen = FileChooser::saveFileName(this, tr("The database file"), start,
                                                     tr("Istiqbal databases (*.sqlite *.db)"),
                                                     QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(chosen));
}

void ConnectionDialog::showResult(const QString &text, bool isError)
{
    m_resultIsError = isError;
    Message::show(m_ui->resultLabel, text, isError ? Message::Kind::Error : Message::Kind::Done);
    fitHeight();
}

void ConnectionDialog::fitHeight()
{
    // A window does not grow by itself for its wrapped lines: every line of
    // the notes and of a long explanation shows.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString ConnectionDialog::result() const
{
    return m_ui->resultLabel->isHidden() ? QString() : m_ui->resultLabel->text();
}

void ConnectionDialog::setProblem(const QString &problem)
{
    showResult(problem, true);
}

Status ConnectionDialog::testConnection()
{
    const QString where = location();
    const Result<QString> found = ConnectionCheck::test(where);
    if (!found) {
        m_tested.clear();
        showResult(found.error(), true);
        return found.status();
    }
    m_tested = where;
    showResult(*found, false);
    return Status::success();
}

bool ConnectionDialog::save()
{
    if (m_tested != location() && !testConnection())
        return false;
    m_settings.setDatabasePath(displayedLocation());
    m_settings.sync();
    accept();
    return true;
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
