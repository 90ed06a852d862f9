#include <catch2/catch.hpp>

#include "ExportDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>

namespace {
// Clicks the radio button's circle, where a user would (the button is wider than its text).
void choose(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
    lines.removeLast();
    return lines;
}

// Everything in the folder but the workspace (and its journal).
QStringList exportsIn(const QTemporaryDir &dir)
{
    QStringList names = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    names.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("demo.tuntas")); });
    return names;
}
}

TEST_CASE("The export dialog writes one cycle's cases to the CSV file chosen, then closes", "[ui][export]")
{
    UiTest::freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(UiTest::makeDemo(dir));
    REQUIRE(workspace.ok());
    ExportDialog dialog(**workspace);
    dialog.show();
    CHECK(dialog.contentButton(ExportContent::Subjects)->isChecked());
    CHECK_FALSE(dialog.cycleBox()->isEnabled());

    choose(dialog.contentButton(ExportContent::Cases));
    REQUIRE(dialog.contentButton(ExportContent::Cases)->isChecked());
    REQUIRE(dialog.cycleBox()->isEnabled());
    const int index = dialog.cycleBox()->findText(QStringLiteral("Cycle 1 of 2024"));
    REQUIRE(index > 0);
    dialog.cycleBox()->setCurrentIndex(index);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("cases")));  // typed without an extension
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);

    const QString written = dir.filePath(QStringLiteral("cases.csv"));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.writtenFile() == written);
    const qint64 cycleId = dialog.cycleBox()->itemData(index).toLongLong();
    const auto cases = CaseRepository(**workspace).forCycle(cycleId);
    REQUIRE(cases->size() > 0);
    CHECK(MessageBox::lastText() == QStringLiteral("Rows written to %1: %2.").arg(QDir::toNativeSeparators(written)).arg(cases->size()));
    const QStringList lines = csvLines(written);
    REQUIRE(lines.size() == cases->size() + 1);
    CHECK(lines.first().startsWith(QStringLiteral("Case code;Year;Cycle;")));
    for (const AuditCase &auditCase : *cases)
        CHECK(lines.filter(auditCase.caseCode + QLatin1Char(';')).size() == 1);
}

TEST_CASE("The export dialog says why a file cannot be written, stays open, and writes nothing when cancelled", "[ui][export]")
{
    UiTest::freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(UiTest::makeDemo(dir));
    REQUIRE(workspace.ok());
    ExportDialog dialog(**workspace);
    dialog.show();

    const QString unwritable = dir.filePath(QStringLiteral("missing/subjects.xlsx"));
    FileDialog::setNextFileName(unwritable);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText().startsWith(QDir::toNativeSeparators(unwritable) + QStringLiteral(" cannot be written: ")));
    CHECK(dialog.isVisible());
    CHECK(dialog.writtenFile().isEmpty());
    CHECK(exportsIn(dir).isEmpty());

    const QString problem = MessageBox::lastText();
    FileDialog::setNextFileName(QString());  // the user cancels the file chooser
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText() == problem);  // no message either
    CHECK(exportsIn(dir).isEmpty());

    // Measurements to an Excel workbook, the file type offered first.
    choose(dialog.contentButton(ExportContent::Measurements));
    REQUIRE(dialog.contentButton(ExportContent::Measurements)->isChecked());
    CHECK(dialog.formatBox()->currentData() == QStringLiteral("xlsx"));
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("measurements")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(exportsIn(dir) == QStringList{QStringLiteral("measurements.xlsx")});
    QFile workbook(dir.filePath(QStringLiteral("measurements.xlsx")));
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
}
