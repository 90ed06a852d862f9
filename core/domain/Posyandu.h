#pragma once

#include "domain/Entity.h"

// A village health post.
struct Posyandu : Entity {
    qint64 desaId = 0;
    QString name;
};
