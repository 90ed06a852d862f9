#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/CycleRepository.h"
#include "storage/ReportTextRepository.h"

namespace {
struct ReportTextFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle cycle{{}, 2024, 1, QDate(2024, 1, 1), QDate(2024, 6, 30), CycleStatus::InProgress};
    Cycle other{{}, 2024, 2, QDate(2024, 7, 1), QDate(2024, 12, 31), CycleStatus::Planned};

    ReportTextFixture()
    {
        REQUIRE(CycleRepository(w).save(cycle));
        REQUIRE(CycleRepository(w).save(other));
    }

    ReportText text(qint64 cycleId, ReportPart part, const QString &body)
    {
        ReportText t;
        t.cycleId = cycleId;
        t.part = part;
        t.body = body;
        return t;
    }

    QMap<ReportPart, QString> stored(qint64 cycleId)
    {
        auto texts = ReportTextRepository(w).forCycle(cycleId);
        REQUIRE(texts.ok());
        QMap<ReportPart, QString> result;
        for (const ReportText &t : *texts) {
            CHECK(t.cycleId == cycleId);
            result.insert(t.part, t.body);
        }
        return result;
    }
};
}

TEST_CASE("Report texts are stored per cycle and part and read back in the order of the parts", "[storage][report-text]")
{
    ReportTextFixture f;
    ReportTextRepository repository(f.w);
    CHECK(f.stored(f.cycle.id).isEmpty());

    QList<ReportText> texts = {f.text(f.cycle.id, ReportPart::Closing, QStringLiteral("Penutup.")),
                               f.text(f.cycle.id, ReportPart::Background, QStringLiteral("Latar belakang Nur'aini;\nparagraf dua."))};
    REQUIRE(repository.save(texts));
    CHECK(texts[0].isStored());
    CHECK(texts[1].isStored());
    ReportText otherCycle = f.text(f.other.id, ReportPart::Closing, QStringLiteral("Siklus lain."));
    REQUIRE(repository.save(otherCycle));

    auto read = repository.forCycle(f.cycle.id);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    CHECK(read->at(0).part == ReportPart::Background);  // the order of ReportPart, not of saving
    CHECK(read->at(0).body == QStringLiteral("Latar belakang Nur'aini;\nparagraf dua."));
    CHECK(read->at(1).part == ReportPart::Closing);
    CHECK(read->at(1).body == QStringLiteral("Penutup."));
    CHECK(f.stored(f.other.id) == QMap<ReportPart, QString>{{ReportPart::Closing, QStringLiteral("Siklus lain.")}});
}

TEST_CASE("Saving a part again replaces its text, even from a value that does not know the stored row", "[storage][report-text]")
{
    ReportTextFixture f;
    ReportTextRepository repository(f.w);
    ReportText first = f.text(f.cycle.id, ReportPart::Conclusions, QStringLiteral("Versi satu."));
    REQUIRE(repository.save(first));
    ReportText fresh = f.text(f.cycle.id, ReportPart::Conclusions, QStringLiteral("Versi dua."));
    REQUIRE(repository.save(fresh));
    CHECK(fresh.id == first.id);
    CHECK(fresh.uuid == first.uuid);
    CHECK(f.stored(f.cycle.id) == QMap<ReportPart, QString>{{ReportPart::Conclusions, QStringLiteral("Versi dua.")}});
}

TEST_CASE("A failed save of several report parts leaves every part as it was", "[storage][report-text]")
{
    ReportTextFixture f;
    ReportTextRepository repository(f.w);
    ReportText before = f.text(f.cycle.id, ReportPart::Background, QStringLiteral("Lama."));
    REQUIRE(repository.save(before));

    // The second part names a cycle the workspace does not have: the database refuses it.
    QList<ReportText> texts = {f.text(f.cycle.id, ReportPart::Background, QStringLiteral("Baru.")),
                               f.text(f.cycle.id, ReportPart::Closing, QStringLiteral("Penutup baru.")),
                               f.text(f.other.id + 100, ReportPart::Closing, QStringLiteral("Tidak ada siklus."))};
    const Status status = repository.save(texts);
    CHECK_FALSE(status);
    CHECK_FALSE(status.error().isEmpty());
    CHECK(f.stored(f.cycle.id) == QMap<ReportPart, QString>{{ReportPart::Background, QStringLiteral("Lama.")}});
    CHECK_FALSE(texts[1].isStored());  // the caller's values are not stamped either
    CHECK(f.stored(f.other.id + 100).isEmpty());
}

TEST_CASE("A report text without a cycle is refused", "[storage][report-text]")
{
    ReportTextFixture f;
    ReportText orphan = f.text(0, ReportPart::Closing, QStringLiteral("x"));
    CHECK_FALSE(ReportTextRepository(f.w).save(orphan));
}
