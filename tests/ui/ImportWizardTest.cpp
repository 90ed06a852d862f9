#include <catch2/catch.hpp>

#include "FileDialog.h"
#include "Language.h"
#include "MessageBox.h"
#include "demo/DemoDistrict.h"
#include "importing/ImportMappings.h"
#include "importing/SubjectFields.h"
#include "models/ImportPreviewModel.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"
#include "wizards/ImportConfirmPage.h"
#include "wizards/ImportDuplicatesPage.h"
#include "wizards/ImportFilePage.h"
#include "wizards/ImportMappingPage.h"
#include "wizards/ImportPreviewPage.h"
#include "wizards/ImportWizard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {
struct ImportFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    Subject known;  // a BADUTA child of the demo with a NIK
    QString knownDesa;

    ImportFixture()
    {
        Language::apply(QStringLiteral("en"));
        auto created = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
        REQUIRE(created.ok());
        workspace = std::move(created.value());
        REQUIRE(DemoDistrict::populate(*workspace, QDate(2024, 9, 16)));
        for (const Subject &s : *SubjectRepository(*workspace).all(TargetGroup::Baduta)) {
            if (!s.nik.isEmpty() && s.sex == Sex::Female) {
                known = s;
                break;
            }
        }
        REQUIRE(known.id > 0);
        for (const Desa &d : *RegionRepository(*workspace).desa()) {
            if (d.id == known.desaId)
                knownDesa = d.name;
        }
    }

    // Line 2: a new child; 3: an unreadable date; 4: the known child with another mother's name;
    // 5: the new child again, a month later.
    QString writeCsv()
    {
        const QString path = dir.filePath(QStringLiteral("eppgbm.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n");
        file.write(QStringLiteral(";Putri Nur'aini;P;03/02/2023;Sri Wahyuni;%1;10/08/2024;8,1;74,5;terlentang\n").arg(knownDesa).toUtf8());
        file.write(QStringLiteral(";Bagas;L;31/02/2023;Wati;%1;10/08/2024;9;76;terlentang\n").arg(knownDesa).toUtf8());
        file.write(QStringLiteral("%1;%2;P;%3;Ibu Baru;%4;12/08/2024;7,9;70,2;terlentang\n")
                       .arg(known.nik, known.name, known.birthDate.toString(QStringLiteral("dd/MM/yyyy")), knownDesa)
                       .toUtf8());
        file.write(QStringLiteral(";PUTRI NUR'AINI;P;03/02/2023;Sri Wahyuni;%1;10/09/2024;8,4;75,6;terlentang\n").arg(knownDesa).toUtf8());
        return path;
    }

    int count(const char *sql)
    {
        QSqlQuery query(workspace->database());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

template <typename Page>
Page *page(ImportWizard &wizard)
{
    auto *current = qobject_cast<Page *>(wizard.currentPage());
    REQUIRE(current);
    return current;
}
}

TEST_CASE("The import wizard previews, reconciles duplicates and stores everything at once", "[ui][wizard][import]")
{
    ImportFixture f;
    const QString csv = f.writeCsv();
    const int subjectsBefore = f.count("SELECT COUNT(*) FROM subject");
    const int measurementsBefore = f.count("SELECT COUNT(*) FROM measurement");

    ImportWizard wizard(*f.workspace);
    wizard.show();
    auto *filePage = page<ImportFilePage>(wizard);
    CHECK_FALSE(filePage->isComplete());
    filePage->pathEdit()->setText(csv);
    filePage->groupBox()->setCurrentIndex(filePage->groupBox()->findData(int(TargetGroup::Baduta)));
    REQUIRE(filePage->groupBox()->currentIndex() >= 0);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    auto *mappingPage = page<ImportMappingPage>(wizard);
    CHECK(mappingPage->columnBox(ImportField::Name)->currentText() == QStringLiteral("Nama Anak"));
    CHECK(mappingPage->columnBox(ImportField::Desa)->currentText() == QStringLiteral("Desa/Kelurahan"));
    CHECK(mappingPage->columnBox(ImportField::Hb)->currentData().toInt() == -1);
    CHECK(mappingPage->originLabel()->text().contains(QStringLiteral("Proposed")));
    wizard.next();

    auto *preview = page<ImportPreviewPage>(wizard);
    CHECK(preview->summaryLabel()->text().contains(QStringLiteral("4 lines read: 3 ready to store, 1 with problems, 2 of people")));
    // The filter starts on the lines with problems: the one unreadable date.
    QAbstractItemModel *shown = preview->view()->model();
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, ImportPreviewModel::Line).data().toInt() == 3);
    CHECK(shown->index(0, ImportPreviewModel::Notes).data().toString().contains(QStringLiteral("31/02/2023")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    const QString rejectedPath = f.dir.filePath(QStringLiteral("problems.csv"));
    FileDialog::setNextFileName(rejectedPath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    preview->saveRejectedButton()->click();
    QFile rejected(rejectedPath);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QString rejectedText = QString::fromUtf8(rejected.readAll());
    CHECK(rejectedText.contains(QStringLiteral("Bagas")));
    CHECK(rejectedText.contains(QStringLiteral("31/02/2023")));
    CHECK_FALSE(rejectedText.contains(QStringLiteral("Sri Wahyuni")));

    preview->filterBox()->setCurrentIndex(0);
    CHECK(shown->rowCount() == 4);
    preview->skipBox()->setChecked(true);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    auto *duplicates = page<ImportDuplicatesPage>(wizard);
    REQUIRE(duplicates->lineList()->count() == 2);
    CHECK(duplicates->lineList()->item(0)->text().contains(QStringLiteral("stored")));
    CHECK(duplicates->lineList()->item(1)->text().contains(QStringLiteral("as line 2")));
    // The known child: merge, taking only the mother's name from the file.
    duplicates->lineList()->setCurrentRow(0);
    QTableWidget *fields = duplicates->fieldTable();
    const int motherRow = int(SubjectFields::identity().indexOf(ImportField::MotherName));
    CHECK(fields->item(motherRow, ImportDuplicatesPage::StoredColumn)->text() == f.known.motherName);
    CHECK(fields->item(motherRow, ImportDuplicatesPage::FileColumn)->text() == QStringLiteral("Ibu Baru"));
    CHECK_FALSE(fields->item(motherRow, ImportDuplicatesPage::TakeColumn)->flags().testFlag(Qt::ItemIsEnabled));
    duplicates->choices()->button(int(DuplicateChoice::Merge))->click();
    QTableWidgetItem *takeMother = fields->item(motherRow, ImportDuplicatesPage::TakeColumn);
    REQUIRE(takeMother->flags().testFlag(Qt::ItemIsEnabled));
    takeMother->setCheckState(Qt::Checked);
    wizard.next();

    auto *confirm = page<ImportConfirmPage>(wizard);
    const QString summary = confirm->summaryLabel()->text();
    CHECK(summary.contains(QStringLiteral("1 new subjects")));
    CHECK(summary.contains(QStringLiteral("3 measurements")));
    CHECK(summary.contains(QStringLiteral("1 subjects already stored get values")));
    CHECK(summary.contains(QStringLiteral("1 lines add only a measurement")));
    CHECK(summary.contains(QStringLiteral("1 lines with problems are left out")));
    wizard.accept();

    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(f.count("SELECT COUNT(*) FROM subject") == subjectsBefore + 1);
    CHECK(f.count("SELECT COUNT(*) FROM measurement") == measurementsBefore + 3);
    CHECK(f.count("SELECT COUNT(*) FROM subject WHERE name = 'Bagas'") == 0);
    CHECK(f.count("SELECT COUNT(*) FROM measurement m JOIN subject s ON s.id = m.subject_id WHERE s.name = 'Putri Nur''aini'") == 2);
    SubjectRepository subjects(*f.workspace);
    const Subject merged = *subjects.find(f.known.id);
    CHECK(merged.motherName == QStringLiteral("Ibu Baru"));
    CHECK(merged.name == f.known.name);
    bool motherFromEppgbm = false;
    for (const FieldSource &source : *subjects.fieldSources(f.known.id))
        motherFromEppgbm = motherFromEppgbm || (source.field == QLatin1String("mother_name") && source.source == DataSource::Eppgbm);
    CHECK(motherFromEppgbm);
    // The columns are remembered for the next e-PPGBM file.
    auto remembered = ImportMappings(*f.workspace).find(QStringLiteral("eppgbm"), {QStringLiteral("Nama Anak"), QStringLiteral("NIK")});
    REQUIRE(remembered);
    CHECK(remembered->column(ImportField::Name) == 0);
    CHECK(remembered->column(ImportField::Nik) == 1);
}

TEST_CASE("The import wizard remembers the columns chosen for a source", "[ui][wizard][import]")
{
    ImportFixture f;
    const QStringList header = {QStringLiteral("NIK"), QStringLiteral("Nama Anak"), QStringLiteral("JK"), QStringLiteral("Tgl Lahir"),
                                QStringLiteral("Nama Ibu"), QStringLiteral("Desa/Kelurahan"), QStringLiteral("Tanggal Pengukuran"),
                                QStringLiteral("BB"), QStringLiteral("TB/PB"), QStringLiteral("Cara Ukur")};
    ColumnMapping chosen = ColumnMapping::propose(header);
    chosen.set(ImportField::FatherName, 4);  // an odd choice, that only a remembered mapping would make
    REQUIRE(ImportMappings(*f.workspace).remember(QStringLiteral("eppgbm"), chosen, header));

    ImportWizard wizard(*f.workspace);
    wizard.show();
    page<ImportFilePage>(wizard)->pathEdit()->setText(f.writeCsv());
    wizard.next();
    auto *mappingPage = page<ImportMappingPage>(wizard);
    CHECK(mappingPage->originLabel()->text().contains(QStringLiteral("remembered")));
    CHECK(mappingPage->columnBox(ImportField::FatherName)->currentText() == QStringLiteral("Nama Ibu"));
}

TEST_CASE("The import wizard refuses unreadable files and stores nothing when stopped", "[ui][wizard][import]")
{
    ImportFixture f;
    const int subjectsBefore = f.count("SELECT COUNT(*) FROM subject");
    const QString binary = f.dir.filePath(QStringLiteral("photo.csv"));
    QFile file(binary);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();

    ImportWizard wizard(*f.workspace);
    wizard.show();
    auto *filePage = page<ImportFilePage>(wizard);
    filePage->pathEdit()->setText(binary);
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    CHECK(filePage->errorLabel()->text().contains(QStringLiteral("not a CSV text file")));

    filePage->pathEdit()->setText(f.dir.filePath(QStringLiteral("missing.csv")));
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    CHECK(filePage->errorLabel()->text().contains(QStringLiteral("cannot be read")));

    filePage->pathEdit()->setText(f.writeCsv());
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    wizard.reject();
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK(f.count("SELECT COUNT(*) FROM subject") == subjectsBefore);
}

TEST_CASE("A failure while storing leaves the workspace as it was and says why", "[ui][wizard][import]")
{
    ImportFixture f;
    // A desa that exists while the lines are checked and is gone when they are stored.
    Desa fleeting;
    fleeting.kecamatanId = RegionRepository(*f.workspace).kecamatan()->first().id;
    fleeting.name = QStringLiteral("Sementara");
    fleeting.code = QStringLiteral("99.99.99.9999");
    REQUIRE(RegionRepository(*f.workspace).save(fleeting));
    const QString path = f.dir.filePath(QStringLiteral("fleeting.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Nama Anak;JK;Tgl Lahir;Desa\nAwal;L;01/01/2024;%1\nAkhir;P;02/01/2024;Sementara\n").arg(f.knownDesa).toUtf8());
    file.close();
    const int subjectsBefore = f.count("SELECT COUNT(*) FROM subject");

    ImportWizard wizard(*f.workspace);
    wizard.show();
    page<ImportFilePage>(wizard)->pathEdit()->setText(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    CHECK(wizard.plan().rejectedCount() == 0);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    QSqlQuery remove(f.workspace->database());
    REQUIRE(remove.exec(QStringLiteral("DELETE FROM desa WHERE id = %1").arg(fleeting.id)));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    CHECK(wizard.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")));
    CHECK(f.count("SELECT COUNT(*) FROM subject") == subjectsBefore);
    CHECK(f.count("SELECT COUNT(*) FROM subject WHERE name = 'Awal'") == 0);
}
