#pragma once

#include <cstddef>

// One row of a WHO table: sex (1 male, 2 female), age or length/height, and the LMS parameters.
struct LmsRow {
    int sex;
    double x;
    double l;
    double m;
    double s;
};

// The tables as WHO publishes them, compiled in at build time (see WhoTables.cmake).
namespace WhoTableData {
#define TUNTAS_WHO_TABLE(name) extern const LmsRow name[]; extern const std::size_t name##Size;
TUNTAS_WHO_TABLE(acanthro)
TUNTAS_WHO_TABLE(bmianthro)
TUNTAS_WHO_TABLE(hcanthro)
TUNTAS_WHO_TABLE(lenanthro)
TUNTAS_WHO_TABLE(ssanthro)
TUNTAS_WHO_TABLE(tsanthro)
TUNTAS_WHO_TABLE(weianthro)
TUNTAS_WHO_TABLE(wfhanthro)
TUNTAS_WHO_TABLE(wflanthro)
TUNTAS_WHO_TABLE(bfawho2007)
TUNTAS_WHO_TABLE(hfawho2007)
TUNTAS_WHO_TABLE(wfawho2007)
#undef TUNTAS_WHO_TABLE
}
