#include "UiTestSupport.h"

#include "DocumentDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PdfText.h"
#include "ReportTextDialog.h"
#include "storage/CycleRepository.h"
#include "storage/PrintRecordRepository.h"
#include "storage/TeamStore.h"
#include "wizards/TeamWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QWizard>

namespace {
struct DemoFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 finishedCycle = 0;

    DemoFixture()
    {
        UiTest::freshSettings();
        workspace = std::move(*Workspace::open(UiTest::makeDemo(dir)));
        for (const Cycle &cycle : *CycleRepository(*workspace).all()) {
            if (cycle.label() == QStringLiteral("2024-1"))
                finishedCycle = cycle.id;
        }
        REQUIRE(finishedCycle != 0);
    }

    void choose(DocumentDialog &dialog, DocumentKind kind) const
    {
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(kind)));
        REQUIRE(DocumentKind(dialog.kindBox()->currentData().toInt()) == kind);
    }
    QString savePdf(DocumentDialog &dialog, const QString &name) const
    {
        const QString path = dir.filePath(name);
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
        return path;
    }
    int printRecords() const { return int(PrintRecordRepository(*workspace).all()->size()); }
};
}

TEST_CASE("The document dialog saves the cycle's handout as an anonymised PDF", "[ui][documents]")
{
    DemoFixture f;
    DocumentDialog dialog(*f.workspace, f.finishedCycle);
    f.choose(dialog, DocumentKind::Handout);
    CHECK_FALSE(dialog.subjectBox()->isVisibleTo(&dialog));
    dialog.dateEdit()->setDate(QDate(2024, 9, 16));
    const QString path = f.savePdf(dialog, QStringLiteral("handout.pdf"));
    INFO(dialog.problemLabel()->text().toStdString());
    REQUIRE(QFile::exists(path));
    const QString text = PdfText::all(path);
    CHECK(text.contains(QStringLiteral("AKS-2024-1-")));
    CHECK_FALSE(text.contains(QStringLiteral("CONFIDENTIAL")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("saved to")));
    CHECK(f.printRecords() == 0);
}

