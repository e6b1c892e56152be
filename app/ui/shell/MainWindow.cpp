#include "ui/shell/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/DeskText.h"
#include "services/AssociationDesk.h"
#include "services/ConnectionKeeper.h"
#include "services/Workspace.h"
#include "ui/admin/DataRequestsPage.h"
#include "ui/admin/ManagementNavigation.h"
#include "ui/beneficiary/BeneficiaryFilePage.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/case/CaseNavigation.h"
#include "ui/case/CasePage.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/desk/DeskPage.h"
#include "ui/officer/OfficerNavigation.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/Application.h"
#include "ui/shell/BackupStatusPanel.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/Settings.h"
#include "ui/shell/WaitingCounts.h"
#include "ui/widgets/AssociationLogo.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QScreen>

MainWindow::MainWindow(Workspace &workspace, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_settings(settings)
{
    m_ui->setupUi(this);
    QFont name = m_ui->associationNameLabel->font();
    name.setPointSizeF(name.pointSizeF() * 1.35);
    name.setBold(true);
    m_ui->associationNameLabel->setFont(name);

    Database &db = workspace.database();
    m_connection = new ConnectionKeeper(db, this);
    m_ui->connectionBanner->watch(m_connection);
    connect(m_connection, &ConnectionKeeper::restored, this, &MainWindow::onConnectionRestored);
    m_desk = new DeskPage(db, workspace.session(), m_ui->pages);
    m_desk->setObjectName(QStringLiteral("deskPage"));
    m_search = new BeneficiarySearchPanel(db, workspace.session(), m_ui->pages);
    m_search->setObjectName(QStringLiteral("searchPage"));
    m_file =
        new BeneficiaryFilePage(db, workspace.session(), workspace.authenticator(), m_ui->pages);
    m_file->setObjectName(QStringLiteral("beneficiaryFilePage"));
    m_ui->pages->addWidget(m_desk);
    m_ui->pages->addWidget(m_search);
    m_ui->pages->addWidget(m_file);
    m_desk->setScope(settings.deskScope());
    m_backupStatus = new BackupStatusPanel(db, workspace.session(), this);
    m_ui->statusBar->addPermanentWidget(m_backupStatus);

    setUpActions();
    m_idleLock = new IdleLock(*this, workspace, IdleLock::minutesToMs(settings.idleLockMinutes()));
    m_ui->navigationBar->addAction(m_idleLock->lockAction());
    m_ui->navigationBar->addAction(m_signOutAction);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &MainWindow::signOutRequested);
    m_management = new ManagementNavigation(*this, workspace);
    m_officer = new OfficerNavigation(*this, workspace);
    new CaseNavigation(*this, workspace); // the case screen: Ctrl+N and the lists' cases
    m_waiting = new WaitingCounts(db, workspace.session(), this);
    connect(m_waiting, &WaitingCounts::answersChosen, this, &MainWindow::showDesk);
    connect(m_waiting, &WaitingCounts::referralsChosen, m_officer,
            &OfficerNavigation::showReferrals);
    applyPermissions();
    {
        // After the pages (made by now), before the language switch.
        QAction *before = m_ui->languageAction;
        const QList<QAction *> bar = m_ui->navigationBar->actions();
        const int at = int(bar.indexOf(m_ui->languageAction));
        if (at > 0 && bar.at(at - 1)->isSeparator())
            before = bar.at(at - 1);
        m_ui->navigationBar->insertSeparator(before);
        m_ui->navigationBar->insertAction(before, m_waiting->answersAction());
        m_ui->navigationBar->insertAction(before, m_waiting->referralsAction());
    }
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    connect(m_search, &BeneficiarySearchPanel::beneficiaryChosen, this,
            &MainWindow::openBeneficiary);
    connect(m_file, &BeneficiaryFilePage::backRequested, this, &MainWindow::showSearch);
    connect(m_file, &BeneficiaryFilePage::caseActivated, this, &MainWindow::caseRequested);
    connect(m_file, &BeneficiaryFilePage::dataRequestsWanted, this,
            [this](qint64 beneficiaryId, const QString &name) {
                if (DataRequestsPage *page = m_management->dataRequests()) {
                    page->showPerson(beneficiaryId, name);
                    showPage(page);
                }
            });
    connect(m_desk, &DeskPage::caseActivated, this, &MainWindow::caseRequested);
    connect(m_desk, &DeskPage::scopeChanged, this,
            [this](int scope) { m_settings.setDeskScope(scope); });

    reloadAssociation();
    retranslate();

    if (!restoreGeometry(settings.windowGeometry())) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QSize available = screen ? screen->availableSize() : QSize(1366, 768);
        resize(qMin(1280, available.width()), qMin(720, available.height()));
    }
    restoreState(settings.windowState());
    showHome();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_pageActions->addAction(m_ui->deskAction);
    m_pageActions->addAction(m_ui->findAction);

    m_ui->deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_ui->newCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_ui->findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_ui->aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    for (QAction *a : {m_ui->deskAction, m_ui->newCaseAction, m_ui->findAction, m_ui->aboutAction})
        a->setShortcutContext(Qt::WindowShortcut);

    connect(m_ui->deskAction, &QAction::triggered, this, &MainWindow::showDesk);
    connect(m_ui->findAction, &QAction::triggered, this, &MainWindow::showSearch);
    connect(m_ui->newCaseAction, &QAction::triggered, this, &MainWindow::newCaseRequested);
    connect(m_ui->languageAction, &QAction::triggered, this, &MainWindow::toggleLanguage);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
}

