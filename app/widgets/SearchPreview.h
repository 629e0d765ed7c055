#pragma once

#include <QPointer>
#include <QWidget>

class ArticleDocument;

// How the open article would appear as a search results entry: the article's address, the
// chosen meta-title variant (else the headline) in link blue at 20 px, cut with "…" where a
// 600 px line ends (TitleWidth::elided, the same measure as the width bars and the review
// rules), and the summary as the description at 14 px, cut at 920 px of text. Drawn at the
// results page's own size, scaled down uniformly when the widget is narrower than that.
class SearchPreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int titlePixelSize = 20;
    static constexpr int descriptionPixelSize = 14;
    static constexpr int urlPixelSize = 14;
    static constexpr double descriptionCutPx = 920.0; // description text before the "…"
    static constexpr int columnWidthPx = 600;         // a results page's title column

    explicit SearchPreview(QWidget *parent = nullptr);

    // The document must outlive the preview or be replaced first; nullptr shows nothing.
    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const;

    // The site's address that article paths are appended to ("https://news.example.com/").
    void setBaseUrl(const QString &baseUrl);
    QString baseUrl() const { return m_baseUrl; }

    // base + section (as a path segment, if any) + "/" + slug (from the headline if unset).
    static QString articleUrl(const QString &baseUrl, const QString &section, const QString &slug,
                              const QString &headline = {});
    // Lower-case words joined by "-", accents dropped: how a title becomes a path segment.
    static QString slugified(const QString &text);

    // What is shown now (empty without a document).
    QString url() const;
    QString fullTitle() const;            // the chosen variant's text, else the headline
    QString displayedTitle() const;       // fullTitle() cut at the 600 px line
    QString displayedDescription() const; // the summary cut at 920 px of 14 px text

    QFont titleFont() const;
    QFont descriptionFont() const;
    // The palette's link colour, lightened or darkened when it is hard to read on the base.
    static QColor readableLinkColor(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void contentChanged();
    int naturalHeight() const;
    double scaleFor(int width) const;

    QPointer<ArticleDocument> m_document;
    QString m_baseUrl;
};
