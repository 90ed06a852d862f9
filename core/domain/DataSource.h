#pragma once

#include "domain/EnumText.h"

// Where a stored value came from.
enum class DataSource { Manual, Eppgbm, Elsimil, FamilyCensus, KiaRegister };

template <>
struct EnumInfo<DataSource> {
    static constexpr const char *context = "DataSource";
    static constexpr std::array<EnumEntry<DataSource>, 5> entries{{
        {DataSource::Manual, "manual", QT_TRANSLATE_NOOP("DataSource", "Manual entry")},
        {DataSource::Eppgbm, "eppgbm", QT_TRANSLATE_NOOP("DataSource", "e-PPGBM")},
        {DataSource::Elsimil, "elsimil", QT_TRANSLATE_NOOP("DataSource", "Elsimil")},
        {DataSource::FamilyCensus, "pk", QT_TRANSLATE_NOOP("DataSource", "Family census (PK)")},
        {DataSource::KiaRegister, "kia", QT_TRANSLATE_NOOP("DataSource", "KIA register")},
    }};
};
