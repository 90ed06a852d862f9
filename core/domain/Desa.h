#pragma once

#include "domain/Entity.h"

// A desa or kelurahan, with its Kemendagri code ("32.04.15.2003").
struct Desa : Entity {
    qint64 kecamatanId = 0;
    qint64 puskesmasId = 0;  // 0 when not mapped
    QString code;
    QString name;
    bool isKelurahan = false;
    bool isFocusArea = false;  // lokus stunting
};
