#pragma once

#include "GuiReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

class MainWindow;

// The spell-checking figures of a 10,000-word article in the real window (issue 4): opening it
// with a cold word cache until every visible paragraph is underlined on screen, the background
// check of the rest with the longest event-loop stall meanwhile, a keystroke that types
// misspelled words until its paragraph is re-checked, and a worst-case dictionary change (the
// word found in the most paragraphs ignored) until they are all re-checked.
//
// The library's long article has a few hundred distinct words, which a word cache makes nearly
// free; news copy has thousands. So the figures use a copy of it with a news vocabulary: one
// word in four replaced by a stem of the installed en_US dictionary (deterministically) and one
// in a hundred misspelled, stored in the library for the run and removed afterwards.
class SpellingFigures
{
    Q_DECLARE_TR_FUNCTIONS(SpellingFigures)

public:
    static constexpr int Opens = 7;
    static constexpr int Keystrokes = 300;

    struct Articles
    {
        QString libraryPath;
        qint64 longId = 0;
        qint64 ordinaryId = 0; // opened before each open of the long one
    };

    SpellingFigures(MainWindow *window, const Articles &articles, const QElapsedTimer &clock,
                    GuiReport &report);
    ~SpellingFigures();

    // False when a step failed (failure() says why). Without an en_US dictionary the figures
    // are skipped with a note.
    bool run();
    QString failure() const { return m_failure; }

private:
    bool storeNewsArticle(const QString &dicPath);
    bool measureOpening();
    bool measureKeystrokes();
    bool measureDictionaryChange();
    bool fail(const QString &message);

    MainWindow *m_window;
    Articles m_articles;
    qint64 m_newsId = 0; // the copy with a news vocabulary
    int m_newsWords = 0;
    int m_misspelledWords = 0;
    const QElapsedTimer &m_clock;
    GuiReport &m_report;
    QString m_failure;
};
