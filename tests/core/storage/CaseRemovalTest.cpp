#include <catch2/catch.hpp>

#include "TableDump.h"
#include "TemporaryWorkspace.h"
#include "audit/CaseRemovalSummary.h"
#include "demo/DemoDistrict.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRemoval.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/SubjectRepository.h"

#include <QSqlQuery>

namespace {
// The demonstration district with its finished cycle reopened, so that its cases, which have
// everything (signed review, RTL items with evaluations, monitoring visits), may be deleted.
struct RemovalFixture {
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    Cycle finished;
    Cycle current;
    AuditCase target;

    RemovalFixture()
    {
        REQUIRE(DemoDistrict::populate(w, QDate(2024, 9, 16)));
        auto cycles = CycleRepository(w).all();
        REQUIRE(cycles->size() == 2);
        current = cycles->at(0);
        finished = cycles->at(1);
        REQUIRE(finished.status == CycleStatus::Closed);
        setStatus(CycleStatus::InProgress);
        target = CaseRepository(w).forCycle(finished.id)->first();
        addWorksheetAnswerAndCommitment();
    }

    void setStatus(CycleStatus status)
    {
        finished.status = status;
        REQUIRE(CycleRepository(w).save(finished));
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(w.database());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }

    // The demo has neither; both hang below the case's review and RTL items.
    void addWorksheetAnswerAndCommitment()
    {
        const qint64 review = CaseRepository(w).review(target.id)->value().id;
        const qint64 item = ActionItemRepository(w).forCase(target.id)->first().id;
        exec(QStringLiteral("INSERT INTO worksheet_item (uuid, target_group, edition, section, code, label, position, created_at, updated_at) "
                            "VALUES ('wi-1', 'BADUTA', '2023', 'identity', 'A1', 'Nama', 1, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
        exec(QStringLiteral("INSERT INTO worksheet_answer (uuid, review_id, item_id, answer, source, verified, created_at, updated_at) "
                            "SELECT 'wa-1', %1, id, 'Ya', 'KIA', 1, '2024-08-01T00:00:00Z', '2024-08-02T00:00:00.123Z' FROM worksheet_item WHERE uuid = 'wi-1'")
                 .arg(review));
        exec(QStringLiteral("INSERT INTO agency_commitment (uuid, meeting_id, action_item_id, commitment, created_at, updated_at) "
                            "SELECT 'ac-1', id, %1, 'Siap', '2024-08-01T00:00:00Z', '2024-08-01T00:00:00Z' FROM meeting WHERE cycle_id = %2")
                 .arg(item)
                 .arg(finished.id));
    }

    ActionItem generalItemFromRecommendation()
    {
        const ExpertReview review = CaseRepository(w).review(target.id)->value();
        REQUIRE_FALSE(review.recommendations.isEmpty());
        ActionItem general;
        general.cycleId = finished.id;
        general.recommendationId = review.recommendations.first().id;
        general.activity = QStringLiteral("Kelas ibu balita di semua desa");
        REQUIRE(ActionItemRepository(w).save(general));
        return general;
    }
};

qint64 scalar(const Workspace &w, const QString &sql)
{
    QSqlQuery query(w.database());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}
}

TEST_CASE("Deleting a case takes everything that hangs on it and restoring gives every table back exactly", "[storage][removal]")
{
    RemovalFixture f;
    const ActionItem general = f.generalItemFromRecommendation();
    const QStringList before = tableDump(f.w);

    auto preview = CaseRemoval(f.w).preview(f.target.id);
    REQUIRE(preview.ok());
    CHECK(preview->caseCode == f.target.caseCode);
    CHECK(preview->count(QStringLiteral("audit_case")) == 1);
    CHECK(preview->count(QStringLiteral("expert_review")) == 1);
    CHECK(preview->count(QStringLiteral("recommendation")) == scalar(f.w, QStringLiteral("SELECT COUNT(*) FROM recommendation JOIN expert_review r ON r.id = review_id WHERE r.case_id = %1").arg(f.target.id)));
    CHECK(preview->count(QStringLiteral("review_cause")) > 0);
    const qint64 reviewId = CaseRepository(f.w).review(f.target.id)->value().id;
    const QString answersOfReview = QStringLiteral("SELECT COUNT(*) FROM worksheet_answer WHERE review_id = %1").arg(reviewId);
    const int answers = scalar(f.w, answersOfReview);
    REQUIRE(answers > 1);  // the demo's pre-filled answers and the test's own
    CHECK(preview->count(QStringLiteral("worksheet_answer")) == answers);
    CHECK(preview->count(QStringLiteral("action_item")) == scalar(f.w, QStringLiteral("SELECT COUNT(*) FROM action_item WHERE case_id = %1").arg(f.target.id)));
    CHECK(preview->count(QStringLiteral("item_evaluation")) >= 1);
    CHECK(preview->count(QStringLiteral("agency_commitment")) == 1);
    CHECK(preview->count(QStringLiteral("monitoring_visit")) == 3);
    CHECK(preview->count(QStringLiteral("subject")) == 0);      // the subject stays registered
    CHECK(preview->count(QStringLiteral("measurement")) == 0);  // and so do its measurements
    REQUIRE(preview->detached.size() == 1);
    CHECK(preview->detached.first().id() == general.id);
    // Plural endings come from the translation files, which the new lines are not in yet: prefixes.
    const QStringList lines = CaseRemovalSummary::lines(*preview);
    REQUIRE(lines.size() == 10);
    CHECK(lines.at(0).startsWith(QStringLiteral("1 expert review")));
    CHECK(lines.at(2).startsWith(QStringLiteral("%1 worksheet answer").arg(answers)));
    CHECK(lines.at(8).startsWith(QStringLiteral("3 monitoring visit")));
    CHECK(lines.at(9).startsWith(QStringLiteral("1 other record")));
    CHECK(tableDump(f.w) == before);  // looking changes nothing

    auto removed = CaseRemoval(f.w).remove(f.target.id);
    REQUIRE(removed.ok());
    CHECK_FALSE(CaseRepository(f.w).find(f.target.id).ok());
    CHECK(scalar(f.w, QStringLiteral("SELECT COUNT(*) FROM expert_review WHERE case_id = %1").arg(f.target.id)) == 0);
    CHECK(scalar(f.w, QStringLiteral("SELECT COUNT(*) FROM item_evaluation WHERE action_item_id NOT IN (SELECT id FROM action_item)")) == 0);
    CHECK(scalar(f.w, answersOfReview) == 0);
    CHECK(ActionItemRepository(f.w).find(general.id)->recommendationId == 0);  // the general item stays, unlinked
    CHECK(f.w.integrityProblems().isEmpty());
    const QStringList deleted = tableDump(f.w);
    CHECK(deleted.size() == before.size() - removed->removed.size());

    REQUIRE(CaseRemoval(f.w).restore(*removed));
    CHECK(tableDump(f.w) == before);
    CHECK(f.w.integrityProblems().isEmpty());
}

TEST_CASE("A case of a closed cycle, or with an RTL item carried into another cycle, is not deleted", "[storage][removal]")
{
    RemovalFixture f;
    f.setStatus(CycleStatus::Closed);
    const QStringList before = tableDump(f.w);
    auto closed = CaseRemoval(f.w).remove(f.target.id);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().contains(f.target.caseCode));
    CHECK(closed.error().contains(QStringLiteral("closed")));
    CHECK_FALSE(CaseRemoval(f.w).preview(f.target.id).ok());
    CHECK(tableDump(f.w) == before);

