#include "core/ProgramKind.h"

#include "core/FieldText.h"

QVector<ProgramKind> ProgramKinds::defaults()
{
    // Stored as data, in both languages, so the manager can rename them; not
    // through tr(), which would change them with the window's language.
    const auto kind = [](const char *ar, const char *en, int position) {
        ProgramKind k;
        k.nameAr = QString::fromUtf8(ar);
        k.nameEn = QString::fromUtf8(en);
        k.position = position;
        return k;
    };
    return {kind("محاضرة", "Lecture", 1), kind("دورة", "Course", 2), kind("حملة", "Campaign", 3),
            kind("زيارة", "Visit", 4), kind("أخرى", "Other", 5)};
}

Status ProgramKinds::check(ProgramKind &k)
{
    k.nameAr = FieldText::clean(k.nameAr);
    k.nameEn = FieldText::clean(k.nameEn);
    if (Status s = FieldText::check(tr("The Arabic name of the program kind"), k.nameAr, true,
                                    ProgramKind::maxNameLength);
        !s)
        return s;
    return FieldText::check(tr("The English name of the program kind"), k.nameEn, false,
                            ProgramKind::maxNameLength);
}
