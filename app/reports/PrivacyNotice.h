// The one-page privacy notice given to a person when their consent is
// recorded (PDPL Art. 12; DOMAIN.md 6): what is collected, why, who receives
// it, how long it is kept, their rights and how to exercise them, under the
// association's name, licence number and address. In Arabic, or in English
// when the window is in English. The body is the manager's text (edited in
// the catalogue) or the default below; "{association}" in it stands for the
// association's name. No widgets.
#pragma once

#include "core/Result.h"
#include "storage/AssociationProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

struct PrivacyNoticeData
{
    QString language = QStringLiteral("ar"); // "ar" or "en"
    AssociationProfile profile;
    QString body;        // the manager's text; empty: the default
    QDateTime printedAt; // UTC; the date the notice carries
};

class PrivacyNotice final
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotice)

public:
    // The longest body, in characters, that still fits the one page with a
    // heading every few lines: Arabic is set larger and runs wider.
    static int maxBodyLength(const QString &language)
    {
        return language == QLatin1String("ar") ? 1600 : 2200;
    }

    // The text the notice holds until the manager writes their own, in its
    // simple form: paragraphs apart by an empty line, a line starting with
    // "# " a heading.
    static QString defaultBody(const QString &language);
    // The body with the association's name in place of "{association}".
    static QString filledBody(const PrivacyNoticeData &data);
    static QString html(const PrivacyNoticeData &data);
    // What the page says, as plain text (for a check or a preview).
    static QString plainText(const PrivacyNoticeData &data);
    static Status render(const PrivacyNoticeData &data, QPagedPaintDevice &device);
    // Never onto one of openDatabases (PrintedPage::writePdf).
    static Status writePdf(const PrivacyNoticeData &data, const QString &path,
                           const QStringList &openDatabases);
    static QString suggestedFileName(const PrivacyNoticeData &data);

private:
    static QString text(const char *source, const QString &language);
};
