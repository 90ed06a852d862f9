#include <catch2/catch.hpp>

#include "CycleView.h"
#include "MainWindow.h"
#include "MeetingListDialog.h"
#include "MessageBox.h"
#include "StageCard.h"
#include "StageStrip.h"
#include "UiTestSupport.h"
#include "audit/CycleProgress.h"
#include "audit/RtlCarryOver.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SubjectRepository.h"
#include "wizards/EvaluationWizard.h"
#include "wizards/MeetingAttendancePage.h"
#include "wizards/MeetingCommitmentsPage.h"
#include "wizards/MeetingDetailsPage.h"
#include "wizards/MeetingInvitationsPage.h"
#include "wizards/MeetingMinutesPage.h"
#include "wizards/MeetingWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTreeWidget>

namespace {
const QDate DemoToday(2024, 9, 16);

// The demo district; its current cycle (2 of 2024) has reviews and RTL items but no meeting yet.
struct MeetingFixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;
    qint64 cycleId = 0;
    qint64 finishedCycleId = 0;

    MeetingFixture()
    {
        UiTest::freshSettings();
        path = UiTest::makeDemo(dir);
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(opened.value());
        cycleId = CycleRepository(*workspace).all()->at(0).id;
        finishedCycleId = CycleRepository(*workspace).all()->at(1).id;
    }

    bool disseminationDone() const
    {
        auto stages = CycleProgress(*workspace).evaluate(cycleId);
        REQUIRE(stages.ok());
        return stages->at(int(CycleStage::Dissemination)).done;
    }

    QList<Meeting> meetings() const { return MeetingRepository(*workspace).forCycle(cycleId).value_or({}); }
};

template <typename Page>
Page *page(MeetingWizard &wizard)
{
    auto *current = qobject_cast<Page *>(wizard.currentPage());
    REQUIRE(current != nullptr);
    return current;
}

void fillDetails(MeetingDetailsPage *details, const QDate &date, const QString &time)
{
    details->kindBox()->setCurrentIndex(details->kindBox()->findData(int(MeetingKind::Dissemination)));
    details->dateEdit()->setDate(date);
    details->timeEdit()->setText(time);
    details->placeEdit()->setText(QStringLiteral("Aula Bappeda"));
    details->chairBox()->setCurrentText(QStringLiteral("Wakil Bupati Sukamaju"));
    details->agendaEdit()->setPlainText(QStringLiteral("1. Pembukaan\n2. Paparan kasus"));
}

QStringList childTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        for (int child = 0; child < tree->topLevelItem(group)->childCount(); ++child)
            texts << tree->topLevelItem(group)->child(child)->text(column);
    }
    return texts;
}
}

