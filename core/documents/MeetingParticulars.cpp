#include "documents/MeetingParticulars.h"

#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

Result<MeetingParticulars> MeetingParticulars::load(Workspace &workspace, qint64 meetingId)
{
    MeetingParticulars particulars;
    auto meeting = MeetingRepository(workspace).find(meetingId);
    if (!meeting)
        return Error{meeting.error()};
    particulars.m_meeting = *meeting;

    CycleRepository cycles(workspace);
    auto cycle = cycles.find(particulars.m_meeting.cycleId);
    if (!cycle)
        return Error{cycle.error()};
    particulars.m_cycle = *cycle;
    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};
    particulars.m_settings = *settings;

    PeopleRepository people(workspace);
    auto agencies = people.agencies();
    if (!agencies)
        return Error{agencies.error()};
    for (const Agency &agency : *agencies)
        particulars.m_agencies.insert(agency.id, agency);
    auto persons = people.people();
    if (!persons)
        return Error{persons.error()};
    particulars.m_people = *persons;

    auto members = cycles.members(particulars.m_cycle.id);
    if (!members)
        return Error{members.error()};
    for (const TeamMember &member : *members) {
        if (member.role != TeamRole::Secretary)
            continue;
        for (const Person &person : particulars.m_people) {
            if (person.id == member.personId)
                particulars.m_secretary = person;
        }
        break;
    }
    return particulars;
}

QString MeetingParticulars::description() const
{
    return tr("%1, Audit Kasus Stunting cycle %2 of %3").arg(enumName(m_meeting.kind)).arg(m_cycle.number).arg(m_cycle.year);
}

QList<QPair<QString, QString>> MeetingParticulars::fields() const
{
    QList<QPair<QString, QString>> result;
    result.append({tr("Meeting"), description()});
    result.append({tr("Day, date"), DateText::longDate(m_meeting.date)});
    if (!m_meeting.startTime.trimmed().isEmpty())
        result.append({tr("Time"), tr("%1 until the end").arg(m_meeting.startTime.trimmed())});
    result.append({tr("Place"), m_meeting.place.trimmed()});
    if (!m_meeting.agenda.trimmed().isEmpty())
        result.append({tr("Agenda"), m_meeting.agenda.trimmed()});
    return result;
}

QString MeetingParticulars::agencyName(qint64 agencyId) const
{
    return m_agencies.value(agencyId).name;
}

QString MeetingParticulars::agencyShortName(qint64 agencyId) const
{
    return m_agencies.value(agencyId).displayName();
}

QString MeetingParticulars::positionAndAgency(const Attendance &attendance) const
{
    QStringList lines;
    if (!attendance.position.trimmed().isEmpty())
        lines << attendance.position.trimmed();
    const QString agency = agencyShortName(attendance.agencyId);
    if (!agency.isEmpty())
        lines << agency;
    return lines.join(QLatin1Char('\n'));
}

std::optional<Person> MeetingParticulars::personNamed(const QString &name) const
{
    const QString sought = name.trimmed();
    if (sought.isEmpty())
        return std::nullopt;
    for (const Person &person : m_people) {
        if (person.fullName().compare(sought, Qt::CaseInsensitive) == 0)
            return person;
    }
    for (const Person &person : m_people) {  // typed without titles
        if (person.name.compare(sought, Qt::CaseInsensitive) == 0)
            return person;
    }
    return std::nullopt;
}

SignatureBlock MeetingParticulars::signer(const QString &role, const QString &name, const std::optional<Person> &person)
{
    SignatureBlock block;
    block.role = role;
    if (person) {
        if (!person->position.trimmed().isEmpty())
            block.role = person->position.trimmed() + QLatin1Char('\n') + role;
        block.name = person->fullName();
        block.rankGrade = person->rankGrade;
        block.nip = person->nip;
    } else {
        block.name = name.trimmed();
    }
    return block;
}

SignatureBlock MeetingParticulars::chairSignature() const
{
    return signer(tr("Chair of the meeting,"), m_meeting.chair, personNamed(m_meeting.chair));
}

SignatureBlock MeetingParticulars::secretarySignature() const
{
    return signer(tr("Secretary (minute-taker),"), QString(), m_secretary);
}
