#include "wizards/ImportMappingPage.h"

#include "importing/ImportMappings.h"
#include "wizards/ImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { FieldColumn, FileColumn, ExampleColumn };
}

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_origin(new QLabel(this))
    , m_table(new QTableWidget(int(enumValues<ImportField>().size()), 3, this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Check which column of the file holds each field. Fields marked * are needed. The choice is remembered for the "
                   "next file from the same source."));
    m_origin->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("First line")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FileColumn, 260);
    int row = 0;
    for (ImportField field : enumValues<ImportField>()) {
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(enumName(field)));
        m_table->setItem(row, ExampleColumn, new QTableWidgetItem);
        auto *box = new QComboBox(m_table);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] { showExample(row); });
        m_table->setCellWidget(row, FileColumn, box);
        ++row;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_table, 1);
}

QComboBox *ImportMappingPage::columnBox(ImportField field) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(int(enumValues<ImportField>().indexOf(field)), FileColumn));
}

void ImportMappingPage::initializePage()
{
    const QStringList &header = m_wizard->table().header;
    const QList<ImportField> required = ImportPlan::requiredFields(m_wizard->group());
    ColumnMapping mapping = ColumnMapping::propose(header);
    m_origin->setText(tr("Proposed from the file's header line."));
    if (auto remembered = ImportMappings(m_wizard->workspace()).find(enumCode(m_wizard->source()), header)) {
        if (std::all_of(required.begin(), required.end(), [&](ImportField field) { return remembered->has(field); })) {
            mapping = *remembered;
            m_origin->setText(tr("As remembered from the last import from %1.").arg(enumName(m_wizard->source())));
        }
    }
    int row = 0;
    for (ImportField field : enumValues<ImportField>()) {
        QTableWidgetItem *name = m_table->item(row, FieldColumn);
        QFont font = name->font();
        font.setBold(required.contains(field));
        name->setFont(font);
        name->setText(enumName(field) + (required.contains(field) ? QStringLiteral(" *") : QString()));
        QComboBox *box = columnBox(field);
        QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int column = 0; column < header.size(); ++column)
            box->addItem(header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : header.at(column), column);
        box->setCurrentIndex(box->findData(mapping.column(field)));
        showExample(row);
        ++row;
    }
}

void ImportMappingPage::showExample(int row)
{
    const ImportTable &table = m_wizard->table();
    const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, FileColumn));
    const int column = box ? box->currentData().toInt() : -1;
    const QStringList cells = table.rows.isEmpty() ? QStringList() : table.rows.first().cells;
    m_table->item(row, ExampleColumn)->setText(column >= 0 && column < cells.size() ? cells.at(column) : QString());
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping;
    for (ImportField field : enumValues<ImportField>())
        mapping.set(field, columnBox(field)->currentData().toInt());
    return mapping;
}

bool ImportMappingPage::validatePage()
{
    return m_wizard->buildPlan(mapping());
}