TEST_CASE("An internal copy needs the user's confirmation, is marked and recorded", "[ui][documents]")
{
    DemoFixture f;
    DocumentDialog dialog(*f.workspace, f.finishedCycle);
    f.choose(dialog, DocumentKind::Handout);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.internalBox()->click();
    CHECK_FALSE(dialog.internalBox()->isChecked());
    CHECK(MessageBox::lastText().contains(QStringLiteral("CONFIDENTIAL")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.internalBox()->click();
    REQUIRE(dialog.internalBox()->isChecked());
    const QString path = f.savePdf(dialog, QStringLiteral("internal.pdf"));
    REQUIRE(QFile::exists(path));
    const QStringList pages = PdfText::pages(path);
    REQUIRE_FALSE(pages.isEmpty());
    for (const QString &page : pages)
        CHECK(page.contains(QStringLiteral("CONFIDENTIAL")));
    const auto records = *PrintRecordRepository(*f.workspace).all();
    REQUIRE(records.size() == 1);
    CHECK(records.first().documentKind == QStringLiteral("handout"));
    CHECK(records.first().destination == path);
    CHECK(records.first().cycleId == f.finishedCycle);

    int listed = 0;
    QString who;
    DocumentDialog::setCopiesHook([&](QDialog &copies) {
        auto *table = copies.findChild<QTableWidget *>();
        REQUIRE(table != nullptr);
        listed = table->rowCount();
        who = table->item(0, 1)->text();
        CHECK(table->item(0, 2)->text() == DocumentKinds::displayName(DocumentKind::Handout));
        CHECK(table->item(0, 5)->text() == QDir::toNativeSeparators(path));
    });
    QTest::mouseClick(dialog.copiesButton(), Qt::LeftButton);
    DocumentDialog::setCopiesHook(nullptr);
    CHECK(listed == 1);
    CHECK(who == records.first().printedBy);
}

TEST_CASE("The document dialog offers the cycle's meetings and cases, and previews on A4", "[ui][documents]")
{
    DemoFixture f;
    DocumentDialog dialog(*f.workspace, f.finishedCycle);
    f.choose(dialog, DocumentKind::Attendance);
    REQUIRE(dialog.subjectBox()->isVisibleTo(&dialog));
    REQUIRE(dialog.subjectBox()->count() > 0);
    CHECK(dialog.subjectBox()->itemText(0).contains(QStringLiteral("Dissemination")));
    CHECK(dialog.request().meetingId > 0);

    f.choose(dialog, DocumentKind::GrowthChart);
    REQUIRE(dialog.subjectBox()->count() > 0);
    for (int i = 0; i < dialog.subjectBox()->count(); ++i)
        CHECK(dialog.subjectBox()->itemText(i).contains(QRegularExpression(QStringLiteral("-(BDT|BLT)-"))));
    CHECK(dialog.request().caseCode == dialog.subjectBox()->itemData(0).toString());

    f.choose(dialog, DocumentKind::Worksheet);
    CHECK(dialog.subjectBox()->itemText(0).contains(QStringLiteral("Blank")));
    CHECK(dialog.request().caseCode.isEmpty());
    CHECK_FALSE(dialog.request().targetGroup.has_value());
    dialog.subjectBox()->setCurrentIndex(dialog.subjectBox()->count() - 1);
    CHECK(dialog.request().caseCode.startsWith(QStringLiteral("AKS-2024-1-")));

    f.choose(dialog, DocumentKind::Rtl);
    int pages = 0;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    DocumentDialog::setPreviewHook([&](QPrintPreviewDialog &preview) {
        auto *printer = preview.printer();
        orientation = printer->pageLayout().orientation();
        // What the preview shows: the document painted onto its printer.
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(f.dir.filePath(QStringLiteral("preview.pdf")));
        pdf.setPageLayout(printer->pageLayout());
        pdf.setFullPage(true);
        Q_EMIT preview.paintRequested(&pdf);
        pages = int(PdfText::pages(pdf.outputFileName()).size());
    });
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    DocumentDialog::setPreviewHook(nullptr);
    INFO(dialog.problemLabel()->text().toStdString());
    CHECK(orientation == QPageLayout::Landscape);
    CHECK(pages > 0);
}

TEST_CASE("A document the cycle cannot print yet says why and writes nothing", "[ui][documents]")
{
    DemoFixture f;
    Cycle empty{{}, 2025, 1, QDate(2025, 1, 1), QDate(2025, 6, 30), CycleStatus::InProgress};
    REQUIRE(CycleRepository(*f.workspace).save(empty));
    DocumentDialog dialog(*f.workspace, empty.id);
    f.choose(dialog, DocumentKind::Attendance);
    CHECK(dialog.subjectBox()->count() == 0);
    const QString path = f.dir.filePath(QStringLiteral("none.pdf"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    CHECK(dialog.problemLabel()->isVisibleTo(&dialog));
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("no meeting")));

    f.choose(dialog, DocumentKind::Decree);
    CHECK_FALSE(dialog.problemLabel()->isVisibleTo(&dialog));
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    CHECK(dialog.problemLabel()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.problemLabel()->text().isEmpty());
    CHECK_FALSE(QFile::exists(path));
    FileDialog::setNextFileName(QString());
}

TEST_CASE("Finish and print on the team wizard stores the team, then offers its decree attachment", "[ui][documents][wizard]")
{
    DemoFixture f;
    QWidget window;
    TeamWizard wizard(*f.workspace, f.finishedCycle, &window);
    wizard.show();
    CHECK_FALSE(wizard.button(QWizard::CustomButton1)->isVisible());
    while (wizard.nextId() != -1)
        wizard.next();
    REQUIRE(wizard.button(QWizard::CustomButton1)->isVisible());

    std::optional<DocumentRequest> offered;
    DocumentDialog::setHook([&](DocumentDialog &dialog) { offered = dialog.request(); });
    QTest::mouseClick(wizard.button(QWizard::CustomButton1), Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);
    QTRY_VERIFY(offered.has_value());
    DocumentDialog::setHook(nullptr);
    CHECK(offered->kind == DocumentKind::Decree);
    CHECK(offered->cycleId == f.finishedCycle);
}

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of the document dialog", "[.screenshot]")
{
    DemoFixture f;
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        DocumentDialog dialog(*f.workspace, f.finishedCycle);
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/tuntas-shots/documents-%1.png").arg(language));
        f.choose(dialog, DocumentKind::Worksheet);
        dialog.subjectBox()->setCurrentIndex(dialog.subjectBox()->count() - 1);
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        dialog.grab().save(QStringLiteral("/tmp/tuntas-shots/documents-problem-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("The cycle report's texts are edited in their dialog and printed instead of Tuntas's own", "[ui][documents]")
{
    DemoFixture f;
    DocumentDialog dialog(*f.workspace, f.finishedCycle);
    f.choose(dialog, DocumentKind::Handout);
    CHECK_FALSE(dialog.textsButton()->isVisibleTo(&dialog));
    f.choose(dialog, DocumentKind::CycleReport);
    REQUIRE(dialog.textsButton()->isVisibleTo(&dialog));

    const QString written = QStringLiteral("Audit siklus ini dibuka oleh Wakil Bupati pada rapat koordinasi TPPS.");
    QString shownDefault;
    DocumentDialog::setTextsHook([&](QDialog &shown) {
        auto &texts = static_cast<ReportTextDialog &>(shown);
        REQUIRE(texts.partList()->count() == int(enumValues<ReportPart>().size()));
        texts.partList()->setCurrentRow(0);
        shownDefault = texts.editor()->toPlainText();
        texts.editor()->setPlainText(written);
        texts.partList()->setCurrentRow(1);  // the edit is kept when moving to another part
        texts.partList()->setCurrentRow(0);
        CHECK(texts.editor()->toPlainText() == written);
        texts.accept();
    });
    QTest::mouseClick(dialog.textsButton(), Qt::LeftButton);
    CHECK_FALSE(shownDefault.isEmpty());
    const ReportNarrative stored = *ReportNarrative::load(*f.workspace, f.finishedCycle);
    CHECK(stored.parts().first().written == written);
    CHECK_FALSE(stored.parts().at(1).isEdited());

    const QString path = f.savePdf(dialog, QStringLiteral("report.pdf"));
    INFO(dialog.problemLabel()->text().toStdString());
    const QString text = PdfText::all(path).simplified();
    CHECK(text.contains(written));
    CHECK_FALSE(text.contains(shownDefault.simplified()));

    // Back to Tuntas's text; Cancel with a change asks first, and keeps the dialog open on No.
    DocumentDialog::setTextsHook([&](QDialog &shown) {
        auto &texts = static_cast<ReportTextDialog &>(shown);
        texts.partList()->setCurrentRow(0);
        QTest::mouseClick(texts.defaultButton(), Qt::LeftButton);
        CHECK(texts.editor()->toPlainText() == shownDefault);
        MessageBox::setNextAnswer(QMessageBox::No);
        texts.reject();
        CHECK(MessageBox::lastText().contains(QStringLiteral("Discard the changes")));
        texts.accept();  // what No kept is stored
    });
    QTest::mouseClick(dialog.textsButton(), Qt::LeftButton);
    DocumentDialog::setTextsHook(nullptr);
    CHECK_FALSE(ReportNarrative::load(*f.workspace, f.finishedCycle)->parts().first().isEdited());
}
