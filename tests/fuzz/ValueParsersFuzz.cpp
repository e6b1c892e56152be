// Fuzz target: the parsers of single values a person types or a file supplies:
// numbers (NumberInput), dates (DateInput, HijriDate), phones, national IDs and
// name parts. Each gives a value or a reason; an accepted value reads back as
// itself when written out and parsed again.
#include "FuzzInput.h"

#include "core/DateInput.h"
#include "core/HijriDate.h"
#include "core/NamePart.h"
#include "core/NationalId.h"
#include "core/NumberInput.h"
#include "core/Phone.h"

#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

template <typename T> void refusalHasReason(const Result<T> &r)
{
    require(r.ok() || !r.error().isEmpty());
}

void numbers(const QString &text)
{
    for (int decimals = 0; decimals <= NumberInput::maxDecimals; ++decimals) {
        const Result<qint64> n = NumberInput::parseScaled(text, decimals);
        refusalHasReason(n);
        if (!n)
            continue;
        // Written plainly, the value parses back to itself.
        qint64 scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        const qint64 magnitude = *n < 0 ? -*n : *n;
        QString plain = QString::number(magnitude / scale);
        if (decimals > 0)
            plain += QLatin1Char('.') +
                     QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
        if (*n < 0)
            plain.prepend(QLatin1Char('-'));
        const Result<qint64> again = NumberInput::parseScaled(plain, decimals);
        require(again.ok() && *again == *n);
        require(NumberInput::canBecomeNumber(text, decimals));
    }
}

void dates(const QString &text)
{
    const Result<QDate> date = DateInput::parse(text);
    refusalHasReason(date);
    if (date)
        require(date->isValid());
    const Result<HijriDate> hijri = HijriDate::parse(text);
    refusalHasReason(hijri);
    if (hijri) {
        const Result<QDate> gregorian = hijri->toGregorian();
        refusalHasReason(gregorian);
    }
}

void phones(const QString &text)
{
    const Result<Phone> phone = Phone::parse(text);
    refusalHasReason(phone);
    if (phone) {
        const Result<Phone> again = Phone::parse(phone->e164());
        require(again.ok() && *again == *phone);
        require(Phone::parse(phone->shown()).ok());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput::ensureApplication();
    const QString text = FuzzInput::text(data, size);
    numbers(text);
    dates(text);
    phones(text);
    refusalHasReason(NationalId::parse(text));
    const Result<QString> name = NamePart::clean(text, false);
    refusalHasReason(name);
    if (name)
        require(NamePart::clean(*name, false).ok() && *NamePart::clean(*name, false) == *name);
    return 0;
}
