#include <catch2/catch.hpp>

#include "Language.h"
#include "TemporaryWorkspace.h"
#include "audit/WorksheetPrefill.h"
#include "domain/ReferenceLabel.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/CycleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/WorksheetRepository.h"

#include <algorithm>

namespace {
struct ReviewFixture {
    TemporaryWorkspace temp;
    Cycle cycle{{}, 2024, 1, {}, {}, CycleStatus::InProgress};
    Subject subject;
    AuditCase auditCase;

    ReviewFixture()
    {
        Workspace &w = temp.workspace();
        REQUIRE(CycleRepository(w).save(cycle));
        subject.name = QStringLiteral("Raka Hidayat");
        subject.group = TargetGroup::Baduta;
        REQUIRE(SubjectRepository(w).save(subject));
        auditCase.cycleId = cycle.id;
        auditCase.subjectId = subject.id;
        auditCase.auditNumber = 1;
        auditCase.caseCode = QStringLiteral("AKS-2024-1-BDT-01");
        auditCase.selectedOn = QDate(2024, 2, 1);
        REQUIRE(CaseRepository(w).save(auditCase));
    }
};

qint64 itemId(const QList<WorksheetItem> &items, const QString &code)
{
    for (const WorksheetItem &item : items) {
        if (item.code == code)
            return item.id;
    }
    FAIL("No worksheet item " << code.toStdString());
    return 0;
}
}

TEST_CASE("Every target group has a seeded 2022 worksheet, BADUTA and BALITA share one list", "[storage][review]")
{
    TemporaryWorkspace temp;
    WorksheetRepository worksheets(temp.workspace());
    for (TargetGroup group : enumValues<TargetGroup>()) {
        CHECK(*worksheets.editions(group) == QStringList{QStringLiteral("2022")});
        auto items = worksheets.items(group);
        REQUIRE(items.ok());
        CHECK(items->size() >= 8);
        CHECK(items->size() <= 17);
        for (const WorksheetItem &item : *items) {
            CHECK(item.group == group);
            CHECK_FALSE(item.labelEn.isEmpty());
            CHECK_FALSE(item.definition.isEmpty());
            CHECK_FALSE(item.usualSource.isEmpty());
        }
    }
    auto baduta = *worksheets.items(TargetGroup::Baduta);
    auto balita = *worksheets.items(TargetGroup::Balita);
    REQUIRE(baduta.size() == balita.size());
    for (int i = 0; i < baduta.size(); ++i) {
        CHECK(baduta[i].code == balita[i].code);
        CHECK(baduta[i].id != balita[i].id);
    }
    CHECK(baduta.first().section == QStringLiteral("Identitas"));
    CHECK(itemId(baduta, QStringLiteral("asi_eksklusif")) > 0);
    CHECK(itemId(*worksheets.items(TargetGroup::Bumil), QStringLiteral("anc")) > 0);
    CHECK(itemId(*worksheets.items(TargetGroup::Catin), QStringLiteral("pemeriksaan_pranikah")) > 0);
    CHECK(itemId(*worksheets.items(TargetGroup::Bufas), QStringLiteral("kf")) > 0);
}

TEST_CASE("A review's worksheet answers, edition and puskesmas round-trip and are replaced whole", "[storage][review]")
{
    ReviewFixture f;
    Workspace &w = f.temp.workspace();
    const QList<WorksheetItem> items = *WorksheetRepository(w).items(TargetGroup::Baduta);
    Kecamatan kecamatan;
    kecamatan.name = QStringLiteral("Cibening");
    REQUIRE(RegionRepository(w).save(kecamatan));
    Puskesmas puskesmas;
    puskesmas.kecamatanId = kecamatan.id;
    puskesmas.name = QStringLiteral("Puskesmas Cibening");
    REQUIRE(RegionRepository(w).save(puskesmas));

    ExpertReview review;
    review.caseId = f.auditCase.id;
    review.worksheetEdition = QStringLiteral("2022");
    review.puskesmasId = puskesmas.id;
    review.answers = {{{}, itemId(items, QStringLiteral("pb_u")), QStringLiteral("z = -2,71 (Stunted)"), WorksheetAnswer::computedSource(), true},
                      {{}, itemId(items, QStringLiteral("asi_eksklusif")), QStringLiteral("Tidak, MP-ASI sejak 4 bulan"), QStringLiteral("Wawancara ibu"), false}};
    REQUIRE(CaseRepository(w).save(review));

    ExpertReview read = **CaseRepository(w).review(f.auditCase.id);
    CHECK(read.worksheetEdition == QStringLiteral("2022"));
    CHECK(read.puskesmasId == puskesmas.id);
    REQUIRE(read.answers.size() == 2);
    CHECK(read.answers[0].itemId == itemId(items, QStringLiteral("pb_u")));  // by item position
    CHECK(read.answers[0].isComputed());
    CHECK(read.answers[0].verified);
    CHECK(read.answers[1].source == QStringLiteral("Wawancara ibu"));
    CHECK_FALSE(read.answers[1].verified);

    read.answers.removeFirst();
    read.answers[0].verified = true;
    REQUIRE(CaseRepository(w).save(read));
    ExpertReview again = **CaseRepository(w).review(f.auditCase.id);
    REQUIRE(again.answers.size() == 1);
    CHECK(again.answers[0].verified);

    // An answer to an item that does not exist fails the whole save.
    again.answers.append({{}, 987654, QStringLiteral("x"), {}, false});
    again.technicalView = QStringLiteral("changed");
    CHECK_FALSE(CaseRepository(w).save(again).ok());
    CHECK((*CaseRepository(w).review(f.auditCase.id))->technicalView.isEmpty());
}

