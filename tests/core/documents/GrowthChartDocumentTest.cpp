#include <catch2/catch.hpp>

#include "DemoWorkspace.h"
#include "RenderedPdf.h"
#include "WorksheetTestData.h"
#include "Language.h"
#include "audit/AgeText.h"
#include "documents/DocumentCatalogue.h"
#include "documents/AgeBand.h"
#include "documents/GrowthChartDocument.h"
#include "domain/DateText.h"

#include <QDir>
#include <QLocale>
#include <cmath>

using WorksheetTestData::normalised;

namespace {

DocumentRequest chartRequest(const QString &caseCode, bool internal = false)
{
    DocumentRequest request;
    request.kind = DocumentKind::GrowthChart;
    request.caseCode = caseCode;
    request.internal = internal;
    request.issuedOn = DemoWorkspace::today();
    return request;
}

// A child case of the group with at least two measurements.
AuditCase childCase(Workspace &workspace, TargetGroup group)
{
    auto found = WorksheetTestData::findCase(workspace, [&](const AuditCase &, const Subject &subject) {
        return subject.group == group && SubjectRepository(workspace).measurements(subject.id)->size() >= 2;
    });
    REQUIRE(found.has_value());
    return *found;
}

QStringList birthDateTexts(const QDate &date)
{
    return {DateText::date(date), DateText::shortDate(date), DateText::longDate(date), date.toString(Qt::ISODate),
            date.toString(QStringLiteral("dd-MM-yyyy")), date.toString(QStringLiteral("dd/MM/yyyy"))};
}

}  // namespace

TEST_CASE("The growth chart's WHO curves are the tables' LMS values", "[documents][growth-chart]")
{
    using Kind = GrowthCurve::Kind;
    // WHO length-for-age, boys, day 0: M = 49.8842.
    CHECK(GrowthCurve::value(Kind::LengthForAge, Sex::Male, 0, 0) == Approx(49.8842).epsilon(1e-9));
    // 24 months is day 731, the first of the height table: 87.1303 (1 - 2 x 0.03508) = 81.0.
    CHECK(GrowthCurve::value(Kind::LengthForAge, Sex::Male, 24, -2) == Approx(81.0171).margin(0.001));
    // The last day of the length table: 87.8018 (1 - 2 x 0.03479).
    CHECK(GrowthCurve::value(Kind::LengthForAge, Sex::Male, 730 / GrowthCurve::DaysPerMonth, -2) == Approx(81.6926).margin(0.001));
    // Weight-for-age, a Box-Cox power L = 0.3487 at birth for boys: -2 SD is WHO's 2.5 kg.
    CHECK(GrowthCurve::value(Kind::WeightForAge, Sex::Male, 0, -2) == Approx(2.459).margin(0.005));
    CHECK(GrowthCurve::value(Kind::WeightForAge, Sex::Female, 0, 0) == Approx(3.2322).margin(0.0001));
    // Weight-for-length keyed by tenths of a centimetre.
    CHECK(GrowthCurve::value(Kind::WeightForLength, Sex::Male, 45, 0) == Approx(2.441).margin(0.0001));
    CHECK(GrowthCurve::value(Kind::WeightForHeight, Sex::Male, 65, 0) == Approx(7.4327).margin(0.0001));
    // Outside a table there is no value.
    CHECK(std::isnan(GrowthCurve::value(Kind::WeightForLength, Sex::Male, 40, 0)));
    CHECK(std::isnan(GrowthCurve::value(Kind::LengthForAge, Sex::Female, 62, 0)));
}

