#include "storage/CycleRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

namespace {
void readCycle(const SqlQuery &q, Cycle &c)
{
    c.year = q.value(QStringLiteral("year")).toInt();
    c.number = q.value(QStringLiteral("number")).toInt();
    c.periodStart = SqlValue::toDate(q.value(QStringLiteral("period_start")));
    c.periodEnd = SqlValue::toDate(q.value(QStringLiteral("period_end")));
    c.status = enumFromCode<CycleStatus>(q.value(QStringLiteral("status")).toString()).value_or(CycleStatus::Planned);
}
}

Status CycleRepository::save(Cycle &cycle)
{
    return TableWriter::save(m_workspace, QStringLiteral("cycle"), cycle,
                             {{QStringLiteral("year"), cycle.year},
                              {QStringLiteral("number"), cycle.number},
                              {QStringLiteral("period_start"), SqlValue::from(cycle.periodStart)},
                              {QStringLiteral("period_end"), SqlValue::from(cycle.periodEnd)},
                              {QStringLiteral("status"), enumCode(cycle.status)}});
}

Result<QList<Cycle>> CycleRepository::all() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM cycle ORDER BY year DESC, number DESC"));
    return QueryRows::list<Cycle>(query, readCycle);
}

Result<Cycle> CycleRepository::find(qint64 id) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM cycle WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return QueryRows::one<Cycle>(query, readCycle, QCoreApplication::translate("CycleRepository", "The audit cycle"));
}

Result<std::optional<Cycle>> CycleRepository::current() const
{
    auto cycles = all();
    if (!cycles)
        return Error{cycles.error()};
    if (cycles->isEmpty())
        return std::optional<Cycle>();
    for (const Cycle &cycle : *cycles) {
        if (cycle.status != CycleStatus::Closed)
            return std::optional<Cycle>(cycle);
    }
    return std::optional<Cycle>(cycles->first());
}

Result<std::optional<Decree>> CycleRepository::decree(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM decree WHERE cycle_id = :cycle"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    auto rows = QueryRows::list<Decree>(query, [](const SqlQuery &q, Decree &d) {
        d.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
        d.number = q.value(QStringLiteral("number")).toString();
        d.date = SqlValue::toDate(q.value(QStringLiteral("decree_date")));
        d.signerTitle = q.value(QStringLiteral("signer_title")).toString();
        d.signerName = q.value(QStringLiteral("signer_name")).toString();
        d.subject = q.value(QStringLiteral("subject")).toString();
    });
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? std::optional<Decree>() : std::optional<Decree>(rows->first());
}

Status CycleRepository::save(Decree &decree)
{
    return TableWriter::save(m_workspace, QStringLiteral("decree"), decree,
                             {{QStringLiteral("cycle_id"), decree.cycleId},
                              {QStringLiteral("number"), decree.number},
                              {QStringLiteral("decree_date"), SqlValue::from(decree.date)},
                              {QStringLiteral("signer_title"), decree.signerTitle},
                              {QStringLiteral("signer_name"), decree.signerName},
                              {QStringLiteral("subject"), decree.subject}});
}

Result<QList<TeamMember>> CycleRepository::members(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT team_member.* FROM team_member JOIN person ON person.id = team_member.person_id "
                                               "WHERE cycle_id = :cycle ORDER BY team_member.id"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    return QueryRows::list<TeamMember>(query, [](const SqlQuery &q, TeamMember &m) {
        m.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
        m.personId = q.value(QStringLiteral("person_id")).toLongLong();
        m.role = enumFromCode<TeamRole>(q.value(QStringLiteral("role")).toString()).value_or(TeamRole::Technical);
        m.kecamatanId = q.value(QStringLiteral("kecamatan_id")).toLongLong();
        m.desaId = q.value(QStringLiteral("desa_id")).toLongLong();
    });
}

Status CycleRepository::save(TeamMember &member)
{
    return TableWriter::save(m_workspace, QStringLiteral("team_member"), member,
                             {{QStringLiteral("cycle_id"), member.cycleId},
                              {QStringLiteral("person_id"), member.personId},
                              {QStringLiteral("role"), enumCode(member.role)},
                              {QStringLiteral("kecamatan_id"), SqlValue::id(member.kecamatanId)},
                              {QStringLiteral("desa_id"), SqlValue::id(member.desaId)}});
}

Status CycleRepository::removeMember(qint64 memberId)
{
    return TableWriter::remove(m_workspace, QStringLiteral("team_member"), memberId);
}
