#include "wizards/ImportDuplicatesPage.h"

#include "domain/DateText.h"
#include "importing/SubjectFields.h"
#include "storage/SubjectRepository.h"
#include "wizards/ImportWizard.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_lines(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_fields(new QTableWidget(int(SubjectFields::identity().size()), 5, this))
    , m_applyToAll(new QPushButton(tr("Apply this choice to &all lines"), this))
{
    setTitle(tr("People already known"));
    setSubTitle(tr("These lines are people already stored (same NIK, or same name, birth date and desa) or met earlier in the file. "
                   "Their measurements join that person unless you keep both. Differences are shown in bold."));
    auto *choiceBox = new QGroupBox(tr("What to keep"), this);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    for (DuplicateChoice choice : enumValues<DuplicateChoice>()) {
        auto *button = new QRadioButton(enumName(choice), choiceBox);
        m_choices->addButton(button, int(choice));
        choiceLayout->addWidget(button);
    }
    connect(m_choices, &QButtonGroup::idClicked, this, &ImportDuplicatesPage::storeChoice);
    connect(m_applyToAll, &QPushButton::clicked, this, [this] {
        const ImportRow *current = currentRow();
        if (!current)
            return;
        for (int index : std::as_const(m_rows)) {
            ImportRow &row = m_wizard->plan().rows[index];
            row.choice = current->choice;
            row.fieldsFromFile = current->fieldsFromFile;
        }
    });

    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Stored"), tr("From"), tr("In this file"), tr("Take the file's")});
    m_fields->verticalHeader()->hide();
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(StoredColumn, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_showing && item->column() == TakeColumn)
            storeFields();
    });
    m_title->setWordWrap(true);
    m_lines->setMaximumWidth(320);
    connect(m_lines, &QListWidget::currentRowChanged, this, &ImportDuplicatesPage::showLine);

    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(choiceBox);
    choiceRow->addWidget(m_applyToAll, 0, Qt::AlignBottom);
    choiceRow->addStretch(1);
    right->addLayout(choiceRow);
    right->addWidget(m_fields, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_lines);
    layout->addLayout(right, 1);
}

void ImportDuplicatesPage::initializePage()
{
    m_rows.clear();
    m_lines->clear();
    const QList<ImportRow> &rows = m_wizard->plan().rows;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).isDuplicate() && !rows.at(i).isRejected()) {
            m_rows << i;
            m_lines->addItem(lineText(rows.at(i)));
        }
    }
    m_lines->setCurrentRow(0);
}

QString ImportDuplicatesPage::lineText(const ImportRow &row) const
{
    return row.existingSubjectId ? tr("Line %1: %2 (stored)").arg(row.line).arg(row.subject.name)
                                 : tr("Line %1: %2 (as line %3)").arg(row.line).arg(row.subject.name).arg(row.sameAsLine);
}

ImportRow *ImportDuplicatesPage::currentRow() const
{
    const int current = m_lines->currentRow();
    return current >= 0 && current < m_rows.size() ? &m_wizard->plan().rows[m_rows.at(current)] : nullptr;
}

Subject ImportDuplicatesPage::other(const ImportRow &row, QHash<QString, QString> *sources) const
{
    if (row.existingSubjectId) {
        SubjectRepository subjects(m_wizard->workspace());
        for (const FieldSource &source : subjects.fieldSources(row.existingSubjectId).value_or({}))
            sources->insert(source.field, source.verified ? tr("%1, verified").arg(enumName(source.source)) : enumName(source.source));
        return subjects.find(row.existingSubjectId).value_or(Subject());
    }
    for (const ImportRow &earlier : std::as_const(m_wizard->plan().rows)) {
        if (earlier.line == row.sameAsLine) {
            for (ImportField field : SubjectFields::identity())
                sources->insert(SubjectFields::column(field), tr("this file, line %1").arg(earlier.line));
            return earlier.subject;
        }
    }
    return {};
}

QString ImportDuplicatesPage::fieldText(const Subject &subject, ImportField field) const
{
    switch (field) {
    case ImportField::Sex: return subject.sex ? enumName(*subject.sex) : QString();
    case ImportField::BirthDate: return DateText::date(subject.birthDate);
    case ImportField::Desa: return m_wizard->desaName(subject.desaId);
    case ImportField::Posyandu: return m_wizard->posyanduName(subject.posyanduId);
    default: return SubjectFields::text(subject, field);
    }
}

void ImportDuplicatesPage::showLine()
{
    const ImportRow *row = currentRow();
    if (!row)
        return;
    m_showing = true;
    QHash<QString, QString> sources;
    const Subject stored = other(*row, &sources);
    m_title->setText(row->existingSubjectId ? tr("<b>Line %1</b> is %2, already stored in the workspace.").arg(row->line).arg(row->subject.name.toHtmlEscaped())
                                            : tr("<b>Line %1</b> is %2, the same person as line %3 of this file.")
                                                  .arg(row->line)
                                                  .arg(row->subject.name.toHtmlEscaped())
                                                  .arg(row->sameAsLine));
    m_choices->button(int(row->choice))->setChecked(true);
    const QList<ImportField> taken = row->fieldsTakenFromFile();
    const bool merging = row->choice == DuplicateChoice::Merge;
    int index = 0;
    for (ImportField field : SubjectFields::identity()) {
        const bool differs = !SubjectFields::same(stored, row->subject, field);
        const bool fileHasValue = !SubjectFields::isEmpty(row->subject, field);
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            QFont font = item->font();
            font.setBold(differs && column != StoredSourceColumn);
            item->setFont(font);
            m_fields->setItem(index, column, item);
            return item;
        };
        cell(FieldColumn, enumName(field));
        cell(StoredColumn, fieldText(stored, field));
        cell(StoredSourceColumn, SubjectFields::isEmpty(stored, field) ? QString() : sources.value(SubjectFields::column(field)));
        cell(FileColumn, fieldText(row->subject, field));
        QTableWidgetItem *take = cell(TakeColumn, QString());
        take->setFlags(merging && differs && fileHasValue ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled : Qt::ItemIsUserCheckable);
        take->setCheckState(taken.contains(field) && differs ? Qt::Checked : Qt::Unchecked);
        ++index;
    }
    m_showing = false;
}

void ImportDuplicatesPage::storeChoice()
{
    ImportRow *row = currentRow();
    if (!row)
        return;
    row->choice = DuplicateChoice(m_choices->checkedId());
    showLine();
}

void ImportDuplicatesPage::storeFields()
{
    ImportRow *row = currentRow();
    if (!row)
        return;
    row->fieldsFromFile.clear();
    int index = 0;
    for (ImportField field : SubjectFields::identity()) {
        if (m_fields->item(index, TakeColumn)->checkState() == Qt::Checked)
            row->fieldsFromFile << field;
        ++index;
    }
}
