#pragma once

#include "Article.h"

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
