#pragma once

#include "DemoWorkspace.h"
#include "storage/ActionItemRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SubjectRepository.h"

#include <QRegularExpression>
#include <QStringList>

// The demonstration district with its dissemination meeting (of the finished cycle), for the
// tests of the meeting documents.
class MeetingFixture {
public:
    MeetingFixture()
    {
        auto cycles = CycleRepository(workspace()).all();
        REQUIRE(cycles);
        for (const Cycle &cycle : *cycles) {
            auto meetings = MeetingRepository(workspace()).forCycle(cycle.id);
            REQUIRE(meetings);
            if (!meetings->isEmpty())
                m_meeting = meetings->first();
            if (cycle.status == CycleStatus::InProgress)
                m_currentCycle = cycle;
        }
        REQUIRE(m_meeting.id != 0);
        REQUIRE(m_currentCycle.id != 0);
    }

    Workspace &workspace() { return m_demo.workspace(); }
    Meeting &meeting() { return m_meeting; }
    const Cycle &currentCycle() const { return m_currentCycle; }
    void save(Meeting &meeting) { REQUIRE(MeetingRepository(workspace()).save(meeting)); }

    // Every subject's name, NIK, family card number and birth date, which no meeting document may show.
    QStringList subjectIdentities()
    {
        auto subjects = SubjectRepository(workspace()).all();
        REQUIRE(subjects);
        REQUIRE_FALSE(subjects->isEmpty());
        QStringList result;
        for (const Subject &subject : *subjects) {
            result << subject.name;
            if (!subject.nik.isEmpty())
                result << subject.nik;
            if (!subject.kkNumber.isEmpty())
                result << subject.kkNumber;
            result << subject.birthDate.toString(QStringLiteral("d MMMM yyyy"));
        }
        return result;
    }

    // Text with every run of white space as one space, so that a cell's wrapped lines can be found.
    static QString flat(const QString &text) { return text.simplified(); }

private:
    DemoWorkspace m_demo;
    Meeting m_meeting;
    Cycle m_currentCycle;
};
