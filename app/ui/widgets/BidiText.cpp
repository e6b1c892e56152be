#include "ui/widgets/BidiText.h"

#include <QRegularExpression>

namespace {

constexpr char16_t kLri = 0x2066;
constexpr char16_t kRli = 0x2067;
constexpr char16_t kFsi = 0x2068;
constexpr char16_t kPdi = 0x2069;

bool opensIsolate(QChar c)
{
    return c == QChar(kLri) || c == QChar(kRli) || c == QChar(kFsi);
}

// Where a path starts at i: "/" or a drive ("C:\\", "C:/") not inside a word,
// a number ("1/2") or another path.
bool startsPath(const QString &t, int i)
{
    const bool slash = t.at(i) == QLatin1Char('/');
    const bool drive = i + 2 < t.size() && t.at(i).isLetter() && t.at(i).unicode() < 0x80 &&
                       t.at(i + 1) == QLatin1Char(':') &&
                       (t.at(i + 2) == QLatin1Char('\\') || t.at(i + 2) == QLatin1Char('/'));
    if (!slash && !drive)
        return false;
    if (i == 0)
        return true;
    const QChar before = t.at(i - 1);
    return !(before.isLetterOrNumber() || before == QLatin1Char('/') ||
             before == QLatin1Char('\\') || before == QLatin1Char('.') ||
             before == QLatin1Char('-') || before == QLatin1Char('_') ||
             before == QLatin1Char('~') || before == QLatin1Char(':'));
}

bool endsPathWord(QChar c)
{
    return c.isSpace() || opensIsolate(c) || c == QChar(kPdi);
}

bool isPathSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('\\');
}

// The end (exclusive) of the path starting at i.
int pathEnd(const QString &t, int i)
{
    int end = i;
    while (end < t.size() && !endsPathWord(t.at(end)))
        ++end;
    // A folder or file name with spaces: the path runs on to a word a few
    // words on that holds a separator or ends in an extension ("/srv/old
    // reports/march report.csv"), unless a word before it ends a clause or
    // starts a path of its own.
    static const QString clauseEnd = QStringLiteral(".,;:)]}»\"'،؛");
    for (;;) {
        if (clauseEnd.contains(t.at(end - 1)))
            break;
        int scan = end;
        int extended = -1;
        for (int words = 0; words < 3 && scan < t.size() && t.at(scan) == QLatin1Char(' ');
             ++words) {
            const int start = scan + 1;
            int wordEnd = start;
            bool separator = false;
            while (wordEnd < t.size() && !endsPathWord(t.at(wordEnd))) {
                separator = separator || isPathSeparator(t.at(wordEnd));
                ++wordEnd;
            }
            if (wordEnd == start || isPathSeparator(t.at(start)))
                break;
            // A word with a separator, or the last words of a file's name
            // ("march report.csv").
            static const QRegularExpression fileName(
                QStringLiteral("^[^\\s]*\\.[A-Za-z0-9]{1,5}[.,;:)\\]]*$"));
            if (separator || fileName.match(t.mid(start, wordEnd - start)).hasMatch()) {
                extended = wordEnd;
                break;
            }
            if (clauseEnd.contains(t.at(wordEnd - 1)))
                break;
            scan = wordEnd;
        }
        if (extended < 0)
            break;
        end = extended;
    }
    static const QString trailing = QStringLiteral(".,;:)]}»\"'،؛");
    while (end > i + 1 && trailing.contains(t.at(end - 1)))
        --end;
    return end;
}

} // namespace

namespace BidiText {

QString isolatePaths(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    int depth = 0;
    for (int i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (opensIsolate(c)) {
            ++depth;
        } else if (c == QChar(kPdi)) {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && startsPath(text, i)) {
            const int end = pathEnd(text, i);
            if (end - i > 1) {
                out += QChar(kLri) + text.mid(i, end - i) + QChar(kPdi);
                i = end;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace BidiText
