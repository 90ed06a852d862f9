#include "wizards/RecommendationsPage.h"

#include "DialogHook.h"
#include "MessageBox.h"
#include "rtl/ActionItemDialog.h"
#include "storage/ActionItemRepository.h"
#include "wizards/RecommendationDialog.h"
#include "wizards/ReviewWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
std::function<void(RecommendationDialog &)> g_dialogHook;
std::function<void(ActionItemDialog &)> g_itemDialogHook;
}

void RecommendationsPage::setItemDialogHook(std::function<void(ActionItemDialog &)> hook)
{
    g_itemDialogHook = std::move(hook);
}

void RecommendationsPage::setDialogHook(std::function<void(RecommendationDialog &)> hook)
{
    g_dialogHook = std::move(hook);
}

RecommendationsPage::RecommendationsPage(ReviewWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_makeItem(new QPushButton(tr("Make &RTL item…"), this))
{
    setTitle(tr("Recommendations"));
    setSubTitle(tr("For handling this case, for improving case management, and for preventing similar cases. Each can become one or more "
                   "RTL items."));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Recommendation"), tr("RTL items")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RtlItems, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 2 + 12);  // two lines of text

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_makeItem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { edit(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { edit(row); });
    connect(m_remove, &QPushButton::clicked, this, &RecommendationsPage::remove);
    connect(m_makeItem, &QPushButton::clicked, this, &RecommendationsPage::makeItem);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecommendationsPage::updateButtons);
}

void RecommendationsPage::updateButtons()
{
    const bool chosen = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_makeItem->setEnabled(chosen);
}

void RecommendationsPage::initializePage()
{
    m_itemCounts.clear();
    for (const ActionItem &item : ActionItemRepository(m_wizard->workspace()).forCase(m_wizard->auditCase().id).value_or(QList<ActionItem>{})) {
        if (item.recommendationId > 0)
            ++m_itemCounts[item.recommendationId];
    }
    refresh();
}

void RecommendationsPage::refresh()
{
    const QList<Recommendation> &recommendations = m_wizard->review().recommendations;
    m_table->setRowCount(recommendations.size());
    for (int row = 0; row < recommendations.size(); ++row) {
        const Recommendation &r = recommendations.at(row);
        m_table->setItem(row, Kind, new QTableWidgetItem(enumName(r.kind)));
        auto *text = new QTableWidgetItem(r.text);
        text->setToolTip(r.text);
        m_table->setItem(row, Text, text);
        auto *count = new QTableWidgetItem(QString::number(m_itemCounts.value(r.id)));
        count->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, RtlItems, count);
    }
    updateButtons();
}

void RecommendationsPage::edit(int row)
{
    QList<Recommendation> &recommendations = m_wizard->review().recommendations;
    if (row >= recommendations.size())
        return;
    RecommendationDialog dialog(row >= 0 ? recommendations.at(row) : Recommendation{}, this);
    execOrHook(dialog, g_dialogHook);
    if (dialog.result() != QDialog::Accepted)
        return;
    if (row >= 0)
        recommendations[row] = dialog.recommendation();
    else
        recommendations.append(dialog.recommendation());
    m_wizard->markChanged();
    refresh();
}

void RecommendationsPage::remove()
{
    const int row = m_table->currentRow();
    QList<Recommendation> &recommendations = m_wizard->review().recommendations;
    if (row < 0 || row >= recommendations.size())
        return;
    if (const int items = m_itemCounts.value(recommendations.at(row).id); items > 0
        && MessageBox::question(this, title(),
                                tr("%n RTL item(s) were made from this recommendation. They stay in the RTL with their own copy of the text. "
                                   "Remove the recommendation?",
                                   nullptr, items))
               != QMessageBox::Yes)
        return;
    recommendations.removeAt(row);
    m_wizard->markChanged();
    refresh();
}

void RecommendationsPage::makeItem()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_wizard->review().recommendations.size())
        return;
    // The item refers to the stored recommendation, so the page's work is stored first.
    if ((m_wizard->hasChanges() || !m_wizard->review().recommendations.at(row).isStored()) && !m_wizard->save())
        return;
    const ExpertReview &review = m_wizard->review();
    const Recommendation &recommendation = review.recommendations.at(row);
    ActionItem item;
    item.cycleId = m_wizard->auditCase().cycleId;
    item.caseId = m_wizard->auditCase().id;
    item.recommendationId = recommendation.id;
    item.recommendation = recommendation.text;
    // The problem is left for the user to word: the RTL is shown at meetings, while the review's
    // conclusions are written beside the worksheet and may name the family.
    ActionItemDialog dialog(m_wizard->workspace(), item, this);
    execOrHook(dialog, g_itemDialogHook);
    if (dialog.result() != QDialog::Accepted)
        return;
    ++m_itemCounts[recommendation.id];
    refresh();
    m_table->selectRow(row);
}

bool RecommendationsPage::validatePage()
{
    return m_wizard->save();
}
