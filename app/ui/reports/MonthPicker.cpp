#include "ui/reports/MonthPicker.h"

#include "core/Clock.h"
#include "core/HijriDate.h"

#include "ui_MonthPicker.h"

#include <QSignalBlocker>

MonthPicker::MonthPicker(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MonthPicker>())
{
    m_ui->setupUi(this);
    m_ui->calendarCombo->addItem(tr("Gregorian"), int(ReportPeriod::Calendar::Gregorian));
    m_ui->calendarCombo->addItem(tr("Hijri (Umm al-Qura)"), int(ReportPeriod::Calendar::Hijri));
    m_ui->yearSpin->setGroupSeparatorShown(false);
    // Right-to-left, "previous" points right.
    m_ui->previousButton->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow
                                                                            : Qt::LeftArrow);
    m_ui->nextButton->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow
                                                                        : Qt::RightArrow);

    connect(m_ui->calendarCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const auto calendar = ReportPeriod::Calendar(m_ui->calendarCombo->currentData().toInt());
        const Result<ReportPeriod> p = ReportPeriod::containing(calendar, m_period.firstDay());
        if (p)
            setPeriod(*p);
    });
    connect(m_ui->monthCombo, &QComboBox::currentIndexChanged, this, [this] { readControls(); });
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, [this] { readControls(); });
    connect(m_ui->previousButton, &QToolButton::clicked, this,
            [this] { setPeriod(m_period.previous()); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { setPeriod(m_period.next()); });

    setPeriod(ReportPeriod::lastMonth(Clock::instance().today()));
}

MonthPicker::~MonthPicker() = default;

void MonthPicker::fillMonths(ReportPeriod::Calendar calendar)
{
    const QSignalBlocker blocker(m_ui->monthCombo);
    m_ui->monthCombo->clear();
    for (int m = 1; m <= 12; ++m)
        m_ui->monthCombo->addItem(calendar == ReportPeriod::Calendar::Hijri
                                      ? HijriDate::monthName(m)
                                      : QLocale().standaloneMonthName(m),
                                  m);
    if (calendar == ReportPeriod::Calendar::Hijri)
        m_ui->yearSpin->setRange(HijriDate::firstYear + 1, HijriDate::lastYear - 1);
    else
        m_ui->yearSpin->setRange(1900, 2100);
}

void MonthPicker::setPeriod(const ReportPeriod &period)
{
    if (!period.isValid())
        return;
    const bool changed = period != m_period;
    m_period = period;
    showPeriod();
    if (changed)
        emit periodChanged(m_period);
}

void MonthPicker::showPeriod()
{
    m_updating = true;
    {
        const QSignalBlocker a(m_ui->calendarCombo);
        const QSignalBlocker b(m_ui->yearSpin);
        const int index = m_ui->calendarCombo->findData(int(m_period.calendar()));
        if (index != m_ui->calendarCombo->currentIndex() || m_ui->monthCombo->count() == 0) {
            m_ui->calendarCombo->setCurrentIndex(index);
            fillMonths(m_period.calendar());
        }
        const QSignalBlocker c(m_ui->monthCombo);
        m_ui->monthCombo->setCurrentIndex(m_period.month() - 1);
        m_ui->yearSpin->setValue(m_period.year());
    }
    const QLocale locale;
    m_ui->spanLabel->setText(m_period.calendar() == ReportPeriod::Calendar::Hijri
                                 ? m_period.gregorianSpan(locale)
                                 : m_period.hijriSpan(locale));
    m_updating = false;
}

void MonthPicker::readControls()
{
    if (m_updating)
        return;
    const int month = m_ui->monthCombo->currentData().toInt();
    const int year = m_ui->yearSpin->value();
    const Result<ReportPeriod> p = m_period.calendar() == ReportPeriod::Calendar::Hijri
                                       ? ReportPeriod::hijri(year, month)
                                       : ReportPeriod::gregorian(year, month);
    if (p)
        setPeriod(*p);
}
