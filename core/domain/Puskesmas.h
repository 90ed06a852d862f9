#pragma once

#include "domain/Entity.h"

// A community health centre; it serves the desa mapped to it.
struct Puskesmas : Entity {
    qint64 kecamatanId = 0;
    QString code;
    QString name;
};
