#pragma once

#include "DemoWorkspace.h"
#include "Language.h"
#include "domain/DateText.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

#include <catch2/catch.hpp>

#include <QStringList>

// The demo district for the evaluation and cycle report tests: its finished cycle and the one in
// progress, and every identity of its subjects that an anonymised report must not print.
struct ReportFixture {
    DemoWorkspace demo;
    Workspace &w = demo.workspace();
    Cycle finished;
    Cycle current;

    ReportFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto cycles = CycleRepository(w).all();
        REQUIRE(cycles.ok());
        for (const Cycle &cycle : *cycles) {
            if (cycle.status == CycleStatus::Closed)
                finished = cycle;
            else
                current = cycle;
        }
        REQUIRE(finished.isStored());
        REQUIRE(current.isStored());
    }

    qint64 missingCycleId() const { return qMax(finished.id, current.id) + 100; }

    // What an anonymised report of the cycle must not print: the names (the subject's and the
    // parents'), NIK, family card numbers and addresses of every subject of the workspace, and the
    // birth dates of the cycle's cases as a document might write them. (Birth dates of subjects the
    // report is not about are left out: they may fall on a visit or meeting date the report rightly
    // prints. A name shared with a member of the team is left out too: the team signs the report.)
    QStringList identities(qint64 cycleId)
    {
        auto subjects = SubjectRepository(w).all();
        auto people = PeopleRepository(w).people();
        auto cases = CaseRepository(w).forCycle(cycleId);
        REQUIRE(subjects.ok());
        REQUIRE(people.ok());
        REQUIRE(cases.ok());
        REQUIRE(!subjects->isEmpty());
        QStringList officials;
        for (const Person &person : *people)
            officials << person.name;
        QList<qint64> audited;
        for (const AuditCase &auditCase : *cases)
            audited << auditCase.subjectId;
        QStringList result;
        for (const Subject &s : *subjects) {
            for (const QString &value : {s.name, s.motherName, s.fatherName, s.spouseName, s.nik, s.kkNumber, s.address}) {
                if (!value.trimmed().isEmpty() && !officials.contains(value.trimmed()))
                    result << value.trimmed();
            }
            if (s.birthDate.isValid() && audited.contains(s.id)) {
                result << DateText::date(s.birthDate) << DateText::shortDate(s.birthDate) << s.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                       << s.birthDate.toString(Qt::ISODate);
            }
        }
        result.removeDuplicates();
        return result;
    }
};
