#include "growth/GrowthTables.h"

#define TUNTAS_TABLE(function, name, scale)                                      \
    const LmsTable &GrowthTables::function()                                     \
    {                                                                            \
        static const LmsTable table(WhoTableData::name, WhoTableData::name##Size, scale); \
        return table;                                                            \
    }

TUNTAS_TABLE(lengthForAge, lenanthro, 1)
TUNTAS_TABLE(weightForAge, weianthro, 1)
TUNTAS_TABLE(bmiForAge, bmianthro, 1)
TUNTAS_TABLE(headForAge, hcanthro, 1)
TUNTAS_TABLE(armForAge, acanthro, 1)
TUNTAS_TABLE(tricepsForAge, tsanthro, 1)
TUNTAS_TABLE(subscapularForAge, ssanthro, 1)
TUNTAS_TABLE(weightForLength, wflanthro, 10)
TUNTAS_TABLE(weightForHeight, wfhanthro, 10)
TUNTAS_TABLE(heightForAge2007, hfawho2007, 1)
TUNTAS_TABLE(weightForAge2007, wfawho2007, 1)
TUNTAS_TABLE(bmiForAge2007, bfawho2007, 1)
#undef TUNTAS_TABLE
