#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "importing/CsvTable.h"
#include "importing/ImportPlan.h"
#include "importing/ImportRunner.h"
#include "importing/SubjectFields.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"

#include <QSet>
#include <algorithm>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QString KnownNik = QStringLiteral("3299014504220003");

// Two desa and one child already registered, the same in every workspace of these tests.
void prepare(Workspace &w)
{
    RegionRepository regions(w);
    Kecamatan k{{}, QStringLiteral("32.99.01"), QStringLiteral("Cibeureum")};
    REQUIRE(regions.save(k));
    for (const char *name : {"Sindangsari", "Babakan"}) {
        Desa d;
        d.kecamatanId = k.id;
        d.code = QStringLiteral("32.99.01.200") + QString::number(qstrlen(name));
        d.name = QLatin1String(name);
        REQUIRE(regions.save(d));
    }
    Subject known;
    known.group = TargetGroup::Baduta;
    known.name = QStringLiteral("Raka Pratama");
    known.nik = KnownNik;
    known.sex = Sex::Male;
    known.birthDate = QDate(2022, 4, 5);
    known.desaId = regions.desa()->first().id;
    REQUIRE(SubjectRepository(w).save(known));
}

// An e-PPGBM-like file: new children, some twice, the known child now and then, rows without
// NIK, mother, length or position, and every 97th row unreadable.
QByteArray file(int rows)
{
    QByteArray csv = "NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n";
    for (int i = 0; i < rows; ++i) {
        const int child = i % 10 == 9 ? i - 5 : i;  // every tenth line repeats a child five lines up
        const QDate born = QDate(2020, 1, 1).addDays(child * 7 % 1600);
        const QByteArray nik = i % 25 == 24 ? KnownNik.toUtf8() : (child % 7 == 3 ? QByteArray() : "3299010101" + QByteArray::number(100000 + child));
        const QByteArray name = i % 25 == 24 ? "Raka Pratama" : "Anak Ke " + QByteArray::number(child);
        const QByteArray bornText = i % 97 == 50 ? "31/13/2022" : born.toString(QStringLiteral("dd/MM/yyyy")).toUtf8();
        const double months = born.daysTo(QDate(2024, 9, 10)) / 30.4375;
        csv += nik + ";" + name + ";" + (child % 2 ? "L" : "P") + ";" + bornText + ";" + (child % 5 == 1 ? "" : "Ibu " + QByteArray::number(child)) + ";" +
               (child % 3 ? "Sindangsari" : "Babakan") + ";" + QDate(2024, 9, 10).addDays(i % 10 == 9 ? 30 : 0).toString(QStringLiteral("dd/MM/yyyy")).toUtf8() +
               ";" + QByteArray::number(3.3 + 0.25 * months, 'f', 1) + ";" + (child % 11 == 4 ? "" : QByteArray::number(50 + 1.1 * months, 'f', 1)) + ";" +
               (child % 13 == 6 ? "" : (months < 24 ? "Terlentang" : "Berdiri")) + "\n";
    }
    return csv;
}

ImportPlan plan(Workspace &w, int rows)
{
    auto table = CsvTable::read(file(rows));
    REQUIRE(table.ok());
    auto plan = ImportPlan::build(w, *table, TargetGroup::Baduta, DataSource::Eppgbm);
    REQUIRE(plan.ok());
    return *plan;
}

// How imports stored rows before they went through SubjectBatchWriter: each one through the
// repository, with a subject_field_source row per field the file gave.
void storeOneByOne(Workspace &w, const ImportPlan &plan)
{
    REQUIRE(w.write([&]() -> Status {
        SubjectRepository subjects(w);
        QHash<int, Subject> subjectOfLine;
        for (const ImportRow &row : plan.rows) {
            if (!row.problems.isEmpty())
                continue;
            Subject subject;
            const bool known = row.isDuplicate() && row.choice != DuplicateChoice::KeepBoth;
            if (known && row.existingSubjectId)
                subject = *subjects.find(row.existingSubjectId);
            else if (known)
                subject = subjectOfLine.value(row.sameAsLine);
            if (known) {
                const QList<ImportField> taken = row.fieldsTakenFromFile();
                for (ImportField field : taken)
                    SubjectFields::copy(row.subject, subject, field);
                if (!taken.isEmpty()) {
                    REQUIRE(subjects.save(subject));
                    for (ImportField field : taken) {
                        FieldSource source{{}, subject.id, SubjectFields::column(field), plan.source, false};
                        REQUIRE(subjects.save(source));
                    }
                }
            } else {
                subject = row.subject;
                REQUIRE(subjects.save(subject));
                for (ImportField field : SubjectFields::identity()) {
                    if (SubjectFields::isEmpty(subject, field))
                        continue;
                    FieldSource source{{}, subject.id, SubjectFields::column(field), plan.source, false};
                    REQUIRE(subjects.save(source));
                }
            }
            subjectOfLine.insert(row.line, subject);
            if (known && row.sameAsLine)
                subjectOfLine.insert(row.sameAsLine, subject);
            if (row.measurement) {
                Measurement measurement = *row.measurement;
                measurement.subjectId = subject.id;
                REQUIRE(subjects.save(subject, measurement));
            }
        }
        return {};
    }));
}

