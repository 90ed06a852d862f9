#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TeamStore.h"

#include <QSqlQuery>

namespace {
int count(Workspace &w, const char *table)
{
    QSqlQuery q(w.database());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    q.next();
    return q.value(0).toInt();
}
}

TEST_CASE("A team is stored whole, edited, and reused in the next cycle", "[storage][team]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle first{{}, 2024, 1, {}, {}, CycleStatus::Closed};
    Cycle second{{}, 2024, 2, {}, {}, CycleStatus::InProgress};
    REQUIRE(CycleRepository(w).save(first));
    REQUIRE(CycleRepository(w).save(second));
    Person known;
    known.name = QStringLiteral("Aminah");
    known.backTitle = QStringLiteral("Sp.A");
    REQUIRE(PeopleRepository(w).save(known));

    TeamStore store(w);
    TeamDraft draft = *store.load(first.id);
    CHECK(draft.members.isEmpty());
    draft.decree.number = QStringLiteral("188.45/1/TPPS/II/2024");
    draft.decree.date = QDate(2024, 1, 10);
    draft.decree.subject = QStringLiteral("Tim AKS");
    draft.decree.signerName = QStringLiteral("Wakil Bupati");
    DraftMember expert;
    expert.person = known;
    expert.role = TeamRole::Expert;
    DraftMember newcomer;
    newcomer.person.name = QStringLiteral("Nur'aini");
    newcomer.role = TeamRole::Secretary;
    draft.members = {expert, newcomer};
    REQUIRE(store.save(first.id, draft));
    CHECK(count(w, "person") == 2);
    CHECK(count(w, "team_member") == 2);
    CHECK(draft.members[1].memberId > 0);

    TeamDraft loaded = *store.load(first.id);
    REQUIRE(loaded.members.size() == 2);
    CHECK(loaded.decree.number == QStringLiteral("188.45/1/TPPS/II/2024"));
    CHECK(loaded.members[1].person.name == QStringLiteral("Nur'aini"));
    loaded.members.removeFirst();
    loaded.members[0].role = TeamRole::Chair;
    REQUIRE(store.save(first.id, loaded));
    auto members = CycleRepository(w).members(first.id);
    REQUIRE(members->size() == 1);
    CHECK(members->first().role == TeamRole::Chair);
    CHECK(count(w, "person") == 2);  // people stay known to the workspace

    TeamDraft reused = *store.previousTeam(second.id);
    CHECK(reused.decree.number.isEmpty());
    CHECK(reused.decree.subject == QStringLiteral("Tim AKS"));
    REQUIRE(reused.members.size() == 1);
    CHECK(reused.members[0].memberId == 0);
    REQUIRE(store.save(second.id, reused));
    CHECK(CycleRepository(w).members(second.id)->size() == 1);
    CHECK(CycleRepository(w).members(first.id)->size() == 1);
    CHECK(store.previousTeam(first.id)->members.isEmpty());
}

TEST_CASE("A team that cannot be stored leaves the workspace as it was", "[storage][team]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    REQUIRE(CycleRepository(w).save(cycle));
    TeamStore store(w);
    TeamDraft draft;
    draft.decree.number = QStringLiteral("1/2024");
    DraftMember ok;
    ok.person.name = QStringLiteral("Asep");
    DraftMember broken;
    broken.person.name = QStringLiteral("Dedi");
    broken.person.agencyId = 4242;  // no such agency: the insert fails midway
    draft.members = {ok, broken};
    CHECK_FALSE(store.save(cycle.id, draft).ok());
    CHECK(count(w, "person") == 0);
    CHECK(count(w, "team_member") == 0);
    CHECK(count(w, "decree") == 0);
    CHECK(draft.members[0].person.id == 0);
}
