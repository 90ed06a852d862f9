#include "wizards/MeetingCommitmentsPage.h"

#include "domain/DateText.h"
#include "wizards/MeetingWizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

MeetingCommitmentsPage::MeetingCommitmentsPage(MeetingWizard *wizard)
    : MeetingPage(wizard)
    , m_leftOut(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setTitle(tr("Agency commitments"));
    setSubTitle(tr("What each agency commits to for its items of the approved RTL. Double-click a commitment to write it."));
    m_leftOut->setWordWrap(true);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Case"), tr("Activity"), tr("Due"), tr("Commitment")});
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(Case, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Activity, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Due, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Commitment, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_leftOut);
}

void MeetingCommitmentsPage::display(const Meeting &meeting)
{
    const MeetingChoices &choices = wizard()->choices();
    QMap<qint64, QString> written;
    for (const AgencyCommitment &commitment : meeting.commitments)
        written.insert(commitment.actionItemId, commitment.commitment);

    QMap<QString, QList<ActionItem>> byAgency;
    int unapproved = 0;
    m_hidden.clear();
    for (const ActionItem &item : choices.items) {
        if (!item.isApproved()) {
            ++unapproved;
            if (written.contains(item.id))
                m_hidden.append({{}, item.id, written.value(item.id)});
            continue;
        }
        const QString agency = choices.agencyName(item.agencyId);
        byAgency[agency.isEmpty() ? tr("(no responsible agency)") : agency].append(item);
    }

    m_tree->clear();
    for (auto group = byAgency.cbegin(); group != byAgency.cend(); ++group) {
        auto *agency = new QTreeWidgetItem(m_tree, {group.key()});
        agency->setFlags(Qt::ItemIsEnabled);
        QFont bold = agency->font(Case);
        bold.setBold(true);
        agency->setFont(Case, bold);
        agency->setFirstColumnSpanned(true);
        for (const ActionItem &item : group.value()) {
            const QString code = item.caseId ? choices.caseCodes.value(item.caseId) : tr("General");
            const QString due = DateText::shortDate(item.dueDate);
            auto *row = new QTreeWidgetItem(agency, {code, item.activity, due, written.value(item.id)});
            row->setData(Case, Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            row->setToolTip(Activity, item.recommendation);
        }
    }
    m_tree->expandAll();
    if (byAgency.isEmpty() && unapproved == 0)
        m_leftOut->setText(tr("This cycle has no RTL items yet."));
    else if (unapproved > 0)
        m_leftOut->setText(tr("Not listed because the TPPS chair has not approved them yet: %1 of the cycle's %2 RTL items. Only the approved "
                              "RTL is presented at the meeting.")
                               .arg(unapproved)
                               .arg(choices.items.size()));
    else
        m_leftOut->setText(tr("All RTL items of the cycle are approved and listed."));
}

void MeetingCommitmentsPage::collect(Meeting &meeting) const
{
    QList<AgencyCommitment> commitments;
    for (int group = 0; group < m_tree->topLevelItemCount(); ++group) {
        QTreeWidgetItem *agency = m_tree->topLevelItem(group);
        for (int child = 0; child < agency->childCount(); ++child) {
            QTreeWidgetItem *row = agency->child(child);
            const QString text = row->text(Commitment).trimmed();
            if (!text.isEmpty())
                commitments.append({{}, row->data(Case, Qt::UserRole).toLongLong(), text});
        }
    }
    meeting.commitments = m_hidden + commitments;
}

QTreeWidgetItem *MeetingCommitmentsPage::itemRow(qint64 actionItemId) const
{
    for (int group = 0; group < m_tree->topLevelItemCount(); ++group) {
        QTreeWidgetItem *agency = m_tree->topLevelItem(group);
        for (int child = 0; child < agency->childCount(); ++child) {
            if (agency->child(child)->data(Case, Qt::UserRole).toLongLong() == actionItemId)
                return agency->child(child);
        }
    }
    return nullptr;
}
