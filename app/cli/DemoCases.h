// The demo's cases over the past twelve months, one story at a time: how the
// visitor came and what for, and how far the case got (an inquiry answered at
// the desk, a service request through the steps, referred to the program
// officer, not eligible, withdrawn, still open), with the rows that go with it
// (step events, the approved answer given, the referral, the delivery, the
// survey). Every draw comes from the shared DemoDice, in a fixed order.
#pragma once

#include "cli/DemoCatalogue.h"
#include "cli/DemoDice.h"
#include "cli/DemoStaff.h"
#include "core/ApprovedAnswer.h"
#include "core/Case.h"
#include "core/Survey.h"

#include <QDateTime>
#include <QVector>

#include <optional>

// One case as drawn, before it is written: the rows that follow it carry no
// case id yet.
struct DemoCaseStory
{
    Case theCase;
    QVector<StepEvent> events;
    std::optional<GivenAnswer> givenAnswer;
    std::optional<Referral> referral;
    std::optional<Delivery> delivery;
    std::optional<SurveyResponse> survey;
};

class DemoCases final
{
public:
    // beneficiaryIds: the demo's beneficiaries, whom the cases are about.
    DemoCases(DemoDice &dice, const DemoStaff &staff, const DemoCatalogue &catalogue,
              const QVector<qint64> &beneficiaryIds, const QDateTime &now, const QDate &today);

    // When count cases arrived: working days of the past year, desk hours,
    // oldest first so that ids follow arrival like a real desk's.
    QVector<QDateTime> arrivals(int count);

    // The story of the case that arrived at arrival.
    DemoCaseStory make(const QDateTime &arrival);

private:
    struct Draft;

    void inquiry(Draft &d);
    void serviceRequest(Draft &d);
    // Step 3: referred from information; answered and picked up, or still waiting.
    void referral(Draft &d, Step &at);
    // After information (and any referral): not eligible, withdrawn, or on
    // through the steps as far as the case got, the survey closing it.
    void onward(Draft &d, Step &at, int reached, int ending);
    Delivery delivery(const Draft &d);
    SurveyResponse survey(const Draft &d);
    qint64 anyBeneficiary();

    DemoDice &m_dice;
    const DemoStaff &m_staff;
    const DemoCatalogue &m_catalogue;
    const QVector<qint64> &m_beneficiaryIds;
    QDateTime m_now;
    QDate m_today;
};
