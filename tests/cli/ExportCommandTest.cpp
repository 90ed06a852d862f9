#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
struct CsvFile {
    QByteArray bytes;
    QStringList header;
    QList<QStringList> rows;

    // The values of one column, by its header.
    QStringList column(const QString &name) const
    {
        const qsizetype index = header.indexOf(name);
        REQUIRE(index >= 0);
        QStringList values;
        for (const QStringList &row : rows)
            values.append(row.value(index));
        return values;
    }
};

// The exports of the demo have no quoted fields with line breaks, so lines are rows.
CsvFile readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvFile csv;
    csv.bytes = file.readAll();
    REQUIRE(csv.bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(csv.bytes.endsWith("\r\n"));
    QStringList lines = QString::fromUtf8(csv.bytes.mid(3)).split(QStringLiteral("\r\n"));
    lines.removeLast();
    csv.header = lines.takeFirst().split(QLatin1Char(';'));
    for (const QString &line : lines)
        csv.rows.append(line.split(QLatin1Char(';')));
    return csv;
}

int count(const QString &workspacePath, const QString &table)
{
    auto workspace = Workspace::open(workspacePath);
    REQUIRE(workspace.ok());
    QSqlQuery query(workspace.value()->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

// Everything in the folder but the workspace (and its journal).
QStringList filesIn(const QTemporaryDir &dir)
{
    QStringList names = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    names.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("demo.tuntas")); });
    return names;
}

struct DemoFolder {
    QTemporaryDir dir;
    QString workspace = dir.filePath(QStringLiteral("demo.tuntas"));
    DemoFolder() { REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), workspace}).exitCode == 0); }
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
    CliRun exportTo(const QString &what, const QString &path, const QStringList &more = {}) const
    {
        return CliRun::run(QStringList{QStringLiteral("export"), workspace, what, QStringLiteral("-o"), path} + more);
    }
};
}

TEST_CASE("tuntas-cli export writes every subject and measurement, NIK with its 16 digits and decimal commas", "[cli][export]")
{
    DemoFolder demo;
    const int subjects = count(demo.workspace, QStringLiteral("subject"));
    const int measurements = count(demo.workspace, QStringLiteral("measurement"));

    const CliRun run = demo.exportTo(QStringLiteral("subjects"), demo.file("subjects.csv"));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Rows written to %1: %2.").arg(demo.file("subjects.csv")).arg(subjects)));
    const CsvFile csv = readCsv(demo.file("subjects.csv"));
    CHECK(csv.header.mid(0, 7)
          == QStringList{QStringLiteral("ID"), QStringLiteral("Group"), QStringLiteral("NIK"), QStringLiteral("KK number"), QStringLiteral("Name"),
                         QStringLiteral("Sex"), QStringLiteral("Birth date")});
    CHECK(csv.rows.size() == subjects);
    int niks = 0;
    for (const QString &nik : csv.column(QStringLiteral("NIK"))) {
        if (nik.isEmpty())
            continue;
        CHECK(QRegularExpression(QStringLiteral("^\\d{16}$")).match(nik).hasMatch());
        ++niks;
    }
    CHECK(niks > subjects / 2);
    for (const QString &born : csv.column(QStringLiteral("Birth date")))
        CHECK(QRegularExpression(QStringLiteral("^(\\d\\d/\\d\\d/\\d{4})?$")).match(born).hasMatch());
    CHECK(csv.column(QStringLiteral("Group")).contains(QStringLiteral("Child under two (BADUTA)")));

    REQUIRE(demo.exportTo(QStringLiteral("measurements"), demo.file("measurements.csv")).exitCode == 0);
    const CsvFile measured = readCsv(demo.file("measurements.csv"));
    CHECK(measured.rows.size() == measurements);
    int decimals = 0;
    for (const QString &weight : measured.column(QStringLiteral("Weight (kg)"))) {
        CHECK_FALSE(weight.contains(QLatin1Char('.')));
        decimals += weight.contains(QLatin1Char(','));
    }
    CHECK(decimals > 0);

    const CliRun xlsx = demo.exportTo(QStringLiteral("subjects"), demo.file("subjects.xlsx"));
    REQUIRE(xlsx.exitCode == 0);
    CHECK(xlsx.out.contains(QStringLiteral("Rows written to %1: %2.").arg(demo.file("subjects.xlsx")).arg(subjects)));
    QFile workbook(demo.file("subjects.xlsx"));
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
    CHECK(filesIn(demo.dir) == QStringList{QStringLiteral("measurements.csv"), QStringLiteral("subjects.csv"), QStringLiteral("subjects.xlsx")});
}

