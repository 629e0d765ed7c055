#include "AttributionsInspector.h"
#include "ui_AttributionsInspector.h"

#include "models/ArticleAttributionModel.h"
#include "models/PlainText.h"

#include <QHeaderView>
#include <QTextBlock>

AttributionsInspector::AttributionsInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttributionsInspector>())
    , m_model(new ArticleAttributionModel(this))
{
    m_ui->setupUi(this);
    m_ui->wholeArticleTable->setModel(m_model);
    m_ui->wholeArticleTable->verticalHeader()->hide();
    m_ui->wholeArticleTable->horizontalHeader()->setSectionResizeMode(
        ArticleAttributionModel::SourceColumn, QHeaderView::Stretch);
    m_ui->wholeArticleTable->horizontalHeader()->setSectionResizeMode(
        ArticleAttributionModel::ParagraphColumn, QHeaderView::ResizeToContents);

    connect(m_ui->removeButton, &QPushButton::clicked, this,
            &AttributionsInspector::removeSelected);
    connect(m_ui->currentList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeButton->setEnabled(row >= 0); });
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit paragraphActivated(index.data(ArticleAttributionModel::BlockNumberRole).toInt());
    };
    connect(m_ui->wholeArticleTable, &QTableView::activated, this, activate);
    connect(m_ui->wholeArticleTable, &QTableView::doubleClicked, this, activate);
    setDocument(nullptr);
}

AttributionsInspector::~AttributionsInspector() = default;

void AttributionsInspector::setAttachAction(QAction *action)
{
    m_ui->attachButton->setDefaultAction(action);
}

void AttributionsInspector::setDocument(ArticleDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_model->setDocument(document);
    m_block = document ? 0 : -1;
    if (document) {
        m_connections << connect(document, &ArticleDocument::attributionsChanged, this, [this] {
            showCurrentParagraph();
            updateCoverage();
        });
        m_connections << connect(document->body(), &QTextDocument::blockCountChanged, this,
                                 &AttributionsInspector::updateCoverage);
    }
    setEnabled(document != nullptr);
    showCurrentParagraph();
    updateCoverage();
}

void AttributionsInspector::setCurrentBlock(int blockNumber)
{
    if (blockNumber == m_block)
        return;
    m_block = blockNumber;
    showCurrentParagraph();
}

void AttributionsInspector::showCurrentParagraph()
{
    m_ui->currentList->clear();
    m_ui->removeButton->setEnabled(false);
    if (!m_document || m_block < 0) {
        m_ui->currentTitle->setText(tr("This paragraph"));
        return;
    }
    // Number paragraphs as readers count them: empty lines are not paragraphs.
    int paragraphNumber = 0;
    for (QTextBlock block = m_document->body()->begin();
         block.isValid() && block.blockNumber() <= m_block; block = block.next()) {
        if (!block.text().trimmed().isEmpty())
            ++paragraphNumber;
    }
    m_ui->currentTitle->setText(tr("Paragraph %1").arg(paragraphNumber));
    const ParagraphMeta meta = m_document->paragraphMeta(m_block);
    for (const Attribution &attribution : meta.attributions) {
        QString text = attribution.sourceName + QStringLiteral(" — ") +
                       ArticleAttributionModel::verificationLabel(attribution.verification);
        if (!attribution.detail.isEmpty())
            text += QStringLiteral(" — ") + attribution.detail;
        auto *item = new QListWidgetItem(text, m_ui->currentList);
        item->setToolTip(plainText(
            attribution.url.isEmpty() ? text : text + QLatin1Char('\n') + attribution.url));
    }
    if (meta.attributions.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("No source: this paragraph is unattributed"), m_ui->currentList);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
}

void AttributionsInspector::removeSelected()
{
    const int row = m_ui->currentList->currentRow();
    if (!m_document || m_block < 0 || row < 0)
        return;
    const ParagraphMeta meta = m_document->paragraphMeta(m_block);
    if (row >= meta.attributions.size())
        return;
    QList<Attribution> remaining = meta.attributions;
    const QString name = remaining.takeAt(row).sourceName;
    m_document->setAttributions(meta.uuid, remaining, tr("Remove source “%1”").arg(name));
}

void AttributionsInspector::updateCoverage()
{
    if (!m_document) {
        m_ui->coverageLabel->clear();
        return;
    }
    const int total = m_document->paragraphCount();
    const int attributed = m_document->attributedParagraphCount();
    m_ui->coverageLabel->setText(
        tr("%1 of %n paragraph(s) attributed", nullptr, total).arg(attributed));
}
