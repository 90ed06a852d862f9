#include <catch2/catch.hpp>

#include "CycleView.h"
#include "ListPanel.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "UiTestSupport.h"
#include "models/ActionItemTableModel.h"
#include "models/SubjectTableModel.h"
#include "storage/ListRepository.h"
#include "storage/SubjectRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {
struct DemoView {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<CycleView> view;

    DemoView()
    {
        UiTest::freshSettings();
        auto opened = Workspace::open(UiTest::makeDemo(dir));
        REQUIRE(opened.ok());
        workspace = std::move(opened.value());
        view = std::make_unique<CycleView>(*workspace);
        view->resize(1300, 640);
        view->show();
    }
};

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}
}

TEST_CASE("The group selector keeps one target group and the count says how many are shown", "[ui][cycleview]")
{
    DemoView demo;
    ListPanel *subjects = demo.view->subjectsPanel();
    QAbstractItemModelTester tester(subjects->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(subjects->countLabel()->text() == QStringLiteral("300 of 300"));

    QComboBox *groups = demo.view->groupFilter();
    groups->setCurrentIndex(groups->findData(QStringLiteral("BUMIL")));
    const QStringList shown = column(subjects->proxy(), SubjectTableModel::Group);
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.size() < 300);
    CHECK(shown.count(QStringLiteral("BUMIL")) == shown.size());
    CHECK(subjects->countLabel()->text() == QStringLiteral("%1 of 300").arg(shown.size()));

    // Typing narrows the group further; clearing the group keeps the typed filter.
    const QString firstName = subjects->proxy()->index(0, SubjectTableModel::Name).data().toString();
    QTest::keyClicks(subjects->filterEdit(), firstName.section(QLatin1Char(' '), 0, 0).toLower());
    const int narrowed = subjects->proxy()->rowCount();
    CHECK(narrowed >= 1);
    CHECK(narrowed < shown.size());
    groups->setCurrentIndex(0);
    CHECK(subjects->proxy()->rowCount() >= narrowed);
    CHECK(subjects->countLabel()->text() == QStringLiteral("%1 of 300").arg(subjects->proxy()->rowCount()));
}

TEST_CASE("The case and RTL lists pass Qt's model checks while being filtered and sorted", "[ui][cycleview]")
{
    DemoView demo;
    for (ListPanel *panel : {demo.view->casesPanel(), demo.view->actionItemsPanel()}) {
        QAbstractItemModelTester source(panel->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxy(panel->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int all = panel->proxy()->rowCount();
        REQUIRE(all > 0);
        QTest::keyClicks(panel->filterEdit(), QStringLiteral("zzz-nothing"));
        CHECK(panel->proxy()->rowCount() == 0);
        CHECK(panel->countLabel()->text() == QStringLiteral("0 of %1").arg(all));
        panel->filterEdit()->clear();
        CHECK(panel->proxy()->rowCount() == all);
        panel->view()->sortByColumn(0, Qt::DescendingOrder);
        const QStringList codes = column(panel->proxy(), 0);
        QStringList sorted = codes;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) > 0; });
        CHECK(codes == sorted);
    }
    // Selecting another cycle swaps the lists under the same testers.
    QAbstractItemModelTester cases(demo.view->casesPanel()->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    demo.view->cycleSelector()->setCurrentIndex(1);
    CHECK(demo.view->casesPanel()->proxy()->rowCount() == 10);
}

TEST_CASE("Every stage's Open button asks for that stage of the cycle shown", "[ui][cycleview]")
{
    DemoView demo;
    QSignalSpy spy(demo.view.get(), &CycleView::stageRequested);
    const QList<StageCard *> cards = demo.view->stageStrip()->cards();
    REQUIRE(cards.size() == 5);
    for (StageCard *card : cards)
        QTest::mouseClick(card->openButton(), Qt::LeftButton);
    REQUIRE(spy.size() == 5);
    const QList<CycleStage> stages = enumValues<CycleStage>();
    for (int i = 0; i < 5; ++i) {
        CHECK(spy.at(i).at(0).toLongLong() == demo.view->currentCycleId());
        CHECK(spy.at(i).at(1).value<CycleStage>() == stages.at(i));
    }
}

TEST_CASE("A stage says what it lacks in words and a symbol, not colour alone", "[ui][cycleview]")
{
    DemoView demo;
    const QList<StageCard *> cards = demo.view->stageStrip()->cards();
    REQUIRE(cards.size() == 5);
    CHECK(cards[0]->statusText().contains(QStringLiteral("Done")));
    CHECK(cards[0]->statusText().contains(QStringLiteral("&#10004;")));
    CHECK(cards[0]->toolTip().isEmpty());
    // Stage 5 lacks evaluations of the RTL items and the cases' outcomes: both listed, full list in the tooltip.
    CHECK(cards[4]->statusText().contains(QStringLiteral("Not done")));
    CHECK(cards[4]->statusText().contains(QStringLiteral("&#9888;")));
    for (const QString &line : cards[4]->progress().missing)
        CHECK(cards[4]->toolTip().contains(line));
    CHECK(cards[4]->progress().missing.size() >= 2);
}

