#include <catch2/catch.hpp>

#include "Language.h"
#include "SubjectDialog.h"
#include "demo/DemoDistrict.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct DemoWorkspace {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    DemoWorkspace()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, QDate(2024, 9, 16)));
    }
};
}

TEST_CASE("Registering a child shows z-scores live, accepts decimal commas, and stores subject and measurement", "[ui][subjects]")
{
    DemoWorkspace demo;
    const int before = int(SubjectRepository(*demo.workspace).all()->size());
    SubjectDialog dialog(*demo.workspace, TargetGroup::Baduta);
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Raka Permana"));
    dialog.sexBox()->setCurrentIndex(dialog.sexBox()->findData(QStringLiteral("L")));
    dialog.birthDateEdit()->setDate(QDate::currentDate().addDays(-426));
    dialog.measuredOnEdit()->setDate(QDate::currentDate());
    QTest::keyClicks(dialog.weightEdit(), QStringLiteral("8,1"));
    QTest::keyClicks(dialog.lengthEdit(), QStringLiteral("70,2"));
    dialog.positionBox()->setCurrentIndex(dialog.positionBox()->findData(QStringLiteral("L")));
    const QString live = dialog.assessmentLabel()->text();
    CHECK(live.contains(QStringLiteral("PB/U or TB/U: z = -")));
    INFO(live.toStdString());
    CHECK(live.contains(QStringLiteral("stunted"), Qt::CaseInsensitive));
    // The working behind each z-score, as a tooltip on the live assessment.
    const QString working = dialog.assessmentLabel()->toolTip();
    INFO(working.toStdString());
    CHECK(working.contains(QStringLiteral("Length/height-for-age (PB/U, TB/U)")));
    CHECK(working.contains(QStringLiteral("Weight-for-length/height (BB/PB, BB/TB)")));
    CHECK(working.contains(QStringLiteral("Age: 426 days")));
    CHECK(working.contains(QStringLiteral("Length/height used: 70.2 cm")));
    CHECK(working.contains(QStringLiteral("L = ")));

    dialog.accept();  // no desa yet
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("desa")));
    dialog.desaBox()->setCurrentIndex(1);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    CHECK(int(SubjectRepository(*demo.workspace).all()->size()) == before + 1);
    auto measurements = SubjectRepository(*demo.workspace).measurements(dialog.subject().id);
    REQUIRE(measurements->size() == 1);
    CHECK(*measurements->first().weightKg == Approx(8.1));
    CHECK(measurements->first().zLengthAge.has_value());
    CHECK(*measurements->first().zLengthAge < -2);
}

TEST_CASE("Registering a pregnant woman lists her risks and refuses impossible values", "[ui][subjects]")
{
    DemoWorkspace demo;
    SubjectDialog dialog(*demo.workspace, TargetGroup::Bumil);
    dialog.show();
    QTest::keyClicks(dialog.muacEdit(), QStringLiteral("22,8"));
    QTest::keyClicks(dialog.hbEdit(), QStringLiteral("10,5"));
    CHECK(dialog.assessmentLabel()->text().contains(QStringLiteral("KEK")));
    CHECK(dialog.assessmentLabel()->text().contains(QStringLiteral("Anaemia in pregnancy")));
    QTest::keyClicks(dialog.lengthEdit(), QStringLiteral("1500"));
    CHECK(dialog.assessmentLabel()->text().contains(QStringLiteral("not a possible value")));
    const int before = int(SubjectRepository(*demo.workspace).all()->size());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Siti"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(int(SubjectRepository(*demo.workspace).all()->size()) == before);
}

