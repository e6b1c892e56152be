// Qt's own translations (qtbase_ar.qm: the file and print dialogs, standard
// buttons, context menus), with the mnemonic `&` taken out of Arabic words
// ("ا&حفظ" -> "احفظ") so no style can draw them split.
#pragma once

#include <QTranslator>

class QtTranslations final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};
