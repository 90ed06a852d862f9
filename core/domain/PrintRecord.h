#pragma once

#include "domain/Entity.h"

#include <QDateTime>
#include <QString>

// One internal copy (with identities) of a document that was printed or saved: who, when, where.
struct PrintRecord : Entity {
    QString documentKind;  // DocumentKinds::code
    qint64 cycleId = 0;
    QString caseCode;
    QString printedBy;
    QDateTime printedAt;
    QString destination;   // the PDF's path or the printer's name
};
