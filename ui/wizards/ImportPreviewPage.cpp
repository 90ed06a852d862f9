#include "wizards/ImportPreviewPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "importing/RejectedRowsFile.h"
#include "models/ImportPreviewModel.h"
#include "wizards/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(nullptr)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_skip(new QCheckBox(this))
    , m_saveRejected(new QPushButton(tr("&Save rows with problems…"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Each line of the file as it will be stored. Lines with a problem are shown in red; hover over a line to read all "
                   "its notes."));
    m_summary->setWordWrap(true);
    m_filter->addItem(tr("All lines"), QString());
    m_filter->addItem(tr("Lines with problems"), QStringLiteral("problem"));
    m_filter->addItem(tr("People already known"), QStringLiteral("duplicate"));
    m_filter->addItem(tr("Lines with notes"), QStringLiteral("note"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setFilterFixedString(m_filter->currentData().toString()); });
    m_proxy->setFilterRole(ImportPreviewModel::KindRole);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_skip, &QCheckBox::toggled, this, [this](bool skip) {
        m_wizard->setSkipRejected(skip);
        emit completeChanged();
    });
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportPreviewPage::saveRejected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_skip, 1);
    bottom->addWidget(m_saveRejected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

void ImportPreviewPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    if (!m_model) {
        m_model = new ImportPreviewModel(m_wizard->desaNames(), this);
        m_proxy->setSourceModel(m_model);
    }
    m_model->setRows(plan.rows);
    m_view->sortByColumn(ImportPreviewModel::Line, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(ImportPreviewModel::Notes, qMin(m_view->columnWidth(ImportPreviewModel::Notes), 340));
    const QLocale locale;
    const int total = int(plan.rows.size());
    const int rejected = plan.rejectedCount();
    m_summary->setText(tr("%1 lines read: %2 ready to store, %3 with problems, %4 of people already known.")
                           .arg(locale.toString(total), locale.toString(total - rejected), locale.toString(rejected),
                                locale.toString(plan.duplicateCount())));
    m_skip->setText(tr("Leave out the %n line(s) with problems and store the others", nullptr, rejected));
    m_skip->setVisible(rejected > 0);
    m_skip->setChecked(m_wizard->skipRejected());
    m_saveRejected->setVisible(rejected > 0);
    m_filter->setCurrentIndex(rejected > 0 ? 1 : 0);
}

bool ImportPreviewPage::isComplete() const
{
    return m_wizard->plan().rejectedCount() == 0 || m_skip->isChecked();
}

void ImportPreviewPage::saveRejected()
{
    const QString path = FileDialog::saveFileName(this, tr("Save rows with problems"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    auto written = RejectedRowsFile::write(m_wizard->plan(), path);
    if (!written) {
        MessageBox::critical(this, tr("Save rows with problems"), written.error());
        return;
    }
    MessageBox::information(this, tr("Save rows with problems"),
                            tr("%n line(s) with their problems were saved to %1. Correct them there and import that file again.", nullptr, *written)
                                .arg(QDir::toNativeSeparators(path)));
}
