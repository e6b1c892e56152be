// How a page answers a person, with one look on every screen: what was done
// (green) or refused (red) in a banner under the form, and a status line
// (the backups, the audit trail) that turns bold red when it must not be
// missed. The text is kept in reading order (numbers and codes whole, see
// BidiText) and the label hides while it has nothing to say.
#pragma once

#include <QString>

class QLabel;

namespace Message {

enum class Kind
{
    Done,    // an action went through, or a note about it
    Error,   // a refusal or a failure, with what to do
    Plain,   // a status line
    Warning, // a status line that must not be missed
};

void show(QLabel *label, const QString &text, Kind kind);
void clear(QLabel *label);
// Whether the label shows a refusal or failure.
bool isError(const QLabel *label);

} // namespace Message
