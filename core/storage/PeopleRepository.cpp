#include "storage/PeopleRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

namespace {
void readPerson(const SqlQuery &q, Person &p)
{
    p.frontTitle = q.value(QStringLiteral("front_title")).toString();
    p.name = q.value(QStringLiteral("name")).toString();
    p.backTitle = q.value(QStringLiteral("back_title")).toString();
    p.nip = q.value(QStringLiteral("nip")).toString();
    p.rankGrade = q.value(QStringLiteral("rank_grade")).toString();
    p.position = q.value(QStringLiteral("position")).toString();
    p.agencyId = q.value(QStringLiteral("agency_id")).toLongLong();
    p.speciality = q.value(QStringLiteral("speciality")).toString();
    p.phone = q.value(QStringLiteral("phone")).toString();
}
}

Status PeopleRepository::save(Agency &agency)
{
    return TableWriter::save(m_workspace, QStringLiteral("agency"), agency,
                             {{QStringLiteral("name"), agency.name}, {QStringLiteral("short_name"), agency.shortName}});
}

Status PeopleRepository::save(Person &person)
{
    return TableWriter::save(m_workspace, QStringLiteral("person"), person,
                             {{QStringLiteral("front_title"), person.frontTitle},
                              {QStringLiteral("name"), person.name},
                              {QStringLiteral("back_title"), person.backTitle},
                              {QStringLiteral("nip"), person.nip},
                              {QStringLiteral("rank_grade"), person.rankGrade},
                              {QStringLiteral("position"), person.position},
                              {QStringLiteral("agency_id"), SqlValue::id(person.agencyId)},
                              {QStringLiteral("speciality"), person.speciality},
                              {QStringLiteral("phone"), person.phone}});
}

Result<QList<Agency>> PeopleRepository::agencies() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM agency ORDER BY name"));
    return QueryRows::list<Agency>(query, [](const SqlQuery &q, Agency &a) {
        a.name = q.value(QStringLiteral("name")).toString();
        a.shortName = q.value(QStringLiteral("short_name")).toString();
    });
}

Result<QList<Person>> PeopleRepository::people() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM person ORDER BY name"));
    return QueryRows::list<Person>(query, readPerson);
}

Result<Person> PeopleRepository::person(qint64 id) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM person WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return QueryRows::one<Person>(query, readPerson, QCoreApplication::translate("PeopleRepository", "The person"));
}
