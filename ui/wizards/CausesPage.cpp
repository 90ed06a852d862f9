#include "wizards/CausesPage.h"

#include "CauseTaxonomyDialog.h"
#include "DialogHook.h"
#include "MessageBox.h"
#include "domain/ReferenceLabel.h"
#include "storage/CauseTaxonomyRepository.h"
#include "wizards/ReviewWizard.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace {
const int CodeRole = Qt::UserRole + 1;
const int DirectRole = Qt::UserRole + 2;
std::function<void(CauseTaxonomyDialog &)> g_dialogHook;
}

void CausesPage::setDialogHook(std::function<void(CauseTaxonomyDialog &)> hook)
{
    g_dialogHook = std::move(hook);
}

CausesPage::CausesPage(ReviewWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(this))
    , m_technicalView(new QPlainTextEdit(this))
    , m_conclusion(new QPlainTextEdit(this))
    , m_disease(new QLineEdit(this))
    , m_referral(new QLineEdit(this))
    , m_editList(new QPushButton(tr("Edit list…"), this))
{
    setTitle(tr("Causes"));
    setSubTitle(tr("Tick the causes the technical team found and those the experts concluded, each with a short note."));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Cause"), tr("Technical team"), tr("Note"), tr("Experts"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Cause, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TechnicalNote, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExpertNote, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TechnicalTick, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExpertTick, QHeaderView::ResizeToContents);
    m_technicalView->setPlaceholderText(tr("What the technical team found, in a few sentences"));
    m_conclusion->setPlaceholderText(tr("The experts' conclusion"));
    m_technicalView->setFixedHeight(64);
    m_conclusion->setFixedHeight(64);
    m_disease->setPlaceholderText(tr("e.g. suspected pulmonary tuberculosis"));
    m_referral->setPlaceholderText(tr("e.g. paediatric clinic, RSUD"));

    auto *views = new QGridLayout;
    views->addWidget(new QLabel(tr("Technical team's view:"), this), 0, 0);
    views->addWidget(new QLabel(tr("Experts' conclusion:"), this), 0, 1);
    views->addWidget(m_technicalView, 1, 0);
    views->addWidget(m_conclusion, 1, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Suspected underlying disease:"), m_disease);
    form->addRow(tr("Referred to:"), m_referral);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_editList, 0, Qt::AlignLeft);
    layout->addLayout(views);
    layout->addLayout(form);

    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_filling)
            m_wizard->markChanged();
    });
    for (QPlainTextEdit *edit : {m_technicalView, m_conclusion}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (!m_filling && edit->hasFocus())
                m_wizard->markChanged();
        });
    }
    for (QLineEdit *edit : {m_disease, m_referral})
        connect(edit, &QLineEdit::textEdited, m_wizard, &ReviewWizard::markChanged);
    connect(m_editList, &QPushButton::clicked, this, &CausesPage::editList);
}

void CausesPage::initializePage()
{
    m_filling = true;
    const ExpertReview &review = m_wizard->review();
    m_technicalView->setPlainText(review.technicalView);
    m_conclusion->setPlainText(review.expertConclusion);
    m_disease->setText(review.suspectedDisease);
    m_referral->setText(review.referralTo);
    m_filling = false;
    fillTable(review.causes);
}

int CausesPage::rowOf(const QString &causeCode) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Cause)->data(CodeRole).toString() == causeCode)
            return row;
    }
    return -1;
}

