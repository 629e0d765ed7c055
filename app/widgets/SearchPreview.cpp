#include "SearchPreview.h"

#include "core/TitleWidth.h"
#include "models/ArticleDocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace {

// Page geometry of one results entry, in the page's own pixels.
constexpr int padding = 16;
constexpr int urlGap = 6;
constexpr int titleGap = 4;
constexpr int descriptionLines = 2;
constexpr double descriptionLineHeight = 22.0;
constexpr double minimumScale = 0.45;

QFont resultsFont(int pixelSize)
{
    QFont font;
    // Arial where installed, else its metric-compatible twins; TitleWidth measures the latter.
    font.setFamilies(
        {QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Arimo")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    return font;
}

double luminance(const QColor &color)
{
    auto channel = [](float value) {
        return value <= 0.03928f ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

} // namespace

SearchPreview::SearchPreview(QWidget *parent)
    : QWidget(parent)
    , m_baseUrl(QStringLiteral("https://news.example.com/"))
{
    setAccessibleName(tr("Search result preview"));
    setToolTip(tr("How the article may appear in search results"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    contentChanged();
}

void SearchPreview::setDocument(ArticleDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ArticleDocument::fieldChanged, this, &SearchPreview::contentChanged);
        connect(document, &ArticleDocument::metaTitlesChanged, this,
                &SearchPreview::contentChanged);
        connect(document, &QObject::destroyed, this, &SearchPreview::contentChanged);
    }
    contentChanged();
}

ArticleDocument *SearchPreview::document() const
{
    return m_document;
}

void SearchPreview::setBaseUrl(const QString &baseUrl)
{
    if (m_baseUrl == baseUrl)
        return;
    m_baseUrl = baseUrl;
    contentChanged();
}

QString SearchPreview::slugified(const QString &text)
{
    QString slug;
    bool separator = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber()) {
            if (separator && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            separator = false;
            slug.append(c);
        } else if (c != QLatin1Char('\'') && c != QChar(0x2019) &&
                   c.category() != QChar::Mark_NonSpacing) {
            separator = true; // apostrophes and accents vanish; anything else separates words
        }
    }
    return slug;
}

QString SearchPreview::articleUrl(const QString &baseUrl, const QString &section,
                                  const QString &slug, const QString &headline)
{
    QString url = baseUrl.trimmed();
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));
    const QString segment = slugified(section);
    if (!segment.isEmpty())
        url += segment + QLatin1Char('/');
    const QString path = slug.trimmed();
    return url + (path.isEmpty() ? slugified(headline) : path);
}

QString SearchPreview::url() const
{
    if (!m_document)
        return {};
    return articleUrl(m_baseUrl, m_document->field(ArticleDocument::Field::Section),
                      m_document->field(ArticleDocument::Field::Slug),
                      m_document->field(ArticleDocument::Field::Headline));
}

QString SearchPreview::fullTitle() const
{
    if (!m_document)
        return {};
    const QList<MetaTitle> titles = m_document->metaTitles();
    for (const MetaTitle &title : titles) {
        if (title.chosen && !title.text.trimmed().isEmpty())
            return title.text.simplified();
    }
    return m_document->field(ArticleDocument::Field::Headline).simplified();
}

QString SearchPreview::displayedTitle() const
{
    return TitleWidth::elided(fullTitle(), TitleWidth::cutAbovePx);
}

QString SearchPreview::displayedDescription() const
{
    if (!m_document)
        return {};
    const QString summary = m_document->field(ArticleDocument::Field::Summary).simplified();
    return QFontMetricsF(descriptionFont()).elidedText(summary, Qt::ElideRight, descriptionCutPx);
}

QFont SearchPreview::titleFont() const
{
    return resultsFont(titlePixelSize);
}

QFont SearchPreview::descriptionFont() const
{
    return resultsFont(descriptionPixelSize);
}

QColor SearchPreview::readableLinkColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor link = palette.color(QPalette::Link);
    // Dark palettes often keep Qt's default pure blue; move it away from the base until the
    // title reads as well as body text should (4.5:1).
    const bool darkBase = luminance(base) < 0.18;
    for (int step = 0; step < 20 && contrast(link, base) < 4.5; ++step) {
        const int lightness = link.lightness() + (darkBase ? 10 : -10);
        link = QColor::fromHsl(link.hslHue(), link.hslSaturation(), std::clamp(lightness, 0, 255));
    }
    return link;
}

