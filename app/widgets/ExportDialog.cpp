#include "ExportDialog.h"

#include "ui_ExportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString formatKey = u"export/format"_s;
const QString attributionsKey = u"export/attributions"_s;
const QString articleUrlKey = u"export/articleUrl"_s;
const QString providerKey = u"export/provider"_s;
const QString folderKey = u"export/folder"_s;

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    for (const ExportFormat format : ExportFormats::all())
        m_ui->formatCombo->addItem(ExportFormats::label(format), ExportFormats::key(format));
    using Attributions = HtmlExportProfile::Attributions;
    m_ui->attributionsCombo->addItem(tr("Numbered source notes at the end"),
                                     HtmlExportProfile::attributionsKey(Attributions::Notes));
    m_ui->attributionsCombo->addItem(tr("After each paragraph, “(Source: …)”"),
                                     HtmlExportProfile::attributionsKey(Attributions::Inline));
    m_ui->attributionsCombo->addItem(tr("None"),
                                     HtmlExportProfile::attributionsKey(Attributions::None));
    m_ui->providerEdit->setText(ExportOptions().provider);

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ExportDialog::updateControls);
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_ui->providerEdit, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        saveChoices();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setCounts(bool hasOpenArticle, qsizetype selected, qint64 listed, qint64 library)
{
    const QLocale locale;
    m_ui->openArticleButton->setEnabled(hasOpenArticle);
    m_ui->selectedButton->setText(
        tr("The articles &selected in the list (%1)").arg(locale.toString(qint64(selected))));
    m_ui->selectedButton->setEnabled(selected > 0);
    m_ui->listedButton->setText(
        tr("Every article the list &shows (%1)").arg(locale.toString(listed)));
    m_ui->listedButton->setEnabled(listed > 0);
    m_ui->libraryButton->setText(tr("The whole &library (%1)").arg(locale.toString(library)));
    m_ui->libraryButton->setEnabled(library > 0);
    // Several selected rows say what is meant; else the open article, else the list.
    if (selected > 1)
        m_ui->selectedButton->setChecked(true);
    else if (hasOpenArticle)
        m_ui->openArticleButton->setChecked(true);
    else if (listed > 0)
        m_ui->listedButton->setChecked(true);
    else
        m_ui->libraryButton->setChecked(true);
    updateControls();
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_ui->selectedButton->isChecked())
        return Scope::Selected;
    if (m_ui->listedButton->isChecked())
        return Scope::Listed;
    if (m_ui->libraryButton->isChecked())
        return Scope::Library;
    return Scope::OpenArticle;
}

ExportFormat ExportDialog::format() const
{
    return ExportFormats::fromKey(m_ui->formatCombo->currentData().toString())
        .value_or(ExportFormat::Ninjs);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.provider = m_ui->providerEdit->text().trimmed();
    options.html.attributions =
        HtmlExportProfile::attributionsFromKey(m_ui->attributionsCombo->currentData().toString())
            .value_or(HtmlExportProfile::Attributions::Notes);
    options.html.articleUrlPattern = m_ui->articleUrlEdit->text().trimmed();
    return options;
}

QString ExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const int format = m_ui->formatCombo->findData(settings.value(formatKey).toString());
    if (format >= 0)
        m_ui->formatCombo->setCurrentIndex(format);
    const int attributions =
        m_ui->attributionsCombo->findData(settings.value(attributionsKey).toString());
    if (attributions >= 0)
        m_ui->attributionsCombo->setCurrentIndex(attributions);
    m_ui->articleUrlEdit->setText(settings.value(articleUrlKey).toString());
    m_ui->providerEdit->setText(settings.value(providerKey, ExportOptions().provider).toString());
    m_ui->folderEdit->setText(QDir::toNativeSeparators(settings.value(folderKey).toString()));
    updateControls();
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(formatKey, ExportFormats::key(format()));
    settings.setValue(attributionsKey, m_ui->attributionsCombo->currentData());
    settings.setValue(articleUrlKey, m_ui->articleUrlEdit->text().trimmed());
    settings.setValue(providerKey, m_ui->providerEdit->text().trimmed());
    settings.setValue(folderKey, folder());
}

void ExportDialog::updateControls()
{
    const ExportFormat chosen = format();
    m_ui->htmlGroup->setEnabled(chosen == ExportFormat::Html);
    m_ui->newsmlGroup->setEnabled(chosen == ExportFormat::NewsmlG2);
    m_ui->namingLabel->setText(
        tr("Each article becomes <slug>-v<version>%1; the files appear together once all are "
           "written, and a cancelled export leaves none.")
            .arg(ExportFormats::suffix(chosen)));
    const bool providerMissing =
        chosen == ExportFormat::NewsmlG2 && m_ui->providerEdit->text().trimmed().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!folder().isEmpty() && !providerMissing);
}

void ExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Export to Folder"), folder());
    if (!chosen.isEmpty())
        m_ui->folderEdit->setText(QDir::toNativeSeparators(chosen));
}
