// Whether a person's data may be used for new work (PDPL; issue 13): a
// restricted record can be seen but not used for new cases, case work,
// exports or documents until the restriction is lifted; an anonymised one
// serves only the figures. One home for the rule and its words.
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"

#include <QCoreApplication>

class ProcessingRestriction final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingRestriction)

public:
    // The longest reason kept, in characters.
    static constexpr int maxReasonLength = 500;

    // Success when the person's data may be used; else the refusal in words.
    static Status checkUsable(const Beneficiary &b);

    // The reason as kept (bidi controls removed, trimmed), or the refusal of
    // an empty or overlong one.
    static Result<QString> cleanReason(const QString &reason);
};
