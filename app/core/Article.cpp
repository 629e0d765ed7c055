#include "Article.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

QString verificationKey(Verification state)
{
    switch (state) {
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::Disputed:
        return QStringLiteral("disputed");
    case Verification::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

Verification verificationFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("verified"))
        return Verification::Verified;
    if (key == QLatin1String("disputed"))
        return Verification::Disputed;
    if (key != QLatin1String("unchecked") && ok)
        *ok = false;
    return Verification::Unchecked;
}

namespace {
struct StatusName
{
    ArticleStatus status;
    const char16_t *key;
};
constexpr StatusName statusNames[] = {
    {ArticleStatus::Draft, u"draft"},
    {ArticleStatus::InReview, u"review"},
    {ArticleStatus::ChangesRequested, u"changes-requested"},
    {ArticleStatus::Approved, u"approved"},
    {ArticleStatus::Published, u"published"},
    {ArticleStatus::Corrected, u"corrected"},
    {ArticleStatus::Archived, u"archived"},
};
} // namespace

QString articleStatusKey(ArticleStatus status)
{
    for (const StatusName &name : statusNames) {
        if (name.status == status)
            return QString::fromUtf16(name.key);
    }
    return QStringLiteral("draft");
}

ArticleStatus articleStatusFromKey(const QString &key, bool *ok)
{
    for (const StatusName &name : statusNames) {
        if (key == QStringView(name.key)) {
            if (ok)
                *ok = true;
            return name.status;
        }
    }
    if (ok)
        *ok = false;
    return ArticleStatus::Draft;
}

QList<ArticleStatus> allArticleStatuses()
{
    QList<ArticleStatus> statuses;
    for (const StatusName &name : statusNames)
        statuses.append(name.status);
    return statuses;
}

bool isReleasable(ArticleStatus status)
{
    return status == ArticleStatus::Approved || status == ArticleStatus::Published ||
           status == ArticleStatus::Corrected;
}

QString articleStatusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::InReview:
        return QCoreApplication::translate("ArticleStatus", "In review");
    case ArticleStatus::ChangesRequested:
        return QCoreApplication::translate("ArticleStatus", "Changes requested");
    case ArticleStatus::Approved:
        return QCoreApplication::translate("ArticleStatus", "Approved");
    case ArticleStatus::Published:
        return QCoreApplication::translate("ArticleStatus", "Published");
    case ArticleStatus::Corrected:
        return QCoreApplication::translate("ArticleStatus", "Corrected");
    case ArticleStatus::Archived:
        return QCoreApplication::translate("ArticleStatus", "Archived");
    case ArticleStatus::Draft:
        break;
    }
    return QCoreApplication::translate("ArticleStatus", "Draft");
}

QUuid Paragraph::newUuid()
{
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random);
    const quint64 milliseconds = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xffffffffffffULL;
    // 48 bits of time, the version (7), 12 random bits, the variant (10), 62 random bits.
    const auto data1 = uint(milliseconds >> 16);
    const auto data2 = ushort(milliseconds & 0xffff);
    const auto data3 = ushort(0x7000 | (random[0] & 0x0fff));
    const uchar data4[8] = {uchar(0x80 | ((random[0] >> 12) & 0x3f)),
                            uchar(random[0] >> 18),
                            uchar(random[1]),
                            uchar(random[1] >> 8),
                            uchar(random[1] >> 16),
                            uchar(random[1] >> 24),
                            uchar(random[2]),
                            uchar(random[2] >> 8)};
    return QUuid(data1, data2, data3, data4[0], data4[1], data4[2], data4[3], data4[4], data4[5],
                 data4[6], data4[7]);
}

QString Article::defaultUri(const QUuid &uuid)
{
    return QStringLiteral("urn:copydesk:article:") + uuidText(uuid);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QStringList Article::citedSourceNames() const
{
    QStringList names;
    for (const Paragraph &paragraph : paragraphs) {
        for (const Attribution &attribution : paragraph.attributions) {
            if (!names.contains(attribution.sourceName))
                names.append(attribution.sourceName);
        }
    }
    return names;
}

int Article::wordCount() const
{
    static const QRegularExpression wordPattern(QStringLiteral("\\w+(?:['’]\\w+)*"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (const Paragraph &paragraph : paragraphs) {
        auto it = wordPattern.globalMatch(paragraph.text);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
    }
    return count;
}