TEST_CASE("A growth chart drawing maps values into its frame", "[documents][growth-chart]")
{
    const GrowthChartDrawing chart(GrowthCurve::Kind::LengthForAge, Sex::Male, 0, 24, {{3, 55}, {12, 70}});
    const QRectF area(100, 50, 1890, 1230);
    const QRectF plot = chart.plotRect(area);
    REQUIRE(area.contains(plot));
    CHECK(plot.width() > area.width() * 0.8);

    // The corners are the ends of the ranges.
    CHECK(chart.position(plot, 0, chart.firstY()).x() == Approx(plot.left()));
    CHECK(chart.position(plot, 0, chart.firstY()).y() == Approx(plot.bottom()));
    CHECK(chart.position(plot, 24, chart.lastY()).x() == Approx(plot.right()));
    CHECK(chart.position(plot, 24, chart.lastY()).y() == Approx(plot.top()));
    CHECK(chart.position(plot, 12, 0).x() == Approx(plot.center().x()));

    // The y range holds -3 to +3 SD and starts and ends on a 5 cm line.
    const double minus3AtBirth = GrowthCurve::value(GrowthCurve::Kind::LengthForAge, Sex::Male, 0, -3);
    CHECK(chart.firstY() <= minus3AtBirth);
    CHECK(chart.firstY() > minus3AtBirth - 5);
    CHECK(std::fmod(chart.firstY(), 5) == 0);
    CHECK(chart.lastY() >= GrowthCurve::value(GrowthCurve::Kind::LengthForAge, Sex::Male, 730 / GrowthCurve::DaysPerMonth, 3));

    // The median starts at WHO's 49.8842 cm, at the height its value gives.
    const auto median = chart.curve(0);
    REQUIRE(median.size() == 1);  // 0-24 months: the length table only
    CHECK(median.first().first().x == 0);
    CHECK(median.first().first().y == Approx(49.8842));
    CHECK(median.first().last().x == Approx(24));
    CHECK(median.first().last().y == Approx(87.8018).margin(0.0001));  // day 730, still lying
    const QPointF birth = chart.position(plot, 0, 49.8842);
    CHECK(birth.y() == Approx(plot.bottom() - (49.8842 - chart.firstY()) / (chart.lastY() - chart.firstY()) * plot.height()));

    // 0-60 months: length up to day 730, then height from day 731, meeting at 24 months.
    const GrowthChartDrawing five(GrowthCurve::Kind::LengthForAge, Sex::Female, 0, 60, {});
    const auto parts = five.curve(-2);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].last().x == Approx(24));
    CHECK(parts[1].first().x == Approx(24));
    CHECK(parts[0].last().y - parts[1].first().y == Approx(0.7).margin(0.2));
    CHECK(parts[1].last().x == Approx(60));
}

TEST_CASE("A growth chart shows the case's measurements and no identity by default", "[documents][growth-chart]")
{
    DemoWorkspace demo;
    Workspace &workspace = demo.workspace();
    for (TargetGroup group : {TargetGroup::Baduta, TargetGroup::Balita}) {
        INFO(enumCode(group).toStdString());
        const AuditCase auditCase = childCase(workspace, group);
        const Subject subject = *SubjectRepository(workspace).find(auditCase.subjectId);
        const QList<Measurement> measurements = *SubjectRepository(workspace).measurements(subject.id);

        auto document = DocumentCatalogue::build(workspace, chartRequest(auditCase.caseCode));
        REQUIRE(document);
        CHECK_FALSE((*document)->isConfidential());
        RenderedPdf pdf(**document);
        REQUIRE(pdf.ok());
        CHECK(pdf.pageCount() == (*document)->pageCount());
        CHECK(pdf.pageCount() >= 2);
        CHECK(pdf.pageCount() <= 4);
        const QString text = normalised(pdf.text());
        CHECK(text.contains(QStringLiteral("CHILD GROWTH CHART")));
        CHECK(text.contains(auditCase.caseCode));
        CHECK(text.contains(enumName(group)));
        CHECK(text.contains(enumName(*subject.sex)));
        CHECK(text.contains(AgeBand::ofMonths(AgeText::completedMonths(subject.birthDate, measurements.last().measuredOn))));
        CHECK(text.contains(QStringLiteral("Length/height-for-age")));
        CHECK(text.contains(group == TargetGroup::Baduta ? QStringLiteral("Weight-for-length") : QStringLiteral("Weight-for-height")));
        CHECK(text.contains(QStringLiteral("Age (months)")));
        CHECK_FALSE(text.contains(QStringLiteral("CONFIDENTIAL")));

        // The table: every measurement's values and z-scores, in the measurements' order.
        int last = -1;
        for (const Measurement &m : measurements) {
            INFO(m.measuredOn.toString(Qt::ISODate).toStdString());
            CHECK(text.contains(QLocale().toString(m.measuredOn, QStringLiteral("MMM yyyy"))));
            if (m.weightKg)
                CHECK(text.contains(QLocale().toString(*m.weightKg, 'f', 1)));
            if (m.lengthHeightCm)
                CHECK(text.contains(QLocale().toString(*m.lengthHeightCm, 'f', 1)));
            if (m.zLengthAge) {
                const int at = text.indexOf(QLocale().toString(*m.zLengthAge, 'f', 2), last + 1);
                CHECK(at > last);
                last = at;
            }
        }

        // Anonymised: no name, NIK or birth date of anyone in the workspace.
        for (const Subject &anyone : *SubjectRepository(workspace).all()) {
            CHECK_FALSE(text.contains(normalised(anyone.name)));
            if (!anyone.nik.isEmpty())
                CHECK_FALSE(text.contains(anyone.nik));
            // In pdftotext's reading order a row's number is a line of its own, not "3 Jul 2024" with the month.
            for (const QString &date : birthDateTexts(anyone.birthDate))
                CHECK_FALSE(pdf.text().contains(date));
        }
    }
}

