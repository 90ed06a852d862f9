#pragma once

#include "Result.h"
#include "domain/Agency.h"
#include "domain/Person.h"

#include <QList>

class Workspace;

// Agencies (OPD) and the people the workspace knows.
class PeopleRepository {
public:
    explicit PeopleRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status save(Agency &agency);
    Status save(Person &person);
    Result<QList<Agency>> agencies() const;  // by name
    Result<QList<Person>> people() const;    // by name
    Result<Person> person(qint64 id) const;

private:
    Workspace &m_workspace;
};
