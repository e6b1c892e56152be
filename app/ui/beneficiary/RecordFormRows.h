// The beneficiary's record laid out in rows of three fields, each with its
// label (BeneficiaryEditor's grid, made in two pairs per row by the form),
// so that the whole record, the service and its documents fit step 2 on a
// 1366x768 screen without scrolling (issue 14). The fields keep their tab
// order along the rows; each message has a line of its own that it keeps
// (ValidatedLineEdit::setMessageLines), so that nothing moves under the
// pointer while the record is typed.
#pragma once

class QGridLayout;
class QWidget;

namespace RecordFormRows {

// Puts the form's children (by their object names) back into grid: five rows
// of three labelled fields (the name's message under the second), the
// purpose of use last, then the consent and the privacy notice. Anything
// else the grid held follows in rows of its own, across the whole width.
void arrange(QWidget *form, QGridLayout *grid);

} // namespace RecordFormRows
