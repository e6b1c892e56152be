#include "ui/connection/ConnectionBanner.h"

#include "ui_ConnectionBanner.h"

#include "core/DeskText.h"
#include "services/ConnectionKeeper.h"

#include <QEvent>

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ConnectionBanner>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionBanner"));
    setStyleSheet(QStringLiteral("ConnectionBanner { background: #fff4e5; border: 1px solid "
                                 "#e0a458; border-radius: 4px; } QLabel { color: #7a4100; }"));
    QFont title = m_ui->bannerTitleLabel->font();
    title.setBold(true);
    m_ui->bannerTitleLabel->setFont(title);
    hide();
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::watch(ConnectionKeeper *keeper)
{
    m_keeper = keeper;
    connect(m_ui->retryButton, &QPushButton::clicked, keeper, &ConnectionKeeper::retryNow);
    connect(keeper, &ConnectionKeeper::lost, this, [this] {
        showDetail();
        show();
    });
    connect(keeper, &ConnectionKeeper::retryFailed, this, &ConnectionBanner::showDetail);
    connect(keeper, &ConnectionKeeper::restored, this, &QWidget::hide);
}

QString ConnectionBanner::title() const
{
    return m_ui->bannerTitleLabel->text();
}

QString ConnectionBanner::detail() const
{
    return m_ui->bannerDetailLabel->text();
}

void ConnectionBanner::showDetail()
{
    const int attempts = m_keeper ? m_keeper->attempts() : 0;
    QString text = tr("The page you are working on is kept as you typed it and is saved when the "
                      "server is back. Nothing was half-saved.");
    if (attempts > 0)
        text += QLatin1Char(' ') + tr("Attempts so far: %1.").arg(DeskText::number(attempts));
    m_ui->bannerDetailLabel->setText(text);
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDetail();
    }
    QFrame::changeEvent(event);
}
