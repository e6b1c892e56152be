// Arabic search normalisation (DOMAIN.md section 4): the same folding applied to
// stored names and to what a person types, so every spelling variant meets.
#pragma once

#include <QString>
#include <QStringList>

namespace ArabicText {

// Rules 4.1-4.5 on any text: alef forms, yeh/kaf forms, teh marbuta, tatweel,
// harakat, superscript alef, hamza above, ZWNJ/ZWJ, digits (rule 1.1), bidi
// controls, Latin case. Whitespace runs collapse to one space; trimmed.
QString normalise(const QString &text);

// An apostrophe inside a word joins its halves ("O'Brien" -> "obrien"), in any
// of its forms (' U+2018 U+2019 U+02BC): for search keys and for name parts alike.
bool isApostrophe(char32_t c);

// The search tokens of a name (any number of parts, joined or not): normalised,
// compounds joined (4.7: "عبد الله" -> "عبدالله", "أبو بكر" -> "ابوبكر"),
// separators dropped (4.8: بن، ابن، بنت، standalone ال/آل). Order kept,
// duplicates kept.
QStringList tokens(const QString &name);

// The keys to index for one token: the token itself and, when it starts with
// "ال" followed by at least three letters, the token without it (4.9).
QStringList indexKeys(const QString &token);

// The forms a query word may take to match an indexed key: the word itself and,
// per rule 4.9, the word without its article. A query word is itself tokenised
// by tokens() first.
QStringList queryForms(const QString &token);

// All the index keys of a name (every token's indexKeys()), duplicates removed,
// in first-seen order: what a search index stores for one name.
QStringList nameKeys(const QString &name);

// Rule 4.6's secondary key of one normalised key or query form (a word): its
// hamza seats folded (ئ -> ي, ؤ -> و, a final ء after ا dropped) and the alef of
// the pattern إفعاعيل made optional (ابراهيم -> ابرهيم: see the .cpp for why that
// rule and no wider one). Exact spellings are matched on the key itself and
// rank first; this form is what everyday spellings meet on. Folding twice
// changes nothing more.
QString secondaryKey(const QString &key);

// secondaryKey() of every space-separated word of normalised text.
QString secondaryText(const QString &normalised);

// The secondary keys of a name's index keys that differ from the keys
// themselves, without duplicates, in first-seen order: what a search index
// stores beside the primary keys (a key without a hamza seat is its own
// secondary key, so it is not stored twice).
QStringList secondaryKeys(const QStringList &keys);

// How a query matches one name (rule 4.11, the name side only: national ID and
// phone are matched elsewhere). Every query word must match a key of the name
// (queryForms() against nameKeys(), any part, any order); the last word may
// match as a prefix. Whole: every word matched a whole key; Prefix: the last
// word matched only as a prefix; None: some word matched nothing, or the query
// has no tokens.
enum class Match
{
    None,
    Prefix,
    Whole
};
Match match(const QString &query, const QString &name);

} // namespace ArabicText
