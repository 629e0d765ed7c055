#pragma once

#include "Article.h"

#include <QByteArrayView>

// An article parsed from a file, before the store resolves its links and sources.
struct ImportedArticle
{
    Article article;
    QString fileName;    // where it came from, for messages
    QString previousUri; // link targets named by uri; resolved among the batch and the database
    QString nextUri;
};

// A problem in an input file: what and where.
struct ImportError
{
    QString fileName;
    int line = 0;   // 1-based; 0 = not applicable
    int column = 0; // 1-based; 0 = not applicable
    QString message;

    QString toString() const; // "FILE:LINE:COLUMN: message"
};

// What an import accepts (README, copydesk-cli). A news article is a few kilobytes of text; a
// file or a field far beyond these is a wrong file or a broken export, and is refused with a
// message naming the limit instead of being loaded into the editor and the database.
namespace ImportLimits {
constexpr qint64 maxFileBytes = qint64(10) * 1024 * 1024; // 10 MiB: a whole file
constexpr qsizetype maxHeadlineLength = 1000;    // characters: the headline, each meta title
constexpr qsizetype maxFieldLength = 10000;      // summary, byline, section, slug, a source name
constexpr qsizetype maxParagraphLength = 100000; // one body paragraph
constexpr qsizetype maxParagraphs = 10000;       // body paragraphs of one article

// "the file is N bytes; an article file may be at most 10 MiB (10,485,760 bytes)"
QString fileTooLarge(qint64 size);
// "the FIELD is N characters long; at most LIMIT are allowed"
QString fieldTooLong(const QString &field, qsizetype length, qsizetype limit);
// "the article has more than 10,000 body paragraphs, the most an import accepts"
QString tooManyParagraphs();
// The encoding of `data` when it is plainly not UTF-8: a UTF-16 or UTF-32 byte order mark, or
// UTF-16 without one (every other byte zero, as in ASCII text saved as UTF-16); empty otherwise.
QString foreignEncoding(QByteArrayView data);
// "the file is encoded in ENCODING; save it as UTF-8"
QString notUtf8(const QString &encoding);
} // namespace ImportLimits