int SearchPreview::naturalHeight() const
{
    const QFontMetricsF url(resultsFont(urlPixelSize));
    const QFontMetricsF title(titleFont());
    return int(std::ceil(padding + url.height() + urlGap + title.height() + titleGap +
                         descriptionLines * descriptionLineHeight + padding));
}

double SearchPreview::scaleFor(int width) const
{
    const double natural = columnWidthPx + 2 * padding;
    return std::clamp(width / natural, minimumScale, 1.0);
}

QSize SearchPreview::sizeHint() const
{
    return {columnWidthPx + 2 * padding, naturalHeight()};
}

QSize SearchPreview::minimumSizeHint() const
{
    const QSize natural = sizeHint();
    return {int(natural.width() * minimumScale), int(std::ceil(natural.height() * minimumScale))};
}

bool SearchPreview::hasHeightForWidth() const
{
    return true;
}

int SearchPreview::heightForWidth(int width) const
{
    return int(std::ceil(naturalHeight() * scaleFor(width)));
}

void SearchPreview::contentChanged()
{
    if (!m_document) {
        setAccessibleDescription(tr("No article is open"));
    } else {
        const QString description = displayedDescription();
        setAccessibleDescription(
            tr("Address: %1. Title: %2. Description: %3")
                .arg(url(), displayedTitle(),
                     description.isEmpty() ? tr("none, the article has no summary") : description));
    }
    update();
}

void SearchPreview::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    QPalette colors = palette();
    colors.setCurrentColorGroup(group);
    const QColor base = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    const QColor placeholder = colors.color(QPalette::PlaceholderText);

    painter.fillRect(rect(), base);
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    if (!m_document) {
        painter.setPen(placeholder);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No article is open"));
        return;
    }

    const double scale = scaleFor(width());
    painter.scale(scale, scale);
    double y = padding;

    // The address line.
    const QFont urlFont = resultsFont(urlPixelSize);
    const QFontMetricsF urlMetrics(urlFont);
    painter.setFont(urlFont);
    painter.setPen(blend(text, base, 0.25));
    painter.drawText(QPointF(padding, y + urlMetrics.ascent()),
                     urlMetrics.elidedText(url(), Qt::ElideMiddle, columnWidthPx));
    y += urlMetrics.height() + urlGap;

    // The title, cut where the 600 px line ends.
    QFont title = titleFont();
    const QFontMetricsF titleMetrics(title);
    QString titleText = displayedTitle();
    QColor titleColor = readableLinkColor(colors);
    if (titleText.isEmpty()) {
        titleText = tr("Untitled article");
        title.setItalic(true);
        titleColor = placeholder;
    }
    painter.setFont(title);
    painter.setPen(titleColor);
    painter.drawText(QPointF(padding, y + titleMetrics.ascent()), titleText);
    y += titleMetrics.height() + titleGap;

    // The description: at most 920 px of summary text, wrapped into the title's column.
    QFont descriptionFont = this->descriptionFont();
    QString description = displayedDescription();
    QColor descriptionColor = blend(text, base, 0.12);
    if (description.isEmpty()) {
        description = tr("No summary: search engines will quote text from the page instead.");
        descriptionFont.setItalic(true);
        descriptionColor = placeholder;
    }
    const QFontMetricsF descriptionMetrics(descriptionFont);
    painter.setFont(descriptionFont);
    painter.setPen(descriptionColor);
    QTextLayout layout(description, descriptionFont);
    layout.beginLayout();
    for (int i = 0; i < descriptionLines + 1; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(columnWidthPx);
    }
    layout.endLayout();
    const double leading = (descriptionLineHeight - descriptionMetrics.height()) / 2;
    for (int i = 0; i < std::min(layout.lineCount(), descriptionLines); ++i) {
        const QTextLine line = layout.lineAt(i);
        const double top = y + i * descriptionLineHeight + leading;
        if (i == descriptionLines - 1 && layout.lineCount() > descriptionLines) {
            // A long word pushed text onto a third line: end the last one with the ellipsis.
            const QString rest = description.mid(line.textStart());
            painter.drawText(QPointF(padding, top + descriptionMetrics.ascent()),
                             descriptionMetrics.elidedText(rest, Qt::ElideRight, columnWidthPx));
        } else {
            line.draw(&painter, QPointF(padding, top));
        }
    }
}
