#include "HistoryInspector.h"
#include "ui_HistoryInspector.h"

#include "models/ArticleDocument.h"
#include "models/ArticleListModel.h"
#include "models/AuditTrailModel.h"
#include "models/RevisionListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace {

using TextDiff::Segment;

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

// The start of `text`, at most `chars` long, ending at a word boundary when one is near.
QString head(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    qsizetype end = chars;
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), end);
    if (space > chars / 2)
        end = space;
    return text.left(end);
}

QString tail(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    qsizetype start = text.size() - chars;
    const qsizetype space = text.indexOf(QLatin1Char(' '), start);
    if (space >= 0 && space < text.size() - chars / 2)
        start = space + 1;
    return text.mid(start);
}

// Unchanged text around the changes, kept short: the end of what comes before a change, the
// start of what follows it, both around a change in the middle.
QString context(const QString &text, bool first, bool last, int chars)
{
    const QString ellipsis = QStringLiteral("…");
    if (first && last)
        return text.size() > 2 * chars ? head(text, 2 * chars) + ellipsis : text;
    if (first)
        return text.size() > chars ? ellipsis + tail(text, chars) : text;
    if (last)
        return text.size() > chars ? head(text, chars) + ellipsis : text;
    if (text.size() <= 2 * chars + ellipsis.size() + 2)
        return text;
    return head(text, chars) + QStringLiteral(" … ") + tail(text, chars);
}

bool confirmWithMessageBox(QWidget *parent, const QString &question, const QString &details)
{
    QMessageBox box(QMessageBox::Question, HistoryInspector::tr("Restore Version"), question,
                    QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *restore = box.addButton(HistoryInspector::tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace

HistoryInspector::HistoryInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryInspector>())
    , m_model(new RevisionListModel(this))
    , m_auditModel(new AuditTrailModel(this))
    , m_diffTimer(new QTimer(this))
    , m_confirm(confirmWithMessageBox)
{
    m_ui->setupUi(this);
    m_ui->revisionView->setModel(m_model);
    // Sized from the font, not from the rows: every autosave adds a row, and sizing to contents
    // measured every row of a long history again, synchronously when the selection moved.
    QHeaderView *header = m_ui->revisionView->horizontalHeader();
    header->setSectionResizeMode(RevisionListModel::HeadlineColumn, QHeaderView::Stretch);
    QFont bold = m_ui->revisionView->font();
    bold.setBold(true); // the current version's row
    const QFontMetrics metrics(bold);
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(header->fontMetrics().horizontalAdvance(title),
                                               metrics.horizontalAdvance(sample)) +
                                          16);
    };
    fit(RevisionListModel::VersionColumn, RevisionListModel::tr("%1 (current)").arg(99999));
    fit(RevisionListModel::SavedColumn,
        RevisionListModel::savedText(QDateTime(QDate(2026, 12, 28), QTime(23, 58))));
    m_ui->revisionView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->revisionView->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    m_ui->auditView->setModel(m_auditModel);
    QHeaderView *auditHeader = m_ui->auditView->horizontalHeader();
    const QFontMetrics auditMetrics(m_ui->auditView->font());
    const auto fitAudit = [&](int column, const QString &sample) {
        const QString title = m_auditModel->headerData(column, Qt::Horizontal).toString();
        auditHeader->resizeSection(column,
                                   std::max(auditHeader->fontMetrics().horizontalAdvance(title),
                                            auditMetrics.horizontalAdvance(sample)) +
                                       16);
    };
    fitAudit(AuditTrailModel::TimeColumn,
             ArticleListModel::updatedText(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), {}));
    fitAudit(AuditTrailModel::WhoColumn, QStringLiteral("m.schneider"));
    fitAudit(AuditTrailModel::RoleColumn, deskRoleLabel(DeskRole::Reviewer));
    fitAudit(AuditTrailModel::WhatColumn,
             AuditLog::tr("Verified “%1” in %2")
                 .arg(QStringLiteral("Reuters"), AuditLog::tr("paragraph %1").arg(12)));
    m_ui->auditView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->auditView->verticalHeader()->setDefaultSectionSize(auditMetrics.height() + 6);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 1);
    m_ui->statusLabel->hide();

    m_diffTimer->setSingleShot(true);
    m_diffTimer->setInterval(diffDelayMs);
    connect(m_diffTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateDiff();
        else
            m_diffStale = true;
    });
    connect(m_ui->revisionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryInspector::loadSelectedRevision);
    connect(m_model, &RevisionListModel::loadFailed, this, [this](const QString &message) {
        showStatus(tr("Reading the history failed: %1").arg(message));
    });
    connect(m_auditModel, &AuditTrailModel::loadFailed, this, [this](const QString &message) {
        showStatus(tr("Reading the audit trail failed: %1").arg(message));
    });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &HistoryInspector::requestRestore);
    setDocument(nullptr, nullptr);
}

