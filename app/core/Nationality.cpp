#include "core/Nationality.h"

namespace {

struct CommonNationality
{
    const char *code;
    const char *name;
};

const CommonNationality kCommonNationalities[] = {
    {"SA", QT_TRANSLATE_NOOP("Nationality", "Saudi")},
    {"YE", QT_TRANSLATE_NOOP("Nationality", "Yemeni")},
    {"EG", QT_TRANSLATE_NOOP("Nationality", "Egyptian")},
    {"SY", QT_TRANSLATE_NOOP("Nationality", "Syrian")},
    {"SD", QT_TRANSLATE_NOOP("Nationality", "Sudanese")},
    {"JO", QT_TRANSLATE_NOOP("Nationality", "Jordanian")},
    {"PS", QT_TRANSLATE_NOOP("Nationality", "Palestinian")},
    {"PK", QT_TRANSLATE_NOOP("Nationality", "Pakistani")},
    {"IN", QT_TRANSLATE_NOOP("Nationality", "Indian")},
    {"BD", QT_TRANSLATE_NOOP("Nationality", "Bangladeshi")},
    {"MM", QT_TRANSLATE_NOOP("Nationality", "Burmese")},
    {"ET", QT_TRANSLATE_NOOP("Nationality", "Ethiopian")},
    {"SO", QT_TRANSLATE_NOOP("Nationality", "Somali")},
};

const CommonNationality *findCommon(const QString &code)
{
    for (const CommonNationality &n : kCommonNationalities) {
        if (code == QLatin1String(n.code))
            return &n;
    }
    return nullptr;
}

} // namespace

QStringList Nationality::commonCodes()
{
    QStringList codes;
    for (const CommonNationality &n : kCommonNationalities)
        codes << QLatin1String(n.code);
    return codes;
}

bool Nationality::isCommon(const QString &code)
{
    return findCommon(code) != nullptr;
}

QString Nationality::name(const QString &code)
{
    const CommonNationality *n = findCommon(code);
    return n ? tr(n->name) : code;
}

QString Nationality::entry(const QString &code)
{
    if (!isCommon(code))
        return code;
    //: a nationality in a list, then its two-letter code
    return tr("%1 (%2)").arg(name(code), code);
}
