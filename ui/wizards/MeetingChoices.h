#pragma once

#include "domain/ActionItem.h"
#include "domain/Agency.h"
#include "domain/Person.h"
#include "domain/TeamRole.h"

#include <QList>
#include <QMap>

// What the meeting wizard offers to pick from, read once when it opens.
struct MeetingChoices {
    struct TeamPerson {
        Person person;
        TeamRole role = TeamRole::Technical;
    };
    QList<Agency> agencies;            // by name
    QList<Person> people;              // everyone the workspace knows, by name
    QList<TeamPerson> team;            // the cycle's team members, in team order
    QList<ActionItem> items;           // the cycle's RTL, approved or not
    QMap<qint64, QString> caseCodes;   // audit case id → case code

    QString agencyName(qint64 agencyId) const
    {
        for (const Agency &agency : agencies) {
            if (agency.id == agencyId)
                return agency.displayName();
        }
        return {};
    }
};