HistoryInspector::~HistoryInspector() = default;

ArticleDocument *HistoryInspector::document() const
{
    return m_document;
}

void HistoryInspector::setDocument(ArticleDocument *document, ArticleStore *store)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_store = store;
    m_revision.reset(); // perhaps another database
    if (m_document) {
        connect(m_document, &ArticleDocument::contentEdited, m_diffTimer,
                qOverload<>(&QTimer::start));
        connect(m_document, &ArticleDocument::saved, this, [this] {
            // Behind another dock tab nobody sees it: catch up when shown, not on every autosave.
            if (isVisible())
                followSave();
            else
                m_refreshStale = true;
        });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr, nullptr); });
    }
    m_reloading = true;
    m_model->setArticle(m_document ? m_store : nullptr, m_document ? m_document->articleId() : 0);
    // The most recent earlier version is the interesting default: what changed since.
    selectVersion(m_model->version(m_model->rowCount() > 1 ? 1 : 0));
    m_reloading = false;
    loadSelectedRevision();
    updateAuditParagraphs();
    m_auditModel->setArticle(m_document ? m_store : nullptr,
                             m_document ? m_document->articleId() : 0);
}

void HistoryInspector::setConfirmation(Confirmation confirmation)
{
    m_confirm = confirmation ? std::move(confirmation) : Confirmation(confirmWithMessageBox);
}

int HistoryInspector::selectedVersion() const
{
    const QModelIndex current = m_ui->revisionView->selectionModel()->currentIndex();
    return current.isValid() ? m_model->version(current.row()) : 0;
}

void HistoryInspector::selectVersion(int version)
{
    const int row = m_model->rowOfVersion(version);
    if (row < 0) {
        m_ui->revisionView->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, RevisionListModel::VersionColumn);
    m_ui->revisionView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->revisionView->scrollTo(index);
}

void HistoryInspector::refresh()
{
    m_refreshStale = false;
    const int selected = selectedVersion();
    m_reloading = true;
    m_model->refresh();
    if (m_model->rowOfVersion(selected) >= 0)
        selectVersion(selected);
    else
        selectVersion(m_model->version(m_model->rowCount() > 1 ? 1 : 0));
    m_reloading = false;
    loadSelectedRevision();
    refreshAuditTrail();
}

void HistoryInspector::refreshAuditTrail()
{
    // Read at once even while hidden (unlike the versions, which catch up when shown): one
    // indexed read of a few rows, and the review dock calls this right after a status change.
    m_auditModel->refresh();
    updateAuditParagraphs();
}

void HistoryInspector::updateAuditParagraphs()
{
    QList<QUuid> paragraphs;
    if (m_document) {
        const QList<ParagraphMeta> state = m_document->paragraphState();
        paragraphs.reserve(state.size());
        for (const ParagraphMeta &meta : state)
            paragraphs.append(meta.uuid);
    }
    m_auditModel->setParagraphs(paragraphs);
}

void HistoryInspector::followSave()
{
    const Article &saved = m_document->savedArticle();
    m_reloading = true;
    const bool added = m_model->addSavedVersion(saved.version, saved.updated, saved.headline);
    m_reloading = false;
    if (!added) {
        refresh();
        return;
    }
    refreshAuditTrail(); // a save records the verifications and disputes it carries
    if (selectedVersion() == 0) {
        selectVersion(m_model->version(m_model->rowCount() > 1 ? 1 : 0)); // loads it
        return;
    }
    // The selected version is still the one loaded; only whether it is the stored one changed,
    // and the diff follows as it does after typing.
    m_diffTimer->start();
    updateButtons();
}

void HistoryInspector::requestRestore()
{
    const QModelIndex current = m_ui->revisionView->selectionModel()->currentIndex();
    if (!current.isValid() || m_model->isCurrent(current.row()))
        return;
    const int version = m_model->version(current.row());
    const QString question = tr("Restore version %1 of this article?").arg(version);
    const QString details =
        tr("The headline, summary, byline, body and meta titles of version %1 become the current "
           "content, saved as a new version. The current text stays in the history, and unsaved "
           "changes are saved first.")
            .arg(version);
    if (!m_confirm(this, question, details))
        return;
    emit restoreRequested(version);
}

