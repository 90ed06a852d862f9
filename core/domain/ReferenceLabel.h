#pragma once

#include "Language.h"

#include <QString>

// The label of a reference row as the user sees it: the English one when the interface is in
// English and the row has one, otherwise the Indonesian one.
inline QString referenceLabel(const QString &label, const QString &labelEn)
{
    return Language::current() == QLatin1String("en") && !labelEn.trimmed().isEmpty() ? labelEn : label;
}
