#pragma once

#include "Result.h"
#include "documents/SignatureBlock.h"
#include "domain/Agency.h"
#include "domain/Cycle.h"
#include "domain/Meeting.h"
#include "domain/Person.h"
#include "domain/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

class Workspace;

// What the documents of a meeting (attendance sheet, berita acara) print about it: the meeting
// with its cycle, the letterhead settings, the agencies, and who signs for the meeting.
class MeetingParticulars {
    Q_DECLARE_TR_FUNCTIONS(MeetingParticulars)
public:
    // Fails with the repository's sentence when the meeting does not exist or cannot be read.
    static Result<MeetingParticulars> load(Workspace &workspace, qint64 meetingId);

    const Meeting &meeting() const { return m_meeting; }
    const Cycle &cycle() const { return m_cycle; }
    const WorkspaceSettings &settings() const { return m_settings; }

    // "Dissemination, Audit Kasus Stunting cycle 1 of 2024"
    QString description() const;
    // Day and date, time, place and agenda, as label/value lines.
    QList<QPair<QString, QString>> fields() const;
    QString agencyName(qint64 agencyId) const;       // the full name, empty when unknown
    QString agencyShortName(qint64 agencyId) const;  // "Dinkes" where there is one
    // "Kepala Dinas\nDinkes": an attendee's position over their agency.
    QString positionAndAgency(const Attendance &attendance) const;

    // The chair of the meeting as signer, with rank and NIP when the chair is a known person.
    SignatureBlock chairSignature() const;
    // The team's secretary (Sekretaris) of the meeting's cycle, who keeps the minutes.
    SignatureBlock secretarySignature() const;
    bool hasChair() const { return !m_meeting.chair.trimmed().isEmpty(); }

private:
    static SignatureBlock signer(const QString &role, const QString &name, const std::optional<Person> &person);
    std::optional<Person> personNamed(const QString &name) const;

    Meeting m_meeting;
    Cycle m_cycle;
    WorkspaceSettings m_settings;
    QHash<qint64, Agency> m_agencies;
    QList<Person> m_people;
    std::optional<Person> m_secretary;
};
