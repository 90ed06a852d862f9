#pragma once

#include "growth/LmsTable.h"

// The WHO tables, built once on first use.
class GrowthTables {
public:
    static const LmsTable &lengthForAge();
    static const LmsTable &weightForAge();
    static const LmsTable &bmiForAge();
    static const LmsTable &headForAge();
    static const LmsTable &armForAge();
    static const LmsTable &tricepsForAge();
    static const LmsTable &subscapularForAge();
    static const LmsTable &weightForLength();
    static const LmsTable &weightForHeight();
    static const LmsTable &heightForAge2007();
    static const LmsTable &weightForAge2007();
    static const LmsTable &bmiForAge2007();
};
