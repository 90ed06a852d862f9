#include <catch2/catch.hpp>

#include "CliRunner.h"
#include "PdfText.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
struct DemoFolder {
    QTemporaryDir dir;
    QString workspace = dir.filePath(QStringLiteral("demo.tuntas"));
    DemoFolder() { REQUIRE(CliRun::run({QStringLiteral("demo"), QStringLiteral("--today"), QStringLiteral("2024-09-16"), workspace}).exitCode == 0); }
    QString file(const QString &name) const { return dir.filePath(name); }
    CliRun report(const QStringList &arguments) const { return CliRun::run(QStringList{QStringLiteral("report"), workspace} + arguments); }

    QList<QStringList> printRecords() const
    {
        auto opened = Workspace::open(workspace);
        REQUIRE(opened.ok());
        QSqlQuery query(opened.value()->database());
        REQUIRE(query.exec(QStringLiteral("SELECT document_kind, case_code, printed_by, destination, printed_at FROM print_record ORDER BY id")));
        QList<QStringList> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString()});
        return rows;
    }

    // The first meeting number that `report attendance` without --meeting lists for the cycle.
    QString firstMeeting(const QString &cycle) const
    {
        const CliRun listed = report({QStringLiteral("attendance"), QStringLiteral("--cycle"), cycle, QStringLiteral("-o"), file(QStringLiteral("x.pdf"))});
        REQUIRE(listed.exitCode != 0);
        const auto match = QRegularExpression(QStringLiteral("--meeting (\\d+)")).match(listed.err);
        REQUIRE(match.hasMatch());
        return match.captured(1);
    }

    // A child case code of the cycle, from the exported case list.
    QString childCase(const QString &cycle) const
    {
        const QString csv = file(QStringLiteral("cases.csv"));
        REQUIRE(CliRun::run({QStringLiteral("export"), workspace, QStringLiteral("cases"), QStringLiteral("--cycle"), cycle, QStringLiteral("-o"), csv})
                    .exitCode == 0);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto match = QRegularExpression(QStringLiteral("AKS-\\d{4}-\\d-BDT-\\d+")).match(QString::fromUtf8(file.readAll()));
        REQUIRE(match.hasMatch());
        return match.captured(0);
    }
};
}

TEST_CASE("tuntas-cli report writes every document of the demo as a PDF", "[cli][report]")
{
    DemoFolder demo;
    const QString cycle = QStringLiteral("2024-1");
    const QString meeting = demo.firstMeeting(cycle);
    const QString child = demo.childCase(cycle);
    const QList<QStringList> runs = {
        {QStringLiteral("handout"), QStringLiteral("--cycle"), cycle},
        {QStringLiteral("rtl"), QStringLiteral("--cycle"), cycle},
        {QStringLiteral("attendance"), QStringLiteral("--meeting"), meeting},
        {QStringLiteral("record"), QStringLiteral("--meeting"), meeting},
        {QStringLiteral("decree"), QStringLiteral("--cycle"), cycle},
        {QStringLiteral("worksheet"), QStringLiteral("--group"), QStringLiteral("BUMIL")},
        {QStringLiteral("worksheet"), QStringLiteral("--case"), child, QStringLiteral("--internal")},
        {QStringLiteral("growth-chart"), QStringLiteral("--case"), child},
        {QStringLiteral("evaluation"), QStringLiteral("--cycle"), cycle},
        {QStringLiteral("cycle-report"), QStringLiteral("--cycle"), cycle},
    };
    for (const QStringList &arguments : runs) {
        const QString pdf = demo.file(arguments.join(QLatin1Char('_')).remove(QLatin1Char('-')) + QStringLiteral(".pdf"));
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = demo.report(arguments + QStringList{QStringLiteral("-o"), pdf});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QStringList pages = PdfText::pages(pdf);
        REQUIRE_FALSE(pages.isEmpty());
        CHECK(run.out.contains(QStringLiteral("written to %1").arg(pdf)));
        CHECK(run.out.contains(QString::number(pages.size())));
        CHECK(pages.first().contains(QStringLiteral("Page 1 of %1").arg(pages.size())));
    }
    // Only the filled worksheet was an internal copy, and only it was recorded.
    const QList<QStringList> records = demo.printRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().at(0) == QStringLiteral("worksheet"));
    CHECK(records.first().at(1) == child);
    CHECK_FALSE(records.first().at(2).isEmpty());
    CHECK(records.first().at(3).endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("tuntas-cli report marks and records an internal copy of the handout", "[cli][report]")
{
    DemoFolder demo;
    const QString anonymous = demo.file(QStringLiteral("handout.pdf"));
    const QString internal = demo.file(QStringLiteral("handout-internal.pdf"));
    REQUIRE(demo.report({QStringLiteral("handout"), QStringLiteral("--cycle"), QStringLiteral("2024-1"), QStringLiteral("-o"), anonymous}).exitCode == 0);
    CHECK_FALSE(PdfText::all(anonymous).contains(QStringLiteral("CONFIDENTIAL")));
    CHECK(demo.printRecords().isEmpty());

    const CliRun run = demo.report({QStringLiteral("handout"), QStringLiteral("--cycle"), QStringLiteral("2024-1"), QStringLiteral("--internal"),
                                    QStringLiteral("-o"), internal});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("internal copy")));
    const QStringList pages = PdfText::pages(internal);
    REQUIRE_FALSE(pages.isEmpty());
    for (const QString &page : pages)
        CHECK(page.contains(QStringLiteral("CONFIDENTIAL")));
    const QList<QStringList> records = demo.printRecords();
    REQUIRE(records.size() == 1);
    CHECK(records.first().at(0) == QStringLiteral("handout"));
    CHECK(records.first().at(3) == internal);
}

