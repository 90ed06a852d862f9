#include "wizards/CandidatesPage.h"

#include "EnumComboBox.h"
#include "models/CandidateTableModel.h"
#include "wizards/SelectionWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QSortFilterProxyModel *chained(QAbstractItemModel *source, int column, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterKeyColumn(column);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QString exactly(const QString &value)
{
    return value.isEmpty() ? QString() : QLatin1Char('^') + QRegularExpression::escape(value) + QLatin1Char('$');
}
}

CandidatesPage::CandidatesPage(SelectionWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_groupProxy(chained(wizard->model(), CandidateTableModel::Group, this))
    , m_kecamatanProxy(chained(m_groupProxy, CandidateTableModel::Kecamatan, this))
    , m_riskProxy(chained(m_kecamatanProxy, CandidateTableModel::Name, this))
    , m_textProxy(chained(m_riskProxy, -1, this))
    , m_view(new QTableView(this))
    , m_group(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_riskOnly(new QCheckBox(tr("Only candidates at risk"), this))
    , m_text(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_choiceTitle(new QLabel(this))
    , m_quota(new QLabel(this))
{
    setTitle(tr("Candidates"));
    setSubTitle(tr("Tick the candidates to audit and give each at least one reason. Children below -2 SD length/height-for-age "
                   "and mothers or brides with a risk are shown in red."));
    m_riskProxy->setFilterRole(CandidateTableModel::AtRiskRole);
    m_textProxy->setSortRole(Qt::UserRole);

    m_group->addItem(tr("All groups"), QString());
    addEnumCodeItems<TargetGroup>(m_group);
    m_kecamatan->addItem(tr("All kecamatan"), QString());
    QSet<QString> kecamatan;
    for (const Candidate &candidate : wizard->model()->rows())
        kecamatan.insert(candidate.subject.kecamatan);
    QStringList names(kecamatan.begin(), kecamatan.end());
    names.sort();
    for (const QString &name : names) {
        if (!name.isEmpty())
            m_kecamatan->addItem(name, name);
    }
    m_text->setPlaceholderText(tr("Filter by name or desa…"));
    m_text->setClearButtonEnabled(true);

    m_view->setModel(m_textProxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidateTableModel::Selected, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->resizeColumnsToContents();

    auto *reasons = new QGroupBox(tr("Reasons for the selected candidate"), this);
    auto *reasonLayout = new QVBoxLayout(reasons);
    reasonLayout->addWidget(m_choiceTitle);
    for (SelectionReason reason : enumValues<SelectionReason>()) {
        auto *box = new QCheckBox(enumName(reason), reasons);
        box->setProperty("reason", int(reason));
        reasonLayout->addWidget(box);
        m_reasons.append(box);
        connect(box, &QCheckBox::toggled, this, &CandidatesPage::storeChoice);
    }
    m_note->setPlaceholderText(tr("Note"));
    reasonLayout->addWidget(m_note);
    reasonLayout->addStretch(1);
    reasons->setFixedWidth(300);
    m_choiceTitle->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_group);
    filters->addWidget(m_kecamatan);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_riskOnly);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addWidget(reasons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(middle, 1);
    layout->addWidget(m_quota);

    connect(m_group, &QComboBox::currentIndexChanged, this, &CandidatesPage::applyFilters);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, &CandidatesPage::applyFilters);
    connect(m_riskOnly, &QCheckBox::toggled, this, &CandidatesPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, m_textProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_note, &QLineEdit::textEdited, this, &CandidatesPage::storeChoice);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CandidatesPage::showChoice);
    connect(wizard->model(), &CandidateTableModel::selectionChanged, this, [this] {
        updateQuota();
        showChoice();
    });
    showChoice();
    updateQuota();
}

void CandidatesPage::applyFilters()
{
    m_groupProxy->setFilterRegularExpression(exactly(m_group->currentData().toString()));
    m_kecamatanProxy->setFilterRegularExpression(exactly(m_kecamatan->currentData().toString()));
    m_riskProxy->setFilterFixedString(m_riskOnly->isChecked() ? QStringLiteral("risk") : QString());
}

int CandidatesPage::currentRow() const
{
    QModelIndex index = m_view->currentIndex();
    for (QSortFilterProxyModel *proxy : {m_textProxy, m_riskProxy, m_kecamatanProxy, m_groupProxy})
        index = proxy->mapToSource(index);
    return index.isValid() ? index.row() : -1;
}

void CandidatesPage::showChoice()
{
    const int row = currentRow();
    const bool editable = row >= 0 && m_wizard->model()->rows().at(row).selected && !m_wizard->model()->rows().at(row).alreadyCase;
    m_showing = true;
    m_choiceTitle->setText(row < 0 ? tr("Choose a candidate in the list.")
                                   : editable ? m_wizard->model()->rows().at(row).subject.name
                                              : tr("Tick the candidate first to give reasons."));
    for (QCheckBox *box : m_reasons) {
        box->setEnabled(editable);
        box->setChecked(editable && m_wizard->model()->rows().at(row).reasons.contains(SelectionReason(box->property("reason").toInt())));
    }
    m_note->setEnabled(editable);
    const QString note = editable ? m_wizard->model()->rows().at(row).note : QString();
    if (m_note->text() != note)
        m_note->setText(note);
    m_showing = false;
}

void CandidatesPage::storeChoice()
{
    const int row = currentRow();
    if (m_showing || row < 0)
        return;
    QList<SelectionReason> reasons;
    for (QCheckBox *box : m_reasons) {
        if (box->isChecked())
            reasons.append(SelectionReason(box->property("reason").toInt()));
    }
    m_wizard->model()->setChoice(row, reasons, m_note->text());
}

void CandidatesPage::updateQuota()
{
    const QMap<TargetGroup, int> counts = m_wizard->selection().countsWith(m_wizard->cycleId(), m_wizard->model()->rows());
    const int minimum = m_wizard->selection().minimumPerGroup();
    QStringList parts;
    for (TargetGroup group : enumValues<TargetGroup>()) {
        const int count = counts.value(group);
        const QString part = QStringLiteral("%1 %2/%3").arg(enumCode(group)).arg(count).arg(minimum);
        parts << (count < minimum ? QStringLiteral("<span style='color:#b01e1e'>&#9888; %1</span>").arg(part) : part);
    }
    m_quota->setText(tr("Cases per group (minimum %1): %2").arg(minimum).arg(parts.join(QStringLiteral(" · "))));
}