    f.setStatus(CycleStatus::InProgress);
    ActionItem carried = ActionItemRepository(f.w).forCase(f.target.id)->first();
    carried.id = 0;
    carried.uuid.clear();
    carried.cycleId = f.current.id;
    carried.caseId = 0;
    carried.carriedFromId = ActionItemRepository(f.w).forCase(f.target.id)->first().id;
    REQUIRE(ActionItemRepository(f.w).save(carried));
    const QStringList withCarried = tableDump(f.w);
    auto refused = CaseRemoval(f.w).remove(f.target.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("carried into another cycle")));
    CHECK(tableDump(f.w) == withCarried);
}

TEST_CASE("A failure half way through deleting or restoring leaves the workspace as it was", "[storage][removal]")
{
    RemovalFixture f;
    const QStringList before = tableDump(f.w);
    // The review, causes and RTL items are deleted before the visits; the visits refuse.
    f.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_visit BEFORE DELETE ON monitoring_visit BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
    auto failed = CaseRemoval(f.w).remove(f.target.id);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("nothing was changed")));
    CHECK(failed.error().contains(QStringLiteral("disk trouble")));
    CHECK(tableDump(f.w) == before);
    f.exec(QStringLiteral("DROP TRIGGER refuse_visit"));

    auto removed = CaseRemoval(f.w).remove(f.target.id);
    REQUIRE(removed.ok());
    const QStringList deleted = tableDump(f.w);
    f.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_visit BEFORE INSERT ON monitoring_visit BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
    const Status notRestored = CaseRemoval(f.w).restore(*removed);
    REQUIRE_FALSE(notRestored.ok());
    CHECK(notRestored.error().contains(f.target.caseCode));
    CHECK(tableDump(f.w) == deleted);
    f.exec(QStringLiteral("DROP TRIGGER refuse_visit"));
    REQUIRE(CaseRemoval(f.w).restore(*removed));
    CHECK(tableDump(f.w) == before);
}

TEST_CASE("A case without review or RTL items takes only itself, a second undo of the same case is refused", "[storage][removal]")
{
    RemovalFixture f;
    Subject subject;
    subject.group = TargetGroup::Balita;
    subject.name = QStringLiteral("Tanpa kajian");
    REQUIRE(SubjectRepository(f.w).save(subject));
    AuditCase bare;
    bare.cycleId = f.current.id;
    bare.subjectId = subject.id;
    bare.auditNumber = 99;
    bare.caseCode = QStringLiteral("AKS-2024-2-X-99");
    REQUIRE(CaseRepository(f.w).save(bare));
    const QStringList before = tableDump(f.w);

    auto preview = CaseRemoval(f.w).preview(bare.id);
    REQUIRE(preview.ok());
    CHECK_FALSE(preview->takesMore());
    CHECK(CaseRemovalSummary::lines(*preview).isEmpty());
    auto removed = CaseRemoval(f.w).remove(bare.id);
    REQUIRE(removed.ok());
    CHECK(CaseRepository(f.w).findByCode(bare.caseCode).ok() == false);
    REQUIRE(CaseRemoval(f.w).restore(*removed));
    CHECK(tableDump(f.w) == before);
    const Status again = CaseRemoval(f.w).restore(*removed);  // already back: its place is taken
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("cannot be put back")));
    CHECK(tableDump(f.w) == before);

    // A case selected in its place since the delete keeps the deleted one from coming back.
    auto again2 = CaseRemoval(f.w).remove(bare.id);
    REQUIRE(again2.ok());
    AuditCase replacement = bare;
    replacement.id = 0;
    replacement.uuid.clear();
    replacement.caseCode = QStringLiteral("AKS-2024-2-X-98");
    REQUIRE(CaseRepository(f.w).save(replacement));  // same subject and audit number
    const QStringList replaced = tableDump(f.w);
    CHECK_FALSE(CaseRemoval(f.w).restore(*again2).ok());
    CHECK(tableDump(f.w) == replaced);
}
