#pragma once

#include "Language.h"

// The Indonesian interface while it lives (dates, decimal commas, translations), then English
// again, the language of the core tests.
class IndonesianInterface {
public:
    IndonesianInterface() { Language::apply(QStringLiteral("id")); }
    ~IndonesianInterface() { Language::apply(QStringLiteral("en")); }
    IndonesianInterface(const IndonesianInterface &) = delete;
    IndonesianInterface &operator=(const IndonesianInterface &) = delete;
};
