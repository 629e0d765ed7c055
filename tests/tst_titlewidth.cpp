#include "core/TitleWidth.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRawFont>
#include <QtTest>

// The generated table must agree with the real font as Qt renders it, and the thresholds must
// sit where search engines cut.
class TestTitleWidth : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheRealFont_data();
    void matchesTheRealFont();
    void knownWidths();
    void elidesAtTheCut();
    void unknownCharactersStillCount();
};

void TestTitleWidth::matchesTheRealFont_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QStringLiteral("Rail Workers Announce Two-Day Strike");
    QTest::newRow("punctuation") << QStringLiteral("“Quotes”, dashes – and ellipses…");
    QTest::newRow("accents") << QStringLiteral("Grève générale à Paris: l’Élysée réagit");
    QTest::newRow("cyrillic") << QStringLiteral("Министерство обороны России сообщило");
    QTest::newRow("long") << QStringLiteral(
        "Schools Expand Free Breakfast Program To Every Primary School In The District From "
        "January After Board Vote");
}

void TestTitleWidth::matchesTheRealFont()
{
    QFETCH(QString, title);
    const QString path =
        QStringLiteral("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");
    if (!QFile::exists(path))
        QSKIP("fonts-liberation is not installed; cannot compare with the real font");
    const QRawFont font(path, TitleWidth::searchPixelSize);
    QVERIFY(font.isValid());
    const QList<quint32> glyphs = font.glyphIndexesForString(title);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs);
    double expected = 0;
    for (const QPointF &advance : advances)
        expected += advance.x();
    QVERIFY2(qAbs(TitleWidth::pixels(title) - expected) < 1.0,
             qPrintable(QStringLiteral("table %1 px, font %2 px")
                            .arg(TitleWidth::pixels(title))
                            .arg(expected)));
}

void TestTitleWidth::knownWidths()
{
    // Liberation Sans: 'a' is 1139/2048 em, 'W' 1933/2048 em, space 569/2048 em.
    QCOMPARE(TitleWidth::pixels(QStringLiteral("a")), 1139 * 20.0 / 2048);
    QCOMPARE(TitleWidth::pixels(QStringLiteral("W W")), (1933 * 2 + 569) * 20.0 / 2048);
    QCOMPARE(TitleWidth::pixels(QString()), 0.0);
    QCOMPARE(TitleWidth::pixels(QStringLiteral("a"), 40.0), 1139 * 40.0 / 2048);
}

void TestTitleWidth::elidesAtTheCut()
{
    const QString shortTitle = QStringLiteral("Short title");
    QCOMPARE(TitleWidth::elided(shortTitle), shortTitle);
    const QString longTitle =
        QString(QStringLiteral("Breaking news about the budget ")).repeated(4);
    QVERIFY(TitleWidth::pixels(longTitle) > TitleWidth::cutAbovePx);
    const QString cut = TitleWidth::elided(longTitle);
    QVERIFY(cut.endsWith(QStringLiteral("…")));
    QVERIFY(TitleWidth::pixels(cut) <= TitleWidth::cutAbovePx);
    QVERIFY(TitleWidth::pixels(cut) > TitleWidth::cutAbovePx * 0.6);
    QVERIFY(longTitle.startsWith(cut.chopped(1)));
}

void TestTitleWidth::unknownCharactersStillCount()
{
    // CJK is not in Liberation Sans; a fallback font renders it about one em wide.
    QCOMPARE(TitleWidth::pixels(QStringLiteral("東京")), 40.0);
    // Combining marks add nothing: "é" decomposed equals "e".
    QCOMPARE(TitleWidth::pixels(QStringLiteral("e\u0301")),
             TitleWidth::pixels(QStringLiteral("e")));
    QVERIFY(TitleWidth::pixels(QStringLiteral("🙂")) > 0);
}

QTEST_MAIN(TestTitleWidth)
#include "tst_titlewidth.moc"
