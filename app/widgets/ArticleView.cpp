#include "ArticleView.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace {

const QString articleScheme = QStringLiteral("copydesk-article");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

struct ChipStyle
{
    const char *background;
    const char *foreground;
    QString symbol;
    QString stateLabel;
};

ChipStyle chipStyle(Verification state)
{
    // The symbol repeats the colour's meaning for readers who cannot tell red from green.
    switch (state) {
    case Verification::Verified:
        return {"#2e7d32", "#ffffff", QStringLiteral("✓"), ArticleView::tr("verified")};
    case Verification::Disputed:
        return {"#c62828", "#ffffff", QStringLiteral("✗"), ArticleView::tr("disputed")};
    case Verification::Unchecked:
        break;
    }
    return {"#dcdcdc", "#303030", QStringLiteral("?"), ArticleView::tr("not checked yet")};
}

QString sourceChip(const Attribution &attribution)
{
    const ChipStyle style = chipStyle(attribution.verification);
    QString toolTip = ArticleView::tr("%1: %2").arg(attribution.sourceName, style.stateLabel);
    if (!attribution.detail.isEmpty())
        toolTip += QStringLiteral(" — ") + attribution.detail;
    return QStringLiteral("<span title=\"%1\" style=\"background-color:%2; color:%3;\">"
                          "&nbsp;%4&nbsp;%5&nbsp;</span>")
        .arg(escaped(toolTip), QLatin1String(style.background), QLatin1String(style.foreground),
             style.symbol, escaped(attribution.sourceName));
}

QString paragraphRow(const Paragraph &paragraph)
{
    const bool attributed = !paragraph.attributions.isEmpty();
    QString chips;
    if (attributed) {
        QStringList chipList;
        for (const Attribution &attribution : paragraph.attributions)
            chipList.append(sourceChip(attribution));
        chips = chipList.join(QStringLiteral("&nbsp; "));
    } else {
        chips = QStringLiteral("<span style=\"color:#c62828; font-weight:bold;\">%1</span>")
                    .arg(escaped(ArticleView::tr("No source: this paragraph is unattributed")));
    }
    // The narrow first cell is the attribution bar: red where a paragraph cites nothing.
    return QStringLiteral("<tr><td width=\"5\"%1></td>"
                          "<td><p style=\"margin-bottom:4px;\">%2</p>"
                          "<p style=\"margin-top:0px; font-size:small;\">%3</p></td></tr>")
        .arg(attributed ? QString() : QStringLiteral(" bgcolor=\"#c62828\""),
             escaped(paragraph.text), chips);
}

QString linkLine(const QString &label, const QString &noTargetLabel,
                 const std::optional<ArticleRef> &target)
{
    if (!target)
        return QStringLiteral("<span style=\"color:gray;\">%1</span>").arg(escaped(noTargetLabel));
    // The canonical headline is the only label a link may carry, never a meta title.
    const QString headline = target->headline.isEmpty()
                                 ? ArticleView::tr("Untitled article #%1").arg(target->id)
                                 : target->headline;
    return QStringLiteral("%1 <a href=\"%2\">%3</a>")
        .arg(escaped(label), ArticleView::articleUrl(target->id).toString(QUrl::FullyEncoded),
             escaped(headline));
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(16);
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleView::openLink);
}

void ArticleView::setArticle(const Article &article)
{
    m_articleId = article.id;
    setHtml(articleHtml(article));
}

void ArticleView::showMessage(const QString &message)
{
    m_articleId = 0;
    setHtml(QStringLiteral("<p align=\"center\" style=\"color:gray; margin-top:40px;\">%1</p>")
                .arg(escaped(message)));
}

QUrl ArticleView::articleUrl(qint64 id)
{
    QUrl url;
    url.setScheme(articleScheme);
    url.setPath(QString::number(id));
    return url;
}

QString ArticleView::articleHtml(const Article &article)
{
    QString html;
    const QString headline = article.headline.isEmpty() ? tr("Untitled article") : article.headline;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(headline));

    QStringList meta;
    if (!article.byline.isEmpty())
        meta.append(tr("By %1").arg(article.byline));
    if (!article.section.isEmpty())
        meta.append(tr("Section: %1").arg(article.section));
    meta.append(tr("Language: %1").arg(article.language));
    meta.append(tr("Status: %1").arg(articleStatusLabel(article.status)));
    if (article.updated.isValid())
        meta.append(
            tr("Updated %1")
                .arg(QLocale().toString(article.updated.toLocalTime(), QLocale::ShortFormat)));
    html += QStringLiteral("<p style=\"color:gray;\">%1</p>")
                .arg(escaped(meta.join(QStringLiteral(" · "))));

    const QString summary = article.summary.isEmpty()
                                ? QStringLiteral("<i>%1</i>").arg(escaped(tr("No summary yet.")))
                                : escaped(article.summary);
    html += QStringLiteral(
                "<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\" border=\"1\" "
                "style=\"border-color:#8fb4dc; border-style:solid; background-color:#eef4fb; "
                "color:#1a1a1a;\"><tr><td><b>%1</b><br/>%2</td></tr></table>")
                .arg(escaped(tr("No time to read? Get a summary")), summary);

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Article")));
    if (article.paragraphs.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("This article has no paragraphs yet.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" cellspacing=\"6\">");
        for (const Paragraph &paragraph : article.paragraphs)
            html += paragraphRow(paragraph);
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Meta titles")));
    if (article.metaTitles.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("No meta-title variants yet.")));
    } else {
        html += QStringLiteral("<ol>");
        for (const MetaTitle &title : article.metaTitles) {
            if (title.chosen) {
                html += QStringLiteral("<li><b>%1</b> <span style=\"color:#2e7d32;\">★ %2</span>"
                                       "</li>")
                            .arg(escaped(title.text), escaped(tr("chosen")));
            } else {
                html += QStringLiteral("<li>%1</li>").arg(escaped(title.text));
            }
        }
        html += QStringLiteral("</ol>");
    }

    html += QStringLiteral("<hr/><p>%1</p><p>%2</p>")
                .arg(linkLine(tr("← Previous:"), tr("No previous article"), article.previous),
                     linkLine(tr("→ Next:"), tr("No next article"), article.next));
    return html;
}

void ArticleView::openLink(const QUrl &url)
{
    if (url.scheme() == articleScheme) {
        bool ok = false;
        const qint64 id = url.path().toLongLong(&ok);
        if (ok && id > 0)
            emit articleLinkActivated(id);
        return;
    }
    QDesktopServices::openUrl(url);
}
