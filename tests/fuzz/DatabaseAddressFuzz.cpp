// Fuzz target: the database address parser (a file path or a PostgreSQL URL).
// Any text gives an address or a reason; a parsed server address always names
// a host and a database, and what is shown never carries the password.
#include "FuzzInput.h"

#include "storage/DatabaseAddress.h"

#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::ensureApplication();
    const QString text = FuzzInput::text(data, size);
    const Result<DatabaseAddress> address = DatabaseAddress::parse(text);
    if (!address) {
        if (address.error().isEmpty())
            std::abort(); // a refusal without a reason
        return 0;
    }
    if (address->isServer()) {
        if (address->host().isEmpty() || address->databaseName().isEmpty())
            std::abort();
        if (!QUrl(address->display()).password().isEmpty())
            std::abort(); // the password shown
        (void)address->options();
    }
    return 0;
}
