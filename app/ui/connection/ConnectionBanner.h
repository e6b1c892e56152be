// The strip at the top of the window while the database server cannot be
// reached (ConnectionKeeper): says so, says that the open page is kept and is
// saved when the server is back, counts the attempts, and offers to try again
// at once. It hides itself when the connection is back.
//
// Child object names: "bannerTitleLabel", "bannerDetailLabel", "retryButton".
#pragma once

#include <QFrame>

#include <memory>

class ConnectionKeeper;

namespace Ui {
class ConnectionBanner;
}

class ConnectionBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    // Shows and hides with keeper's state from now on.
    void watch(ConnectionKeeper *keeper);
    QString title() const;
    QString detail() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();

    std::unique_ptr<Ui::ConnectionBanner> m_ui;
    ConnectionKeeper *m_keeper = nullptr;
};
