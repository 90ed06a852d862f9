#pragma once

#include "domain/Entity.h"

#include <QDate>

// One of up to three monthly follow-up visits of a case.
struct MonitoringVisit : Entity {
    qint64 caseId = 0;
    int monthIndex = 1;  // 1..3
    QDate visitDate;
    qint64 measurementId = 0;
    qint64 visitorMemberId = 0;
    QString note;
};
