// The copy of a person's data for a machine (issue 13): one JSON document,
// UTF-8, with stable English keys, codes for kinds (as the database keeps
// them), ISO 8601 dates and UTC times, and each section present even when
// empty, so that a program can read any copy the same way.
#pragma once

#include "reports/PersonCopy.h"

#include <QByteArray>
#include <QJsonObject>

namespace PersonCopyJson {

// The format's name and version, written in the document.
inline constexpr int version = 1;

QJsonObject document(const PersonCopyData &data);
// The document, indented, as UTF-8.
QByteArray bytes(const PersonCopyData &data);

} // namespace PersonCopyJson
