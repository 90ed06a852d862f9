#include "wizards/ItemEvaluationPage.h"

#include "audit/ItemEvaluationRecorder.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/PeopleRepository.h"
#include "wizards/EvaluationWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { OwnerColumn, ActivityColumn, AgencyColumn, StartColumn, StatusColumn, ColumnCount };
}

ItemEvaluationPage::ItemEvaluationPage(EvaluationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_itemTitle(new QLabel(this))
    , m_whatWasDone(new QPlainTextEdit(this))
    , m_date(new OptionalDateEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_obstacle(new QLineEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_finalStatus(new QComboBox(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("RTL item evaluation"));
    setSubTitle(tr("For each item of the follow-up plan: what was done, when, the evidence, what stood in the way and what comes "
                   "next. Choosing a final status sets the item's status; it needs the evaluation date."));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Activity"), tr("Agency"), tr("Start"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_whatWasDone->setFixedHeight(60);
    m_evidence->setPlaceholderText(tr("e.g. photos of the activity and the list of recipients"));
    m_finalStatus->addItem(tr("— not evaluated yet —"), QString());
    for (ActionStatus status : {ActionStatus::Done, ActionStatus::PartlyDone, ActionStatus::NotDone})
        m_finalStatus->addItem(enumName(status), enumCode(status));
    m_problems->setStyleSheet(QStringLiteral("color:#b01e1e"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    m_itemTitle->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("What was done:"), m_whatWasDone);
    form->addRow(tr("Evaluation date:"), m_date);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(tr("Obstacle:"), m_obstacle);
    form->addRow(tr("Next step:"), m_nextStep);
    form->addRow(tr("Final status:"), m_finalStatus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_itemTitle);
    layout->addLayout(form);
    layout->addWidget(m_problems);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        storeFields();
        showItem(row);
    });
    connect(m_whatWasDone, &QPlainTextEdit::textChanged, this, &ItemEvaluationPage::fieldChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ItemEvaluationPage::fieldChanged);
    for (QLineEdit *edit : {m_evidence, m_obstacle, m_nextStep})
        connect(edit, &QLineEdit::textChanged, this, &ItemEvaluationPage::fieldChanged);
    connect(m_finalStatus, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing && m_finalStatus->currentIndex() > 0 && !m_date->value().isValid())
            m_date->setDate(m_wizard->today());
        fieldChanged();
    });
}

void ItemEvaluationPage::initializePage()
{
    if (hasUnsavedChanges())
        return;  // back and forth again: keep what was typed
    m_agencies.clear();
    for (const Agency &agency : PeopleRepository(m_wizard->workspace()).agencies().value_or({}))
        m_agencies.insert(agency.id, agency.displayName());
    ActionItemRepository repository(m_wizard->workspace());
    m_drafts.clear();
    m_touched.clear();
    for (const ActionItem &item : repository.forCycle(m_wizard->cycleId()).value_or({})) {
        Draft draft;
        draft.item = item;
        draft.evaluation.actionItemId = item.id;
        const QList<ItemEvaluation> evaluations = repository.evaluations(item.id).value_or({});
        if (!evaluations.isEmpty()) {
            draft.evaluation = evaluations.last();
            draft.evaluated = true;
        }
        m_drafts.append(draft);
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_drafts.size()));
    for (int row = 0; row < m_drafts.size(); ++row)
        refreshRow(row);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ActivityColumn, QHeaderView::Stretch);
    m_currentRow = -1;
    if (!m_drafts.isEmpty())
        m_table->setCurrentCell(0, ActivityColumn);
    showItem(m_drafts.isEmpty() ? -1 : 0);
    m_problems->hide();
}

void ItemEvaluationPage::refreshRow(int row)
{
    const Draft &draft = m_drafts.at(row);
    const ActionItem &item = draft.item;
    const QString status = draft.evaluated ? enumName(draft.evaluation.finalStatus) : enumName(item.status);
    const QStringList cells = {item.caseId ? m_wizard->caseCode(item.caseId) : tr("general"), item.activity, m_agencies.value(item.agencyId),
                               DateText::shortDate(item.startDate), status};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *cell = m_table->item(row, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            m_table->setItem(row, column, cell);
        }
        cell->setText(cells.at(column));
    }
}

