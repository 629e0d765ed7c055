#include "LinksInspector.h"
#include "ui_LinksInspector.h"

#include "models/ArticleDocument.h"
#include "models/LinkCommand.h"
#include "models/PlainText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

namespace {

// The canonical headline: the only label a previous/next link may carry.
QString headlineLabel(const ArticleRef &ref)
{
    return ref.headline.trimmed().isEmpty() ? LinksInspector::tr("Untitled article #%1").arg(ref.id)
                                            : ref.headline;
}

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

LinksInspector::LinksInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LinksInspector>())
{
    m_ui->setupUi(this);
    m_pickers[0] = {m_ui->previousEdit, m_ui->previousHeadline, m_ui->previousOpenButton,
                    m_ui->previousUnlinkButton};
    m_pickers[1] = {m_ui->nextEdit, m_ui->nextHeadline, m_ui->nextOpenButton,
                    m_ui->nextUnlinkButton};
    setUpPicker(LinkSide::Previous);
    setUpPicker(LinkSide::Next);

    m_ui->messageCloseButton->setIcon(QIcon::fromTheme(
        QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &LinksInspector::hideMessage);
    applyMessageStyle();

    connect(m_ui->chainList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item->data(IsCurrentRole).toBool())
            emit openArticleRequested(item->data(ArticleIdRole).toLongLong());
    });
    refresh();
}

LinksInspector::~LinksInspector() = default;

ArticleDocument *LinksInspector::document() const
{
    return m_document;
}

void LinksInspector::setUpPicker(LinkSide side)
{
    Picker &p = picker(side);
    p.suggestions = new QStandardItemModel(this);
    p.completer = new QCompleter(p.suggestions, this);
    // The rows come from the full-text search, already filtered and ranked.
    p.completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    p.completer->setCompletionRole(HeadlineRole); // what a highlighted row puts in the field
    p.completer->setMaxVisibleItems(12);
    p.edit->setCompleter(p.completer);
    p.searchTimer = new QTimer(this);
    p.searchTimer->setSingleShot(true);
    p.searchTimer->setInterval(searchDelayMs);

    connect(p.searchTimer, &QTimer::timeout, this, [this, side] { search(side); });
    connect(p.edit, &QLineEdit::textEdited, this, [this, side](const QString &text) {
        Picker &p = picker(side);
        if (text.trimmed().isEmpty()) {
            p.searchTimer->stop();
            p.suggestions->clear();
        } else {
            p.searchTimer->start();
        }
    });
    connect(p.edit, &QLineEdit::returnPressed, this, [this, side] {
        // Enter searches at once instead of waiting for the pause.
        if (picker(side).searchTimer->isActive()) {
            picker(side).searchTimer->stop();
            search(side);
        }
    });
    connect(p.completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, side](const QModelIndex &index) {
                const qint64 id = index.data(ArticleIdRole).toLongLong();
                if (id > 0)
                    linkTo(side, id, index.data(HeadlineRole).toString());
            });
    connect(p.open, &QPushButton::clicked, this, [this, side] {
        if (const std::optional<ArticleRef> ref = linked(side))
            emit openArticleRequested(ref->id);
    });
    connect(p.unlink, &QPushButton::clicked, this, [this, side] { linkTo(side, std::nullopt); });
}

void LinksInspector::setDocument(ArticleDocument *document, ArticleStore *store)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_store = store;
    for (Picker &p : m_pickers) {
        p.searchTimer->stop();
        p.suggestions->clear();
        p.edit->clear();
    }
    hideMessage();
    if (m_document) {
        connect(m_document, &ArticleDocument::linksChanged, this, &LinksInspector::refresh);
        connect(m_document, &ArticleDocument::fieldChanged, this,
                [this](ArticleDocument::Field field) {
                    if (field == ArticleDocument::Field::Headline)
                        updateCurrentHeadline();
                });
        connect(m_document, &QObject::destroyed, this, &LinksInspector::refresh);
    }
    refresh();
}

QCompleter *LinksInspector::completer(LinkSide side) const
{
    return picker(side).completer;
}

QString LinksInspector::message() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageText->text();
}

void LinksInspector::refresh()
{
    refreshLinks();
    refreshChain();
}

std::optional<ArticleRef> LinksInspector::linked(LinkSide side) const
{
    if (!m_document)
        return std::nullopt;
    return side == LinkSide::Previous ? m_document->previous() : m_document->next();
}

void LinksInspector::search(LinkSide side)
{
    Picker &p = picker(side);
    p.suggestions->clear();
    const QString text = p.edit->text().trimmed();
    if (!m_document || !m_store || text.isEmpty())
        return;
    ArticleListQuery query;
    query.search = text;
    query.limit = maxSuggestions + 1; // one more, in case the current article is among them
    StoreError error;
    const QList<ArticleSummary> rows = m_store->list(query, &error);
    if (error) {
        showMessage(tr("Searching the headlines failed: %1").arg(error.message));
        return;
    }
    for (const ArticleSummary &row : rows) {
        if (row.id == m_document->articleId())
            continue; // an article cannot follow itself
        if (p.suggestions->rowCount() == maxSuggestions)
            break;
        const QString headline = row.headline.trimmed().isEmpty()
                                     ? tr("Untitled article #%1").arg(row.id)
                                     : row.headline;
        auto *item = new QStandardItem(tr("%1 — %2").arg(headline, articleStatusLabel(row.status)));
        item->setData(row.id, ArticleIdRole);
        item->setData(headline, HeadlineRole);
        item->setToolTip(plainText(tr("Article %1 (%2), by %3")
                                       .arg(row.id)
                                       .arg(articleStatusLabel(row.status),
                                            row.byline.isEmpty() ? tr("no byline") : row.byline)));
        item->setEditable(false);
        p.suggestions->appendRow(item);
    }
    if (p.suggestions->rowCount() == 0) {
        p.completer->popup()->hide();
    } else if (p.edit->hasFocus()) {
        p.completer->setCompletionPrefix(QString());
        p.completer->complete();
    }
}

