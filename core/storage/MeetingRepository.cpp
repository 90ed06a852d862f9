#include "storage/MeetingRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

namespace {
struct InvitedAgency : Entity {
    qint64 agencyId = 0;
};

void readMeeting(const SqlQuery &q, Meeting &m)
{
    m.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
    m.kind = enumFromCode<MeetingKind>(q.value(QStringLiteral("kind")).toString()).value_or(MeetingKind::Other);
    m.date = SqlValue::toDate(q.value(QStringLiteral("meeting_date")));
    m.startTime = q.value(QStringLiteral("start_time")).toString();
    m.place = q.value(QStringLiteral("place")).toString();
    m.chair = q.value(QStringLiteral("chair")).toString();
    m.agenda = q.value(QStringLiteral("agenda")).toString();
    m.minutes = q.value(QStringLiteral("minutes")).toString();
    m.decisions = q.value(QStringLiteral("decisions")).toString();
}
}

Status MeetingRepository::save(Meeting &meeting)
{
    Meeting draft = meeting;
    QList<qint64> agencies;
    for (qint64 agencyId : draft.invitedAgencyIds) {
        if (agencyId != 0 && !agencies.contains(agencyId))
            agencies.append(agencyId);
    }
    draft.invitedAgencyIds = agencies;
    Status status = m_workspace.write([&]() -> Status {
        Status saved = TableWriter::save(m_workspace, QStringLiteral("meeting"), draft,
                                         {{QStringLiteral("cycle_id"), draft.cycleId},
                                          {QStringLiteral("kind"), enumCode(draft.kind)},
                                          {QStringLiteral("meeting_date"), SqlValue::from(draft.date)},
                                          {QStringLiteral("start_time"), draft.startTime},
                                          {QStringLiteral("place"), draft.place},
                                          {QStringLiteral("chair"), draft.chair},
                                          {QStringLiteral("agenda"), draft.agenda},
                                          {QStringLiteral("minutes"), draft.minutes},
                                          {QStringLiteral("decisions"), draft.decisions}});
        if (!saved)
            return saved;
        for (const char *table : {"meeting_agency", "attendance", "agency_commitment"}) {
            SqlQuery clear(m_workspace, QStringLiteral("DELETE FROM %1 WHERE meeting_id = :meeting").arg(QLatin1String(table)));
            clear.bind(QStringLiteral(":meeting"), draft.id);
            if (Status cleared = clear.exec(); !cleared)
                return cleared;
        }
        for (qint64 agencyId : draft.invitedAgencyIds) {
            InvitedAgency invitation;
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("meeting_agency"), invitation,
                                                  {{QStringLiteral("meeting_id"), draft.id}, {QStringLiteral("agency_id"), agencyId}});
                !stored)
                return stored;
        }
        for (Attendance &a : draft.attendance) {
            a.id = 0;
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("attendance"), a,
                                                  {{QStringLiteral("meeting_id"), draft.id},
                                                   {QStringLiteral("person_id"), SqlValue::id(a.personId)},
                                                   {QStringLiteral("name"), a.name},
                                                   {QStringLiteral("agency_id"), SqlValue::id(a.agencyId)},
                                                   {QStringLiteral("position"), a.position},
                                                   {QStringLiteral("invited"), a.invited},
                                                   {QStringLiteral("attended"), a.attended}});
                !stored)
                return stored;
        }
        for (AgencyCommitment &c : draft.commitments) {
            c.id = 0;
            if (Status stored = TableWriter::save(m_workspace, QStringLiteral("agency_commitment"), c,
                                                  {{QStringLiteral("meeting_id"), draft.id},
                                                   {QStringLiteral("action_item_id"), c.actionItemId},
                                                   {QStringLiteral("commitment"), c.commitment}});
                !stored)
                return stored;
        }
        return {};
    });
    if (status)
        meeting = draft;
    return status;
}

Status MeetingRepository::loadLists(Meeting &meeting) const
{
    SqlQuery agencies(m_workspace, QStringLiteral("SELECT * FROM meeting_agency WHERE meeting_id = :meeting ORDER BY id"));
    agencies.bind(QStringLiteral(":meeting"), meeting.id);
    auto invitations = QueryRows::list<InvitedAgency>(agencies, [](const SqlQuery &q, InvitedAgency &invitation) {
        invitation.agencyId = q.value(QStringLiteral("agency_id")).toLongLong();
    });
    if (!invitations)
        return Error{invitations.error()};
    meeting.invitedAgencyIds.clear();
    for (const InvitedAgency &invitation : *invitations)
        meeting.invitedAgencyIds.append(invitation.agencyId);

    SqlQuery attendance(m_workspace, QStringLiteral("SELECT * FROM attendance WHERE meeting_id = :meeting ORDER BY id"));
    attendance.bind(QStringLiteral(":meeting"), meeting.id);
    auto people = QueryRows::list<Attendance>(attendance, [](const SqlQuery &q, Attendance &a) {
        a.personId = q.value(QStringLiteral("person_id")).toLongLong();
        a.name = q.value(QStringLiteral("name")).toString();
        a.agencyId = q.value(QStringLiteral("agency_id")).toLongLong();
        a.position = q.value(QStringLiteral("position")).toString();
        a.invited = q.value(QStringLiteral("invited")).toBool();
        a.attended = q.value(QStringLiteral("attended")).toBool();
    });
    if (!people)
        return Error{people.error()};
    meeting.attendance = *people;

    SqlQuery commitments(m_workspace, QStringLiteral("SELECT * FROM agency_commitment WHERE meeting_id = :meeting ORDER BY id"));
    commitments.bind(QStringLiteral(":meeting"), meeting.id);
    auto rows = QueryRows::list<AgencyCommitment>(commitments, [](const SqlQuery &q, AgencyCommitment &c) {
        c.actionItemId = q.value(QStringLiteral("action_item_id")).toLongLong();
        c.commitment = q.value(QStringLiteral("commitment")).toString();
    });
    if (!rows)
        return Error{rows.error()};
    meeting.commitments = *rows;
    return {};
}

Result<Meeting> MeetingRepository::find(qint64 id) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM meeting WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    auto meeting = QueryRows::one<Meeting>(query, readMeeting, QCoreApplication::translate("MeetingRepository", "The meeting"));
    if (meeting) {
        if (Status status = loadLists(*meeting); !status)
            return Error{status.error()};
    }
    return meeting;
}

Result<QList<Meeting>> MeetingRepository::forCycle(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM meeting WHERE cycle_id = :cycle ORDER BY meeting_date, id"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    auto meetings = QueryRows::list<Meeting>(query, readMeeting);
    if (meetings) {
        for (Meeting &meeting : *meetings) {
            if (Status status = loadLists(meeting); !status)
                return Error{status.error()};
        }
    }
    return meetings;
}

Status MeetingRepository::remove(qint64 id)
{
    return TableWriter::remove(m_workspace, QStringLiteral("meeting"), id);
}
