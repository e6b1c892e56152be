#include "ui/shell/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QPushButton>

namespace {} // namespace

// A version number or a path reads left to right, also in Arabic: embedded
// left to right (LRE ... PDF). In a right-to-left dialog a right-to-left mark
// first keeps the line's direction, so the value stands beside its caption
// on the right instead of across the dialog on the left.
QString AboutDialog::leftToRight(const QString &text) const
{
    const QString embedded = QChar(0x202A) + text + QChar(0x202C);
    return isRightToLeft() ? QChar(0x200F) + embedded : embedded;
}

AboutDialog::AboutDialog(const QString &databaseLocation, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>()),
      m_databaseLocation(databaseLocation)
{
    m_ui->setupUi(this);
    QFont name = m_ui->nameLabel->font();
    name.setPointSizeF(name.pointSizeF() * 1.5);
    name.setBold(true);
    m_ui->nameLabel->setFont(name);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/istiqbal.svg")).pixmap(64, 64));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    return QStringLiteral(ISTIQBAL_VERSION);
}

void AboutDialog::fill()
{
    m_ui->versionValue->setText(leftToRight(version()));
    // The Qt found at run time, which may be newer than the one built against.
    m_ui->qtValue->setText(leftToRight(QString::fromLatin1(qVersion())));
    // A server address never carries a password (DatabaseAddress), so it can show.
    const bool server = m_databaseLocation.contains(QLatin1String("://"));
    m_ui->databaseValue->setText(
        leftToRight(server ? m_databaseLocation : QDir::toNativeSeparators(m_databaseLocation)));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        fill();
    }
    QDialog::changeEvent(event);
}
