// The window's style: the platform's (or chosen) style, except that mnemonic
// letters are underlined only while Alt is held, as KDE and Windows do. An
// underlined letter is drawn as a run of its own and breaks an Arabic word's
// joining; the rest of the time every word is drawn whole, and Alt+letter works.
#pragma once

#include <QProxyStyle>

class JoinedTextStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps base (owned); nullptr wraps Qt's default style.
    explicit JoinedTextStyle(QStyle *base = nullptr);

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    void polish(QApplication *app) override;
    void unpolish(QApplication *app) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    bool altHeld() const { return m_altHeld; }

protected:
    // Watches the Alt key for the whole application.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setAltHeld(bool held);

    bool m_altHeld = false;
};
