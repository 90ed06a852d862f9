#pragma once

#include "Result.h"
#include "domain/Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

class Workspace;

// What an audit meeting must satisfy before it is stored, one wizard page at a time. Each check
// returns the problems (translated), empty when the meeting may be stored.
class MeetingCheck {
    Q_DECLARE_TR_FUNCTIONS(MeetingCheck)
public:
    // firstSignedReview is the earliest sign-off of an expert review in the meeting's cycle, invalid
    // when no review is signed yet.
    MeetingCheck(const QDate &today, const QDate &firstSignedReview) : m_today(today), m_firstSignedReview(firstSignedReview) {}

    QStringList details(const Meeting &meeting) const;
    QStringList invitations(const Meeting &meeting) const;
    QStringList attendance(const Meeting &meeting) const;
    QStringList minutes(const Meeting &meeting) const;
    QStringList all(const Meeting &meeting) const;

    bool hasTakenPlace(const Meeting &meeting) const { return meeting.date.isValid() && meeting.date <= m_today; }

    // "9.30", "09:30" → "09.30" (the Indonesian way of writing a time); nullopt when not a time.
    static std::optional<QString> normalisedTime(const QString &text);
    static Result<QDate> firstSignedReview(Workspace &workspace, qint64 cycleId);

private:
    QDate m_today;
    QDate m_firstSignedReview;
};
