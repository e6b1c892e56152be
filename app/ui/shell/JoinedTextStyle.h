// The window's style: the platform's (or chosen) style, except that mnemonic
// letters are never underlined. An underlined letter is drawn as a run of its
// own and breaks an Arabic word's joining; Alt+letter still works.
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
};
