#include "core/ArabicText.h"

#include "core/TextInput.h"

#include <QSet>

namespace ArabicText {

namespace {

// Rule 4.4 (and Lucene's PersianNormalizer for hamza above): characters that
// search keys drop.
bool isDropped(char16_t u)
{
    return u == 0x0640                     // tatweel
           || (u >= 0x064B && u <= 0x0652) // harakat: fathatan .. sukun
           || u == 0x0670                  // superscript (dagger) alef
           || u == 0x0654                  // hamza above, when not part of ؤ/ئ/أ
           || u == 0x200C || u == 0x200D;  // ZWNJ, ZWJ
}

// Rules 4.1-4.3; 4.6 by omission: ؤ U+0624, ئ U+0626 and ء U+0621 stay.
char16_t fold(char16_t u)
{
    switch (u) {
    case 0x0622: // آ alef with madda
    case 0x0623: // أ alef with hamza above
    case 0x0625: // إ alef with hamza below
    case 0x0671: // ٱ alef wasla
        return 0x0627;
    case 0x0649: // ى alef maksura
    case 0x06CC: // ی Farsi yeh
        return 0x064A;
    case 0x06A9: // ک keheh
        return 0x0643;
    case 0x0629: // ة teh marbuta
    case 0x06C0: // ۀ heh with yeh above (PersianNormalizer)
    case 0x06C1: // ہ heh goal (PersianNormalizer)
        return 0x0647;
    default:
        return u;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark() || c.isDigit();
}

const QString &article()
{
    static const QString s = QStringLiteral("ال");
    return s;
}

// 4.8: separators between name parts, never tokens. آل normalises to ال.
bool isSeparator(const QString &word)
{
    static const QSet<QString> set = {QStringLiteral("بن"), QStringLiteral("ابن"),
                                      QStringLiteral("بنت"), article()};
    return set.contains(word);
}

// The kinship particles that end a compound instead of joining it.
bool isParticle(const QString &word)
{
    return word != article() && isSeparator(word);
}

// 4.7: words that join the following word into one token. أبو normalises to ابو.
bool isCompoundHead(const QString &word)
{
    return word == QStringLiteral("عبد") || word == QStringLiteral("ابو");
}

// The words of normalised text: runs of letters, marks and digits; apostrophes
// dropped; anything else separates.
QStringList words(const QString &normalised)
{
    QStringList out;
    QString current;
    for (QChar c : normalised) {
        if (ArabicText::isApostrophe(c.unicode()))
            continue;
        if (isWordChar(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

int letterCount(QStringView text)
{
    int n = 0;
    for (QChar c : text) {
        if (c.isLetter())
            ++n;
    }
    return n;
}

// 4.9: the token and, when it is ال + at least three letters, the token without it.
QStringList withAndWithoutArticle(const QString &text)
{
    const QString t = normalise(text);
    if (t.isEmpty())
        return {};
    QStringList out{t};
    if (t.startsWith(article()) && letterCount(QStringView(t).mid(article().size())) >= 3)
        out << t.mid(article().size());
    return out;
}

// 4.6: the seats a secondary key folds; a final ء after ا is dropped apart.
char16_t foldSeat(char16_t u)
{
    switch (u) {
    case 0x0626: // ئ yeh with hamza above
        return 0x064A;
    case 0x0624: // ؤ waw with hamza above
        return 0x0648;
    default:
        return u;
    }
}

// ابرهيم is إبرٰهيم with its superscript alef dropped by 4.4: the classical
// spelling writes the long a of a few names as a superscript alef, and people
// copy it without. The narrowest general rule that lets it meet إبراهيم: in a
// word of the pattern إفعاعيل (seven letters: ا, two letters, ا, a letter, ي,
// a letter, not starting with the article) the fourth letter, that alef, is
// dropped. It also joins اسمعيل to إسماعيل and اسرئيل to إسرائيل, the same
// spelling. Wider rules were tried and refused: dropping every alef inside a
// word makes عمر find عامر, حسن find حسان and ملك find مالك; dropping an alef
// after the third letter of any word starting with ا makes أكرم find إكرام;
// each is another name. The article is left out of the pattern because
// ال + فاعيل is an adjective (العالية is not العلية); the key without the
// article (4.9) still folds.
bool isDaggerAlefPattern(const QString &word)
{
    if (word.size() != 7 || word.startsWith(article()))
        return false;
    for (int i = 0; i < word.size(); ++i) {
        const bool alef = word.at(i).unicode() == 0x0627;
        if (!word.at(i).isLetter() || alef != (i == 0 || i == 3))
            return false;
    }
    return word.at(5).unicode() == 0x064A;
}

} // namespace

QString normalise(const QString &text)
{
    // NFKC first: it composes decomposed hamza forms (و + U+0654 -> ؤ, so rule
    // 4.6 holds for them too) and turns presentation forms and ligatures pasted
    // from PDFs into plain letters.
    const QString composed = TextInput::asciiDigits(
        TextInput::stripBidiControls(text).normalized(QString::NormalizationForm_KC));

    QString out;
    out.reserve(composed.size());
    bool pendingSpace = false;
    for (QChar c : composed) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isDropped(u))
            continue;
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QChar(fold(u)));
    }
    return out.toCaseFolded();
}

QStringList tokens(const QString &name)
{
    const QStringList list = words(normalise(name));
    QStringList out;
    for (int i = 0; i < list.size();) {
        const QString &word = list.at(i++);
        if (isSeparator(word))
            continue;
        QString token = word;
        QString last = word;
        while (isCompoundHead(last) && i < list.size() && !isParticle(list.at(i))) {
            last = list.at(i++);
            token += last;
        }
        out << token;
    }
    return out;
}

QStringList indexKeys(const QString &token)
{
    return withAndWithoutArticle(token);
}

QStringList queryForms(const QString &token)
{
    return withAndWithoutArticle(token);
}

QStringList nameKeys(const QString &name)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &token : tokens(name)) {
        for (const QString &key : indexKeys(token)) {
            if (!seen.contains(key)) {
                seen.insert(key);
                out << key;
            }
        }
    }
    return out;
}

QString secondaryKey(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key)
        out.append(QChar(foldSeat(c.unicode())));
    if (out.endsWith(QStringLiteral("اء")))
        out.chop(1);
    if (isDaggerAlefPattern(out))
        out.remove(3, 1);
    return out;
}