void ItemEvaluationPage::showItem(int row)
{
    m_currentRow = row;
    m_showing = true;
    const bool valid = row >= 0 && row < m_drafts.size();
    for (QWidget *w : {static_cast<QWidget *>(m_whatWasDone), static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_evidence),
                       static_cast<QWidget *>(m_obstacle), static_cast<QWidget *>(m_nextStep), static_cast<QWidget *>(m_finalStatus)})
        w->setEnabled(valid);
    if (!valid) {
        m_itemTitle->setText(tr("This cycle has no RTL items yet."));
        m_showing = false;
        return;
    }
    const Draft &draft = m_drafts.at(row);
    m_itemTitle->setText(ItemEvaluationRecorder::label(draft.item, m_wizard->caseCode(draft.item.caseId)));
    m_whatWasDone->setPlainText(draft.evaluation.whatWasDone);
    m_date->setValue(draft.evaluation.evaluatedOn);
    m_evidence->setText(draft.evaluation.evidence);
    m_obstacle->setText(draft.evaluation.obstacle);
    m_nextStep->setText(draft.evaluation.nextStep);
    m_finalStatus->setCurrentIndex(draft.evaluated ? qMax(0, m_finalStatus->findData(enumCode(draft.evaluation.finalStatus))) : 0);
    m_showing = false;
}

void ItemEvaluationPage::storeFields()
{
    if (m_currentRow < 0 || m_currentRow >= m_drafts.size() || !m_touched.contains(m_currentRow))
        return;
    Draft &draft = m_drafts[m_currentRow];
    draft.evaluation.whatWasDone = m_whatWasDone->toPlainText().trimmed();
    draft.evaluation.evaluatedOn = m_date->value();
    draft.evaluation.evidence = m_evidence->text().trimmed();
    draft.evaluation.obstacle = m_obstacle->text().trimmed();
    draft.evaluation.nextStep = m_nextStep->text().trimmed();
    const auto status = enumFromCode<ActionStatus>(m_finalStatus->currentData().toString());
    draft.evaluated = status.has_value();
    if (status)
        draft.evaluation.finalStatus = *status;
    refreshRow(m_currentRow);
}

void ItemEvaluationPage::fieldChanged()
{
    if (m_showing || m_currentRow < 0)
        return;
    m_touched.insert(m_currentRow);
}

bool ItemEvaluationPage::validatePage()
{
    storeFields();
    QStringList problems;
    QList<ItemEvaluation> evaluations;
    QList<int> rows;
    for (int row : m_touched) {
        const Draft &draft = m_drafts.at(row);
        const QString label = ItemEvaluationRecorder::label(draft.item, m_wizard->caseCode(draft.item.caseId));
        if (!draft.evaluated) {
            if (draft.evaluation.isStored())
                problems << tr("%1: an evaluated item keeps a final status.").arg(label);
            else if (!draft.evaluation.whatWasDone.isEmpty() || !draft.evaluation.evidence.isEmpty() || !draft.evaluation.obstacle.isEmpty()
                     || !draft.evaluation.nextStep.isEmpty() || draft.evaluation.evaluatedOn.isValid())
                problems << tr("%1: choose the final status, or clear what you typed.").arg(label);
            continue;
        }
        problems << ItemEvaluationRecorder::problems(draft.item, m_wizard->caseCode(draft.item.caseId), draft.evaluation, m_wizard->today());
        evaluations.append(draft.evaluation);
        rows.append(row);
    }
    if (problems.isEmpty() && !evaluations.isEmpty()) {
        if (Status saved = ItemEvaluationRecorder(m_wizard->workspace()).save(evaluations, m_wizard->today()); !saved)
            problems << tr("The evaluations could not be saved; nothing was changed.") << saved.error();
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        Draft &draft = m_drafts[rows.at(i)];
        draft.evaluation = evaluations.at(i);
        draft.item.status = draft.evaluation.finalStatus;
        refreshRow(rows.at(i));
    }
    m_touched.clear();
    m_problems->hide();
    return true;
}
