#include "StoredTime.h"

#include "core/IsoTime.h"

namespace StoredTime {

QString isoUtc(const QDateTime &time)
{
    return IsoTime::utc(time, true);
}

QVariant isoUtcOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    return fromIso(value.toString());
}

QDateTime fromIso(const QString &text)
{
    if (text.isNull())
        return {};
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
