#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "audit/CaseCode.h"
#include "audit/CycleProgress.h"
#include "demo/DemoDistrict.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"

#include <QSet>

namespace {
const QDate DemoToday(2024, 9, 16);
}

TEST_CASE("The demonstration district has the promised size and shape", "[demo]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, DemoToday));

    auto settings = SettingsRepository(w).load();
    CHECK(settings->isDemo);
    CHECK(settings->isComplete());
    CHECK(RegionRepository(w).kecamatan()->size() == 4);
    CHECK(RegionRepository(w).desa()->size() == 12);

    auto subjects = SubjectRepository(w).all();
    CHECK(subjects->size() >= 280);
    CHECK(subjects->size() <= 320);
    for (TargetGroup group : enumValues<TargetGroup>())
        CHECK(SubjectRepository(w).all(group)->size() >= 30);

    auto cycles = CycleRepository(w).all();
    REQUIRE(cycles->size() == 2);
    const Cycle current = cycles->at(0);
    const Cycle finished = cycles->at(1);
    CHECK(finished.status == CycleStatus::Closed);
    CHECK(current.status == CycleStatus::InProgress);
    CHECK(current.year == 2024);
    CHECK(current.number == 2);

    auto finishedCases = CaseRepository(w).forCycle(finished.id);
    REQUIRE(finishedCases->size() == 10);
    QSet<QString> codes;
    for (const AuditCase &c : *finishedCases) {
        auto code = CaseCode::parse(c.caseCode);
        REQUIRE(code.has_value());
        CHECK(code->year == finished.year);
        CHECK(code->cycleNumber == finished.number);
        CHECK(c.outcome.has_value());
        codes.insert(c.caseCode);
    }
    CHECK(codes.size() == 10);
}

TEST_CASE("Demo NIKs agree with each subject's birth date and sex", "[demo]")
{
    TemporaryWorkspace temp;
    REQUIRE(DemoDistrict::populate(temp.workspace(), DemoToday));
    int checked = 0;
    const auto subjects = SubjectRepository(temp.workspace()).all();
    REQUIRE(subjects.ok());
    for (const Subject &s : *subjects) {
        if (s.nik.isEmpty())
            continue;
        REQUIRE(s.nik.size() == 16);
        CHECK(s.nik.startsWith(QStringLiteral("3299")));
        const int day = s.nik.mid(6, 2).toInt();
        CHECK((s.sex == Sex::Female ? day - 40 : day) == s.birthDate.day());
        CHECK(s.nik.mid(8, 2).toInt() == s.birthDate.month());
        CHECK(s.nik.mid(10, 2).toInt() == s.birthDate.year() % 100);
        CHECK(s.nik.mid(12, 4) != QStringLiteral("0000"));
        ++checked;
    }
    CHECK(checked > 250);
}

TEST_CASE("The demo's finished cycle is done in every stage and the current one is not", "[demo][progress]")
{
    TemporaryWorkspace temp;
    REQUIRE(DemoDistrict::populate(temp.workspace(), DemoToday));
    auto cycles = CycleRepository(temp.workspace()).all();
    CycleProgress progress(temp.workspace());

    auto finished = progress.evaluate(cycles->at(1).id);
    REQUIRE(finished->size() == 5);
    for (const StageProgress &stage : *finished) {
        INFO(enumCode(stage.stage).toStdString() << ": " << stage.missing.join(QStringLiteral("; ")).toStdString());
        CHECK(stage.done);
    }

    auto current = progress.evaluate(cycles->at(0).id);
    CHECK(current->at(0).done);
    CHECK_FALSE(current->at(1).done);
    CHECK(current->at(1).missing == QStringList{QStringLiteral("BUFAS: 1 of 2 cases selected")});
    CHECK_FALSE(current->at(2).done);
    CHECK_FALSE(current->at(3).done);
    CHECK_FALSE(current->at(4).done);
}

TEST_CASE("The same date always gives the same district", "[demo]")
{
    TemporaryWorkspace first;
    TemporaryWorkspace second;
    REQUIRE(DemoDistrict::populate(first.workspace(), DemoToday));
    REQUIRE(DemoDistrict::populate(second.workspace(), DemoToday));
    auto a = SubjectRepository(first.workspace()).all();
    auto b = SubjectRepository(second.workspace()).all();
    REQUIRE(a->size() == b->size());
    for (int i = 0; i < a->size(); ++i) {
        CHECK(a->at(i).name == b->at(i).name);
        CHECK(a->at(i).nik == b->at(i).nik);
    }
}

TEST_CASE("Demo head circumferences are drawn around WHO's median, so almost none is flagged", "[demo][growth]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, DemoToday));
    double sum = 0;
    int measured = 0;
    int flagged = 0;
    for (TargetGroup group : {TargetGroup::Baduta, TargetGroup::Balita}) {
        for (const Subject &s : *SubjectRepository(w).all(group)) {
            for (const Measurement &m : *SubjectRepository(w).measurements(s.id)) {
                if (!m.headCircumferenceCm)
                    continue;
                ++measured;
                if (m.zFlags.split(QLatin1Char(',')).contains(QStringLiteral("zhc"))) {
                    ++flagged;
                    continue;
                }
                REQUIRE(m.zHeadAge.has_value());
                sum += *m.zHeadAge;
            }
        }
    }
    REQUIRE(measured > 100);
    const double mean = sum / (measured - flagged);
    INFO("mean head circumference z " << mean << ", flagged " << flagged << " of " << measured);
    CHECK(mean > -1.0);
    CHECK(mean < 1.0);
    CHECK(flagged <= measured * 0.02);
}

TEST_CASE("The demo's dissemination invites the agencies responsible for the cycle's RTL items", "[demo][meetings]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    REQUIRE(DemoDistrict::populate(w, DemoToday));
    const Cycle finished = CycleRepository(w).all()->at(1);
    auto meetings = MeetingRepository(w).forCycle(finished.id);
    REQUIRE(meetings->size() == 1);
    QSet<qint64> responsible;
    for (const ActionItem &item : *ActionItemRepository(w).forCycle(finished.id))
        responsible.insert(item.agencyId);
    const QList<qint64> invited = meetings->first().invitedAgencyIds;
    CHECK_FALSE(invited.isEmpty());
    CHECK(QSet<qint64>(invited.begin(), invited.end()) == responsible);
}
