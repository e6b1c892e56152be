#include "ui/shell/QtTranslations.h"

#include "core/Mnemonic.h"

QString QtTranslations::translate(const char *context, const char *sourceText,
                                  const char *disambiguation, int n) const
{
    return Mnemonic::dropFromArabicWords(
        QTranslator::translate(context, sourceText, disambiguation, n));
}