void HistoryInspector::loadSelectedRevision()
{
    if (m_reloading)
        return; // the reload loads the selected version once, at its end
    const int version = selectedVersion();
    // A version never changes once saved: the one loaded is kept across saves and refreshes.
    const bool loaded = m_revision && m_document && m_revision->id == m_document->articleId() &&
                        m_revision->version == version;
    if (!loaded)
        m_revision.reset();
    m_ui->statusLabel->hide();
    if (!loaded && m_document && m_store && version > 0) {
        StoreError error;
        m_revision = m_store->revision(m_document->articleId(), version, &error);
        if (error)
            showStatus(tr("Reading version %1 failed: %2").arg(version).arg(error.message));
    }
    updateDiff();
    updateButtons();
}

void HistoryInspector::updateDiff()
{
    m_diffStale = false;
    QTextBrowser *browser = m_ui->diffBrowser;
    const auto showNote = [&](const QString &note) {
        browser->setHtml(
            QStringLiteral("<p style=\"color:%1;\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), escaped(note)));
    };
    if (!m_document) {
        showNote(tr("No article is open."));
        return;
    }
    if (m_document->articleId() <= 0) {
        showNote(tr("This article has not been saved yet, so it has no history."));
        return;
    }
    if (!m_revision) {
        showNote(tr("Select a version to see what changed since."));
        return;
    }
    const QList<TextDiff::FieldDiff> diffs =
        TextDiff::diffArticles(*m_revision, m_document->article());
    const int version = m_revision->version;
    const bool stored = version == m_document->version();
    QString intro;
    if (stored) {
        intro = diffs.isEmpty()
                    ? tr("No unsaved changes: the article is as saved in version %1.").arg(version)
                    : tr("Unsaved changes since version %1:").arg(version);
    } else {
        const QString savedAt =
            QLocale().toString(m_revision->updated.toLocalTime(), QLocale::ShortFormat);
        intro = diffs.isEmpty()
                    ? tr("The current article has the same content as version %1 (saved %2).")
                          .arg(version)
                          .arg(savedAt)
                    : tr("What the current article changed since version %1 (saved %2):")
                          .arg(version)
                          .arg(savedAt);
    }
    const int scroll = browser->verticalScrollBar()->value();
    browser->setHtml(diffHtml(intro, diffs, palette()));
    browser->verticalScrollBar()->setValue(scroll);
}

QString HistoryInspector::diffHtml(const QString &intro, const QList<TextDiff::FieldDiff> &diffs,
                                   const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QString inserted = blend(base, QColor(0x2e, 0xa0, 0x43), dark ? 0.45 : 0.3).name();
    const QString removed = blend(base, QColor(0xe0, 0x40, 0x50), dark ? 0.45 : 0.3).name();
    const auto insertedSpan = [&](const QString &text) {
        return QStringLiteral("<span style=\"background-color:%1;\">%2</span>")
            .arg(inserted, escaped(text));
    };
    const auto removedSpan = [&](const QString &text) {
        return QStringLiteral(
                   "<span style=\"background-color:%1; text-decoration:line-through;\">%2</span>")
            .arg(removed, escaped(text));
    };

    QString html = QStringLiteral("<p>%1</p>").arg(escaped(intro));
    if (!diffs.isEmpty()) {
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(insertedSpan(tr("added")), removedSpan(tr("removed")));
    }
    for (const TextDiff::FieldDiff &diff : diffs) {
        QString body;
        for (qsizetype i = 0; i < diff.segments.size(); ++i) {
            const Segment &segment = diff.segments.at(i);
            switch (segment.kind) {
            case Segment::Kind::Equal:
                body += escaped(
                    context(segment.text, i == 0, i == diff.segments.size() - 1, contextChars));
                break;
            case Segment::Kind::Inserted:
                body += insertedSpan(segment.text);
                break;
            case Segment::Kind::Removed:
                body += removedSpan(segment.text);
                break;
            }
        }
        html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px;\"><b>%1</b></p>"
                               "<p style=\"margin-top:0px;\">%2</p>")
                    .arg(escaped(diff.label), body);
    }
    return html;
}

void HistoryInspector::updateButtons()
{
    const QModelIndex current = m_ui->revisionView->selectionModel()->currentIndex();
    const bool restorable =
        m_document && m_revision && current.isValid() && !m_model->isCurrent(current.row());
    m_ui->restoreButton->setEnabled(restorable);
}

void HistoryInspector::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->show();
}

void HistoryInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateDiff();
}

void HistoryInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshStale)
        refresh();
    else if (m_diffStale)
        updateDiff();
}
