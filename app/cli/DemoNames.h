// Real Arabic given names, family names and Saudi cities used to make
// synthetic demo data look like a real front desk's.
#pragma once

#include <QStringList>

namespace DemoNames {

const QStringList &maleFirstNames();
const QStringList &femaleFirstNames();
const QStringList &familyNames();
// "City|district1,district2,..."
const QStringList &citiesWithDistricts();
// Typical questions asked at reception.
const QStringList &inquiries();
// "question|answer|source" lines for the catalogue of approved answers.
const QStringList &approvedAnswers();
// Comments left in surveys.
const QStringList &surveyComments();

} // namespace DemoNames
