#pragma once

#include "domain/Entity.h"

// What an agency committed to for one RTL item at a meeting.
struct AgencyCommitment : Entity {
    qint64 actionItemId = 0;
    QString commitment;
};
