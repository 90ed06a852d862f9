#include "wizards/MeetingInvitationsPage.h"

#include "MessageBox.h"
#include "wizards/MeetingWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

MeetingInvitationsPage::MeetingInvitationsPage(MeetingWizard *wizard)
    : MeetingPage(wizard)
    , m_agencies(new QListWidget(this))
    , m_withItems(new QPushButton(tr("Tick all agencies with RTL items"), this))
    , m_known(new QComboBox(this))
    , m_inviteKnown(new QPushButton(tr("&Invite"), this))
    , m_inviteTeam(new QPushButton(tr("Invite the whole &team"), this))
    , m_newName(new QLineEdit(this))
    , m_newAgency(new QComboBox(this))
    , m_newPosition(new QLineEdit(this))
    , m_inviteNew(new QPushButton(tr("Invite this &person"), this))
    , m_people(new QTableWidget(0, 3, this))
    , m_remove(new QPushButton(tr("&Remove from the invitation"), this))
    , m_count(new QLabel(this))
{
    setTitle(tr("Invitations"));
    setSubTitle(tr("The agencies (OPD) invited as a whole, and the people invited by name."));
    const MeetingChoices &choices = wizard->choices();
    for (const Agency &agency : choices.agencies) {
        auto *item = new QListWidgetItem(agency.shortName.isEmpty() ? agency.name : QStringLiteral("%1 (%2)").arg(agency.name, agency.shortName),
                                         m_agencies);
        item->setData(Qt::UserRole, agency.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    QSet<qint64> inTeam;
    for (const MeetingChoices::TeamPerson &member : choices.team) {
        if (inTeam.contains(member.person.id))
            continue;
        inTeam.insert(member.person.id);
        m_known->addItem(tr("%1 — %2").arg(member.person.fullName(), enumName(member.role)), member.person.id);
    }
    if (!inTeam.isEmpty())
        m_known->insertSeparator(m_known->count());
    for (const Person &person : choices.people) {
        if (!inTeam.contains(person.id)) {
            const QString agency = choices.agencyName(person.agencyId);
            m_known->addItem(agency.isEmpty() ? person.fullName() : tr("%1 — %2").arg(person.fullName(), agency), person.id);
        }
    }
    m_newAgency->addItem(tr("(no agency)"), 0);
    for (const Agency &agency : choices.agencies)
        m_newAgency->addItem(agency.displayName(), agency.id);
    m_newName->setPlaceholderText(tr("Name"));
    m_newPosition->setPlaceholderText(tr("Position, e.g. Kepala Bidang"));
    m_people->setHorizontalHeaderLabels({tr("Name"), tr("Agency"), tr("Position")});
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->verticalHeader()->hide();
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *agencyBox = new QGroupBox(tr("Agencies"), this);
    auto *agencyLayout = new QVBoxLayout(agencyBox);
    agencyLayout->addWidget(m_agencies, 1);
    agencyLayout->addWidget(m_withItems);

    auto *peopleBox = new QGroupBox(tr("People"), this);
    auto *knownRow = new QHBoxLayout;
    knownRow->addWidget(m_known, 1);
    knownRow->addWidget(m_inviteKnown);
    knownRow->addWidget(m_inviteTeam);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newName, 2);
    newRow->addWidget(m_newAgency, 1);
    newRow->addWidget(m_newPosition, 2);
    newRow->addWidget(m_inviteNew);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_count, 1);
    listRow->addWidget(m_remove);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->addWidget(new QLabel(tr("Someone the workspace knows:"), peopleBox));
    peopleLayout->addLayout(knownRow);
    peopleLayout->addWidget(new QLabel(tr("Someone new:"), peopleBox));
    peopleLayout->addLayout(newRow);
    peopleLayout->addWidget(m_people, 1);
    peopleLayout->addLayout(listRow);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(agencyBox, 3);
    layout->addWidget(peopleBox, 5);

    connect(m_withItems, &QPushButton::clicked, this, &MeetingInvitationsPage::tickAgenciesWithItems);
    connect(m_inviteKnown, &QPushButton::clicked, this, &MeetingInvitationsPage::inviteKnown);
    connect(m_inviteTeam, &QPushButton::clicked, this, &MeetingInvitationsPage::inviteTeam);
    connect(m_inviteNew, &QPushButton::clicked, this, &MeetingInvitationsPage::inviteNew);
    connect(m_newName, &QLineEdit::returnPressed, this, &MeetingInvitationsPage::inviteNew);
    connect(m_remove, &QPushButton::clicked, this, &MeetingInvitationsPage::removeSelected);
}

