#include "wizards/ImportFilePage.h"

#include "BackgroundTask.h"
#include "EnumComboBox.h"
#include "FileDialog.h"
#include "importing/ImportFile.h"
#include "wizards/ImportWizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("File to import"));
    setSubTitle(tr("A CSV or Excel (.xlsx) export of e-PPGBM, Elsimil, the family census or a KIA register, one person per line "
                   "under a header line. Nothing is stored until you confirm on the last page."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    addEnumItems<TargetGroup>(m_group);
    m_group->setCurrentIndex(int(TargetGroup::Baduta));
    for (DataSource source : enumValues<DataSource>()) {
        if (source != DataSource::Manual)
            m_source->addItem(enumName(source), QVariant::fromValue(int(source)));
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("Target &group of its rows:"), m_group);
    form->addRow(tr("&Comes from:"), m_source);
    form->addRow(m_error);
}

void ImportFilePage::browse()
{
    const QString path = FileDialog::openFileName(this, tr("File to import"), tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    auto table = BackgroundTask::run<Result<ImportTable>>(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                                          [&](const auto &) { return ImportFile::read(path); });
    if (!table) {
        m_error->setText(table.error());
        return false;
    }
    if (table->rows.isEmpty()) {
        m_error->setText(tr("The file has a header line but no data lines."));
        return false;
    }
    m_wizard->setFile(path, TargetGroup(m_group->currentData().toInt()), DataSource(m_source->currentData().toInt()));
    m_wizard->table() = std::move(table).value();
    return true;
}