TEST_CASE("RTL items past their due date are marked overdue in words and in colour", "[ui][models]")
{
    ActionItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2024, 10, 1));
    ActionItemRow late;
    late.activity = QStringLiteral("Pemberian makanan tambahan");
    late.agency = QStringLiteral("Dinkes");
    late.dueDate = QDate(2024, 9, 14);
    late.status = ActionStatus::InProgress;
    ActionItemRow done = late;
    done.status = ActionStatus::Done;
    done.caseCode = QStringLiteral("AKS-2024-2-BDT-01");
    ActionItemRow future = late;
    future.dueDate = QDate(2024, 12, 13);
    model.setRows({late, done, future});

    CHECK(model.index(0, ActionItemTableModel::Case).data().toString() == QStringLiteral("General"));
    CHECK(model.index(0, ActionItemTableModel::Status).data().toString().contains(QStringLiteral("overdue")));
    CHECK(model.index(0, ActionItemTableModel::Activity).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(0, ActionItemTableModel::Due).data().toString().startsWith(QStringLiteral("14 Sep")));
    CHECK(model.index(0, ActionItemTableModel::Due).data().toString().endsWith(QStringLiteral(" 2024")));
    CHECK(model.index(1, ActionItemTableModel::Case).data().toString() == QStringLiteral("AKS-2024-2-BDT-01"));
    CHECK_FALSE(model.index(1, ActionItemTableModel::Status).data().toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(model.index(2, ActionItemTableModel::Status).data().toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(model.index(2, ActionItemTableModel::Activity).data(Qt::ForegroundRole).isValid());
    // Due dates sort as dates, not as text ("13 Dec" after "14 Sep").
    CHECK(model.index(0, ActionItemTableModel::Due).data(Qt::UserRole).toLongLong()
          < model.index(2, ActionItemTableModel::Due).data(Qt::UserRole).toLongLong());
}

TEST_CASE("Subjects show their age as officers write it and a missing z-score as a dash", "[ui][models]")
{
    SubjectTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2024, 9, 16));
    SubjectRow baby;
    baby.name = QStringLiteral("Nur'aini");
    baby.birthDate = QDate(2023, 7, 2);
    SubjectRow toddler = baby;
    toddler.birthDate = QDate(2021, 7, 2);
    toddler.group = TargetGroup::Balita;
    Measurement measured;
    measured.measuredOn = QDate(2024, 9, 2);
    measured.zLengthAge = -2.456;
    toddler.lastMeasurement = measured;
    model.setRows({baby, toddler});

    CHECK(model.index(0, SubjectTableModel::Age).data().toString() == QStringLiteral("14 mo"));
    CHECK(model.index(1, SubjectTableModel::Age).data().toString() == QStringLiteral("3 yr 2 mo"));
    CHECK(model.index(0, SubjectTableModel::ZLengthAge).data().toString() == QStringLiteral("–"));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data().toString() == QStringLiteral("-2.46"));
    CHECK(model.index(1, SubjectTableModel::LastMeasured).data().toString().startsWith(QStringLiteral("2 Sep")));
    // Stunted (below -2) is red; ages sort by birth date, oldest last.
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(0, SubjectTableModel::Age).data(Qt::UserRole).toLongLong()
          < model.index(1, SubjectTableModel::Age).data(Qt::UserRole).toLongLong());

    Language::apply(QStringLiteral("id"));
    CHECK(model.index(0, SubjectTableModel::Age).data().toString() == QStringLiteral("14 bln"));
    CHECK(model.index(1, SubjectTableModel::Age).data().toString() == QStringLiteral("3 thn 2 bln"));
    CHECK(model.index(1, SubjectTableModel::ZLengthAge).data().toString() == QStringLiteral("-2,46"));
    CHECK(model.index(1, SubjectTableModel::LastMeasured).data().toString() == QStringLiteral("2 Sep 2024"));
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("Ctrl+F goes to the filter of the list in view", "[ui][cycleview]")
{
    DemoView demo;
    demo.view->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(demo.view.get()));
    demo.view->tabs()->setCurrentWidget(demo.view->casesPanel());
    demo.view->casesPanel()->view()->setFocus();
    QTest::keyClick(demo.view.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(demo.view->casesPanel()->filterEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("BML"));
    CHECK(demo.view->casesPanel()->proxy()->rowCount() == 2);
}

TEST_CASE("The subject list shows each subject's screening, stored risk answers included, on its name", "[ui][cycleview][risk]")
{
    DemoView demo;
    ListPanel *subjects = demo.view->subjectsPanel();
    const auto answers = ListRepository(*demo.workspace).riskAnswers();
    REQUIRE(answers.ok());
    const QList<Subject> all = *SubjectRepository(*demo.workspace).all();
    QStringList names;
    for (const Subject &s : all)
        names << s.name;
    int smokers = 0;
    int children = 0;
    QAbstractItemModel *model = subjects->proxy();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, SubjectTableModel::Name).data().toString();
        if (names.count(name) != 1)
            continue;
        const Subject &s = all.at(int(names.indexOf(name)));
        const QString tip = model->index(row, SubjectTableModel::Name).data(Qt::ToolTipRole).toString();
        const RiskAnswerValues own = answers->value(s.id);
        if (!isChildGroup(s.group) && own.value(QStringLiteral("smoking_exposure")) == QStringLiteral("yes")) {
            ++smokers;
            CHECK(tip.contains(QStringLiteral("Exposed to cigarette smoke")));
        }
        if (isChildGroup(s.group) && row < 100) {
            ++children;
            CHECK(tip.contains(QStringLiteral("PB/U or TB/U: z = ")) == !SubjectRepository(*demo.workspace).measurements(s.id)->isEmpty());
        }
    }
    CHECK(smokers > 5);
    CHECK(children > 10);
}
