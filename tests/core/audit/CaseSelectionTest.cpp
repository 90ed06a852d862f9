#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "audit/CaseSelection.h"
#include "demo/DemoDistrict.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/SettingsRepository.h"

TEST_CASE("Candidates carry their screening, and the selection gets audit numbers and case codes", "[audit][selection]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
    const Cycle current = CycleRepository(w).all()->first();
    CaseSelection selection(w);

    QList<Candidate> candidates = *selection.candidates(current.id);
    CHECK(candidates.size() == 300);
    int alreadyCases = 0;
    int stuntedChildren = 0;
    for (const Candidate &c : candidates) {
        alreadyCases += c.alreadyCase ? 1 : 0;
        if (isChildGroup(c.subject.group) && c.atRisk) {
            ++stuntedChildren;
            CHECK(c.findings.join(QLatin1Char(' ')).contains(QStringLiteral("tunted")));
        }
    }
    CHECK(alreadyCases == 9);
    CHECK(stuntedChildren > 10);
    CHECK(selection.shortGroups(current.id, candidates) == QStringList{QStringLiteral("BUFAS: 1 of 2 cases")});

    // Choose one more postpartum mother at risk and one more child.
    Candidate *mother = nullptr;
    Candidate *child = nullptr;
    for (Candidate &c : candidates) {
        if (c.alreadyCase || !c.atRisk)
            continue;
        if (!mother && c.subject.group == TargetGroup::Bufas)
            mother = &c;
        if (!child && c.subject.group == TargetGroup::Baduta)
            child = &c;
    }
    REQUIRE(mother);
    REQUIRE(child);
    mother->selected = true;
    mother->reasons = {SelectionReason::HighRiskMother};
    child->selected = true;
    CHECK(selection.shortGroups(current.id, candidates).isEmpty());

    // A case without a reason is refused, and nothing is stored.
    auto refused = selection.select(current.id, candidates);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("no selection reason")));
    CHECK(CaseRepository(w).forCycle(current.id)->size() == 9);

    child->reasons = {SelectionReason::NotImproved, SelectionReason::DataComplete};
    child->note = QStringLiteral("BB tidak naik 3 bulan");
    auto codes = selection.select(current.id, candidates);
    REQUIRE(codes.ok());
    CHECK(*codes == QStringList{QStringLiteral("AKS-2024-2-BFS-02"), QStringLiteral("AKS-2024-2-BDT-03")});
    auto stored = CaseRepository(w).findByCode(QStringLiteral("AKS-2024-2-BDT-03"));
    REQUIRE(stored.ok());
    CHECK(stored->auditNumber == 11);
    CHECK(stored->selectionNote == QStringLiteral("BB tidak naik 3 bulan"));
    CHECK(stored->reasons.size() == 2);
}

TEST_CASE("The minimum per group is a setting", "[audit][selection]")
{
    TemporaryWorkspace temp;
    CaseSelection selection(temp.workspace());
    CHECK(selection.minimumPerGroup() == 2);
    REQUIRE(SettingsRepository(temp.workspace()).setValue(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("3")));
    CHECK(selection.minimumPerGroup() == 3);
}

TEST_CASE("Stored risk answers reach the candidates' screening, read for all subjects at once", "[audit][selection][risk]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
    const Cycle current = CycleRepository(w).all()->first();
    const auto answers = ListRepository(w).riskAnswers();
    REQUIRE(answers.ok());
    CHECK(answers->size() == 300);  // the demo asks every subject
    const qint64 first = answers->constBegin().key();
    RiskAnswerValues one;
    for (const RiskAnswer &a : *SubjectRepository(w).riskAnswers(first))
        one.insert(a.factor, a.value);
    CHECK(answers->value(first) == one);

    const QList<Candidate> candidates = *CaseSelection(w).candidates(current.id);
    int smokers = 0;
    for (const Candidate &c : candidates) {
        const RiskAnswerValues own = answers->value(c.subject.id);
        const QString findings = c.findings.join(QLatin1Char('\n'));
        const bool smoke = own.value(QStringLiteral("smoking_exposure")) == QStringLiteral("yes");
        CHECK(findings.contains(QStringLiteral("Exposed to cigarette smoke")) == (smoke && !isChildGroup(c.subject.group)));
        if (!isChildGroup(c.subject.group) && smoke) {
            ++smokers;
            CHECK(c.atRisk);
        }
        if (own.value(QStringLiteral("latrine")) == QStringLiteral("none"))
            CHECK(findings.contains(QStringLiteral("No proper latrine")));
        if (c.subject.group == TargetGroup::Bumil && own.value(QStringLiteral("antenatal_visits")).toInt() < 6)
            CHECK(findings.contains(QStringLiteral("antenatal visits")));
    }
    CHECK(smokers > 10);

    // An answer changed in the workspace changes the screening: a bride without any other risk.
    Subject bride;
    bride.group = TargetGroup::Catin;
    bride.name = QStringLiteral("Nur'aini");
    bride.sex = Sex::Female;
    bride.birthDate = QDate(2000, 1, 1);
    bride.desaId = RegionRepository(w).desa()->first().id;
    REQUIRE(SubjectRepository(w).save(bride));
    auto find = [&]() {
        for (const Candidate &c : *CaseSelection(w).candidates(current.id)) {
            if (c.subject.id == bride.id)
                return c;
        }
        return Candidate{};
    };
    CHECK_FALSE(find().atRisk);
    CHECK(find().findings.isEmpty());
    RiskAnswer smoke{{}, bride.id, QStringLiteral("smoking_exposure"), QStringLiteral("yes"), QDate(2024, 9, 1), DataSource::FamilyCensus};
    REQUIRE(SubjectRepository(w).save(smoke));
    CHECK(find().atRisk);
    CHECK(find().findings == QStringList{QStringLiteral("Exposed to cigarette smoke (yes)")});
}