void CausesPage::fillTable(const QList<ReviewCause> &causes)
{
    m_filling = true;
    // The offered causes, then retired or unknown ones this review already uses.
    QList<CauseCategory> shown;
    const QList<CauseCategory> all = CauseTaxonomyRepository(m_wizard->workspace()).all().value_or(QList<CauseCategory>{});
    auto used = [&causes](const QString &code) {
        return std::any_of(causes.begin(), causes.end(), [&code](const ReviewCause &c) { return c.cause == code; });
    };
    for (const CauseCategory &category : all) {
        if (!category.retired || used(category.code))
            shown.append(category);
    }
    for (const ReviewCause &cause : causes) {
        if (!std::any_of(shown.begin(), shown.end(), [&cause](const CauseCategory &c) { return c.code == cause.cause; })) {
            CauseCategory unknown;
            unknown.code = unknown.label = cause.cause;
            unknown.isDirect = cause.isDirect;
            unknown.retired = true;
            shown.append(unknown);
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [](const CauseCategory &a, const CauseCategory &b) { return a.isDirect && !b.isDirect; });

    QFont bold = font();
    bold.setBold(true);
    m_table->setRowCount(0);
    std::optional<bool> directSection;
    for (const CauseCategory &category : shown) {
        int row = m_table->rowCount();
        if (directSection != category.isDirect) {
            directSection = category.isDirect;
            m_table->insertRow(row);
            auto *heading = new QTableWidgetItem(category.isDirect ? tr("Direct causes") : tr("Indirect causes"));
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setFont(bold);
            heading->setBackground(palette().alternateBase());
            m_table->setItem(row, Cause, heading);
            m_table->setSpan(row, Cause, 1, 5);
            ++row;
        }
        m_table->insertRow(row);
        QString label = referenceLabel(category.label, category.labelEn);
        if (category.retired)
            label = tr("%1 (no longer offered)").arg(label);
        auto *name = new QTableWidgetItem(label);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(CodeRole, category.code);
        name->setData(DirectRole, category.isDirect);
        name->setToolTip(label);
        m_table->setItem(row, Cause, name);
        for (bool byExperts : {false, true}) {
            const auto found = std::find_if(causes.begin(), causes.end(), [&](const ReviewCause &c) {
                return c.cause == category.code && c.byExperts == byExperts;
            });
            auto *tick = new QTableWidgetItem;
            tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            tick->setCheckState(found != causes.end() ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, byExperts ? ExpertTick : TechnicalTick, tick);
            m_table->setItem(row, byExperts ? ExpertNote : TechnicalNote, new QTableWidgetItem(found != causes.end() ? found->note : QString()));
        }
    }
    m_filling = false;
}

QList<ReviewCause> CausesPage::ticked() const
{
    QList<ReviewCause> causes;
    for (bool byExperts : {false, true}) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *tick = m_table->item(row, byExperts ? ExpertTick : TechnicalTick);
            if (!tick || tick->checkState() != Qt::Checked)
                continue;
            ReviewCause cause;
            cause.cause = m_table->item(row, Cause)->data(CodeRole).toString();
            cause.isDirect = m_table->item(row, Cause)->data(DirectRole).toBool();
            cause.byExperts = byExperts;
            cause.note = m_table->item(row, byExperts ? ExpertNote : TechnicalNote)->text().trimmed();
            causes.append(cause);
        }
    }
    return causes;
}

void CausesPage::editList()
{
    CauseTaxonomyDialog dialog(m_wizard->workspace(), this);
    execOrHook(dialog, g_dialogHook);
    // The list is reference data the dialog has saved; the ticks made so far stay.
    if (dialog.result() == QDialog::Accepted)
        fillTable(ticked());
}

bool CausesPage::validatePage()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (bool byExperts : {false, true}) {
            const QTableWidgetItem *tick = m_table->item(row, byExperts ? ExpertTick : TechnicalTick);
            const QTableWidgetItem *note = m_table->item(row, byExperts ? ExpertNote : TechnicalNote);
            if (tick && tick->checkState() != Qt::Checked && note && !note->text().trimmed().isEmpty()) {
                MessageBox::warning(this, title(),
                                    tr("\"%1\" has a note but is not ticked (%2). Tick it or clear the note.")
                                        .arg(m_table->item(row, Cause)->text(), byExperts ? tr("experts") : tr("technical team")));
                return false;
            }
        }
    }
    ExpertReview &review = m_wizard->review();
    const ExpertReview before = review;
    review.causes = ticked();
    review.technicalView = m_technicalView->toPlainText().trimmed();
    review.expertConclusion = m_conclusion->toPlainText().trimmed();
    review.suspectedDisease = m_disease->text().trimmed();
    review.referralTo = m_referral->text().trimmed();
    if (!m_wizard->save()) {
        review = before;
        return false;
    }
    return true;
}
