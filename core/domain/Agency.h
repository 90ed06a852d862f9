#pragma once

#include "domain/Entity.h"

// An OPD (organisasi perangkat daerah), e.g. Dinas Kesehatan.
struct Agency : Entity {
    QString name;
    QString shortName;  // "Dinkes"
};
