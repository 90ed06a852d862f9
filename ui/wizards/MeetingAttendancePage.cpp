#include "wizards/MeetingAttendancePage.h"

#include "MessageBox.h"
#include "domain/DateText.h"
#include "wizards/MeetingWizard.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

MeetingAttendancePage::MeetingAttendancePage(MeetingWizard *wizard)
    : MeetingPage(wizard)
    , m_notice(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_agency(new QComboBox(this))
    , m_position(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add walk-in"), this))
    , m_remove(new QPushButton(tr("&Remove walk-in"), this))
    , m_count(new QLabel(this))
{
    setTitle(tr("Attendance"));
    setSubTitle(tr("After the meeting: tick who of the invited came, and add those who came without an invitation."));
    m_notice->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Came"), tr("Name"), tr("Agency"), tr("Position"), tr("Invited")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Position, QHeaderView::Stretch);
    for (Column column : {Came, AgencyName, Invited})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_agency->addItem(tr("(no agency)"), 0);
    for (const Agency &agency : wizard->choices().agencies)
        m_agency->addItem(agency.displayName(), agency.id);
    m_name->setPlaceholderText(tr("Name"));
    m_position->setPlaceholderText(tr("Position"));

    auto *walkIn = new QGroupBox(tr("Came without an invitation"), this);
    auto *walkInRow = new QHBoxLayout(walkIn);
    walkInRow->addWidget(m_name, 2);
    walkInRow->addWidget(m_agency, 1);
    walkInRow->addWidget(m_position, 2);
    walkInRow->addWidget(m_add);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(walkIn);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Came)
            updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, &MeetingAttendancePage::addWalkIn);
    connect(m_name, &QLineEdit::returnPressed, this, &MeetingAttendancePage::addWalkIn);
    connect(m_remove, &QPushButton::clicked, this, &MeetingAttendancePage::removeWalkIn);
}

void MeetingAttendancePage::display(const Meeting &meeting)
{
    m_held = wizard()->check().hasTakenPlace(meeting);
    m_notice->setText(m_held ? QString()
                             : tr("This meeting is dated %1; attendance can be recorded from that day on.")
                                   .arg(DateText::longDate(meeting.date)));
    m_notice->setVisible(!m_held);
    for (QWidget *input : std::initializer_list<QWidget *>{m_name, m_agency, m_position, m_add, m_remove})
        input->setEnabled(m_held);
    m_attendance = meeting.attendance;
    showRows();
}

void MeetingAttendancePage::collect(Meeting &meeting) const
{
    QList<Attendance> attendance = m_attendance;
    for (int row = 0; row < m_table->rowCount() && row < attendance.size(); ++row)
        attendance[row].attended = m_table->item(row, Came)->checkState() == Qt::Checked;
    meeting.attendance = attendance;
}

void MeetingAttendancePage::setCame(int row, bool came)
{
    m_table->item(row, Came)->setCheckState(came ? Qt::Checked : Qt::Unchecked);
}

void MeetingAttendancePage::takeTicks()
{
    for (int row = 0; row < m_table->rowCount() && row < m_attendance.size(); ++row)
        m_attendance[row].attended = m_table->item(row, Came)->checkState() == Qt::Checked;
}

void MeetingAttendancePage::addWalkIn()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        MessageBox::warning(this, title(), tr("Type the name of the person who came."));
        return;
    }
    takeTicks();
    Attendance walkIn;
    walkIn.name = name;
    walkIn.agencyId = m_agency->currentData().toLongLong();
    walkIn.position = m_position->text().trimmed();
    walkIn.invited = false;
    walkIn.attended = true;
    m_attendance.append(walkIn);
    m_name->clear();
    m_position->clear();
    showRows();
}

void MeetingAttendancePage::removeWalkIn()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_attendance.size())
        return;
    if (m_attendance.at(row).invited) {
        MessageBox::information(this, title(), tr("%1 was invited; untick \"Came\" instead, or remove the invitation on the previous page.")
                                                   .arg(m_attendance.at(row).name));
        return;
    }
    takeTicks();
    m_attendance.removeAt(row);
    showRows();
}

void MeetingAttendancePage::showRows()
{
    const MeetingChoices &choices = wizard()->choices();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Attendance &person : std::as_const(m_attendance)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *came = new QTableWidgetItem;
        came->setFlags(m_held ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable : Qt::ItemIsSelectable);
        came->setCheckState(person.attended ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Came, came);
        m_table->setItem(row, Name, new QTableWidgetItem(person.name));
        m_table->setItem(row, AgencyName, new QTableWidgetItem(choices.agencyName(person.agencyId)));
        m_table->setItem(row, Position, new QTableWidgetItem(person.position));
        m_table->setItem(row, Invited, new QTableWidgetItem(person.invited ? tr("invited") : tr("walk-in")));
    }
    updateCount();
}

void MeetingAttendancePage::updateCount()
{
    int invited = 0;
    int came = 0;
    int walkIns = 0;
    for (int row = 0; row < m_table->rowCount() && row < m_attendance.size(); ++row) {
        const bool ticked = m_table->item(row, Came)->checkState() == Qt::Checked;
        if (m_attendance.at(row).invited) {
            ++invited;
            came += ticked ? 1 : 0;
        } else {
            walkIns += ticked ? 1 : 0;
        }
    }
    m_count->setText(tr("%1 of %2 invited came; %3 without an invitation.").arg(came).arg(invited).arg(walkIns));
}
