#include "core/Username.h"

#include "core/TextInput.h"

#include <QRegularExpression>

Status Username::check(const QString &username)
{
    const QString name = username.trimmed();
    for (const QChar c : username) {
        // Direction marks make a name read differently from what is stored
        // ("Trojan Source"); control characters can rewrite a terminal line.
        if (TextInput::isBidiControl(c))
            return Status::failure(tr("A username may not hold direction marks."));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return Status::failure(tr("A username may not hold control characters."));
    }
    if (name.size() > maximumLength || name.toUtf8().size() > maximumUtf8Bytes)
        return Status::failure(tr("A username is at most %1 letters (%2 Arabic letters).")
                                   .arg(maximumLength)
                                   .arg(maximumUtf8Bytes / 2));
    static const QRegularExpression allowed(QStringLiteral("^[\\w.\\-]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (name.size() < minimumLength || !allowed.match(name).hasMatch())
        return Status::failure(tr("A username is 2 to 40 letters or digits, with no spaces; "
                                  "dots, dashes and underscores may join them."));
    return Status::success();
}

QString Username::normalised(const QString &username)
{
    return username.trimmed().toLower();
}
