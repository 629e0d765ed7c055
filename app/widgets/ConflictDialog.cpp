#include "ConflictDialog.h"
#include "ui_ConflictDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QSet>

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("While you were editing version %1 of “%2”, version %3 was saved by someone else (at "
           "%4). Your edits are not lost: choose what to keep. Paragraphs that differ are "
           "highlighted.")
            .arg(mine.version)
            .arg(theirs.headline.toHtmlEscaped())
            .arg(theirs.version)
            .arg(QLocale().toString(theirs.updated.toLocalTime(), QLocale::ShortFormat)));
    QColor highlight = palette().color(QPalette::Highlight);
    highlight.setAlphaF(0.25f);
    m_ui->mineView->setHtml(sideHtml(mine, theirs, highlight));
    m_ui->theirsView->setHtml(sideHtml(theirs, mine, highlight));
    connect(m_ui->keepMineButton, &QPushButton::clicked, this,
            [this] { choose(Resolution::KeepMine); });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this,
            [this] { choose(Resolution::TakeTheirs); });
    connect(m_ui->copyMineButton, &QPushButton::clicked, this,
            [this] { choose(Resolution::CopyMine); });
    m_ui->keepMineButton->setDefault(true);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::choose(Resolution resolution)
{
    m_resolution = resolution;
    accept();
}

QString ConflictDialog::sideHtml(const Article &side, const Article &other, const QColor &highlight)
{
    QSet<QString> otherTexts;
    for (const Paragraph &paragraph : other.paragraphs)
        otherTexts.insert(paragraph.text);
    const QString mark =
        QStringLiteral(" style=\"background-color: %1\"").arg(highlight.name(QColor::HexArgb));
    auto block = [&](const QString &tag, const QString &text, bool differs) {
        return QLatin1Char('<') + tag + (differs ? mark : QString()) + QLatin1Char('>') +
               text.toHtmlEscaped() + QStringLiteral("</") + tag + QLatin1Char('>');
    };
    QString html = block(QStringLiteral("h3"), side.headline, side.headline != other.headline);
    html += block(QStringLiteral("p"), side.summary, side.summary != other.summary);
    for (const Paragraph &paragraph : side.paragraphs) {
        QStringList sources;
        for (const Attribution &attribution : paragraph.attributions)
            sources << attribution.sourceName;
        QString text = paragraph.text;
        if (!sources.isEmpty())
            text += QStringLiteral(" [") + sources.join(QStringLiteral("; ")) + QLatin1Char(']');
        html += block(QStringLiteral("p"), text, !otherTexts.contains(paragraph.text));
    }
    return html;
}