QString secondaryText(const QString &normalised)
{
    QStringList words = normalised.split(QLatin1Char(' '));
    for (QString &word : words)
        word = secondaryKey(word);
    return words.join(QLatin1Char(' '));
}

QStringList secondaryKeys(const QStringList &keys)
{
    QStringList out;
    for (const QString &key : keys) {
        const QString folded = secondaryKey(key);
        if (folded != key && !out.contains(folded))
            out << folded;
    }
    return out;
}

Match match(const QString &query, const QString &name)
{
    const QStringList queryTokens = tokens(query);
    if (queryTokens.isEmpty())
        return Match::None;
    const QStringList keys = nameKeys(name);
    const QSet<QString> keySet(keys.cbegin(), keys.cend());

    bool allWhole = true;
    for (int i = 0; i < queryTokens.size(); ++i) {
        const QStringList forms = queryForms(queryTokens.at(i));
        bool whole = false;
        for (const QString &form : forms)
            whole = whole || keySet.contains(form);
        if (whole)
            continue;
        bool prefix = false;
        if (i == queryTokens.size() - 1) {
            for (const QString &form : forms) {
                for (const QString &key : keys)
                    prefix = prefix || key.startsWith(form);
            }
        }
        if (!prefix)
            return Match::None;
        allWhole = false;
    }
    return allWhole ? Match::Whole : Match::Prefix;
}

} // namespace ArabicText

bool ArabicText::isApostrophe(char32_t c)
{
    return c == U'\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC;
}
