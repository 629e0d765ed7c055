// libFuzzer target: the search box. Whatever the user types (quotes, parentheses, '*', '-',
// NEAR, column filters, invalid UTF-8), searching a real SQLite library with FTS5 never fails:
// the words are searched for. Counting and listing agree.
#include "FuzzInput.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

struct Library
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ArticleStore> store;

    Library()
    {
        FUZZ_ASSERT(dir.isValid(), "a temporary folder");
        FUZZ_ASSERT(!db.open(dir.filePath(QStringLiteral("fuzz.sqlite"))), "the library opens");
        store = std::make_unique<ArticleStore>(db);
        const QStringList headlines = {
            QStringLiteral("Harbour bridge reopens after NEAR-collapse"),
            QStringLiteral("Council \"budget\" vote (second reading) delayed"),
            QStringLiteral("Zürich café owners protest – tax * 2"),
            QStringLiteral("Минобороны России сообщило о новых ударах"),
        };
        for (const QString &headline : headlines) {
            Article article;
            article.headline = headline;
            Paragraph paragraph;
            paragraph.text = headline + QStringLiteral(" — more words: AND OR NOT body text.");
            article.paragraphs.append(paragraph);
            article.metaTitles.append(MetaTitle{headline.left(30), true, {}});
            FUZZ_ASSERT(!store->create(article), "an article is stored");
        }
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQL driver plugins are found through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static Library library;
    ArticleListQuery query;
    query.search = QString::fromUtf8(fuzzBytes(data, size));
    query.limit = 10;
    StoreError error;
    const QList<ArticleSummary> found = library.store->list(query, &error);
    if (error)
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
    FUZZ_ASSERT(!error, "a search never fails");
    query.limit = 0;
    const qint64 count = library.store->count(query, &error);
    FUZZ_ASSERT(!error, "counting a search never fails");
    FUZZ_ASSERT(count >= found.size(), "the count covers the listed matches");
    return 0;
}
