#include <catch2/catch.hpp>

#include "Language.h"
#include "growth/MeasurementAssessor.h"
#include "models/CandidateTableModel.h"
#include "models/SubjectTableModel.h"

#include <QAbstractItemModelTester>

namespace {
// A row as the list reads it: the measurement with the z-scores and flags stored with it.
SubjectRow row(TargetGroup group, Sex sex, const QDate &born, const QDate &measuredOn, double lengthCm, double weightKg)
{
    Subject subject;
    subject.group = group;
    subject.sex = sex;
    subject.birthDate = born;
    Measurement m;
    m.measuredOn = measuredOn;
    m.lengthHeightCm = lengthCm;
    m.weightKg = weightKg;
    m.position = isChildGroup(group) && born.daysTo(measuredOn) < 731 ? MeasurePosition::Lying : MeasurePosition::Standing;
    MeasurementAssessor::apply(subject, m);
    SubjectRow r;
    r.name = QStringLiteral("Nur'aini");
    r.group = group;
    r.sex = sex;
    r.birthDate = born;
    r.lastMeasurement = m;
    return r;
}
}

TEST_CASE("The subject list explains each length/height-for-age z, WHO 2007 included, and names a flagged value", "[ui][models][growth]")
{
    Language::apply(QStringLiteral("en"));
    SubjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const SubjectRow child = row(TargetGroup::Baduta, Sex::Male, QDate(2023, 7, 2), QDate(2024, 9, 1), 78.0, 9.5);
    const SubjectRow flagged = row(TargetGroup::Balita, Sex::Female, QDate(2021, 7, 2), QDate(2024, 9, 1), 62.0, 9.0);
    const SubjectRow bride = row(TargetGroup::Catin, Sex::Female, QDate(2007, 3, 10), QDate(2024, 9, 1), 149.0, 44.0);
    REQUIRE(flagged.lastMeasurement->zFlags.contains(QStringLiteral("zlen")));
    REQUIRE(bride.lastMeasurement->zLengthAge.has_value());
    model.setRows({child, flagged, bride});

    const QString childTip = model.index(0, SubjectTableModel::ZLengthAge).data(Qt::ToolTipRole).toString();
    CHECK(childTip.contains(QStringLiteral("Age: 427 days")));
    CHECK(childTip.contains(QStringLiteral("L = 1.0000")));
    CHECK(childTip.contains(QStringLiteral("Not flagged")));

    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data().toString() == QStringLiteral("Check the measurement"));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Flagged as implausible")));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data(Qt::ForegroundRole).isValid());

    // A bride of 17 is scored with the WHO Reference 2007; the working says so.
    const QString brideTip = model.index(2, SubjectTableModel::ZLengthAge).data(Qt::ToolTipRole).toString();
    INFO(brideTip.toStdString());
    CHECK(brideTip.contains(QStringLiteral("WHO Reference 2007")));
    CHECK(brideTip.contains(QStringLiteral("interpolated between months 209 and 210")));
    CHECK(brideTip.contains(QStringLiteral("Value used: 149.00")));
    CHECK(model.index(2, SubjectTableModel::ZLengthAge).data().toString() == QLocale().toString(*bride.lastMeasurement->zLengthAge, 'f', 2));

    Language::apply(QStringLiteral("id"));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data().toString() == QStringLiteral("Periksa pengukuran"));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ditandai tidak wajar")));
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("The selection wizard's screening column shows the working of the z-score", "[ui][models][growth]")
{
    Language::apply(QStringLiteral("en"));
    CandidateTableModel model;
    Candidate candidate;
    candidate.subject = row(TargetGroup::Baduta, Sex::Male, QDate(2023, 7, 2), QDate(2024, 9, 1), 70.2, 8.1);
    candidate.findings = {QStringLiteral("PB/U or TB/U: z = -3.52 (Severely stunted)")};
    Candidate mother;
    mother.subject = row(TargetGroup::Bufas, Sex::Female, QDate(1990, 1, 1), QDate(2024, 9, 1), 150.0, 50.0);
    mother.findings = {QStringLiteral("No risk found in these values.")};
    model.setRows({candidate, mother});
    const QString tip = model.index(0, CandidateTableModel::Screening).data(Qt::ToolTipRole).toString();
    INFO(tip.toStdString());
    CHECK(tip.startsWith(QStringLiteral("PB/U or TB/U: z = -3.52")));
    CHECK(tip.contains(QStringLiteral("Age: 427 days")));
    CHECK(tip.contains(QStringLiteral("Length/height used: 70.2 cm")));
    CHECK(tip.contains(QStringLiteral("Formula: z = ((y/M)^L - 1) / (S L)")));
    // An adult has no z-score, so only her screening.
    CHECK(model.index(1, CandidateTableModel::Screening).data(Qt::ToolTipRole).toString() == QStringLiteral("No risk found in these values."));
}
