#include "wizards/MeetingDetailsPage.h"

#include "EnumComboBox.h"
#include "wizards/MeetingWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

MeetingDetailsPage::MeetingDetailsPage(MeetingWizard *wizard)
    : MeetingPage(wizard)
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_time(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_chair(new QComboBox(this))
    , m_agenda(new QPlainTextEdit(this))
{
    setTitle(tr("Meeting details"));
    setSubTitle(tr("What kind of meeting, when and where it is held, who chairs it and its agenda."));
    addEnumItems<MeetingKind>(m_kind);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, d MMMM yyyy"));
    m_date->setSpecialValueText(tr("not set"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_time->setPlaceholderText(tr("e.g. 09.00"));
    m_time->setMaximumWidth(120);
    m_place->setPlaceholderText(tr("e.g. Aula Setda Kabupaten"));
    m_chair->setEditable(true);
    m_chair->setInsertPolicy(QComboBox::NoInsert);
    m_chair->lineEdit()->setPlaceholderText(tr("e.g. Wakil Bupati selaku Ketua TPPS"));
    for (const MeetingChoices::TeamPerson &member : wizard->choices().team) {
        if (member.role == TeamRole::Steering || member.role == TeamRole::Chair)
            m_chair->addItem(member.person.fullName());
    }
    m_agenda->setPlaceholderText(tr("1. Opening\n2. Presentation of the expert reviews\n3. Discussion of the RTL\n4. Agency commitments"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Kind of meeting:"), m_kind);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Starts at:"), m_time);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Chaired by:"), m_chair);
    form->addRow(tr("Agenda:"), m_agenda);
}

void MeetingDetailsPage::display(const Meeting &meeting)
{
    m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
    m_date->setDate(meeting.date.isValid() ? meeting.date : m_date->minimumDate());
    m_time->setText(meeting.startTime);
    m_place->setText(meeting.place);
    m_chair->setCurrentText(meeting.chair);
    m_agenda->setPlainText(meeting.agenda);
}

void MeetingDetailsPage::collect(Meeting &meeting) const
{
    meeting.kind = MeetingKind(m_kind->currentData().toInt());
    meeting.date = m_date->date() == m_date->minimumDate() ? QDate() : m_date->date();
    meeting.startTime = MeetingCheck::normalisedTime(m_time->text()).value_or(m_time->text().trimmed());
    meeting.place = m_place->text().trimmed();
    meeting.chair = m_chair->currentText().trimmed();
    meeting.agenda = m_agenda->toPlainText().trimmed();
}
