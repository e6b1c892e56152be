// Picks the month a report covers, in either calendar (DOMAIN.md 5.3): the
// calendar (Gregorian or Hijri Umm al-Qura), the month by name and the year,
// with previous/next buttons and the month's days in the other calendar shown
// beside it. Switching the calendar keeps the month that holds the current
// month's first day.
//
// Object names: "calendarCombo", "monthCombo", "yearSpin", "previousButton",
// "nextButton", "spanLabel".
#pragma once

#include "reports/ReportPeriod.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MonthPicker;
}

class MonthPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit MonthPicker(QWidget *parent = nullptr);
    ~MonthPicker() override;

    ReportPeriod period() const { return m_period; }
    // Shows the period (in its own calendar); emits periodChanged when it differs.
    void setPeriod(const ReportPeriod &period);

signals:
    void periodChanged(const ReportPeriod &period);

private:
    void fillMonths(ReportPeriod::Calendar calendar);
    void showPeriod();
    void readControls();

    std::unique_ptr<Ui::MonthPicker> m_ui;
    ReportPeriod m_period;
    bool m_updating = false;
};
