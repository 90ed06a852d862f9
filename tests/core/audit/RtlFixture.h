#pragma once

#include "TemporaryWorkspace.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SubjectRepository.h"

#include <catch2/catch.hpp>

// Two cycles of 2024, one case in the first, and a way to add RTL items.
struct RtlFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle first{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    Cycle second{{}, 2024, 2, QDate(2024, 7, 1), QDate(2024, 12, 31), CycleStatus::Planned};
    AuditCase auditCase;
    qint64 agencyId = 0;

    RtlFixture()
    {
        REQUIRE(CycleRepository(w).save(first));
        REQUIRE(CycleRepository(w).save(second));
        Subject subject;
        subject.name = QStringLiteral("Rahasia");
        REQUIRE(SubjectRepository(w).save(subject));
        auditCase.cycleId = first.id;
        auditCase.subjectId = subject.id;
        auditCase.auditNumber = 1;
        auditCase.caseCode = QStringLiteral("AKS-2024-1-BADUTA-01");
        REQUIRE(CaseRepository(w).save(auditCase));
        Agency agency;
        agency.name = QStringLiteral("Dinas Kesehatan");
        agency.shortName = QStringLiteral("Dinkes");
        REQUIRE(PeopleRepository(w).save(agency));
        agencyId = agency.id;
    }

    ActionItem addItem(const QString &activity, ActionStatus status, qint64 caseId = 0, qint64 cycleId = 0)
    {
        ActionItem item;
        item.cycleId = cycleId ? cycleId : first.id;
        item.caseId = caseId;
        item.activity = activity;
        item.agencyId = agencyId;
        item.startDate = QDate(2024, 2, 1);
        item.dueDate = QDate(2024, 3, 31);
        item.status = status;
        item.approvedOn = QDate(2024, 1, 20);
        item.approvedBy = QStringLiteral("Ketua TPPS");
        REQUIRE(ActionItemRepository(w).save(item));
        return item;
    }

    int itemCount(qint64 cycleId)
    {
        auto items = ActionItemRepository(w).forCycle(cycleId);
        REQUIRE(items.ok());
        return int(items->size());
    }
};
