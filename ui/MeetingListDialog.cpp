#include "MeetingListDialog.h"

#include "DialogHook.h"
#include "MessageBox.h"
#include "domain/DateText.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "wizards/MeetingWizard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
std::function<void(MeetingWizard &)> g_wizardHook;
}

void MeetingListDialog::setWizardHook(std::function<void(MeetingWizard &)> hook)
{
    g_wizardHook = std::move(hook);
}

MeetingListDialog::MeetingListDialog(Workspace &workspace, qint64 cycleId, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_today(today)
    , m_table(new QTableWidget(0, 5, this))
    , m_new(new QPushButton(tr("&New meeting…"), this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Dissemination — meetings of cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Dissemination — meetings"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Date"), tr("Place"), tr("Attended"), tr("Minutes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Place, QHeaderView::Stretch);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *hint = new QLabel(tr("The stage is done once a dissemination meeting has its attendance and minutes recorded."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] { openWizard(0); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (int index = selectedIndex(); index >= 0)
            openWizard(m_meetings.at(index).id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openWizard(m_meetings.at(row).id); });
    connect(m_delete, &QPushButton::clicked, this, &MeetingListDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_open->setEnabled(selectedIndex() >= 0);
        m_delete->setEnabled(selectedIndex() >= 0);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(820, 400);
}

void MeetingListDialog::reload()
{
    auto meetings = MeetingRepository(m_workspace).forCycle(m_cycleId);
    if (!meetings)
        MessageBox::critical(this, windowTitle(), meetings.error());
    m_meetings = meetings.value_or({});
    m_table->setRowCount(0);
    for (const Meeting &meeting : std::as_const(m_meetings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString when = meeting.startTime.isEmpty() ? DateText::date(meeting.date) : tr("%1, %2").arg(DateText::date(meeting.date), meeting.startTime);
        m_table->setItem(row, Kind, new QTableWidgetItem(enumName(meeting.kind)));
        m_table->setItem(row, Date, new QTableWidgetItem(when));
        m_table->setItem(row, Place, new QTableWidgetItem(meeting.place));
        m_table->setItem(row, Attended, new QTableWidgetItem(QString::number(meeting.attendedCount())));
        m_table->setItem(row, Minutes, new QTableWidgetItem(meeting.minutes.trimmed().isEmpty() ? tr("no") : tr("yes")));
        m_table->item(row, Attended)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_open->setEnabled(selectedIndex() >= 0);
    m_delete->setEnabled(selectedIndex() >= 0);
}

int MeetingListDialog::selectedIndex() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void MeetingListDialog::openWizard(qint64 meetingId)
{
    MeetingWizard wizard(m_workspace, m_cycleId, meetingId, m_today, this);
    execOrHook(wizard, g_wizardHook);
    reload();  // each page was stored on its own, so even a cancelled wizard may have changed the list
}

void MeetingListDialog::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const Meeting &meeting = m_meetings.at(index);
    int invited = 0;
    int invitedCame = 0;
    int walkIns = 0;
    for (const Attendance &person : meeting.attendance) {
        invited += person.invited ? 1 : 0;
        invitedCame += person.invited && person.attended ? 1 : 0;
        walkIns += person.invited ? 0 : 1;
    }
    const QString text = tr("Delete the meeting \"%1\" of %2?\n\nWith it go its minutes and decisions, and:\n• invited agencies: %3\n"
                            "• invited people: %4 (%5 marked as present)\n• walk-ins: %6\n• agency commitments: %7\n\n"
                            "The RTL items themselves stay.")
                             .arg(enumName(meeting.kind), DateText::date(meeting.date))
                             .arg(meeting.invitedAgencyIds.size())
                             .arg(invited)
                             .arg(invitedCame)
                             .arg(walkIns)
                             .arg(meeting.commitments.size());
    if (MessageBox::question(this, windowTitle(), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status removed = MeetingRepository(m_workspace).remove(meeting.id); !removed)
        MessageBox::critical(this, windowTitle(), tr("The meeting could not be deleted.\n\n%1").arg(removed.error()));
    reload();
}
