// A label under a form that says how the last action went, in words: green
// for done, red for a refusal or failure. Used by the officer's panels and the
// follow-ups.
#pragma once

#include <QString>

class QLabel;

namespace StatusMessage {

void showDone(QLabel *label, const QString &text);
void showError(QLabel *label, const QString &text);
void clear(QLabel *label);
// Whether the label shows a refusal or failure.
bool isError(const QLabel *label);

} // namespace StatusMessage
