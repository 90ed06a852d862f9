#pragma once

#include "domain/Entity.h"
#include "domain/TeamRole.h"

// A person's role in one cycle's team; TPK and kecamatan technical teams have an area.
struct TeamMember : Entity {
    qint64 cycleId = 0;
    qint64 personId = 0;
    TeamRole role = TeamRole::Technical;
    qint64 kecamatanId = 0;  // 0 when not assigned
    qint64 desaId = 0;
};
