// A table of plain-text cells for the reports' rich text: the first column
// is the label, the others figures (centred) or text. Qt 6.4 lays tables out
// left to right whatever their direction, so in a right-to-left document the
// columns are emitted reversed.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class HtmlTable final
{
public:
    enum class Cells
    {
        Figures, // after the label, centred
        Text     // every cell on the leading side
    };

    HtmlTable(Qt::LayoutDirection direction, QVector<int> widths, Cells cells = Cells::Figures)
        : m_rtl(direction == Qt::RightToLeft), m_widths(std::move(widths)),
          m_centred(cells == Cells::Figures)
    {}

    HtmlTable &header(const QStringList &cells) { return add(cells, Kind::Header); }
    HtmlTable &row(const QStringList &cells) { return add(cells, Kind::Body); }
    HtmlTable &total(const QStringList &cells) { return add(cells, Kind::Total); }

    QString html() const
    {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                              "border=\"1\" style=\"border-collapse: collapse; border-color: "
                              "#c5d0d7; border-style: solid;\">") +
               (m_head.isEmpty()
                    ? QString()
                    : QStringLiteral("<thead>") + m_head + QStringLiteral("</thead>")) +
               m_rows + QStringLiteral("</table>");
    }

private:
    enum class Kind
    {
        Header,
        Body,
        Total
    };

    HtmlTable &add(const QStringList &cells, Kind kind)
    {
        QString out =
            kind == Kind::Header  ? QStringLiteral("<tr style=\"background-color: #e2ebf0;\">")
            : kind == Kind::Total ? QStringLiteral("<tr style=\"background-color: #f2f5f7;\">")
                                  : QStringLiteral("<tr>");
        const QString cellStyle =
            kind == Kind::Header  ? QStringLiteral(" style=\"font-weight: bold; color: #16465a;\"")
            : kind == Kind::Total ? QStringLiteral(" style=\"font-weight: bold;\"")
                                  : QString();
        const int n = int(cells.size());
        for (int k = 0; k < n; ++k) {
            const int i = m_rtl ? n - 1 - k : k;
            // The label column keeps the leading side; figures are centred.
            QString attrs = i == 0 || !m_centred
                                ? QStringLiteral(" valign=\"middle\"")
                                : QStringLiteral(" align=\"center\" valign=\"middle\"");
            if (kind == Kind::Header && i < m_widths.size())
                attrs += QStringLiteral(" width=\"%1%\"").arg(m_widths.at(i));
            out += QStringLiteral("<td%1%2>%3</td>")
                       .arg(attrs, cellStyle, cells.at(i).toHtmlEscaped());
        }
        // The header row repeats on every page the table runs over.
        (kind == Kind::Header ? m_head : m_rows) += out + QStringLiteral("</tr>");
        return *this;
    }

    bool m_rtl;
    QVector<int> m_widths;
    bool m_centred;
    QString m_head;
    QString m_rows;
};
