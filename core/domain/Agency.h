#pragma once

#include "domain/Entity.h"

// An OPD (organisasi perangkat daerah), e.g. Dinas Kesehatan.
struct Agency : Entity {
    QString name;
    QString shortName;  // "Dinkes"

    // The short name where there is one, for lists and tables.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
};
