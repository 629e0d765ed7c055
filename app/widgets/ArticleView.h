#pragma once

#include "core/Article.h"

#include <QTextBrowser>

// Read-only rendering of one article: headline, the reader summary box, byline, paragraphs with
// their source chips (coloured by verification state), meta-title variants and the previous/next
// links, which always name the linked article by its canonical headline.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    // Shows a message instead of an article (nothing selected, nothing found, an error).
    void showMessage(const QString &message);

    qint64 articleId() const { return m_articleId; } // 0 when no article is shown

    // The HTML shown for an article; every piece of article text is escaped.
    static QString articleHtml(const Article &article);
    // The link target used for previous/next; articleLinkActivated() reports its id.
    static QUrl articleUrl(qint64 id);

signals:
    void articleLinkActivated(qint64 id);

private:
    void openLink(const QUrl &url);

    qint64 m_articleId = 0;
};
