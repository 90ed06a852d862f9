#pragma once

#include "domain/Entity.h"
#include "domain/AgencyCommitment.h"
#include "domain/Attendance.h"
#include "domain/MeetingKind.h"

#include <QDate>
#include <QList>

// An audit meeting: dissemination, evaluation or another, with attendance and minutes.
struct Meeting : Entity {
    qint64 cycleId = 0;
    MeetingKind kind = MeetingKind::Dissemination;
    QDate date;
    QString startTime;  // "09.00"
    QString place;
    QString chair;
    QString agenda;
    QString minutes;
    QString decisions;
    QList<qint64> invitedAgencyIds;  // agencies invited as a whole; invited people are in attendance
    QList<Attendance> attendance;
    QList<AgencyCommitment> commitments;

    bool hasAttendance() const { return attendedCount() > 0; }
    int attendedCount() const
    {
        int count = 0;
        for (const Attendance &a : attendance)
            count += a.attended ? 1 : 0;
        return count;
    }
};