TEST_CASE("The meeting wizard records a dissemination end to end and stage 4 is done once attendance and minutes exist",
          "[ui][wizard][meeting]")
{
    MeetingFixture f;
    CHECK_FALSE(f.disseminationDone());
    const QList<ActionItem> items = *ActionItemRepository(*f.workspace).forCycle(f.cycleId);
    QList<ActionItem> approved;
    QList<ActionItem> unapproved;
    for (const ActionItem &item : items)
        (item.isApproved() ? approved : unapproved).append(item);
    REQUIRE_FALSE(approved.isEmpty());
    REQUIRE_FALSE(unapproved.isEmpty());

    MeetingWizard wizard(*f.workspace, f.cycleId, 0, DemoToday);
    wizard.show();
    auto *details = page<MeetingDetailsPage>(wizard);
    CHECK(details->chairBox()->count() >= 2);  // the team's Pengarah and Ketua are offered
    fillDetails(details, QDate(2024, 9, 12), QStringLiteral("9:30"));
    wizard.next();

    // Each page is stored as soon as the user moves on.
    REQUIRE(f.meetings().size() == 1);
    CHECK(f.meetings().first().startTime == QStringLiteral("09.30"));
    CHECK(f.meetings().first().place == QStringLiteral("Aula Bappeda"));
    auto *invitations = page<MeetingInvitationsPage>(wizard);
    QTest::mouseClick(invitations->agenciesWithItemsButton(), Qt::LeftButton);
    QSet<qint64> responsible;
    for (const ActionItem &item : items)
        responsible.insert(item.agencyId);
    QSet<qint64> ticked;
    for (int row = 0; row < invitations->agencyList()->count(); ++row) {
        if (invitations->agencyList()->item(row)->checkState() == Qt::Checked)
            ticked.insert(invitations->agencyList()->item(row)->data(Qt::UserRole).toLongLong());
    }
    CHECK(ticked == responsible);
    QTest::mouseClick(invitations->inviteTeamButton(), Qt::LeftButton);
    const int team = invitations->peopleTable()->rowCount();
    CHECK(team >= 5);
    QTest::mouseClick(invitations->inviteTeamButton(), Qt::LeftButton);  // nobody is invited twice
    CHECK(invitations->peopleTable()->rowCount() == team);
    QTest::keyClicks(invitations->newNameEdit(), QStringLiteral("Ratna Dewi"));
    invitations->newAgencyBox()->setCurrentIndex(1);
    QTest::keyClicks(invitations->newPositionEdit(), QStringLiteral("Kepala Bidang"));
    QTest::mouseClick(invitations->inviteNewButton(), Qt::LeftButton);
    CHECK(invitations->peopleTable()->rowCount() == team + 1);
    wizard.next();

    Meeting stored = f.meetings().first();
    CHECK(QSet<qint64>(stored.invitedAgencyIds.begin(), stored.invitedAgencyIds.end()) == responsible);
    CHECK(stored.attendance.size() == team + 1);
    CHECK(stored.attendance.last().name == QStringLiteral("Ratna Dewi"));
    CHECK(stored.attendance.last().personId == 0);
    CHECK_FALSE(f.disseminationDone());

    auto *attendance = page<MeetingAttendancePage>(wizard);
    CHECK_FALSE(attendance->notice()->isVisible());
    REQUIRE(attendance->table()->rowCount() == team + 1);
    attendance->setCame(0, true);
    attendance->setCame(2, true);
    QTest::keyClicks(attendance->walkInNameEdit(), QStringLiteral("Joko Susilo"));
    QTest::keyClicks(attendance->walkInPositionEdit(), QStringLiteral("Camat"));
    QTest::mouseClick(attendance->addWalkInButton(), Qt::LeftButton);
    CHECK(attendance->table()->rowCount() == team + 2);
    CHECK(attendance->countLabel()->text() == QStringLiteral("2 of %1 invited came; 1 without an invitation.").arg(team + 1));
    wizard.next();
    CHECK(f.meetings().first().attendedCount() == 3);
    CHECK_FALSE(f.disseminationDone());  // attendance, but no minutes yet

    auto *minutes = page<MeetingMinutesPage>(wizard);
    CHECK_FALSE(minutes->minutesEdit()->isReadOnly());
    minutes->minutesEdit()->setPlainText(QStringLiteral("Tim Pakar memaparkan kasus."));
    minutes->decisionsEdit()->setPlainText(QStringLiteral("RTL disetujui."));
    wizard.next();
    CHECK(f.disseminationDone());

    auto *commitments = page<MeetingCommitmentsPage>(wizard);
    CHECK(childTexts(commitments->tree(), MeetingCommitmentsPage::Case).size() == approved.size());
    for (const ActionItem &item : unapproved)
        CHECK(commitments->itemRow(item.id) == nullptr);
    CHECK(commitments->leftOutLabel()->text().startsWith(
        QStringLiteral("Not listed because the TPPS chair has not approved them yet: %1 of the cycle's %2 RTL items.").arg(unapproved.size()).arg(items.size())));
    // Cases appear by code, never by name.
    QMap<qint64, QString> codes;
    for (const AuditCase &auditCase : *CaseRepository(*f.workspace).forCycle(f.cycleId))
        codes.insert(auditCase.id, auditCase.caseCode);
    for (const ActionItem &item : approved) {
        QTreeWidgetItem *row = commitments->itemRow(item.id);
        REQUIRE(row != nullptr);
        CHECK(row->text(MeetingCommitmentsPage::Case) == (item.caseId ? codes.value(item.caseId) : QStringLiteral("General")));
        if (item.caseId) {
            const Subject subject = *SubjectRepository(*f.workspace).find(CaseRepository(*f.workspace).find(item.caseId)->subjectId);
            for (int column = 0; column < 4; ++column)
                CHECK_FALSE(row->text(column).contains(subject.name));
        }
    }
    commitments->itemRow(approved.first().id)->setText(MeetingCommitmentsPage::Commitment, QStringLiteral("Anggaran PMT disiapkan"));
    wizard.accept();
    CHECK(wizard.result() == QDialog::Accepted);
    stored = f.meetings().first();
    REQUIRE(stored.commitments.size() == 1);
    CHECK(stored.commitments.first().actionItemId == approved.first().id);
    CHECK(stored.commitments.first().commitment == QStringLiteral("Anggaran PMT disiapkan"));
    CHECK(f.meetings().size() == 1);

    SECTION("Re-opening the meeting shows what was saved")
    {
        MeetingWizard again(*f.workspace, f.cycleId, stored.id, DemoToday);
        again.show();
        auto *d = page<MeetingDetailsPage>(again);
        CHECK(d->dateEdit()->date() == QDate(2024, 9, 12));
        CHECK(d->timeEdit()->text() == QStringLiteral("09.30"));
        CHECK(d->placeEdit()->text() == QStringLiteral("Aula Bappeda"));
        CHECK(d->chairBox()->currentText() == QStringLiteral("Wakil Bupati Sukamaju"));
        CHECK(d->agendaEdit()->toPlainText() == QStringLiteral("1. Pembukaan\n2. Paparan kasus"));
        CHECK_FALSE(again.hasUnsavedChanges());
        again.next();
        auto *i = page<MeetingInvitationsPage>(again);
        CHECK(i->peopleTable()->rowCount() == team + 1);  // walk-ins are not invitations
        int checked = 0;
        for (int row = 0; row < i->agencyList()->count(); ++row)
            checked += i->agencyList()->item(row)->checkState() == Qt::Checked ? 1 : 0;
        CHECK(checked == responsible.size());
        again.next();
        auto *a = page<MeetingAttendancePage>(again);
        CHECK(a->table()->item(0, MeetingAttendancePage::Came)->checkState() == Qt::Checked);
        CHECK(a->table()->item(1, MeetingAttendancePage::Came)->checkState() == Qt::Unchecked);
        CHECK(a->table()->item(team + 1, MeetingAttendancePage::Name)->text() == QStringLiteral("Joko Susilo"));
        again.next();
        CHECK(page<MeetingMinutesPage>(again)->minutesEdit()->toPlainText() == QStringLiteral("Tim Pakar memaparkan kasus."));
        again.next();
        auto *c = page<MeetingCommitmentsPage>(again);
        CHECK(c->itemRow(approved.first().id)->text(MeetingCommitmentsPage::Commitment) == QStringLiteral("Anggaran PMT disiapkan"));
        CHECK_FALSE(again.hasUnsavedChanges());
    }
}

