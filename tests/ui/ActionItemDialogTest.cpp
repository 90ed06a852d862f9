#include "UiTestSupport.h"

#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "audit/ActionItemCheck.h"
#include "rtl/ActionItemDialog.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace {
struct DemoCycle {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 cycleId = 0;

    DemoCycle()
    {
        UiTest::freshSettings();
        auto opened = Workspace::open(UiTest::makeDemo(dir));
        REQUIRE(opened.ok());
        workspace = std::move(opened.value());
        for (const Cycle &cycle : *CycleRepository(*workspace).all())
            cycleId = cycle.status == CycleStatus::InProgress ? cycle.id : cycleId;
        REQUIRE(cycleId != 0);
    }
    int itemCount() { return int(ActionItemRepository(*workspace).forCycle(cycleId)->size()); }
};

void choose(QComboBox *box, int index)
{
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}
}

TEST_CASE("A new RTL item is stored from the dialog with its case, agency and period", "[ui][rtl]")
{
    DemoCycle demo;
    const int before = demo.itemCount();
    const AuditCase firstCase = CaseRepository(*demo.workspace).forCycle(demo.cycleId)->first();
    ActionItem item;
    item.cycleId = demo.cycleId;
    ActionItemDialog dialog(*demo.workspace, item);
    choose(dialog.caseBox(), dialog.caseBox()->findData(firstCase.id));
    QTest::keyClicks(dialog.activityEdit(), QStringLiteral("Kunjungan rumah oleh bidan desa"));
    choose(dialog.agencyBox(), 1);
    dialog.startEdit()->setValue(QDate(2024, 9, 1));
    dialog.dueEdit()->setValue(QDate(2024, 11, 30));
    dialog.accept();

    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.item().isStored());
    CHECK(demo.itemCount() == before + 1);
    const ActionItem stored = *ActionItemRepository(*demo.workspace).find(dialog.item().id);
    CHECK(stored.caseId == firstCase.id);
    CHECK(stored.activity == QStringLiteral("Kunjungan rumah oleh bidan desa"));
    CHECK(stored.agencyId == dialog.agencyBox()->itemData(1).toLongLong());
    CHECK(stored.dueDate == QDate(2024, 11, 30));
}

TEST_CASE("The RTL item dialog refuses a due date before the start and stores nothing", "[ui][rtl]")
{
    DemoCycle demo;
    const int before = demo.itemCount();
    ActionItem item;
    item.cycleId = demo.cycleId;
    ActionItemDialog dialog(*demo.workspace, item);
    QTest::keyClicks(dialog.activityEdit(), QStringLiteral("Bantuan jamban sehat"));
    choose(dialog.agencyBox(), 1);
    dialog.startEdit()->setValue(QDate(2024, 10, 1));
    dialog.dueEdit()->setValue(QDate(2024, 9, 1));
    dialog.accept();

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageLabel()->isVisibleTo(&dialog));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("due date is before")));
    CHECK(demo.itemCount() == before);
}

TEST_CASE("Marking an item done in the dialog asks for its evaluation date, then records it", "[ui][rtl]")
{
    DemoCycle demo;
    ActionItem item;
    for (const ActionItem &candidate : *ActionItemRepository(*demo.workspace).forCycle(demo.cycleId))
        if (!isFinalStatus(candidate.status) && candidate.agencyId != 0)
            item = candidate;
    REQUIRE(item.isStored());
    ActionItemDialog dialog(*demo.workspace, item);
    CHECK_FALSE(dialog.evaluatedEdit()->isEnabled());
    choose(dialog.statusBox(), dialog.statusBox()->findData(int(ActionStatus::Done)));
    CHECK(dialog.evaluatedEdit()->isEnabled());
    dialog.evaluatedEdit()->setValue(QDate());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("evaluated")));
    CHECK(ActionItemRepository(*demo.workspace).find(item.id)->status == item.status);

    dialog.evaluatedEdit()->setValue(QDate::currentDate());
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(ActionItemRepository(*demo.workspace).find(item.id)->status == ActionStatus::Done);
    CHECK(ActionItemRepository(*demo.workspace).evaluations(item.id)->last().evaluatedOn == QDate::currentDate());

    // Once evaluated, the item cannot slip back to "in progress" behind its evaluation's back.
    ActionItemDialog again(*demo.workspace, *ActionItemRepository(*demo.workspace).find(item.id));
    choose(again.statusBox(), again.statusBox()->findData(int(ActionStatus::InProgress)));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.messageLabel()->text().contains(QStringLiteral("has been evaluated")));
    CHECK(ActionItemRepository(*demo.workspace).find(item.id)->status == ActionStatus::Done);
}

TEST_CASE("Approving an item in the dialog proposes today and the team's chair", "[ui][rtl]")
{
    DemoCycle demo;
    ActionItem item;
    item.cycleId = demo.cycleId;
    ActionItemDialog dialog(*demo.workspace, item);
    dialog.approvedBox()->setChecked(true);
    CHECK_FALSE(dialog.approverEdit()->text().isEmpty());
    QTest::keyClicks(dialog.activityEdit(), QStringLiteral("Sosialisasi"));
    choose(dialog.agencyBox(), 2);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const ActionItem stored = *ActionItemRepository(*demo.workspace).find(dialog.item().id);
    CHECK(stored.approvedOn == QDate::currentDate());
    CHECK(stored.approvedBy == dialog.approverEdit()->text());
}

TEST_CASE("Cancelling the RTL item dialog after a change asks first", "[ui][rtl]")
{
    DemoCycle demo;
    ActionItem item;
    item.cycleId = demo.cycleId;
    {
        ActionItemDialog dialog(*demo.workspace, item);
        dialog.show();
        MessageBox::setNextAnswer(QMessageBox::Cancel);  // were it to ask, Cancel would keep it open
        dialog.reject();  // nothing typed: closes without asking
        CHECK(dialog.isHidden());
    }
    ActionItemDialog dialog(*demo.workspace, item);
    dialog.show();
    QTest::keyClicks(dialog.activityEdit(), QStringLiteral("Sesuatu"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    CHECK(dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK(dialog.isHidden());
}