void LinksInspector::linkTo(LinkSide side, std::optional<qint64> target, const QString &headline)
{
    if (!m_document || !m_store)
        return;
    const StoreError error = LinkCommand::push(m_document, m_store, side, target);
    if (error) {
        QString what;
        if (!target)
            what = tr("Could not unlink.");
        else if (side == LinkSide::Previous)
            what = tr("“%1” was not linked as the previous article.").arg(headline);
        else
            what = tr("“%1” was not linked as the next article.").arg(headline);
        showMessage(what + QLatin1Char(' ') + error.message);
        return;
    }
    hideMessage();
    // The completer sets the chosen headline into the field after this slot; clear it after.
    QMetaObject::invokeMethod(
        this,
        [this, side] {
            picker(side).edit->clear();
            picker(side).suggestions->clear();
        },
        Qt::QueuedConnection);
}

void LinksInspector::refreshLinks()
{
    const bool linkable = m_document && m_store && m_document->articleId() > 0;
    for (const LinkSide side : {LinkSide::Previous, LinkSide::Next}) {
        Picker &p = picker(side);
        const std::optional<ArticleRef> ref = linked(side);
        p.edit->setEnabled(linkable);
        p.open->setEnabled(linkable && ref.has_value());
        p.unlink->setEnabled(linkable && ref.has_value());
        p.headline->setEnabled(ref.has_value());
        if (ref) {
            p.headline->setText(headlineLabel(*ref));
            p.headline->setToolTip(tr("Article %1").arg(ref->id));
        } else {
            p.headline->setText(side == LinkSide::Previous ? tr("No previous article")
                                                           : tr("No next article"));
            p.headline->setToolTip(QString());
        }
    }
}

void LinksInspector::refreshChain()
{
    QListWidget *list = m_ui->chainList;
    list->clear();
    m_ui->seriesTitle->setText(tr("&Series"));
    if (!m_document || !m_store || m_document->articleId() <= 0) {
        m_ui->seriesHint->setText(m_document ? tr("Save the article to link it to others.")
                                             : tr("No article is open."));
        m_ui->seriesHint->show();
        list->setEnabled(false);
        return;
    }
    list->setEnabled(true);
    StoreError error;
    const QList<ArticleRef> series = m_store->chain(m_document->articleId(), &error);
    if (error)
        showMessage(tr("Reading the series failed: %1").arg(error.message));
    for (qsizetype i = 0; i < series.size(); ++i) {
        const ArticleRef &ref = series.at(i);
        const bool current = ref.id == m_document->articleId();
        auto *item = new QListWidgetItem(list);
        item->setData(ArticleIdRole, ref.id);
        item->setData(HeadlineRole, current ? m_document->field(ArticleDocument::Field::Headline)
                                            : headlineLabel(ref));
        item->setData(IsCurrentRole, current);
        if (current) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            list->setCurrentItem(item);
        }
    }
    updateCurrentHeadline();
    if (series.size() > 1) {
        m_ui->seriesTitle->setText(tr("&Series (%n articles)", nullptr, int(series.size())));
        m_ui->seriesHint->hide();
    } else {
        m_ui->seriesHint->setText(tr("This article is not part of a series yet. Link a previous "
                                     "or next article to start one."));
        m_ui->seriesHint->show();
    }
    if (QListWidgetItem *item = list->currentItem())
        list->scrollToItem(item);
}

void LinksInspector::updateCurrentHeadline()
{
    if (!m_document)
        return;
    QListWidget *list = m_ui->chainList;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const bool current = item->data(IsCurrentRole).toBool();
        QString headline = item->data(HeadlineRole).toString();
        if (current) {
            headline = m_document->field(ArticleDocument::Field::Headline).trimmed();
            if (headline.isEmpty())
                headline = tr("Untitled article");
            item->setData(HeadlineRole, headline);
        }
        // The marker repeats the bold type; screen readers hear "this article".
        item->setText(current ? tr("▶ %1. %2").arg(row + 1).arg(headline)
                              : tr("%1. %2").arg(row + 1).arg(headline));
        item->setData(Qt::AccessibleTextRole,
                      current ? tr("%1. %2 (this article)").arg(row + 1).arg(headline)
                              : item->text());
        item->setToolTip(current ? tr("This article")
                                 : tr("Article %1: double-click to open it")
                                       .arg(item->data(ArticleIdRole).toLongLong()));
    }
}

void LinksInspector::showMessage(const QString &text)
{
    m_ui->messageText->setText(text);
    m_ui->messageFrame->show();
}

void LinksInspector::hideMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageText->clear();
}

void LinksInspector::applyMessageStyle()
{
    // A warning strip in the manner of KMessageWidget: an amber tint of the window colour, so it
    // reads in light and dark palettes alike.
    const QColor window = palette().color(QPalette::Window);
    const QColor amber(0xf6, 0x74, 0x00);
    m_ui->messageFrame->setStyleSheet(
        QStringLiteral("QFrame#messageFrame { background-color: %1; border: 1px solid %2;"
                       " border-radius: 4px; }")
            .arg(blend(window, amber, 0.2).name(), blend(window, amber, 0.7).name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->messageIcon->setPixmap(style()
                                     ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                     .pixmap(QSize(size, size), devicePixelRatioF()));
}

void LinksInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyMessageStyle();
}
