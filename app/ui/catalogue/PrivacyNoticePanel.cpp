#include "ui/catalogue/PrivacyNoticePanel.h"

#include "ui_PrivacyNoticePanel.h"

#include "services/PrivacyNoticeDesk.h"
#include "ui/widgets/Message.h"
#include "ui/widgets/PlainTextAlignment.h"

#include <QEvent>

PrivacyNoticePanel::PrivacyNoticePanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PrivacyNoticePanel>()), m_db(db),
      m_session(session)
{
    m_ui->setupUi(this);
    fillLanguages();
    Message::clear(m_ui->noticeMessage);
    connect(m_ui->noticeLanguageCombo, qOverload<int>(&QComboBox::activated), this,
            &PrivacyNoticePanel::reload);
    connect(m_ui->saveNoticeButton, &QPushButton::clicked, this, &PrivacyNoticePanel::save);
    connect(m_ui->defaultNoticeButton, &QPushButton::clicked, this,
            &PrivacyNoticePanel::showDefault);
    reload();
}

PrivacyNoticePanel::~PrivacyNoticePanel() = default;

void PrivacyNoticePanel::fillLanguages()
{
    const int chosen = qMax(0, m_ui->noticeLanguageCombo->currentIndex());
    m_ui->noticeLanguageCombo->clear();
    m_ui->noticeLanguageCombo->addItem(tr("Arabic"), QStringLiteral("ar"));
    m_ui->noticeLanguageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->noticeLanguageCombo->setCurrentIndex(chosen);
}

QString PrivacyNoticePanel::language() const
{
    return m_ui->noticeLanguageCombo->currentData().toString();
}

void PrivacyNoticePanel::setLanguage(const QString &language)
{
    m_ui->noticeLanguageCombo->setCurrentIndex(
        qMax(0, m_ui->noticeLanguageCombo->findData(language)));
    reload();
}

void PrivacyNoticePanel::reload()
{
    const bool arabic = language() == QLatin1String("ar");
    // The text's own direction, whatever the window's.
    m_ui->noticeEdit->setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    PlainTextAlignment::follow(m_ui->noticeEdit);
    PrivacyNoticeDesk desk(m_db, m_session);
    const auto text = desk.text(language());
    const auto custom = desk.isCustom(language());
    if (!text || !custom) {
        Message::show(m_ui->noticeMessage, text ? custom.error() : text.error(),
                      Message::Kind::Error);
        return;
    }
    m_ui->noticeEdit->setPlainText(*text);
    m_ui->noticeStateLabel->setText(*custom ? tr("The association's own text")
                                            : tr("The default text"));
}

void PrivacyNoticePanel::showDefault()
{
    m_ui->noticeEdit->setPlainText(PrivacyNotice::defaultBody(language()));
    Message::show(m_ui->noticeMessage, tr("The default text is shown; save to use it."),
                  Message::Kind::Plain);
}

bool PrivacyNoticePanel::save()
{
    const Status saved =
        PrivacyNoticeDesk(m_db, m_session).save(language(), m_ui->noticeEdit->toPlainText());
    if (!saved) {
        Message::show(m_ui->noticeMessage, saved.error(), Message::Kind::Error);
        return false;
    }
    reload();
    Message::show(m_ui->noticeMessage, tr("The privacy notice is saved."), Message::Kind::Done);
    return true;
}

void PrivacyNoticePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QWidget::changeEvent(event);
}
