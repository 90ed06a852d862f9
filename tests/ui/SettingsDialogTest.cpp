#include <catch2/catch.hpp>

#include "FileDialog.h"
#include "MessageBox.h"
#include "SettingsDialog.h"
#include "UiTestSupport.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *candidate : dialog->findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    FAIL("No button " << text.toStdString());
    return nullptr;
}
}

TEST_CASE("The district's logo is chosen with a preview, and only PNG or SVG images are taken", "[ui][settings]")
{
    UiTest::freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("w.tuntas")));
    REQUIRE(workspace.ok());
    SettingsDialog dialog(workspace->get());
    dialog.show();
    CHECK(dialog.logoPreview()->pixmap().isNull());

    const QString notImage = dir.filePath(QStringLiteral("logo.png"));
    QFile text(notImage);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a picture at all");
    text.close();
    FileDialog::setNextFileName(notImage);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(&dialog, QStringLiteral("Choose logo…")), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be used as a logo")));
    CHECK(dialog.logoPreview()->pixmap().isNull());

    const QString svg = QDir::cleanPath(QStringLiteral(TUNTAS_TEST_DATA_DIR "/../../resources/tuntas.svg"));
    FileDialog::setNextFileName(svg);
    QTest::mouseClick(button(&dialog, QStringLiteral("Choose logo…")), Qt::LeftButton);
    CHECK_FALSE(dialog.logoPreview()->pixmap().isNull());

    QTest::keyClicks(dialog.regencyEdit(), QStringLiteral("Kabupaten Sukamaju"));
    QTest::keyClicks(dialog.officeEdit(), QStringLiteral("DINAS P2KB"));
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("Jalan Raya Sukamaju No. 17"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto stored = SettingsRepository(**workspace).load();
    REQUIRE(stored.ok());
    QFile logo(svg);
    REQUIRE(logo.open(QIODevice::ReadOnly));
    CHECK(stored->logo == logo.readAll());
    CHECK(stored->address == QStringLiteral("Jalan Raya Sukamaju No. 17"));

    // Removing the logo and cancelling leaves the stored one alone.
    SettingsDialog again(workspace->get());
    again.show();
    CHECK_FALSE(again.logoPreview()->pixmap().isNull());
    QTest::mouseClick(button(&again, QStringLiteral("Remove logo")), Qt::LeftButton);
    CHECK(again.logoPreview()->pixmap().isNull());
    again.reject();
    CHECK_FALSE(SettingsRepository(**workspace).load()->logo.isEmpty());
}

TEST_CASE("Cancelling the settings changes nothing in the workspace", "[ui][settings]")
{
    UiTest::freshSettings();
    QTemporaryDir dir;
    auto workspace = Workspace::open(UiTest::makeDemo(dir));
    REQUIRE(workspace.ok());
    const WorkspaceSettings before = *SettingsRepository(**workspace).load();
    SettingsDialog dialog(workspace->get());
    dialog.regencyEdit()->clear();
    QTest::keyClicks(dialog.regencyEdit(), QStringLiteral("Kota Lain"));
    dialog.reject();
    CHECK(SettingsRepository(**workspace).load()->regency == before.regency);
    CHECK(QSettings().value(QStringLiteral("interface/language")).toString().isEmpty());
}