TEST_CASE("The meeting wizard refuses bad details with a message and stores nothing", "[ui][wizard][meeting]")
{
    MeetingFixture f;
    MeetingWizard wizard(*f.workspace, f.cycleId, 0, DemoToday);
    wizard.show();
    auto *details = page<MeetingDetailsPage>(wizard);

    fillDetails(details, QDate(2024, 9, 12), QStringLiteral("jam 9"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    CHECK(wizard.currentPage() == details);
    CHECK(MessageBox::lastText().contains(QStringLiteral("\"jam 9\" is not a time")));

    // The first review of the current demo cycle was signed on 5 August 2024.
    fillDetails(details, QDate(2024, 8, 1), QStringLiteral("09.00"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    CHECK(wizard.currentPage() == details);
    CHECK(MessageBox::lastText().contains(QStringLiteral("before the first review of the cycle was signed (5 August 2024)")));
    CHECK(f.meetings().isEmpty());
}

TEST_CASE("A meeting not yet held takes invitations but no attendance or minutes", "[ui][wizard][meeting]")
{
    MeetingFixture f;
    MeetingWizard wizard(*f.workspace, f.cycleId, 0, DemoToday);
    wizard.show();
    fillDetails(page<MeetingDetailsPage>(wizard), QDate(2024, 9, 30), QStringLiteral("13.00"));
    wizard.next();
    auto *invitations = page<MeetingInvitationsPage>(wizard);
    invitations->knownBox()->setCurrentIndex(0);
    QTest::mouseClick(invitations->inviteKnownButton(), Qt::LeftButton);
    CHECK(invitations->peopleTable()->rowCount() == 1);
    wizard.next();
    auto *attendance = page<MeetingAttendancePage>(wizard);
    CHECK(attendance->notice()->isVisible());
    CHECK(attendance->notice()->text().contains(QStringLiteral("30 September 2024")));
    CHECK_FALSE(attendance->table()->item(0, MeetingAttendancePage::Came)->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(attendance->addWalkInButton()->isEnabled());
    wizard.next();
    auto *minutes = page<MeetingMinutesPage>(wizard);
    CHECK(minutes->minutesEdit()->isReadOnly());
    CHECK(minutes->notice()->isVisible());

    // Once attendance is recorded, moving the date into the future is refused.
    MeetingWizard held(*f.workspace, f.cycleId, f.meetings().first().id, QDate(2024, 10, 1));
    held.show();
    held.next();
    held.next();
    page<MeetingAttendancePage>(held)->setCame(0, true);
    held.accept();  // Finish on an early page stores that page and closes
    CHECK(held.result() == QDialog::Accepted);
    REQUIRE(f.meetings().first().attendedCount() == 1);
    MeetingWizard early(*f.workspace, f.cycleId, f.meetings().first().id, DemoToday);
    early.show();
    auto *details = page<MeetingDetailsPage>(early);
    details->placeEdit()->setText(QStringLiteral("Pendopo"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    early.next();
    CHECK(early.currentPage() == details);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Attendance can only be recorded once the meeting has taken place")));
    CHECK(f.meetings().first().place == QStringLiteral("Aula Bappeda"));
}

TEST_CASE("Cancelling the meeting wizard with unsaved changes asks first", "[ui][wizard][meeting]")
{
    MeetingFixture f;
    MeetingWizard wizard(*f.workspace, f.cycleId, 0, DemoToday);
    wizard.show();
    CHECK_FALSE(wizard.hasUnsavedChanges());
    auto *details = page<MeetingDetailsPage>(wizard);
    QTest::keyClicks(details->placeEdit(), QStringLiteral("Aula"));
    CHECK(wizard.hasUnsavedChanges());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    wizard.reject();
    CHECK(wizard.isVisible());
    CHECK(MessageBox::lastText() == QStringLiteral("Discard the changes to this meeting that are not saved yet?"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(f.meetings().isEmpty());

    // After Next the page is stored; going on and coming back without a change does not ask.
    MeetingWizard second(*f.workspace, f.cycleId, 0, DemoToday);
    second.show();
    fillDetails(page<MeetingDetailsPage>(second), QDate(2024, 9, 12), QStringLiteral("09.00"));
    second.next();
    CHECK_FALSE(second.hasUnsavedChanges());
    QTest::keyClicks(page<MeetingInvitationsPage>(second)->newNameEdit(), QStringLiteral("Ratna"));
    QTest::mouseClick(page<MeetingInvitationsPage>(second)->inviteNewButton(), Qt::LeftButton);
    second.back();  // the invitation is kept in the draft, not stored
    CHECK(second.hasUnsavedChanges());
    CHECK(f.meetings().first().attendance.isEmpty());
}

TEST_CASE("The meeting list shows a cycle's meetings, opens them and deletes one after asking", "[ui][meeting]")
{
    MeetingFixture f;
    MeetingListDialog dialog(*f.workspace, f.finishedCycleId, DemoToday);
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);
    const Meeting demo = dialog.meetings().first();
    CHECK(dialog.table()->item(0, MeetingListDialog::Kind)->text() == QStringLiteral("Dissemination"));
    CHECK(dialog.table()->item(0, MeetingListDialog::Attended)->text() == QString::number(demo.attendedCount()));
    CHECK(dialog.table()->item(0, MeetingListDialog::Minutes)->text() == QStringLiteral("yes"));
    CHECK_FALSE(dialog.deleteButton()->isEnabled());

    qint64 opened = -1;
    MeetingListDialog::setWizardHook([&opened](MeetingWizard &wizard) { opened = wizard.draft().id; });
    dialog.table()->selectRow(0);
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    CHECK(opened == demo.id);
    MeetingListDialog::setWizardHook([](MeetingWizard &wizard) {
        wizard.show();
        auto *details = qobject_cast<MeetingDetailsPage *>(wizard.currentPage());
        details->kindBox()->setCurrentIndex(details->kindBox()->findData(int(MeetingKind::Evaluation)));
        details->dateEdit()->setDate(QDate(2024, 6, 20));
        wizard.accept();
    });
    QTest::mouseClick(dialog.newButton(), Qt::LeftButton);
    MeetingListDialog::setWizardHook(nullptr);
    REQUIRE(dialog.table()->rowCount() == 2);
    CHECK(dialog.table()->item(1, MeetingListDialog::Kind)->text() == QStringLiteral("Second dissemination (evaluation)"));
    CHECK(dialog.table()->item(1, MeetingListDialog::Minutes)->text() == QStringLiteral("no"));

    dialog.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    const QString asked = MessageBox::lastText();
    CHECK(asked.contains(QStringLiteral("invited agencies: %1\n").arg(demo.invitedAgencyIds.size())));
    CHECK(asked.contains(QStringLiteral("invited people: %1 (%2 marked as present)").arg(demo.attendance.size()).arg(demo.attendedCount())));
    CHECK(asked.contains(QStringLiteral("The RTL items themselves stay.")));
    CHECK(dialog.table()->rowCount() == 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(MeetingRepository(*f.workspace).forCycle(f.finishedCycleId)->size() == 1);
    CHECK_FALSE(MeetingRepository(*f.workspace).find(demo.id).ok());
}

TEST_CASE("The dissemination stage of the main window opens the cycle's meetings", "[ui][meeting][mainwindow]")
{
    MeetingFixture f;
    f.workspace.reset();
    MainWindow window;
    REQUIRE(window.openWorkspace(f.path));
    window.show();
    int rows = -1;
    UiTest::whenShown<MeetingListDialog>([&rows](MeetingListDialog *dialog) {
        rows = dialog->table()->rowCount();
        dialog->reject();
    });
    QTest::mouseClick(window.cycleView()->stageStrip()->cards().at(int(CycleStage::Dissemination))->openButton(), Qt::LeftButton);
    CHECK(rows == 0);  // the current demo cycle has no meeting yet
}

TEST_CASE("Screenshots of the meeting wizard and list", "[.screenshot]")
{
    MeetingFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    MeetingListDialog list(*f.workspace, f.finishedCycleId, DemoToday);
    list.resize(1000, 420);
    list.show();
    list.grab().save(QStringLiteral("/tmp/tuntas-shots/meeting-list.png"));
    const qint64 demoMeeting = list.meetings().first().id;
    MeetingWizard wizard(*f.workspace, f.finishedCycleId, demoMeeting, DemoToday);
    wizard.resize(1200, 700);
    wizard.show();
    for (int index = 1; index <= 5; ++index) {
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/meeting-%1.png").arg(index));
        wizard.next();
    }
    MeetingWizard current(*f.workspace, f.cycleId, 0, DemoToday);
    current.resize(1200, 700);
    current.show();
    current.next();
    current.next();
    current.next();
    current.next();
    current.grab().save(QStringLiteral("/tmp/tuntas-shots/meeting-commitments-current.png"));
}

TEST_CASE("An item carried over from the previous cycle keeps its case code in the meeting and evaluation wizards", "[ui][wizard][meeting][rtl]")
{
    MeetingFixture f;
    RtlCarryOver carryOver(*f.workspace);
    ActionItem caseItem;
    for (const ActionItem &item : *carryOver.pending(f.finishedCycleId, f.cycleId))
        caseItem = item.caseId != 0 && !caseItem.isStored() ? item : caseItem;
    REQUIRE(caseItem.isStored());
    auto carried = carryOver.carry({caseItem.id}, f.cycleId);
    REQUIRE(carried.ok());
    REQUIRE(carried->size() == 1);
    const QString oldCode = CaseRepository(*f.workspace).find(caseItem.caseId)->caseCode;
    REQUIRE(oldCode.startsWith(QStringLiteral("AKS-2024-1-")));

    MeetingWizard meeting(*f.workspace, f.cycleId, 0, DemoToday);
    CHECK(meeting.choices().caseCodes.value(carried->first().caseId) == oldCode);
    EvaluationWizard evaluation(*f.workspace, f.cycleId);
    CHECK(evaluation.caseCode(carried->first().caseId) == oldCode);
}