TEST_CASE("The subject form records a mother's risk factors and the family's, with the subject", "[ui][subjects][risk]")
{
    DemoWorkspace demo;
    SubjectDialog dialog(*demo.workspace, TargetGroup::Bumil);
    dialog.show();
    CHECK(dialog.antenatalEdit()->isVisibleTo(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Siti Rahmawati"));
    dialog.birthDateEdit()->setDate(QDate::currentDate().addYears(-27));
    dialog.desaBox()->setCurrentIndex(1);
    dialog.smokeBox()->setCurrentIndex(dialog.smokeBox()->findData(QStringLiteral("yes")));
    QTest::keyClicks(dialog.childrenEdit(), QStringLiteral("4"));
    QTest::keyClicks(dialog.spacingEdit(), QStringLiteral("18"));
    QTest::keyClicks(dialog.antenatalEdit(), QStringLiteral("3"));
    dialog.latrineBox()->setCurrentIndex(dialog.latrineBox()->findData(QStringLiteral("none")));
    const QString live = dialog.assessmentLabel()->text();
    INFO(live.toStdString());
    CHECK(live.contains(QStringLiteral("Exposed to cigarette smoke")));
    CHECK(live.contains(QStringLiteral("Too many children")));
    CHECK(live.contains(QStringLiteral("Births too close")));
    CHECK(live.contains(QStringLiteral("Fewer than 6 antenatal visits")));
    CHECK(live.contains(QStringLiteral("No proper latrine")));
    CHECK_FALSE(live.contains(QStringLiteral("drinking-water")));

    QTest::keyClicks(dialog.ironEdit(), QStringLiteral("banyak"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("Iron-folic tablets")));
    dialog.ironEdit()->clear();
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    QMap<QString, QString> stored;
    for (const RiskAnswer &a : *SubjectRepository(*demo.workspace).riskAnswers(dialog.subject().id)) {
        stored.insert(a.factor, a.value);
        CHECK(a.source == DataSource::Manual);
    }
    CHECK(stored == QMap<QString, QString>{{QStringLiteral("smoking_exposure"), QStringLiteral("yes")},
                                           {QStringLiteral("children_count"), QStringLiteral("4")},
                                           {QStringLiteral("birth_spacing_months"), QStringLiteral("18")},
                                           {QStringLiteral("antenatal_visits"), QStringLiteral("3")},
                                           {QStringLiteral("latrine"), QStringLiteral("none")}});
}

TEST_CASE("The subject form with every risk factor fits a 1366x768 screen", "[ui][subjects]")
{
    DemoWorkspace demo;
    for (TargetGroup group : {TargetGroup::Bumil, TargetGroup::Baduta}) {
        SubjectDialog dialog(*demo.workspace, group);
        dialog.show();
        INFO(enumCode(group).toStdString() << ": " << dialog.sizeHint().width() << "x" << dialog.sizeHint().height());
        CHECK(dialog.sizeHint().height() <= 700);  // 768 less the taskbar and title bar
        CHECK(dialog.sizeHint().width() <= 1300);
    }
}

TEST_CASE("A child's form asks only the family's risk factors", "[ui][subjects][risk]")
{
    DemoWorkspace demo;
    SubjectDialog dialog(*demo.workspace, TargetGroup::Balita);
    dialog.show();
    CHECK(dialog.waterBox()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.smokeBox()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.antenatalEdit()->isVisibleTo(&dialog));
    dialog.waterBox()->setCurrentIndex(dialog.waterBox()->findData(QStringLiteral("river")));
    CHECK(dialog.assessmentLabel()->text().contains(QStringLiteral("No proper drinking-water source")));
}

TEST_CASE("Screenshots of the subject form", "[.screenshot]")
{
    DemoWorkspace demo;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        SubjectDialog dialog(*demo.workspace, TargetGroup::Baduta);
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Raka Permana"));
        dialog.sexBox()->setCurrentIndex(1);
        dialog.birthDateEdit()->setDate(QDate::currentDate().addDays(-426));
        QTest::keyClicks(dialog.weightEdit(), QStringLiteral("8,1"));
        QTest::keyClicks(dialog.lengthEdit(), QStringLiteral("70,2"));
        dialog.grab().save(QStringLiteral("/tmp/tuntas-shots/subject-child-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}
