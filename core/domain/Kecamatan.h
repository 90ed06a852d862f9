#pragma once

#include "domain/Entity.h"

// A kecamatan of the district, with its Kemendagri code ("32.04.15").
struct Kecamatan : Entity {
    QString code;
    QString name;
};
