#pragma once

#include "domain/Entity.h"

// One cause ticked in a review, by the experts or by the technical team.
struct ReviewCause : Entity {
    QString cause;          // code from the cause taxonomy
    bool isDirect = true;   // direct (intake, disease) or indirect
    bool byExperts = true;  // the experts' conclusion, or the technical team's view
    QString note;
};
