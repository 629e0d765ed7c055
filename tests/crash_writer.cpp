// The child of tst_crashsafety: saves an edit of one article again and again, and after each
// commit prints "committed VERSION MARKER" (flushed), until it is killed.
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer DATABASE ARTICLE_ID\n");
        return 2;
    }
    Database db;
    if (const StoreError error = db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(error.message));
        return 3;
    }
    ArticleStore store(db);
    const qint64 id = QByteArray(argv[2]).toLongLong();
    for (;;) {
        StoreError error;
        std::optional<Article> article = store.load(id, &error);
        if (!article) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(error.message));
            return 3;
        }
        const QString marker = QStringLiteral("m%1").arg(article->version + 1);
        article->paragraphs[0].text = QStringLiteral("Edited, marker %1.").arg(marker);
        article->headline = QStringLiteral("Crash-safe story %1").arg(marker);
        if ((error = store.save(*article))) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(error.message));
            return 3;
        }
        std::printf("committed %d %s\n", article->version, qPrintable(marker));
        std::fflush(stdout);
    }
}
