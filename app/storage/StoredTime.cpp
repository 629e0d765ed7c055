#include "StoredTime.h"

namespace StoredTime {

// "2026-01-31T06:15:00.000Z", as QDateTime::toString(Qt::ISODateWithMs) writes a UTC time, and
// back. Written and read by hand: Qt's general-purpose formatting and parsing were 6% of an
// import and of a load. Anything else (a year outside 1000-9999, an older row) goes through Qt.
QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'.';
    put(20, clock.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QVariant isoUtcOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const auto shapeMatches = [&text] {
        static constexpr char16_t shape[] = u"0000-00-00T00:00:00.000Z";
        if (text.size() != 24)
            return false;
        for (int i = 0; i < 24; ++i) {
            const bool digit = text.at(i) >= u'0' && text.at(i) <= u'9';
            if (shape[i] == u'0' ? !digit : text.at(i) != shape[i])
                return false;
        }
        return true;
    };
    if (shapeMatches()) {
        const auto number = [&text](int at, int digits) {
            int value = 0;
            for (int i = at; i < at + digits; ++i)
                value = value * 10 + (text.at(i).unicode() - u'0');
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime clock(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && clock.isValid())
            return QDateTime(date, clock, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QDateTime nowUtc()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace StoredTime
