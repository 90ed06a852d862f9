#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "demo/DemoDistrict.h"
#include "domain/CaseOutcome.h"
#include "domain/DataSource.h"
#include "domain/SelectionReason.h"
#include "domain/TargetGroup.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/ExportRepository.h"
#include "storage/SubjectRepository.h"

#include <QSet>

namespace {
template <typename E>
QSet<QString> allNames()
{
    QSet<QString> result;
    for (E value : enumValues<E>())
        result.insert(enumName(value));
    return result;
}

// The values of one column, by its header.
QVariantList column(const ExportTable &table, const QString &header)
{
    const qsizetype index = table.header.indexOf(header);
    REQUIRE(index >= 0);
    QVariantList values;
    for (const QVariantList &row : table.rows)
        values.append(row.at(index));
    return values;
}

struct DemoFixture {
    TemporaryWorkspace temp;
    DemoFixture() { REQUIRE(DemoDistrict::populate(temp.workspace(), QDate(2024, 9, 16))); }
};
}

TEST_CASE("Exported subjects carry typed values and the names users know instead of codes", "[storage][export]")
{
    DemoFixture demo;
    const auto table = ExportRepository(demo.temp.workspace()).subjects();
    REQUIRE(table.ok());
    CHECK(table->title == QStringLiteral("Subjects"));
    CHECK(table->rows.size() == SubjectRepository(demo.temp.workspace()).all()->size());
    for (const QVariantList &row : table->rows)
        REQUIRE(row.size() == table->header.size());

    const QSet<QString> groups = allNames<TargetGroup>();
    for (const QVariant &group : column(*table, QStringLiteral("Group")))
        CHECK(groups.contains(group.toString()));
    int niks = 0;
    for (const QVariant &nik : column(*table, QStringLiteral("NIK"))) {
        CHECK(nik.typeId() == QMetaType::QString);
        niks += nik.toString().size() == 16;
    }
    CHECK(niks > 0);
    for (const QVariant &sex : column(*table, QStringLiteral("Sex")))
        CHECK((sex.isNull() || sex == QStringLiteral("Male") || sex == QStringLiteral("Female")));
    for (const QVariant &born : column(*table, QStringLiteral("Birth date")))
        CHECK((born.isNull() || born.typeId() == QMetaType::QDate));
}

TEST_CASE("Exported measurements have numbers as numbers and dates as dates", "[storage][export]")
{
    DemoFixture demo;
    const auto table = ExportRepository(demo.temp.workspace()).measurements();
    REQUIRE(table.ok());
    CHECK(table->title == QStringLiteral("Measurements"));
    REQUIRE_FALSE(table->rows.isEmpty());
    for (const QVariant &measured : column(*table, QStringLiteral("Measured on")))
        CHECK(measured.typeId() == QMetaType::QDate);
    int weights = 0;
    for (const QVariant &weight : column(*table, QStringLiteral("Weight (kg)"))) {
        CHECK((weight.isNull() || weight.typeId() == QMetaType::Double));
        weights += !weight.isNull();
    }
    CHECK(weights > 0);
    const QSet<QString> positions{QStringLiteral("Lying (length)"), QStringLiteral("Standing (height)")};
    for (const QVariant &position : column(*table, QStringLiteral("Measured")))
        CHECK((position.isNull() || positions.contains(position.toString())));
    for (const QVariant &source : column(*table, QStringLiteral("Source")))
        CHECK(allNames<DataSource>().contains(source.toString()));
}

TEST_CASE("Exported cases carry case codes and readable reasons and outcomes, never a name, NIK or birth date", "[storage][export]")
{
    DemoFixture demo;
    Workspace &w = demo.temp.workspace();
    const auto table = ExportRepository(w).cases();
    REQUIRE(table.ok());
    CHECK(table->rows.size() == 19);
    for (const QString &header : {QStringLiteral("Name"), QStringLiteral("NIK"), QStringLiteral("Birth date"), QStringLiteral("Address")})
        CHECK_FALSE(table->header.contains(header));

    QSet<QString> identities;
    for (const Subject &subject : *SubjectRepository(w).all())
        identities << subject.name << subject.motherName << subject.fatherName << subject.spouseName << subject.nik << subject.kkNumber
                   << subject.address;
    identities.remove(QString());
    const qsizetype codeColumn = table->header.indexOf(QStringLiteral("Case code"));
    for (const QVariantList &row : table->rows) {
        const auto auditCase = CaseRepository(w).findByCode(row.at(codeColumn).toString());
        REQUIRE(auditCase.ok());
        const QDate born = SubjectRepository(w).find(auditCase->subjectId)->birthDate;
        for (const QVariant &value : row) {
            INFO(value.toString().toStdString());
            CHECK_FALSE(identities.contains(value.toString()));
            CHECK_FALSE((born.isValid() && value == QVariant(born)));
        }
    }
    for (const QVariant &code : column(*table, QStringLiteral("Case code")))
        CHECK(code.toString().startsWith(QStringLiteral("AKS-2024-")));

    const QSet<QString> reasons = allNames<SelectionReason>();
    int withReasons = 0;
    for (const QVariant &value : column(*table, QStringLiteral("Selection reasons"))) {
        for (const QString &reason : value.toString().split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            CHECK(reasons.contains(reason));
            ++withReasons;
        }
    }
    CHECK(withReasons > 0);
    const QSet<QString> outcomes = allNames<CaseOutcome>();
    int withOutcome = 0;
    for (const QVariant &outcome : column(*table, QStringLiteral("Outcome"))) {
        CHECK((outcome.isNull() || outcomes.contains(outcome.toString())));
        withOutcome += !outcome.isNull();
    }
    CHECK(withOutcome > 0);

    // One cycle's cases only.
    for (const Cycle &cycle : *CycleRepository(w).all()) {
        const auto ofCycle = ExportRepository(w).table(ExportContent::Cases, cycle.id);
        REQUIRE(ofCycle.ok());
        CHECK(ofCycle->rows.size() == CaseRepository(w).forCycle(cycle.id)->size());
        for (const QVariant &code : column(*ofCycle, QStringLiteral("Case code")))
            CHECK(code.toString().startsWith(QStringLiteral("AKS-") + cycle.label() + QLatin1Char('-')));
    }
}
