#include "TextInput.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

namespace {

bool decodesCleanly(QByteArrayView bytes, QStringConverter::Flags flags)
{
    QStringDecoder decoder(QStringConverter::Utf8, flags);
    [[maybe_unused]] const QString decoded = decoder(bytes); // decoding is lazy
    return !decoder.hasError();
}

QString withUnixLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

QString TextInput::standardInputName()
{
    return tr("<stdin>");
}

qsizetype TextInput::firstInvalidUtf8Offset(QByteArrayView data)
{
    if (decodesCleanly(data, QStringConverter::Flag::Stateless))
        return -1;
    // A stateful decoder holds an unfinished sequence back instead of flagging it, and an error
    // never disappears once seen, so "decodes without error" is monotonic in the prefix length:
    // binary-search the longest such prefix.
    qsizetype low = 0;
    qsizetype high = data.size();
    while (low < high) {
        const qsizetype middle = low + (high - low + 1) / 2;
        if (decodesCleanly(data.first(middle), QStringConverter::Flag::Default))
            low = middle;
        else
            high = middle - 1;
    }
    // That prefix may end inside the bad sequence, which starts at the last character boundary.
    while (low > 0 && !decodesCleanly(data.first(low), QStringConverter::Flag::Stateless))
        --low;
    return low;
}

std::optional<QString> TextInput::decode(const QByteArray &data, QString *error)
{
    // Stateless: a sequence cut off at the end of the data is an error too.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(data);
    if (!decoder.hasError())
        return withUnixLineEnds(text);

    const qsizetype offset = firstInvalidUtf8Offset(data);
    // Decoded like the text (a byte order mark skipped), so the column is the one an editor shows.
    QStringDecoder prefixDecoder(QStringConverter::Utf8);
    const QString before = withUnixLineEnds(prefixDecoder(data.first(offset)));
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    const QStringView lineBefore = QStringView(before).sliced(lineStart);
    const qsizetype column =
        1 + lineBefore.size() - std::count_if(lineBefore.cbegin(), lineBefore.cend(), [](QChar c) {
            return c.isLowSurrogate();
        }); // characters, not UTF-16 units
    *error = tr("%1:%2: invalid UTF-8 at byte offset %3 (byte 0x%4); save the text as UTF-8.")
                 .arg(before.count(QLatin1Char('\n')) + 1)
                 .arg(column)
                 .arg(offset)
                 .arg(QString::number(quint8(data.at(offset)), 16).toUpper());
    return std::nullopt;
}

std::optional<QString> TextInput::read(const QString &fileName, QString *error)
{
    QFile file;
    QString name = fileName;
    if (fileName == QLatin1String("-")) {
        name = standardInputName();
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read standard input: %2").arg(name, file.errorString());
            return std::nullopt;
        }
    } else {
        const QFileInfo info(fileName);
        if (!info.exists()) {
            *error = tr("%1: no such file.").arg(fileName);
            return std::nullopt;
        }
        if (info.isDir()) {
            *error = tr("%1: is a folder, not a text file.").arg(fileName);
            return std::nullopt;
        }
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the file: %2").arg(fileName, file.errorString());
            return std::nullopt;
        }
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    QString decodeError;
    std::optional<QString> text = decode(data, &decodeError);
    if (!text)
        *error = name + QLatin1Char(':') + decodeError;
    return text;
}