TEST_CASE("tuntas-cli report writes nothing and records nothing when the PDF cannot be written", "[cli][report]")
{
    DemoFolder demo;
    const QString nowhere = demo.file(QStringLiteral("no/such/folder/handout.pdf"));
    const CliRun run = demo.report({QStringLiteral("handout"), QStringLiteral("--cycle"), QStringLiteral("2024-1"), QStringLiteral("--internal"),
                                    QStringLiteral("-o"), nowhere});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("handout.pdf")));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(demo.printRecords().isEmpty());
}

TEST_CASE("tuntas-cli report says clearly what is wrong with its arguments", "[cli][report]")
{
    DemoFolder demo;
    const QString pdf = demo.file(QStringLiteral("out.pdf"));
    const auto error = [&](const QStringList &arguments) {
        const CliRun run = demo.report(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        return run.err;
    };
    CHECK(error({QStringLiteral("poster"), QStringLiteral("-o"), pdf}).contains(QStringLiteral("'poster' is not a document; choose one of handout, rtl")));
    CHECK(error({QStringLiteral("handout")}).contains(QStringLiteral("-o FILE.pdf")));
    CHECK(error({QStringLiteral("handout"), QStringLiteral("-o"), demo.file(QStringLiteral("out.docx"))}).contains(QStringLiteral("ending in .pdf")));
    CHECK(error({QStringLiteral("handout"), QStringLiteral("--cycle"), QStringLiteral("2031-1"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("there is no cycle 2031-1")));
    CHECK(error({QStringLiteral("handout"), QStringLiteral("--cycle"), QStringLiteral("semester 1"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("YEAR-N")));
    CHECK(error({QStringLiteral("growth-chart"), QStringLiteral("-o"), pdf}).contains(QStringLiteral("--case CODE")));
    CHECK(error({QStringLiteral("growth-chart"), QStringLiteral("--case"), QStringLiteral("AKS-1999-1-BDT-01"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("there is no case AKS-1999-1-BDT-01")));
    CHECK(error({QStringLiteral("handout"), QStringLiteral("--group"), QStringLiteral("BADUTA"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("blank worksheets only")));
    CHECK(error({QStringLiteral("worksheet"), QStringLiteral("--group"), QStringLiteral("LANSIA"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("'LANSIA' is not a target group")));
    CHECK(error({QStringLiteral("rtl"), QStringLiteral("--date"), QStringLiteral("31/10/2023"), QStringLiteral("-o"), pdf})
              .contains(QStringLiteral("yyyy-mm-dd")));
    CHECK(error({QStringLiteral("record"), QStringLiteral("--meeting"), QStringLiteral("9999"), QStringLiteral("-o"), pdf}).contains(QStringLiteral("meeting")));
    const QString listed = error({QStringLiteral("attendance"), QStringLiteral("--cycle"), QStringLiteral("2024-1"), QStringLiteral("-o"), pdf});
    CHECK(listed.contains(QStringLiteral("give the meeting with --meeting ID")));
    CHECK(listed.contains(QRegularExpression(QStringLiteral("--meeting \\d+  Dissemination, \\w+day, \\d+ \\w+ 2024"))));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("tuntas-cli report speaks Indonesian by default", "[cli][report]")
{
    DemoFolder demo;
    const CliRun run = CliRun::run({QStringLiteral("report"), demo.workspace, QStringLiteral("poster"), QStringLiteral("-o"), demo.file(QStringLiteral("x.pdf"))},
                                   "id");
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("bukan dokumen")));
}