void MainWindow::showAbout()
{
    // Window-modal and not waited for: no nested event loop.
    auto *about = new AboutDialog(m_workspace.database().path(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::applyPermissions()
{
    const Session &session = m_workspace.session();
    const auto allow = [](QAction *action, bool allowed) {
        action->setVisible(allowed);
        action->setEnabled(allowed);
    };
    allow(m_ui->deskAction, session.may(Action::ViewCases));
    allow(m_ui->findAction, session.may(Action::ViewCases));
    allow(m_ui->newCaseAction, session.may(Action::OpenCase));
    m_officer->applyPermissions();
    m_waiting->applyPermissions();
}

void MainWindow::addNavigationPage(QAction *action, QWidget *page)
{
    QAction *before = m_ui->languageAction;
    const QList<QAction *> bar = m_ui->navigationBar->actions();
    const int at = int(bar.indexOf(m_ui->languageAction));
    if (at > 0 && bar.at(at - 1)->isSeparator())
        before = bar.at(at - 1);
    action->setCheckable(true);
    action->setShortcutContext(Qt::WindowShortcut);
    m_ui->navigationBar->insertAction(before, action);
    m_pageActions->addAction(action);
    m_navigation.append({action, page});
    addPage(page);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
}

void MainWindow::showHome()
{
    if (m_waiting->referralsWaiting() > 0 && m_officer->officerDeskAction()->isVisible()) {
        m_officer->showReferrals();
        return;
    }
    if (m_ui->deskAction->isVisible()) {
        showDesk();
        return;
    }
    for (const auto &[action, page] : std::as_const(m_navigation)) {
        if (action->isVisible()) {
            showPage(page);
            return;
        }
    }
}

int MainWindow::addPage(QWidget *page)
{
    return m_ui->pages->addWidget(page);
}

void MainWindow::showPage(QWidget *page)
{
    if (m_ui->pages->indexOf(page) < 0)
        addPage(page);
    m_ui->pages->setCurrentWidget(page);
    onPageChanged(m_ui->pages->currentIndex());
    page->setFocus(Qt::OtherFocusReason);
}

QWidget *MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

void MainWindow::showDesk()
{
    showPage(m_desk);
}

void MainWindow::showSearch()
{
    showPage(m_search);
    m_search->focusSearch();
}

void MainWindow::openBeneficiary(qint64 beneficiaryId)
{
    // The file page says itself when the person cannot be read.
    (void)m_file->showBeneficiary(beneficiaryId);
    showPage(m_file);
}

void MainWindow::refreshLists()
{
    m_desk->refresh();
    m_officer->refresh();
    m_waiting->refresh();
    if (currentPage() == m_file)
        m_file->reload();
}

ConnectionBanner *MainWindow::connectionBanner() const
{
    return m_ui->connectionBanner;
}

void MainWindow::onConnectionRestored()
{
    m_desk->listenAgain();
    m_officer->listenAgain();
    m_waiting->listenAgain();
    if (currentPage() == m_file)
        m_file->reload();
}

void MainWindow::onPageChanged(int index)
{
    QWidget *page = m_ui->pages->widget(index);
    // The case screen takes the header's height: step 2 (the record, the
    // service and its documents) then fits a 1366x768 screen without
    // scrolling. The title bar still names the association.
    m_ui->headerFrame->setVisible(!qobject_cast<CasePage *>(page));
    m_ui->deskAction->setChecked(page == m_desk);
    // The file is reached from the search: the search stays marked.
    m_ui->findAction->setChecked(page == m_search || page == m_file);
    for (const auto &[action, navigated] : std::as_const(m_navigation))
        action->setChecked(page == navigated);
}

void MainWindow::reloadAssociation()
{
    const auto profile = AssociationDesk::shown(m_workspace.database());
    const AssociationProfile p = profile ? *profile : AssociationProfile();
    m_associationName = p.displayName(DeskText::language());
    m_logoPng = p.logoPng;
    m_ui->associationNameLabel->setText(m_associationName);
    const int side = m_ui->logoLabel->maximumWidth();
    m_ui->logoLabel->setPixmap(
        AssociationLogo::pixmap(m_logoPng, m_associationName, side, devicePixelRatioF()));
    setWindowTitle(tr("%1 — Istiqbal").arg(m_associationName));
    setWindowIcon(QIcon(AssociationLogo::pixmap(m_logoPng, m_associationName, 64, 1.0)));
}

void MainWindow::retranslate()
{
    m_ui->userLabel->setText(
        DeskText::message(tr("At the desk: %1"), {m_workspace.session().user().displayName}));
    m_ui->deskAction->setToolTip(tr("Today's open cases (Ctrl+1)"));
    m_ui->newCaseAction->setToolTip(tr("Receive a new visitor, call or letter (Ctrl+N)"));
    m_ui->findAction->setToolTip(tr("Find a beneficiary by name, ID or phone (Ctrl+F)"));
    // The other language, named in itself.
    m_ui->languageAction->setText(DeskText::isArabic() ? QStringLiteral("English")
                                                       : QStringLiteral("العربية"));
    m_signOutAction->setText(tr("Sign out"));
    m_signOutAction->setToolTip(tr("Close your pages and let someone else sign in"));
    m_idleLock->lockAction()->setText(tr("Lock"));
    m_idleLock->lockAction()->setToolTip(
        tr("Lock the window until you type your password (Ctrl+L)"));
    m_management->retranslate();
    m_officer->retranslate();
    m_waiting->retranslate();
    reloadAssociation();
    m_ui->statusBar->showMessage(
        DeskText::message(tr("Database: %1"), {DeskText::path(m_workspace.database().path())}));
}

void MainWindow::setLanguage(const QString &language)
{
    if (!Settings::isSupportedLanguage(language))
        return;
    m_settings.setLanguage(language);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Application::applyLanguage(*app, language);
}

void MainWindow::toggleLanguage()
{
    setLanguage(DeskText::isArabic() ? QStringLiteral("en") : QStringLiteral("ar"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    m_backupStatus->backUpIfDue(true);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}
