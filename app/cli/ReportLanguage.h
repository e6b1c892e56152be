// The program's translations for a report's language while a verb writes it
// (none are needed for English, the source language): the monthly report and
// the copy of a person's data.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

#include <memory>

class ReportLanguage final
{
public:
    explicit ReportLanguage(const QString &language)
    {
        if (language == QLatin1String("en"))
            return;
        m_translator = std::make_unique<QTranslator>();
        if (m_translator->load(QStringLiteral(":/i18n/istiqbal_%1.qm").arg(language)))
            QCoreApplication::installTranslator(m_translator.get());
        else
            m_translator.reset();
    }
    ~ReportLanguage()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
    }
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};