TEST_CASE("tuntas-cli export cases writes case codes and no subject's name, of all cycles or of one", "[cli][export]")
{
    DemoFolder demo;
    REQUIRE(demo.exportTo(QStringLiteral("subjects"), demo.file("subjects.csv")).exitCode == 0);
    const CsvFile subjects = readCsv(demo.file("subjects.csv"));

    const CliRun run = demo.exportTo(QStringLiteral("cases"), demo.file("cases.csv"));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Rows written to %1: 19.").arg(demo.file("cases.csv"))));
    const CsvFile cases = readCsv(demo.file("cases.csv"));
    CHECK(cases.rows.size() == count(demo.workspace, QStringLiteral("audit_case")));
    for (const QString &code : cases.column(QStringLiteral("Case code")))
        CHECK(QRegularExpression(QStringLiteral("^AKS-2024-[12]-[A-Z]{3}-\\d\\d$")).match(code).hasMatch());
    const QString text = QString::fromUtf8(cases.bytes);
    for (const QString &name : subjects.column(QStringLiteral("Name")))
        CHECK_FALSE(text.contains(name));
    for (const QString &nik : subjects.column(QStringLiteral("NIK")))
        CHECK_FALSE((!nik.isEmpty() && text.contains(nik)));
    CHECK_FALSE(text.contains(QStringLiteral("high_risk_mother")));

    const CliRun first = demo.exportTo(QStringLiteral("cases"), demo.file("cases-2024-1.xlsx"), {QStringLiteral("--cycle"), QStringLiteral("2024-1")});
    REQUIRE(first.exitCode == 0);
    const int firstCycle = int(cases.column(QStringLiteral("Case code")).filter(QStringLiteral("AKS-2024-1-")).size());
    CHECK(firstCycle > 0);
    CHECK(firstCycle < 19);
    CHECK(first.out.contains(QStringLiteral("Rows written to %1: %2.").arg(demo.file("cases-2024-1.xlsx")).arg(firstCycle)));
    CHECK(demo.exportTo(QStringLiteral("cases"), demo.file("c.csv"), {QStringLiteral("--cycle"), QStringLiteral("2024-2")})
              .out.contains(QStringLiteral(": %1.").arg(19 - firstCycle)));
}

TEST_CASE("tuntas-cli export refuses what it cannot do and leaves no file behind", "[cli][export]")
{
    DemoFolder demo;
    const QStringList before = filesIn(demo.dir);
    REQUIRE(before.isEmpty());
    auto refused = [&](const CliRun &run, const QString &message) {
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(message));
        CHECK(run.out.isEmpty());
        CHECK(filesIn(demo.dir) == before);
    };
    refused(demo.exportTo(QStringLiteral("people"), demo.file("people.csv")),
            QStringLiteral("'people' cannot be exported; choose subjects, measurements or cases."));
    refused(demo.exportTo(QStringLiteral("subjects"), demo.file("subjects.txt")), QStringLiteral("must end in .csv or .xlsx"));
    refused(demo.exportTo(QStringLiteral("subjects"), demo.file("subjects")), QStringLiteral("must end in .csv or .xlsx"));
    refused(CliRun::run({QStringLiteral("export"), demo.workspace, QStringLiteral("subjects")}), QStringLiteral("-o FILE.csv or -o FILE.xlsx"));
    for (const char *path : {"missing/subjects.csv", "missing/subjects.xlsx"})
        refused(demo.exportTo(QStringLiteral("subjects"), demo.file(path)),
                QDir::toNativeSeparators(demo.file(path)) + QStringLiteral(" cannot be written: "));
    refused(demo.exportTo(QStringLiteral("cases"), demo.file("cases.csv"), {QStringLiteral("--cycle"), QStringLiteral("2031-1")}),
            QStringLiteral("there is no cycle 2031-1 in this workspace."));
    refused(demo.exportTo(QStringLiteral("cases"), demo.file("cases.csv"), {QStringLiteral("--cycle"), QStringLiteral("2024")}),
            QStringLiteral("give the cycle as YEAR-N"));
    refused(demo.exportTo(QStringLiteral("subjects"), demo.file("subjects.csv"), {QStringLiteral("--cycle"), QStringLiteral("2024-1")}),
            QStringLiteral("--cycle applies to cases only"));

    const CliRun help = CliRun::run({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--cycle")));
}
