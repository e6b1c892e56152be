// Paths named in messages from below the window read left to right inside an
// Arabic sentence: BidiText::isolatePaths (issue 14).
#include "UiTestSupport.h"

#include "ui/widgets/BidiText.h"

namespace {

const QString lri(1, QChar(0x2066));
const QString pdi(1, QChar(0x2069));

QString isolated(const QString &path)
{
    return lri + path + pdi;
}

} // namespace

TEST_CASE("Paths in a message are isolated, and nothing else", "[gui]")
{
    // The storage layer's words, as the command line prints them.
    CHECK(BidiText::isolatePaths(
              QString::fromUtf8("تعذّرت الكتابة في /srv/backups (Permission denied).")) ==
          QString::fromUtf8("تعذّرت الكتابة في ") + isolated(QStringLiteral("/srv/backups")) +
              QString::fromUtf8(" (Permission denied)."));
    // Ends before the sentence's full stop, colon or bracket.
    CHECK(BidiText::isolatePaths(QStringLiteral("Cannot write /tmp/a.pdf: no space.")) ==
          QStringLiteral("Cannot write ") + isolated(QStringLiteral("/tmp/a.pdf")) +
              QStringLiteral(": no space."));
    CHECK(BidiText::isolatePaths(QStringLiteral("(/tmp/a.pdf)")) ==
          QStringLiteral("(") + isolated(QStringLiteral("/tmp/a.pdf")) + QStringLiteral(")"));
    // A folder with a space in its name stays one path.
    CHECK(
        BidiText::isolatePaths(QStringLiteral("Cannot write /home/huda/My Documents/a.pdf now")) ==
        QStringLiteral("Cannot write ") +
            isolated(QStringLiteral("/home/huda/My Documents/a.pdf")) + QStringLiteral(" now"));
    // Folder and file names with spaces, up to the clause's end.
    CHECK(BidiText::isolatePaths(
              QStringLiteral("Cannot write /tmp/x/no such folder/march report.csv: missing.")) ==
          QStringLiteral("Cannot write ") +
              isolated(QStringLiteral("/tmp/x/no such folder/march report.csv")) +
              QStringLiteral(": missing."));
    CHECK(BidiText::isolatePaths(
              QStringLiteral("Cannot write /tmp/a.pdf: No such file or directory.")) ==
          QStringLiteral("Cannot write ") + isolated(QStringLiteral("/tmp/a.pdf")) +
              QStringLiteral(": No such file or directory."));
    // A Windows path.
    CHECK(BidiText::isolatePaths(QStringLiteral("in C:\\Backups\\x.sqlite.")) ==
          QStringLiteral("in ") + isolated(QStringLiteral("C:\\Backups\\x.sqlite")) +
              QStringLiteral("."));
    // Already isolated: left as it is.
    const QString done = QStringLiteral("Saved in ") + isolated(QStringLiteral("/tmp/a.pdf"));
    CHECK(BidiText::isolatePaths(done) == done);
    // Dates, fractions, "and/or", a lone slash and addresses are no paths.
    for (const QString &plain :
         {QStringLiteral("1446/09/15 or 2025-03-15"), QStringLiteral("and/or"),
          QStringLiteral("a / b"), QStringLiteral("https://example.org/x"),
          QString::fromUtf8("١٤٤٦/٠٩/١٥")})
        CHECK(BidiText::isolatePaths(plain) == plain);
}
