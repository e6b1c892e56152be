// Today's desk: the open cases (open or waiting for the program officer), the
// oldest arrival first, read lazily in keyset pages; the cases whose referral
// answer waits for the desk come first, whatever their arrival (issue 14:
// nothing waits unseen), marked with a tinted, bold row. Each row: the queue
// number, the arrival time (desk time zone), the beneficiary, the channel,
// the purpose, the step, the waiting time since arrival and whether a
// referral answer has come back. The waiting times move on with
// updateWaitingTimes() (the desk calls it every minute); refresh() reads the
// list again.
#pragma once

#include "ui/desk/LazyCaseModel.h"

#include <QHash>
#include <QSet>

class DeskModel final : public LazyCaseModel
{
    Q_OBJECT

public:
    enum Column
    {
        QueueNumber,
        Arrival,
        Beneficiary,
        Channel,
        Purpose,
        Step,
        Waiting,
        Referral,
        ColumnCount
    };

    enum class Scope
    {
        Today,  // arrived today (desk time zone)
        AllOpen // every open case, whenever it arrived
    };

    // The referral column's raw value.
    enum class ReferralState
    {
        None,
        Waiting,    // the program officer has not answered yet
        AnswerBack, // answered; the desk has not picked the answer up
    };

    DeskModel(Database &db, const Session &session, QObject *parent = nullptr);

    void setScope(Scope scope); // reloads
    Scope scope() const { return m_scope; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    ReferralState referralState(int row) const;
    // Seconds from arrival to now (Clock).
    qint64 waitingSeconds(int row) const;

public slots:
    void updateWaitingTimes();
    // Header and cell texts again, in the new language.
    void retranslate();

    // The tint of a row whose answer waits.
    static QColor answerTint();

protected:
    CaseFilter filter() const override;
    std::optional<CaseFilter> pinnedFilter() const override;
    Status pageLoaded(const QVector<Case> &cases, bool replacing) override;

private:
    CaseFilter openCases() const;
    QVariant display(const Case &c, int column, int row) const;
    QVariant raw(const Case &c, int column, int row) const;

    Scope m_scope = Scope::Today;
    QHash<qint64, QString> m_names; // beneficiary id -> full name
    QSet<qint64> m_answersBack;     // case ids
};
