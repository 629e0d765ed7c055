#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The words Copydesk itself puts on a published page ("No time to read? Get a summary",
// "Sources", "Previous article"), in the article's language rather than the editor's: a German
// article exported from an English desk reads German headings. The catalogues are Copydesk's
// own (copydesk_<language>.qm, embedded under :/i18n); a language without one gets the English
// source text. Cheap to create (catalogues are loaded once per language and shared) and safe to
// use from several threads.
//
// Call sites use translate("Context", "text") so that lupdate extracts the strings.
class ReaderText
{
public:
    explicit ReaderText(const QString &language); // BCP 47, e.g. "de-CH"

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

    // Whether a catalogue was found for the language (English needs none).
    bool hasCatalogue() const { return m_translator != nullptr; }

private:
    std::shared_ptr<const QTranslator> m_translator;
    QLocale m_locale;
};
