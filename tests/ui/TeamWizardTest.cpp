#include <catch2/catch.hpp>

#include "Language.h"
#include "MessageBox.h"
#include "demo/DemoDistrict.h"
#include "storage/CycleRepository.h"
#include "storage/TeamStore.h"
#include "storage/Workspace.h"
#include "wizards/DecreePage.h"
#include "wizards/MembersPage.h"
#include "wizards/PersonDialog.h"
#include "wizards/TeamReviewPage.h"
#include "wizards/TeamWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct WizardFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 cycleId = 0;

    WizardFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, QDate(2024, 9, 16)));
        Cycle next{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::InProgress};
        REQUIRE(CycleRepository(*workspace).save(next));
        cycleId = next.id;
    }
};

void addMember(MembersPage *page, const QString &name, TeamRole role, const QString &nip = {})
{
    MembersPage::setDialogHook([&](PersonDialog &dialog) {
        QTest::keyClicks(dialog.nameEdit(), name);
        if (!nip.isEmpty())
            QTest::keyClicks(dialog.nipEdit(), nip);
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(int(role)));
        dialog.accept();
    });
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    MembersPage::setDialogHook(nullptr);
}
}

TEST_CASE("The team wizard is driven page by page and stores the team on Finish", "[ui][wizard][team]")
{
    WizardFixture f;
    TeamWizard wizard(*f.workspace, f.cycleId);
    wizard.show();
    auto *decree = qobject_cast<DecreePage *>(wizard.currentPage());
    REQUIRE(decree != nullptr);
    QTest::keyClicks(decree->numberEdit(), QStringLiteral("188.45/3/TPPS/I/2025"));
    decree->dateEdit()->setDate(QDate(2025, 1, 15));
    wizard.next();

    auto *members = qobject_cast<MembersPage *>(wizard.currentPage());
    REQUIRE(members != nullptr);
    CHECK(members->view()->model()->rowCount() == 0);
    addMember(members, QStringLiteral("Siti Rahma"), TeamRole::Chair, QStringLiteral("19751216 200604 2 013"));
    addMember(members, QStringLiteral("Asep"), TeamRole::Technical);
    addMember(members, QStringLiteral("dr. Dewi"), TeamRole::Expert);
    CHECK(members->view()->model()->rowCount() == 3);
    wizard.next();

    auto *review = qobject_cast<TeamReviewPage *>(wizard.currentPage());
    REQUIRE(review != nullptr);
    CHECK(review->summary()->text().contains(QStringLiteral("No secretary (Sekretaris) in the team")));
    CHECK(review->summary()->text().contains(QStringLiteral("No paediatrician (Sp.A)")));
    wizard.back();
    addMember(members, QStringLiteral("Nur'aini"), TeamRole::Secretary);
    wizard.next();
    CHECK(review->summary()->text().contains(QStringLiteral("The team is complete")));
    wizard.accept();
    CHECK(wizard.result() == QDialog::Accepted);

    TeamDraft stored = *TeamStore(*f.workspace).load(f.cycleId);
    CHECK(stored.decree.number == QStringLiteral("188.45/3/TPPS/I/2025"));
    CHECK(stored.decree.date == QDate(2025, 1, 15));
    REQUIRE(stored.members.size() == 4);
    CHECK(stored.members[0].person.nip == QStringLiteral("197512162006042013"));
    CHECK(stored.members[3].person.name == QStringLiteral("Nur'aini"));
    CHECK(stored.missing().isEmpty());
}

TEST_CASE("The team wizard reuses the previous cycle's team and asks before discarding changes", "[ui][wizard][team]")
{
    WizardFixture f;
    TeamWizard wizard(*f.workspace, f.cycleId);
    wizard.show();
    REQUIRE(wizard.reusePreviousTeam());
    auto *decree = qobject_cast<DecreePage *>(wizard.currentPage());
    CHECK(decree->numberEdit()->text().isEmpty());
    wizard.next();
    auto *members = qobject_cast<MembersPage *>(wizard.currentPage());
    CHECK(members->view()->model()->rowCount() == 26);  // 14 officials and experts, 12 TPK midwives

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    wizard.reject();
    CHECK(wizard.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(TeamStore(*f.workspace).load(f.cycleId)->members.isEmpty());
}

TEST_CASE("The member dialog warns about a malformed NIP and requires a name", "[ui][wizard][team]")
{
    WizardFixture f;
    TeamWizard wizard(*f.workspace, f.cycleId);
    PersonDialog dialog(wizard.choices(), DraftMember{});
    dialog.show();
    QTest::keyClicks(dialog.nipEdit(), QStringLiteral("1975121620"));
    CHECK(dialog.nipWarning()->isVisible());
    CHECK(dialog.nipWarning()->text().contains(QStringLiteral("18 digits")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    // Picking a known person fills the form.
    dialog.knownBox()->setCurrentIndex(1);
    Q_EMIT dialog.knownBox()->activated(1);
    CHECK_FALSE(dialog.nameEdit()->text().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.member().person.id > 0);
}

TEST_CASE("Screenshots of the team wizard", "[.screenshot]")
{
    WizardFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        TeamWizard wizard(*f.workspace, f.cycleId);
        wizard.show();
        wizard.reusePreviousTeam();
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/team-1-%1.png").arg(language));
        wizard.next();
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/team-2-%1.png").arg(language));
        wizard.next();
        wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/team-3-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}
