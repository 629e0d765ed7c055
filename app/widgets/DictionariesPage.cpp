#include "DictionariesPage.h"
#include "ui_DictionariesPage.h"

#include "ArticleSpelling.h"
#include "spelling/DictionaryCatalog.h"
#include "spelling/Speller.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>

namespace {

// "English (United States)" for en_US, in the interface language; the bare name when Qt does
// not know it.
QString languageName(const QString &dictionary)
{
    const QLocale locale(dictionary);
    if (locale.language() == QLocale::C)
        return dictionary;
    const QString language = QLocale::languageToString(locale.language());
    return dictionary.contains(QLatin1Char('_'))
               ? DictionariesPage::tr("%1 (%2)").arg(language,
                                                     QLocale::territoryToString(locale.territory()))
               : language;
}

} // namespace

DictionariesPage::DictionariesPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DictionariesPage>())
{
    m_ui->setupUi(this);
    m_ui->newsroomList->sortByColumn(0, Qt::AscendingOrder);
    connect(m_ui->addNewsroomButton, &QPushButton::clicked, this,
            &DictionariesPage::addNewsroomWord);
    // Enter in the word field adds the word instead of closing the dialog (see eventFilter).
    m_ui->newsroomWordEdit->installEventFilter(this);
    connect(m_ui->removeNewsroomButton, &QPushButton::clicked, this,
            &DictionariesPage::removeSelectedNewsroomWords);
    connect(m_ui->removePersonalButton, &QPushButton::clicked, this,
            &DictionariesPage::removeSelectedPersonalWords);
    connect(m_ui->newsroomWordEdit, &QLineEdit::textChanged, this,
            &DictionariesPage::updateButtons);
    connect(m_ui->newsroomList, &QTreeWidget::itemSelectionChanged, this,
            &DictionariesPage::updateButtons);
    connect(m_ui->personalList, &QListWidget::itemSelectionChanged, this,
            &DictionariesPage::updateButtons);
    m_ui->newsroomList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->personalList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSpelling(nullptr);
}

DictionariesPage::~DictionariesPage() = default;

void DictionariesPage::setSpelling(ArticleSpelling *spelling)
{
    m_spelling = spelling;
    if (spelling && spelling->database())
        spelling->reloadNewsroomWords();
    showInstalled();
    showNewsroomWords();
    showPersonalWords();
}

void DictionariesPage::showInstalled()
{
    const DictionaryCatalog catalog = m_spelling ? m_spelling->catalog() : DictionaryCatalog();
    m_ui->dictionaryList->clear();
    const QList<DictionaryCatalog::Dictionary> dictionaries = catalog.dictionaries();
    for (const DictionaryCatalog::Dictionary &dictionary : dictionaries) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(dictionary.name, languageName(dictionary.name)),
                                m_ui->dictionaryList);
        item->setToolTip(QDir::toNativeSeparators(dictionary.dicPath));
    }
    if (dictionaries.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("No dictionary is installed: nothing is underlined. Install one, for example "
               "the Debian package hunspell-en-us."),
            m_ui->dictionaryList);
        item->setFlags(Qt::NoItemFlags);
    }
    QStringList folders;
    const QStringList paths = catalog.searchPaths();
    for (const QString &path : paths)
        folders.append(QDir::toNativeSeparators(path));
    m_ui->foldersLabel->setText(
        tr("Looked up in: %1. Put a dictionary of your own (name.aff and name.dic) in %2.")
            .arg(folders.join(QStringLiteral(", ")),
                 QDir::toNativeSeparators(DictionaryCatalog::userDictionaryFolder())));
}

