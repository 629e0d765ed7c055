#include "IsoTime.h"

namespace IsoTime {

QString utc(const QDateTime &time, bool milliseconds)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
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
    qsizetype length = 19;
    if (milliseconds) {
        text[length++] = u'.';
        put(20, clock.msec(), 3);
        length += 3;
    }
    text[length++] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), length);
}

} // namespace IsoTime