TEST_CASE("A recommendation left out of a saved review is deleted, its RTL items stay", "[storage][review]")
{
    ReviewFixture f;
    Workspace &w = f.temp.workspace();
    ExpertReview review;
    review.caseId = f.auditCase.id;
    review.recommendations = {{{}, RecommendationKind::CaseHandling, QStringLiteral("PMT lokal 90 hari")},
                              {{}, RecommendationKind::Prevention, QStringLiteral("Kelas ibu balita")}};
    REQUIRE(CaseRepository(w).save(review));
    ActionItem item;
    item.cycleId = f.cycle.id;
    item.caseId = f.auditCase.id;
    item.recommendationId = review.recommendations[0].id;
    item.recommendation = review.recommendations[0].text;
    item.activity = QStringLiteral("PMT");
    REQUIRE(ActionItemRepository(w).save(item));

    review.recommendations.removeFirst();
    REQUIRE(CaseRepository(w).save(review));
    ExpertReview read = **CaseRepository(w).review(f.auditCase.id);
    REQUIRE(read.recommendations.size() == 1);
    CHECK(read.recommendations[0].text == QStringLiteral("Kelas ibu balita"));
    ActionItem kept = *ActionItemRepository(w).find(item.id);
    CHECK(kept.recommendationId == 0);
    CHECK(kept.recommendation == QStringLiteral("PMT lokal 90 hari"));
}

TEST_CASE("A new edition is offered to new reviews while old reviews keep their items", "[storage][review]")
{
    ReviewFixture f;
    Workspace &w = f.temp.workspace();
    WorksheetRepository worksheets(w);
    const QList<WorksheetItem> old = *worksheets.items(TargetGroup::Baduta);
    ExpertReview review;
    review.caseId = f.auditCase.id;
    review.worksheetEdition = *worksheets.latestEdition(TargetGroup::Baduta);
    review.answers = {{{}, itemId(old, QStringLiteral("imunisasi")), QStringLiteral("Lengkap"), QStringLiteral("kia"), true}};
    REQUIRE(CaseRepository(w).save(review));

    WorksheetItem added;
    added.group = TargetGroup::Baduta;
    added.edition = QStringLiteral("2025");
    added.section = QStringLiteral("Status gizi");
    added.code = QStringLiteral("pb_u");
    added.label = QStringLiteral("Z-skor PB/U");
    added.position = 1;
    REQUIRE(worksheets.save(added));
    WorksheetItem duplicate = added;
    duplicate.id = 0;
    duplicate.uuid.clear();
    CHECK_FALSE(worksheets.save(duplicate).ok());  // one code per group and edition

    CHECK(*worksheets.editions(TargetGroup::Baduta) == QStringList{QStringLiteral("2022"), QStringLiteral("2025")});
    CHECK(*worksheets.latestEdition(TargetGroup::Baduta) == QStringLiteral("2025"));
    auto latest = *worksheets.items(TargetGroup::Baduta);
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].id == added.id);
    CHECK(worksheets.items(TargetGroup::Balita)->size() == old.size());  // other groups are unaffected

    ExpertReview stored = **CaseRepository(w).review(f.auditCase.id);
    CHECK(stored.worksheetEdition == QStringLiteral("2022"));
    CHECK(worksheets.items(TargetGroup::Baduta, stored.worksheetEdition)->size() == old.size());
    REQUIRE(stored.answers.size() == 1);
    CHECK(stored.answers[0].itemId == itemId(old, QStringLiteral("imunisasi")));
}

