#include "AttachSourceDialog.h"
#include "ui_AttachSourceDialog.h"

#include "AttributionStyle.h"
#include "models/ArticleDocument.h"
#include "models/PlainText.h"
#include "models/SourceRegistryModel.h"
#include "storage/ArticleStore.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QPushButton>
#include <QStringListModel>
#include <QTextBlock>

namespace {

constexpr int PreviewLength = 180;

QString listText(const Attribution &attribution)
{
    QString text = attribution.sourceName + QStringLiteral(" — ") +
                   AttributionStyle::verificationLabel(attribution.verification);
    if (!attribution.detail.isEmpty())
        text += QStringLiteral(" — ") + attribution.detail;
    return text;
}

} // namespace

AttachSourceDialog::AttachSourceDialog(ArticleDocument *document, ArticleStore *store,
                                       int blockNumber, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttachSourceDialog>())
    , m_document(document)
    , m_store(store)
    , m_completionModel(new QStringListModel(this))
{
    m_ui->setupUi(this);

    const ParagraphMeta meta = document->paragraphMeta(blockNumber);
    m_paragraph = meta.uuid;
    m_original = meta.attributions;
    m_pending = meta.attributions;

    QString text = document->body()->findBlockByNumber(blockNumber).text().simplified();
    m_ui->paragraphLabel->setToolTip(plainText(text));
    if (text.size() > PreviewLength)
        text = text.left(PreviewLength).trimmed() + QStringLiteral("…");
    m_ui->paragraphLabel->setText(tr("Paragraph %1: “%2”").arg(blockNumber + 1).arg(text));

    for (int kind = int(SourceKind::Official); kind <= int(SourceKind::Website); ++kind)
        m_ui->kindCombo->addItem(sourceKindLabel(SourceKind(kind)), kind);

    auto *completer = new QCompleter(m_completionModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->sourceEdit->setCompleter(completer);

    QPalette messagePalette = m_ui->messageLabel->palette();
    messagePalette.setColor(QPalette::WindowText, AttributionStyle::errorTextColor(palette()));
    m_ui->messageLabel->setPalette(messagePalette);
    m_ui->messageLabel->hide();

    for (QLineEdit *edit : {m_ui->sourceEdit, m_ui->detailEdit, m_ui->urlEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { showMessage({}); });
        connect(edit, &QLineEdit::textChanged, this, &AttachSourceDialog::updateForm);
    }
    connect(m_ui->addButton, &QPushButton::clicked, this, &AttachSourceDialog::addFromForm);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AttachSourceDialog::removeSelected);
    connect(m_ui->attributionList, &QListWidget::currentRowChanged, this,
            [this](int row) { selectAttribution(row); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttachSourceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttachSourceDialog::reject);

    loadRegistry();
    refreshList();
    updateForm();
    m_ui->sourceEdit->setFocus();
}

AttachSourceDialog::~AttachSourceDialog() = default;

void AttachSourceDialog::loadRegistry()
{
    m_registry.clear();
    QStringList names;
    if (m_store) {
        StoreError error;
        const QList<Source> sources = m_store->sources(&error);
        if (error)
            showMessage(tr("The source registry could not be read: %1").arg(error.message));
        for (const Source &source : sources) {
            m_registry.insert(ArticleStore::sourceKey(source.name), source);
            names.append(source.name);
        }
    }
    m_completionModel->setStringList(names);
}

void AttachSourceDialog::refreshList()
{
    const QSignalBlocker blocker(m_ui->attributionList);
    m_ui->attributionList->clear();
    for (const Attribution &attribution : std::as_const(m_pending)) {
        auto *item = new QListWidgetItem(
            AttributionStyle::verificationIcon(attribution.verification, palette()),
            listText(attribution), m_ui->attributionList);
        QString tip = attribution.sourceName;
        if (!attribution.url.isEmpty())
            tip += u'\n' + attribution.url;
        item->setToolTip(plainText(tip));
    }
    if (m_pending.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No source yet"), m_ui->attributionList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_ui->attributionList->setCurrentRow(-1);
    m_ui->removeButton->setEnabled(false);
}

int AttachSourceDialog::selectedIndex() const
{
    const int row = m_ui->attributionList->currentRow();
    const QListWidgetItem *item = m_ui->attributionList->currentItem();
    return row >= 0 && row < m_pending.size() && item && item->isSelected() ? row : -1;
}

int AttachSourceDialog::indexOfSource(const QString &name) const
{
    const QString key = ArticleStore::sourceKey(name);
    for (int i = 0; i < m_pending.size(); ++i) {
        if (ArticleStore::sourceKey(m_pending.at(i).sourceName) == key)
            return i;
    }
    return -1;
}

void AttachSourceDialog::selectAttribution(int index)
{
    if (index < 0 || index >= m_pending.size()) {
        m_ui->removeButton->setEnabled(false);
        updateForm();
        return;
    }
    {
        const QSignalBlocker blocker(m_ui->attributionList);
        m_ui->attributionList->setCurrentRow(index, QItemSelectionModel::ClearAndSelect);
    }
    const Attribution &attribution = m_pending.at(index);
    m_ui->sourceEdit->setText(attribution.sourceName);
    m_ui->detailEdit->setText(attribution.detail);
    m_ui->urlEdit->setText(attribution.url);
    m_ui->removeButton->setEnabled(true);
    m_ui->detailEdit->setFocus();
    showMessage({});
    updateForm();
}

void AttachSourceDialog::updateForm()
{
    const QString name = m_ui->sourceEdit->text().simplified();
    const QString key = ArticleStore::sourceKey(name);
    const bool isNew = !key.isEmpty() && !m_registry.contains(key) && indexOfSource(name) < 0;
    m_ui->newSourceGroup->setEnabled(isNew);
    m_ui->newSourceHint->setText(
        isNew ? tr("“%1” is not in the source registry yet. It is added with:").arg(name)
              : tr("A name the registry does not know yet is added to it as a new source."));

    const int selected = selectedIndex();
    const bool updating = selected >= 0 && indexOfSource(name) == selected;
    m_ui->addButton->setText(updating ? tr("&Update") : tr("&Add"));
    m_ui->addButton->setAccessibleName(updating ? tr("Update the selected source")
                                                : tr("Add the source to the paragraph"));
    m_ui->addButton->setEnabled(!name.isEmpty() && !(updating && formMatchesSelection()));
}

bool AttachSourceDialog::formIsEmpty() const
{
    return m_ui->sourceEdit->text().trimmed().isEmpty() &&
           m_ui->detailEdit->text().trimmed().isEmpty() &&
           m_ui->urlEdit->text().trimmed().isEmpty();
}

bool AttachSourceDialog::formMatchesSelection() const
{
    const int selected = selectedIndex();
    if (selected < 0)
        return false;
    const Attribution &attribution = m_pending.at(selected);
    return ArticleStore::sourceKey(m_ui->sourceEdit->text()) ==
               ArticleStore::sourceKey(attribution.sourceName) &&
           m_ui->detailEdit->text().trimmed() == attribution.detail &&
           m_ui->urlEdit->text().trimmed() == attribution.url;
}

void AttachSourceDialog::clearForm()
{
    {
        const QSignalBlocker blocker(m_ui->attributionList);
        m_ui->attributionList->setCurrentRow(-1);
        m_ui->attributionList->clearSelection();
    }
    m_ui->sourceEdit->clear();
    m_ui->detailEdit->clear();
    m_ui->urlEdit->clear();
    m_ui->sourceUrlEdit->clear();
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->removeButton->setEnabled(false);
    updateForm();
}

void AttachSourceDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString AttachSourceDialog::message() const
{
    return m_ui->messageLabel->text();
}

bool AttachSourceDialog::addFromForm()
{
    const QString name = m_ui->sourceEdit->text().simplified();
    const QString detail = m_ui->detailEdit->text().trimmed();
    const QString url = m_ui->urlEdit->text().trimmed();
    const QString key = ArticleStore::sourceKey(name);
    if (key.isEmpty()) {
        showMessage(tr("Type the name of a source."));
        m_ui->sourceEdit->setFocus();
        return false;
    }
    if (!SourceRegistryModel::isValidUrl(url)) {
        showMessage(tr("The link must be a web address starting with http:// or https://."));
        m_ui->urlEdit->setFocus();
        return false;
    }
    const int selected = selectedIndex();
    const int existing = indexOfSource(name);
    if (existing >= 0 && existing != selected) {
        showMessage(tr("“%1” is already a source of this paragraph.")
                        .arg(m_pending.at(existing).sourceName));
        m_ui->sourceEdit->setFocus();
        m_ui->sourceEdit->selectAll();
        return false;
    }

    Attribution attribution;
    if (existing >= 0) {
        // Updating the selected attribution. What a reviewer verified was the old detail/link:
        // a changed claim needs checking again.
        attribution = m_pending.at(existing);
        if (attribution.detail != detail || attribution.url != url) {
            attribution.verification = Verification::Unchecked;
            attribution.reviewer.clear();
            attribution.reviewedAt = {};
        }
    } else if (const auto known = m_registry.constFind(key); known != m_registry.cend()) {
        attribution.sourceId = known->id;
        attribution.sourceName = known->name;
    } else {
        const QString sourceUrl = m_ui->sourceUrlEdit->text().trimmed();
        if (!SourceRegistryModel::isValidUrl(sourceUrl)) {
            showMessage(tr("The website must be a web address starting with http:// or "
                           "https://."));
            m_ui->sourceUrlEdit->setFocus();
            return false;
        }
        Source source;
        source.name = name;
        source.kind = SourceKind(m_ui->kindCombo->currentData().toInt());
        source.url = sourceUrl;
        m_newSources.insert(key, source);
        attribution.sourceName = name;
    }
    attribution.detail = detail;
    attribution.url = url;
    if (existing >= 0)
        m_pending[existing] = attribution;
    else
        m_pending.append(attribution);

    refreshList();
    clearForm();
    showMessage({});
    m_ui->sourceEdit->setFocus();
    return true;
}

void AttachSourceDialog::removeSelected()
{
    const int selected = selectedIndex();
    if (selected < 0)
        return;
    const Attribution removed = m_pending.takeAt(selected);
    m_newSources.remove(ArticleStore::sourceKey(removed.sourceName));
    refreshList();
    clearForm();
    const int next = std::min(selected, int(m_pending.size()) - 1);
    if (next >= 0) {
        m_ui->attributionList->setCurrentRow(next);
        m_ui->attributionList->setFocus();
    } else {
        m_ui->sourceEdit->setFocus();
    }
}

void AttachSourceDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in the form adds what was typed; with nothing typed it is OK, as usual.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && !formIsEmpty() && !formMatchesSelection()) {
        addFromForm();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AttachSourceDialog::accept()
{
    // A source typed but not added yet is what the user means OK to attach.
    if (!formIsEmpty() && !formMatchesSelection() && !addFromForm())
        return;
    if (!apply())
        return;
    QDialog::accept();
}

bool AttachSourceDialog::apply()
{
    QList<Attribution> result = m_pending;
    bool registryWritten = false;
    for (Attribution &attribution : result) {
        if (attribution.sourceId != 0 || !m_store)
            continue;
        const QString key = ArticleStore::sourceKey(attribution.sourceName);
        Source source = m_newSources.value(key);
        source.name = attribution.sourceName;
        if (StoreError error = m_store->ensureSource(source)) {
            showMessage(tr("“%1” could not be added to the source registry: %2")
                            .arg(attribution.sourceName, error.message));
            return false;
        }
        registryWritten = true;
        attribution.sourceId = source.id;
        attribution.sourceName = source.name;
        m_registry.insert(key, source);
    }
    if (registryWritten)
        emit registryChanged();
    if (result == m_original)
        return true;

    QString actionText = tr("Attach source");
    if (result.size() < m_original.size())
        actionText = tr("Remove source");
    else if (result.size() == m_original.size())
        actionText = tr("Edit source");
    m_document->setAttributions(m_paragraph, result, actionText);
    return true;
}
