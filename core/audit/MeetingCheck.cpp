#include "audit/MeetingCheck.h"

#include "domain/DateText.h"
#include "storage/CaseRepository.h"

#include <QRegularExpression>

std::optional<QString> MeetingCheck::normalisedTime(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("^([01]?\\d|2[0-3])[.:]([0-5]\\d)$"));
    const QRegularExpressionMatch match = time.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return QStringLiteral("%1.%2").arg(match.captured(1).toInt(), 2, 10, QLatin1Char('0')).arg(match.captured(2));
}

Result<QDate> MeetingCheck::firstSignedReview(Workspace &workspace, qint64 cycleId)
{
    CaseRepository cases(workspace);
    auto cycleCases = cases.forCycle(cycleId);
    if (!cycleCases)
        return Error{cycleCases.error()};
    QDate first;
    for (const AuditCase &auditCase : *cycleCases) {
        auto review = cases.review(auditCase.id);
        if (!review)
            return Error{review.error()};
        if (review->has_value() && review->value().isSigned() && (!first.isValid() || review->value().signedOn < first))
            first = review->value().signedOn;
    }
    return first;
}

QStringList MeetingCheck::details(const Meeting &meeting) const
{
    QStringList problems;
    if (!meeting.date.isValid())
        problems << tr("The meeting needs a date.");
    if (!meeting.startTime.trimmed().isEmpty() && !normalisedTime(meeting.startTime))
        problems << tr("\"%1\" is not a time; write it as hours and minutes, e.g. 09.00 or 13:30.").arg(meeting.startTime.trimmed());
    // A dissemination presents the experts' reviews, so it cannot come before the first of them
    // was signed. Before any review is signed the meeting can still be planned.
    if (meeting.date.isValid() && meeting.kind != MeetingKind::Other && m_firstSignedReview.isValid() && meeting.date < m_firstSignedReview)
        problems << tr("A dissemination presents the expert reviews, but this one is dated %1, before the first review of the cycle was signed (%2).")
                        .arg(DateText::date(meeting.date), DateText::date(m_firstSignedReview));
    return problems;
}

QStringList MeetingCheck::invitations(const Meeting &meeting) const
{
    QStringList problems;
    for (const Attendance &person : meeting.attendance) {
        if (person.invited && person.name.trimmed().isEmpty()) {
            problems << tr("Every invited person needs a name.");
            break;
        }
    }
    return problems;
}

QStringList MeetingCheck::attendance(const Meeting &meeting) const
{
    QStringList problems;
    if (meeting.hasAttendance() && !hasTakenPlace(meeting))
        problems << tr("Attendance can only be recorded once the meeting has taken place; this meeting is dated %1.").arg(DateText::date(meeting.date));
    for (const Attendance &person : meeting.attendance) {
        if (!person.invited && person.name.trimmed().isEmpty()) {
            problems << tr("Every walk-in needs a name.");
            break;
        }
    }
    return problems;
}

QStringList MeetingCheck::minutes(const Meeting &meeting) const
{
    QStringList problems;
    const bool written = !meeting.minutes.trimmed().isEmpty() || !meeting.decisions.trimmed().isEmpty();
    if (written && !hasTakenPlace(meeting))
        problems << tr("Minutes and decisions can only be written once the meeting has taken place; this meeting is dated %1.").arg(DateText::date(meeting.date));
    return problems;
}

QStringList MeetingCheck::all(const Meeting &meeting) const
{
    return details(meeting) + invitations(meeting) + attendance(meeting) + minutes(meeting);
}