// Every row of a table but the bookkeeping a store stamps anew (UUID, times), by id.
QList<QVariantList> contents(Workspace &w, const QString &table)
{
    static const QSet<QString> stamped = {QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                          QStringLiteral("source_fields")};
    QSqlQuery q(w.database());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i) {
            if (!stamped.contains(q.record().fieldName(i)) && !(table == QLatin1String("subject") && q.record().fieldName(i) == QLatin1String("source")))
                row << q.value(i);
        }
        rows << row;
    }
    return rows;
}

QStringList sourcesOf(Workspace &w, qint64 subjectId)
{
    QStringList sources;
    for (const FieldSource &f : *SubjectRepository(w).fieldSources(subjectId))
        sources << f.field + QLatin1Char('=') + enumCode(f.source) + (f.verified ? QStringLiteral("+") : QString());
    return sources;
}

// Everything in the workspace, table by table, to show that a failed import changed nothing.
QStringList everything(Workspace &w)
{
    QSqlQuery tables(w.database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    QStringList lines;
    while (tables.next()) {
        QSqlQuery rows(w.database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(tables.value(0).toString())));
        while (rows.next()) {
            QStringList values{tables.value(0).toString()};
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

int count(Workspace &w, const QString &sql)
{
    QSqlQuery q(w.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
}

TEST_CASE("An import stores the same subjects, measurements, z-scores and field sources as saving row by row", "[import][storage]")
{
    TemporaryWorkspace imported;
    TemporaryWorkspace reference;
    prepare(imported.workspace());
    prepare(reference.workspace());
    ImportPlan importPlan = plan(imported.workspace(), 300);
    ImportPlan referencePlan = plan(reference.workspace(), 300);
    REQUIRE(importPlan.duplicateCount() >= 30);
    REQUIRE(importPlan.rejectedCount() > 0);
    // Some known people take the file's values: updates and field sources of their own.
    for (ImportPlan *p : {&importPlan, &referencePlan}) {
        for (int i = 0; i < p->rows.size(); i += 4) {
            if (p->rows[i].isDuplicate())
                p->rows[i].choice = DuplicateChoice::TakeFile;
        }
    }

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto counts = ImportRunner::write(imported.workspace(), importPlan, true);
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    REQUIRE(counts.ok());
    storeOneByOne(reference.workspace(), referencePlan);
    CHECK(counts->newSubjects + 1 == count(imported.workspace(), QStringLiteral("SELECT COUNT(*) FROM subject")));
    CHECK(counts->updatedSubjects > 0);
    CHECK(counts->measurements == count(imported.workspace(), QStringLiteral("SELECT COUNT(*) FROM measurement")));
    CHECK(counts->skipped == importPlan.rejectedCount());

    const auto subjects = contents(imported.workspace(), QStringLiteral("subject"));
    REQUIRE(subjects.size() > 200);
    CHECK(subjects == contents(reference.workspace(), QStringLiteral("subject")));
    const auto measurements = contents(imported.workspace(), QStringLiteral("measurement"));
    CHECK(measurements == contents(reference.workspace(), QStringLiteral("measurement")));
    CHECK(count(imported.workspace(), QStringLiteral("SELECT COUNT(*) FROM measurement WHERE z_length_age IS NOT NULL")) > 200);
    CHECK(count(imported.workspace(), QStringLiteral("SELECT COUNT(*) FROM measurement WHERE z_weight_age IS NOT NULL")) == measurements.size());

    for (const QVariantList &subject : subjects) {
        const qint64 id = subject.first().toLongLong();
        INFO("subject " << id);
        CHECK(sourcesOf(imported.workspace(), id) == sourcesOf(reference.workspace(), id));
    }
    CHECK(sourcesOf(imported.workspace(), 2).contains(QStringLiteral("birth_date=eppgbm")));

    for (const char *table : {"subject", "measurement", "subject_field_source"}) {
        INFO(table);
        CHECK(count(imported.workspace(), QStringLiteral("SELECT COUNT(DISTINCT uuid) FROM %1 WHERE length(uuid) = 36").arg(QLatin1String(table))) ==
              count(imported.workspace(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    }
    QSqlQuery times(imported.workspace().database());
    REQUIRE(times.exec(QStringLiteral("SELECT created_at, updated_at FROM subject WHERE id > 1 UNION ALL SELECT created_at, updated_at FROM measurement")));
    int stampedRows = 0;
    while (times.next()) {
        const QDateTime created = QDateTime::fromString(times.value(0).toString(), Qt::ISODateWithMs);
        INFO(times.value(0).toString().toStdString());
        CHECK(created >= before);
        CHECK(created <= after);
        CHECK(QDateTime::fromString(times.value(1).toString(), Qt::ISODateWithMs) >= created);
        ++stampedRows;
    }
    CHECK(stampedRows == subjects.size() - 1 + measurements.size());
    CHECK(imported.workspace().integrityProblems().isEmpty());
}

TEST_CASE("An import that fails at row N of 1,000 leaves the workspace exactly as it was", "[import][storage]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    prepare(w);
    ImportPlan failing = plan(w, 1000);
    const QStringList before = everything(w);
    const int line = failing.rows[700].line;

    SECTION("a subject whose desa does not exist")
    {
        failing.rows[700].subject.desaId = 999999;
        failing.rows[700].existingSubjectId = failing.rows[700].sameAsLine = 0;
        auto result = ImportRunner::write(w, failing, true);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("Line %1").arg(line)));
        CHECK(result.error().contains(QStringLiteral("FOREIGN KEY")));
    }
    SECTION("a measurement without a date")
    {
        REQUIRE(failing.rows[700].measurement);
        failing.rows[700].measurement->measuredOn = QDate();
        auto result = ImportRunner::write(w, failing, true);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("Line %1").arg(line)));
        CHECK(result.error().contains(QStringLiteral("measured_on")));
    }
    SECTION("cancelled half way")
    {
        auto result = ImportRunner::write(w, failing, true, [](int done, int total) { return done < total / 2; });
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().contains(QStringLiteral("cancelled")));
    }
    CHECK(everything(w) == before);
    CHECK(w.integrityProblems().isEmpty());

    // And the same plan, untouched, is stored in full afterwards.
    auto stored = ImportRunner::write(w, plan(w, 1000), true);
    REQUIRE(stored.ok());
    CHECK(count(w, QStringLiteral("SELECT COUNT(*) FROM measurement")) == stored->measurements);
}

TEST_CASE("Importing the same file again adds the measurements to the people it stored the first time", "[import][storage]")
{
    TemporaryWorkspace temp;
    Workspace &w = temp.workspace();
    prepare(w);
    auto first = ImportRunner::write(w, plan(w, 200), true);
    REQUIRE(first.ok());
    const int subjects = count(w, QStringLiteral("SELECT COUNT(*) FROM subject"));

    const ImportPlan again = plan(w, 200);
    CHECK(std::none_of(again.rows.begin(), again.rows.end(), [](const ImportRow &row) { return !row.isRejected() && !row.isDuplicate(); }));
    auto second = ImportRunner::write(w, again, true);
    REQUIRE(second.ok());
    CHECK(second->newSubjects == 0);
    CHECK(second->measurements == first->measurements);
    CHECK(count(w, QStringLiteral("SELECT COUNT(*) FROM subject")) == subjects);
    CHECK(count(w, QStringLiteral("SELECT COUNT(*) FROM measurement")) == 2 * first->measurements);
    CHECK(count(w, QStringLiteral("SELECT COUNT(*) FROM measurement WHERE z_weight_age IS NULL")) == 0);
}
