#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The text a command checks, read from a file or from standard input ("-"): UTF-8 (a leading
// byte order mark is skipped), with CRLF and CR line ends read as LF so that lines and columns
// are the ones an editor shows. Anything that is not UTF-8 is refused with the byte offset,
// line and column of the first bad sequence, rather than checked as replacement characters.
class TextInput
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)

public:
    // The name messages use for standard input.
    static QString standardInputName();

    // Reads and decodes `fileName` ("-" reads standard input to its end). On failure returns
    // nothing and sets *error to a translated message that starts with the file name.
    static std::optional<QString> read(const QString &fileName, QString *error);
    // Decodes `data`; on failure *error says where (without a file name).
    static std::optional<QString> decode(const QByteArray &data, QString *error);

    // Byte offset of the first byte of the first invalid UTF-8 sequence, or -1 if there is none.
    static qsizetype firstInvalidUtf8Offset(QByteArrayView data);
};
