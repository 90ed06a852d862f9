#pragma once

#include "domain/Entity.h"
#include "domain/RecommendationKind.h"

// One recommendation of a review; it may become RTL items.
struct Recommendation : Entity {
    RecommendationKind kind = RecommendationKind::CaseHandling;
    QString text;
};
