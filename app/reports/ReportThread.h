// The one thread of the process on which reports are drawn off the GUI thread.
// Qt Charts 6.4 measures text with a function-static QGraphicsTextItem
// (ChartPresenter::textBoundingRect) that belongs to the first thread that
// uses it: charts drawn on a second thread crash. So every chart of a process
// that draws reports in the background is drawn here, and nowhere else (the
// command line draws on its main thread, and only there). Work is run in the
// order posted; the thread stops when the application ends.
#pragma once

#include <functional>

namespace ReportThread {

// Runs work on the report thread (started on first use). Call from the GUI thread.
void post(std::function<void()> work);

} // namespace ReportThread
