#pragma once

#include "domain/Decree.h"
#include "domain/Person.h"
#include "domain/TeamRole.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One row of a team being formed: who (a known person, or a new one with id 0) in which role.
struct DraftMember {
    qint64 memberId = 0;  // the stored team member, 0 when new
    Person person;
    TeamRole role = TeamRole::Technical;
    qint64 kecamatanId = 0;
    qint64 desaId = 0;
};

// A cycle's decree and team as the wizard edits them; nothing is stored until it is saved whole.
struct TeamDraft {
    Q_DECLARE_TR_FUNCTIONS(TeamDraft)
public:
    Decree decree;
    QList<DraftMember> members;

    // What the stage still lacks to count as done (translated); empty when complete.
    QStringList missing() const;
    // Advice that does not keep the stage from being done, e.g. no paediatrician among the experts.
    QStringList warnings() const;
    static bool needsArea(TeamRole role) { return role == TeamRole::FamilyCompanion || role == TeamRole::Technical; }
};
