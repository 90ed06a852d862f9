#include "storage/SqlValue.h"

#include <QUuid>

QString SqlValue::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
