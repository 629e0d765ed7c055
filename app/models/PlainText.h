#pragma once

#include <QString>
#include <QTextDocument>

// Text for a place that guesses whether it was given rich text (tooltips, QMessageBox, a QLabel
// with Qt::AutoText), shown exactly as written. Qt reads text whose first line holds something
// like a tag ("<b>", "<img src=…>") or "&lt;" as HTML: an article's words would become markup,
// and <img> would load local files. Such text is escaped into a paragraph of rich text that
// shows it literally; any other text is returned unchanged (it is shown as plain text anyway).
inline QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}
