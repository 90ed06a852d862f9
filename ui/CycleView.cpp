#include "CycleView.h"

#include "EnumComboBox.h"
#include "ListPanel.h"
#include "StageStrip.h"
#include "audit/CycleProgress.h"
#include "audit/SubjectScreening.h"
#include "domain/DateText.h"
#include "models/ActionItemTableModel.h"
#include "models/CaseTableModel.h"
#include "models/SubjectTableModel.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

CycleView::CycleView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_cycles(new QComboBox(this))
    , m_period(new QLabel(this))
    , m_strip(new StageStrip(this))
    , m_noCycle(new QFrame(this))
    , m_newCycle(new QPushButton(tr("Start a &new cycle…"), m_noCycle))
    , m_tracker(new QPushButton(tr("Open the follow-up &plan…"), this))
    , m_print(new QPushButton(tr("Print a &document…"), this))
    , m_tabs(new QTabWidget(this))
    , m_subjectModel(new SubjectTableModel(this))
    , m_caseModel(new CaseTableModel(this))
    , m_itemModel(new ActionItemTableModel(this))
    , m_subjects(new ListPanel(m_subjectModel, SubjectTableModel::Name, this))
    , m_cases(new ListPanel(m_caseModel, CaseTableModel::Reasons, this))
    , m_items(new ListPanel(m_itemModel, ActionItemTableModel::Activity, this))
    , m_groupFilter(new QComboBox(this))
{
    auto *cycleLabel = new QLabel(tr("&Cycle:"), this);
    cycleLabel->setBuddy(m_cycles);
    m_cycles->setMinimumContentsLength(28);
    auto *top = new QHBoxLayout;
    top->addWidget(cycleLabel);
    top->addWidget(m_cycles);
    top->addWidget(m_period, 1);
    top->addWidget(m_print);
    m_print->setToolTip(tr("Handout, RTL matrix, attendance sheet, official record, decree attachment, worksheets, growth charts and reports"));

    m_groupFilter->addItem(tr("All groups"), QString());
    addEnumCodeItems<TargetGroup>(m_groupFilter);
    m_subjects->addFilterWidget(m_groupFilter);
    m_items->addFilterWidget(m_tracker);
    m_tabs->addTab(m_subjects, tr("&Subjects"));
    m_tabs->addTab(m_cases, tr("C&ases"));
    m_tabs->addTab(m_items, tr("&RTL items"));

    // In place of the stage strip while the workspace has no cycle: what to do next.
    auto *note = static_cast<QFrame *>(m_noCycle);
    note->setObjectName(QStringLiteral("noCycle"));
    note->setStyleSheet(QStringLiteral("#noCycle { background: #eef4fb; border: 1px solid #8fb3d9; border-radius: 6px; }"));
    auto *noteText = new QLabel(tr("<b>No audit cycle yet.</b> A cycle is one round of the audit, usually one per semester: "
                                   "the team's decree, the selected cases, the expert review, the dissemination meeting and the "
                                   "evaluation of the follow-up plan. Subjects can be registered before a cycle starts."),
                                note);
    noteText->setWordWrap(true);
    auto *noteLayout = new QHBoxLayout(note);
    noteLayout->setContentsMargins(12, 10, 12, 10);
    noteLayout->addWidget(noteText, 1);
    noteLayout->addWidget(m_newCycle, 0, Qt::AlignVCenter);
    note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(m_noCycle);
    layout->addWidget(m_tabs, 1);

    connect(m_cycles, &QComboBox::currentIndexChanged, this, &CycleView::showCycle);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_subjects->setColumnFilter(SubjectTableModel::Group, m_groupFilter->currentData().toString()); });
    connect(m_newCycle, &QPushButton::clicked, this, &CycleView::newCycleRequested);
    connect(m_tracker, &QPushButton::clicked, this, [this] { Q_EMIT trackerRequested(currentCycleId()); });
    connect(m_print, &QPushButton::clicked, this, [this] { Q_EMIT printRequested(currentCycleId()); });
    // Ctrl+F: to the filter of the list in view, its text selected so typing replaces it.
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        if (auto *panel = qobject_cast<ListPanel *>(m_tabs->currentWidget())) {
            panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            panel->filterEdit()->selectAll();
        }
    });
    connect(m_strip, &StageStrip::stageRequested, this, [this](CycleStage stage) { Q_EMIT stageRequested(currentCycleId(), stage); });
    reload();
}

qint64 CycleView::currentCycleId() const
{
    return m_cycles->currentData().toLongLong();
}

void CycleView::reload()
{
    const ListRepository lists(m_workspace);
    auto subjects = lists.subjects();
    auto answers = lists.riskAnswers();
    if (!subjects || !answers) {
        Q_EMIT loadFailed(subjects ? answers.error() : subjects.error());
        return;
    }
    const RiskThresholds thresholds = RiskThresholds::fromMap(SettingsRepository(m_workspace).values(QStringLiteral("risk.")));
    QHash<qint64, QStringList> findings;
    for (const SubjectRow &row : *subjects)
        findings.insert(row.id, SubjectScreening::of(row, answers->value(row.id), thresholds).findings);
    m_subjectModel->setScreening(findings);
    m_subjectModel->setRows(*subjects);
    loadCycles();
}

void CycleView::loadCycles()
{
    const qint64 previous = currentCycleId();
    auto cycles = CycleRepository(m_workspace).all();
    auto current = CycleRepository(m_workspace).current();
    if (!cycles || !current) {
        Q_EMIT loadFailed(cycles ? current.error() : cycles.error());
        return;
    }
    const QSignalBlocker blocker(m_cycles);
    m_cycles->clear();
    for (const Cycle &cycle : *cycles) {
        m_cycles->addItem(tr("Cycle %1 of %2 (%3)").arg(cycle.number).arg(cycle.year).arg(enumName(cycle.status)), cycle.id);
        m_cycles->setItemData(m_cycles->count() - 1,
                              cycle.periodStart.isValid()
                                  ? tr("%1 to %2").arg(DateText::date(cycle.periodStart), DateText::date(cycle.periodEnd))
                                  : QString(),
                              Qt::ToolTipRole);
    }
    int index = m_cycles->findData(previous);
    if (index < 0 && current->has_value())
        index = m_cycles->findData(current->value().id);
    m_cycles->setCurrentIndex(qMax(0, index));
    showCycle();
}

void CycleView::showCycle()
{
    const qint64 cycleId = currentCycleId();
    m_period->setText(m_cycles->currentData(Qt::ToolTipRole).toString());
    m_strip->setVisible(cycleId > 0);
    m_noCycle->setVisible(m_cycles->count() == 0);
    m_cycles->setEnabled(m_cycles->count() > 0);
    m_print->setEnabled(cycleId > 0);
    if (cycleId <= 0) {
        m_caseModel->setRows({});
        m_itemModel->setRows({});
        return;
    }
    auto stages = CycleProgress(m_workspace).evaluate(cycleId);
    auto cases = ListRepository(m_workspace).cases(cycleId);
    auto items = ListRepository(m_workspace).actionItems(cycleId);
    if (!stages || !cases || !items) {
        Q_EMIT loadFailed(!stages ? stages.error() : (!cases ? cases.error() : items.error()));
        return;
    }
    m_strip->setProgress(*stages);
    m_caseModel->setRows(*cases);
    m_itemModel->setRows(*items);
}