void MeetingInvitationsPage::display(const Meeting &meeting)
{
    for (int row = 0; row < m_agencies->count(); ++row) {
        QListWidgetItem *item = m_agencies->item(row);
        item->setCheckState(meeting.invitedAgencyIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_attendance = meeting.attendance;
    showPeople();
}

void MeetingInvitationsPage::collect(Meeting &meeting) const
{
    meeting.invitedAgencyIds.clear();
    for (int row = 0; row < m_agencies->count(); ++row) {
        if (m_agencies->item(row)->checkState() == Qt::Checked)
            meeting.invitedAgencyIds.append(m_agencies->item(row)->data(Qt::UserRole).toLongLong());
    }
    meeting.attendance = m_attendance;
}

void MeetingInvitationsPage::tickAgenciesWithItems()
{
    QSet<qint64> responsible;
    for (const ActionItem &item : wizard()->choices().items)
        responsible.insert(item.agencyId);
    for (int row = 0; row < m_agencies->count(); ++row) {
        if (responsible.contains(m_agencies->item(row)->data(Qt::UserRole).toLongLong()))
            m_agencies->item(row)->setCheckState(Qt::Checked);
    }
}

void MeetingInvitationsPage::invite(const Person &person)
{
    for (const Attendance &already : std::as_const(m_attendance)) {
        if (already.invited && already.personId == person.id)
            return;
    }
    Attendance invitation;
    invitation.personId = person.id;
    invitation.name = person.fullName();
    invitation.agencyId = person.agencyId;
    invitation.position = person.position;
    invitation.invited = true;
    m_attendance.append(invitation);
}

void MeetingInvitationsPage::inviteKnown()
{
    const qint64 personId = m_known->currentData().toLongLong();
    for (const Person &person : wizard()->choices().people) {
        if (person.id == personId)
            invite(person);
    }
    showPeople();
}

void MeetingInvitationsPage::inviteTeam()
{
    for (const MeetingChoices::TeamPerson &member : wizard()->choices().team) {
        if (member.role != TeamRole::FamilyCompanion)  // the TPK meet the families, not the agencies
            invite(member.person);
    }
    showPeople();
}

void MeetingInvitationsPage::inviteNew()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        MessageBox::warning(this, title(), tr("Type the name of the person to invite."));
        return;
    }
    Attendance invitation;
    invitation.name = name;
    invitation.agencyId = m_newAgency->currentData().toLongLong();
    invitation.position = m_newPosition->text().trimmed();
    invitation.invited = true;
    m_attendance.append(invitation);
    m_newName->clear();
    m_newPosition->clear();
    showPeople();
}

void MeetingInvitationsPage::removeSelected()
{
    const int row = m_people->currentRow();
    if (row < 0)
        return;
    const int index = m_people->item(row, 0)->data(Qt::UserRole).toInt();
    m_attendance.removeAt(index);
    showPeople();
}

void MeetingInvitationsPage::showPeople()
{
    const MeetingChoices &choices = wizard()->choices();
    m_people->setRowCount(0);
    for (int index = 0; index < m_attendance.size(); ++index) {
        const Attendance &person = m_attendance.at(index);
        if (!person.invited)
            continue;
        const int row = m_people->rowCount();
        m_people->insertRow(row);
        auto *name = new QTableWidgetItem(person.name);
        name->setData(Qt::UserRole, index);
        m_people->setItem(row, 0, name);
        m_people->setItem(row, 1, new QTableWidgetItem(choices.agencyName(person.agencyId)));
        m_people->setItem(row, 2, new QTableWidgetItem(person.position));
    }
    m_count->setText(tr("Invited by name: %1").arg(m_people->rowCount()));
}