TEST_CASE("The cause taxonomy offers what is not retired and takes new causes", "[storage][review]")
{
    TemporaryWorkspace temp;
    CauseTaxonomyRepository taxonomy(temp.workspace());
    const QList<CauseCategory> seeded = *taxonomy.all();
    REQUIRE(seeded.size() == 13);
    CHECK(seeded.first().isDirect);
    CHECK_FALSE(seeded.last().isDirect);
    CHECK(taxonomy.offered()->size() == 13);

    CauseCategory added;
    added.label = QStringLiteral("Pernikahan usia anak");
    added.labelEn = QStringLiteral("Child marriage");
    added.isDirect = false;
    REQUIRE(taxonomy.save(added));
    CHECK(added.code == QStringLiteral("pernikahan_usia_anak"));
    CHECK(added.position > seeded.last().position);
    CauseCategory twin;
    twin.label = QStringLiteral("Pernikahan usia anak!");
    REQUIRE(taxonomy.save(twin));
    CHECK(twin.code == QStringLiteral("pernikahan_usia_anak_2"));
    CauseCategory unnamed;
    CHECK_FALSE(taxonomy.save(unnamed).ok());

    const qint64 smoking = std::find_if(seeded.begin(), seeded.end(), [](const CauseCategory &c) { return c.code == QLatin1String("smoking"); })->id;
    REQUIRE(taxonomy.setRetired(smoking, true));
    CHECK(taxonomy.offered()->size() == 14);
    CHECK(taxonomy.all()->size() == 15);
    auto offered = *taxonomy.offered();
    CHECK(std::none_of(offered.begin(), offered.end(), [](const CauseCategory &c) { return c.code == QLatin1String("smoking"); }));
    REQUIRE(taxonomy.setRetired(smoking, false));
    CHECK(taxonomy.offered()->size() == 15);

    added.label = QStringLiteral("Perkawinan anak");
    REQUIRE(taxonomy.save(added));
    auto all = *taxonomy.all();
    CHECK(std::any_of(all.begin(), all.end(), [&](const CauseCategory &c) {
        return c.id == added.id && c.label == QStringLiteral("Perkawinan anak") && c.code == QStringLiteral("pernikahan_usia_anak");
    }));
}

TEST_CASE("Reference labels are English only when the interface is and the row has one", "[storage][review]")
{
    Language::apply(QStringLiteral("en"));
    CHECK(referenceLabel(QStringLiteral("Jamban sehat"), QStringLiteral("Proper latrine")) == QStringLiteral("Proper latrine"));
    CHECK(referenceLabel(QStringLiteral("Jamban sehat"), QString()) == QStringLiteral("Jamban sehat"));
    Language::apply(QStringLiteral("id"));
    CHECK(referenceLabel(QStringLiteral("Jamban sehat"), QStringLiteral("Proper latrine")) == QStringLiteral("Jamban sehat"));
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("The worksheet is pre-filled from the growth engine and the risk answers", "[review][growth]")
{
    Language::apply(QStringLiteral("en"));
    Subject child;
    child.group = TargetGroup::Baduta;
    child.sex = Sex::Male;
    child.birthDate = QDate(2023, 1, 10);
    child.birthWeightG = 2400;
    Measurement m;
    m.measuredOn = QDate(2024, 7, 10);
    m.weightKg = 8.1;
    m.lengthHeightCm = 72.0;
    m.position = MeasurePosition::Lying;
    const RiskAnswerValues family = {{QStringLiteral("water_source"), QStringLiteral("river")},
                                     {QStringLiteral("latrine"), QStringLiteral("septic_tank")},
                                     {QStringLiteral("smoking_exposure"), QStringLiteral("yes")}};
    const auto answers = WorksheetPrefill::answers(child, m, family);
    CHECK(answers.value(QStringLiteral("umur")) == QStringLiteral("18"));
    CHECK(answers.value(QStringLiteral("berat_lahir")) == QStringLiteral("2,400"));
    CHECK(answers.value(QStringLiteral("pb_u")).contains(QStringLiteral("Severely stunted")));
    CHECK(answers.value(QStringLiteral("pb_u")).startsWith(QStringLiteral("z = -3.")));
    CHECK(answers.contains(QStringLiteral("bb_u")));
    CHECK(answers.value(QStringLiteral("air_minum")) == QStringLiteral("River or lake (not proper)"));
    CHECK(answers.value(QStringLiteral("jamban")) == QStringLiteral("With a septic tank (proper)"));
    CHECK(answers.value(QStringLiteral("merokok")).startsWith(QStringLiteral("Yes")));
    CHECK_FALSE(answers.contains(QStringLiteral("hb")));

    Subject mother;
    mother.group = TargetGroup::Bumil;
    mother.birthDate = QDate(2006, 5, 1);
    Measurement anc;
    anc.measuredOn = QDate(2024, 7, 1);
    anc.muacCm = 22.4;
    anc.hbGdl = 10.2;
    anc.gestationalAgeWeeks = 24;
    const auto maternal = WorksheetPrefill::answers(mother, anc, {{QStringLiteral("antenatal_visits"), QStringLiteral("2")}});
    CHECK(maternal.value(QStringLiteral("umur")) == QStringLiteral("18"));
    CHECK(maternal.value(QStringLiteral("lila")).startsWith(QStringLiteral("22.4 (Chronic energy deficiency")));
    CHECK(maternal.value(QStringLiteral("hb")).startsWith(QStringLiteral("10.2 (Anaemia in pregnancy")));
    CHECK(maternal.value(QStringLiteral("anc")).startsWith(QStringLiteral("2 visits (Fewer than 6")));
    CHECK(maternal.value(QStringLiteral("4_terlalu")).startsWith(QStringLiteral("Too young")));
    CHECK(maternal.value(QStringLiteral("usia_kehamilan")) == QStringLiteral("24"));
    CHECK_FALSE(maternal.contains(QStringLiteral("imt")));  // no weight
    CHECK_FALSE(maternal.contains(QStringLiteral("pb_u")));
}
