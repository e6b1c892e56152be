// A kind of program or project an association runs on request (a lecture, a
// course, a campaign, a visit...): a catalogue row the manager edits, with its
// Arabic and English names (issue 16).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

struct ProgramKind
{
    static constexpr int maxNameLength = 80;

    qint64 id = 0;
    QString nameAr;
    QString nameEn;
    bool active = true;
    int position = 0; // order in lists
    int version = 0;

    // The name in the language of the window (Arabic unless English).
    QString name(bool english) const { return english && !nameEn.isEmpty() ? nameEn : nameAr; }
};

class ProgramKinds final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramKinds)

public:
    // The kinds a new database starts with: lecture, course, campaign, visit,
    // other (in this order).
    static QVector<ProgramKind> defaults();
    // Cleans and checks a kind the manager typed: an Arabic name is required,
    // both names one line of at most maxNameLength characters.
    static Status check(ProgramKind &kind);
};