void DictionariesPage::showNewsroomWords()
{
    m_ui->newsroomList->clear();
    const bool open = m_spelling && m_spelling->database();
    m_ui->newsroomGroup->setEnabled(open);
    if (!open) {
        m_ui->newsroomNote->setText(tr("Open a database to see and edit its newsroom dictionary."));
        updateButtons();
        return;
    }
    m_ui->newsroomNote->setText(
        tr("Accepted in every article of %1, for every desk that works on it.")
            .arg(QDir::toNativeSeparators(m_spelling->database()->location())));
    StoreError error;
    const QList<NewsroomWord> words = m_spelling->newsroomWords(&error);
    if (error)
        m_ui->newsroomNote->setText(
            tr("The newsroom dictionary could not be read: %1").arg(error.message));
    m_ui->newsroomList->setSortingEnabled(false);
    for (const NewsroomWord &word : words) {
        auto *item = new QTreeWidgetItem(m_ui->newsroomList);
        item->setText(0, word.word);
        item->setText(1, word.addedBy);
        item->setText(2, QLocale().toString(word.addedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_ui->newsroomList->setSortingEnabled(true);
    m_ui->newsroomList->resizeColumnToContents(0);
    m_ui->newsroomList->resizeColumnToContents(1);
    updateButtons();
}

void DictionariesPage::showPersonalWords()
{
    m_ui->personalList->clear();
    m_ui->personalGroup->setEnabled(m_spelling != nullptr);
    if (!m_spelling) {
        m_ui->personalNote->clear();
        updateButtons();
        return;
    }
    Speller *speller = m_spelling->speller();
    m_ui->personalNote->setText(
        tr("Your own words, accepted in every article you edit; kept in %1.")
            .arg(QDir::toNativeSeparators(speller->personalDictionaryPath())));
    m_ui->personalList->addItems(speller->personalWords());
    updateButtons();
}

void DictionariesPage::updateButtons()
{
    const bool open = m_spelling && m_spelling->database();
    m_ui->addNewsroomButton->setEnabled(open &&
                                        !m_ui->newsroomWordEdit->text().trimmed().isEmpty());
    m_ui->removeNewsroomButton->setEnabled(open && !m_ui->newsroomList->selectedItems().isEmpty());
    m_ui->removePersonalButton->setEnabled(m_spelling &&
                                           !m_ui->personalList->selectedItems().isEmpty());
}

void DictionariesPage::report(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool DictionariesPage::addNewsroomWord()
{
    const QString word = m_ui->newsroomWordEdit->text().trimmed();
    if (!m_spelling || word.isEmpty())
        return false;
    if (!m_spelling->addNewsroomWord(word)) {
        report(tr("Add to Newsroom Dictionary"), m_spelling->lastError());
        return false;
    }
    m_ui->newsroomWordEdit->clear();
    showNewsroomWords();
    const QList<QTreeWidgetItem *> added = m_ui->newsroomList->findItems(word, Qt::MatchExactly, 0);
    if (!added.isEmpty())
        m_ui->newsroomList->setCurrentItem(added.constFirst());
    return true;
}

void DictionariesPage::removeSelectedNewsroomWords()
{
    if (!m_spelling)
        return;
    const QList<QTreeWidgetItem *> selected = m_ui->newsroomList->selectedItems();
    QStringList words;
    for (const QTreeWidgetItem *item : selected)
        words.append(item->text(0));
    for (const QString &word : std::as_const(words)) {
        if (!m_spelling->removeNewsroomWord(word)) {
            report(tr("Remove from Newsroom Dictionary"), m_spelling->lastError());
            break;
        }
    }
    showNewsroomWords();
}

void DictionariesPage::removeSelectedPersonalWords()
{
    if (!m_spelling)
        return;
    const QList<QListWidgetItem *> selected = m_ui->personalList->selectedItems();
    QStringList words;
    for (const QListWidgetItem *item : selected)
        words.append(item->text());
    for (const QString &word : std::as_const(words)) {
        if (!m_spelling->removePersonalWord(word)) {
            report(tr("Remove from Personal Dictionary"), m_spelling->lastError());
            break;
        }
    }
    showPersonalWords();
}

bool DictionariesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->newsroomWordEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addNewsroomWord();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DictionariesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