TEST_CASE("An internal growth chart names the child and is marked confidential", "[documents][growth-chart]")
{
    DemoWorkspace demo;
    const AuditCase auditCase = childCase(demo.workspace(), TargetGroup::Baduta);
    const Subject subject = *SubjectRepository(demo.workspace()).find(auditCase.subjectId);
    auto document = DocumentCatalogue::build(demo.workspace(), chartRequest(auditCase.caseCode, true));
    REQUIRE(document);
    CHECK((*document)->isConfidential());
    RenderedPdf pdf(**document);
    REQUIRE(pdf.ok());
    for (const QString &page : pdf.pages())
        CHECK(page.count(QStringLiteral("CONFIDENTIAL")) == 2);
    const QString text = normalised(pdf.text());
    CHECK(text.contains(normalised(subject.name)));
    CHECK(text.contains(DateText::date(subject.birthDate)));
}

TEST_CASE("A growth chart needs a known child case with measurements", "[documents][growth-chart]")
{
    DemoWorkspace demo;
    Workspace &workspace = demo.workspace();
    auto unknown = DocumentCatalogue::build(workspace, chartRequest(QStringLiteral("AKS-1999-1-BLT-42")));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("AKS-1999-1-BLT-42")));

    auto mother = WorksheetTestData::findCase(workspace, [](const AuditCase &, const Subject &subject) { return subject.group == TargetGroup::Bumil; });
    REQUIRE(mother.has_value());
    auto notChild = DocumentCatalogue::build(workspace, chartRequest(mother->caseCode));
    REQUIRE_FALSE(notChild);
    CHECK(notChild.error().contains(mother->caseCode));
    CHECK(notChild.error().contains(QStringLiteral("not a child")));

    const AuditCase unmeasured = WorksheetTestData::addCase(workspace, TargetGroup::Baduta, QStringLiteral("AKS-2024-2-BDT-97"));
    auto nothing = DocumentCatalogue::build(workspace, chartRequest(unmeasured.caseCode));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().contains(unmeasured.caseCode));
    CHECK(nothing.error().contains(QStringLiteral("no measurement")));
}

TEST_CASE("The age band of an anonymised growth chart", "[documents][growth-chart]")
{
    CHECK(AgeBand::ofMonths(0) == QStringLiteral("0-5 months"));
    CHECK(AgeBand::ofMonths(11) == QStringLiteral("6-11 months"));
    CHECK(AgeBand::ofMonths(12) == QStringLiteral("12-23 months"));
    CHECK(AgeBand::ofMonths(59) == QStringLiteral("48-59 months"));
    CHECK(AgeBand::ofMonths(60) == QStringLiteral("60 months or more"));
}

// Writes the samples to /tmp/tuntas-docs for looking at (pdftoppm); not part of the suite.
TEST_CASE("Sample growth charts for viewing", "[.documents-sample]")
{
    QDir().mkpath(QStringLiteral("/tmp/tuntas-docs"));
    DemoWorkspace demo;
    for (TargetGroup group : {TargetGroup::Baduta, TargetGroup::Balita}) {
        const AuditCase auditCase = childCase(demo.workspace(), group);
        auto document = DocumentCatalogue::build(demo.workspace(), chartRequest(auditCase.caseCode));
        REQUIRE(document);
        REQUIRE(DocumentRenderer::writePdf(**document, QStringLiteral("/tmp/tuntas-docs/growth-chart-%1.pdf").arg(enumCode(group).toLower())));
    }
    Language::apply(QStringLiteral("id"));
    const AuditCase auditCase = childCase(demo.workspace(), TargetGroup::Baduta);
    auto internal = DocumentCatalogue::build(demo.workspace(), chartRequest(auditCase.caseCode, true));
    const bool written = internal && DocumentRenderer::writePdf(**internal, QStringLiteral("/tmp/tuntas-docs/growth-chart-internal-id.pdf"));
    Language::apply(QStringLiteral("en"));
    REQUIRE(written);
}
