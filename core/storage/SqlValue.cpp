#include "storage/SqlValue.h"

#include "storage/TimeOrderedUuid.h"

QString SqlValue::newUuid()
{
    return TimeOrderedUuid::next();
}
