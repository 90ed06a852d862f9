#pragma once

#include "domain/Entity.h"

// One cause of the taxonomy a review ticks (reference data the district may extend). A retired
// cause is no longer offered but stays for the reviews that used it.
struct CauseCategory : Entity {
    QString code;
    QString label;    // Indonesian
    QString labelEn;  // may be empty
    bool isDirect = true;
    int position = 0;
    bool retired = false;
};
