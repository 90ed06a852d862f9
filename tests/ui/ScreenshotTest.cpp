#include <catch2/catch.hpp>

#include "CycleView.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "demo/DemoDistrict.h"
#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"
#include "wizards/ImportFilePage.h"
#include "wizards/ImportPreviewPage.h"
#include "wizards/ImportWizard.h"

#include <QDir>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

// Not part of the normal run: `tuntas_ui_tests "[.screenshot]"` writes PNGs to /tmp/tuntas-shots.
TEST_CASE("Screenshots of the main window", "[.screenshot]")
{
    QSettings().clear();
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tuntas"));
    {
        auto workspace = Workspace::create(path);
        REQUIRE(workspace.ok());
        // Today's date: ages and due dates look as a user would see them on a fresh demo.
        REQUIRE(DemoDistrict::populate(**workspace));
    }
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        MainWindow welcome;
        welcome.resize(1366, 698);
        welcome.show();
        welcome.grab().save(QStringLiteral("/tmp/tuntas-shots/welcome-%1.png").arg(language));
        // Maximised on 1366x768 and 1920x1080 screens: less a title bar and a taskbar.
        for (const QSize size : {QSize(1366, 698), QSize(1920, 1010)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            REQUIRE(window.openWorkspace(path));
            QCoreApplication::processEvents();
            const QString suffix = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/main-%1.png").arg(suffix));
            window.cycleView()->tabs()->setCurrentIndex(2);
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/rtl-%1.png").arg(suffix));
            window.cycleView()->tabs()->setCurrentIndex(1);
            window.grab().save(QStringLiteral("/tmp/tuntas-shots/cases-%1.png").arg(suffix));
            window.closeWorkspace();
        }
        {
            // A new workspace with no cycle yet.
            QTemporaryDir emptyDir;
            const QString emptyPath = emptyDir.filePath(QStringLiteral("baru.tuntas"));
            REQUIRE(Workspace::create(emptyPath).ok());
            MainWindow empty;
            empty.resize(1366, 698);
            empty.show();
            REQUIRE(empty.openWorkspace(emptyPath));
            QCoreApplication::processEvents();
            empty.grab().save(QStringLiteral("/tmp/tuntas-shots/empty-%1.png").arg(language));
        }
        MainWindow window;
        REQUIRE(window.openWorkspace(path));
        SettingsDialog settings(window.workspace());
        settings.show();
        settings.grab().save(QStringLiteral("/tmp/tuntas-shots/settings-%1.png").arg(language));
        settings.findChild<QTabWidget *>()->setCurrentIndex(1);
        settings.grab().save(QStringLiteral("/tmp/tuntas-shots/thresholds-%1.png").arg(language));
    }
    Language::apply(QStringLiteral("en"));
}

TEST_CASE("Screenshots of the import wizard", "[.screenshot]")
{
    QDir().mkpath(QStringLiteral("/tmp/tuntas-shots"));
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("demo.tuntas")));
    REQUIRE(workspace.ok());
    REQUIRE(DemoDistrict::populate(**workspace));
    const Subject known = SubjectRepository(**workspace).all(TargetGroup::Baduta)->first();
    const QString csv = dir.filePath(QStringLiteral("eppgbm-agustus.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("NIK;Nama Anak;JK;Tgl Lahir;Nama Ibu;Desa/Kelurahan;Posyandu;Tanggal Pengukuran;BB;TB/PB;Cara Ukur\n");
    QStringList desa;
    for (const Desa &d : *RegionRepository(**workspace).desa())
        desa << d.name;
    desa.removeDuplicates();
    for (int i = 0; i < 40; ++i)
        file.write(QStringLiteral(";Anak Contoh %1;%2;%3/03/2024;Ibu %1;%4;;%5/08/2025;%6;%7;terlentang\n")
                       .arg(i + 1).arg(i % 2 ? QStringLiteral("L") : QStringLiteral("P")).arg(1 + i % 27, 2, 10, QLatin1Char('0'))
                       .arg(i % 7 == 3 ? QStringLiteral("Sukamaju") : desa.at(i % desa.size())).arg(1 + i % 20, 2, 10, QLatin1Char('0')).arg(QString::number(8 + (i % 10) / 5.0).replace('.', ','))
                       .arg(QString::number(70 + i % 9).replace('.', ','))
                       .toUtf8());
    file.write(QStringLiteral("%1;%2;%3;%4;Ibu Lain;%5;;12/08/2025;9,1;76,2;berdiri\n")
                   .arg(known.nik, known.name, known.sex == Sex::Male ? QStringLiteral("L") : QStringLiteral("P"),
                        known.birthDate.toString(QStringLiteral("dd/MM/yyyy")), RegionRepository(**workspace).desa()->first().name)
                   .toUtf8());
    file.write(QStringLiteral(";Anak Contoh 2;L;02/03/2024;Ibu 2;%1;;02/09/2025;8,6;72,4;terlentang\n").arg(desa.at(1)).toUtf8());
    file.close();
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        Language::apply(language);
        ImportWizard wizard(**workspace);
        wizard.show();
        auto shot = [&](const QString &name) {
            QCoreApplication::processEvents();
            wizard.grab().save(QStringLiteral("/tmp/tuntas-shots/import-%1-%2.png").arg(name, language));
        };
        qobject_cast<ImportFilePage *>(wizard.currentPage())->pathEdit()->setText(csv);
        shot(QStringLiteral("1-file"));
        wizard.next();
        shot(QStringLiteral("2-columns"));
        wizard.next();
        shot(QStringLiteral("3-preview"));
        qobject_cast<ImportPreviewPage *>(wizard.currentPage())->skipBox()->setChecked(true);
        qobject_cast<ImportPreviewPage *>(wizard.currentPage())->filterBox()->setCurrentIndex(0);
        shot(QStringLiteral("3-preview-all"));
        wizard.next();
        shot(QStringLiteral("4-duplicates"));
        wizard.next();
        shot(QStringLiteral("5-confirm"));
    }
    Language::apply(QStringLiteral("en"));
}
