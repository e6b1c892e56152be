// Fuzz target: the search query normaliser (DOMAIN.md section 4). Whatever is
// typed, tokens and keys come back without crashing, and the folds are stable:
// normalising twice gives what normalising once gave.
#include "FuzzInput.h"

#include "core/ArabicText.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::ensureApplication();
    const QString query = FuzzInput::text(data, size);
    const QString once = ArabicText::normalise(query);
    if (ArabicText::normalise(once) != once)
        std::abort(); // a fold that needs a second pass would miss stored names
    const QStringList tokens = ArabicText::tokens(query);
    for (const QString &token : tokens) {
        if (token.isEmpty())
            std::abort();
        (void)ArabicText::queryForms(token);
        (void)ArabicText::indexKeys(token);
    }
    (void)ArabicText::nameKeys(query);
    // A name always matches itself as a query when it has tokens.
    if (!tokens.isEmpty() && ArabicText::match(query, query) == ArabicText::Match::None)
        std::abort();
    return 0;
}
