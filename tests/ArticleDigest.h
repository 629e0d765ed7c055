#pragma once

// A short digest of what an article says (headline and body paragraphs), so a child process can
// report the exact text it saved in one word and the test can compare it with the stored one.
#include "core/Article.h"

#include <QByteArray>
#include <QCryptographicHash>

inline QByteArray articleTextDigest(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(article.headline.toUtf8());
    for (const Paragraph &paragraph : article.paragraphs) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(paragraph.text.toUtf8());
    }
    return hash.result().toHex().left(24);
}
