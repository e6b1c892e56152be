// The fields of a person's record as a correction names them (the codes of
// storage/BeneficiaryChanges: "name", "id_number", "phone", ...) in words, and
// their kept values as a person reads them, for the file's field history and
// the copy of a person's data.
#pragma once

#include <QCoreApplication>
#include <QString>

class PersonFields final
{
    Q_DECLARE_TR_FUNCTIONS(PersonFields)

public:
    // The field's name; an unknown code as stored.
    static QString label(const QString &code);
    // A kept value in words: kinds named, dates and amounts as at the desk;
    // an empty value as a dash.
    static QString value(const QString &code, const QString &raw);
};
