#include "importing/XlsxReader.h"

#include "importing/XlsxPackage.h"
#include "importing/XlsxSharedStrings.h"
#include "importing/XlsxSheetReader.h"
#include "importing/XlsxStyles.h"
#include "importing/XlsxWorkbook.h"
#include "importing/XlsxXml.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace {
const QByteArray ZipMagic("PK\x03\x04", 4);
const QByteArray EmptyZipMagic("PK\x05\x06", 4);
const QByteArray CompoundFileMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

bool endsWith(const QString &type, QLatin1StringView name)
{
    return type.endsWith(QLatin1Char('/') + name);
}

// Reads one part with the given reader; an error in the zip data explains a broken part first.
template <typename T, typename Reader>
Result<T> readPart(XlsxPackage &package, const QString &part, Reader reader)
{
    auto device = package.openPart(part);
    if (!device)
        return Error{device.error()};
    Result<T> result = reader(*device, part);
    const Status intact = package.closePart();
    if (!intact)
        return Error{intact.error()};
    return result;
}
}

bool XlsxReader::isWorkbook(const QByteArray &start)
{
    return start.startsWith(ZipMagic) || start.startsWith(EmptyZipMagic) || start.startsWith(CompoundFileMagic);
}

Result<ImportTable> XlsxReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return read(&file);
}

Result<ImportTable> XlsxReader::read(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

Result<ImportTable> XlsxReader::read(QIODevice *device)
{
    const QByteArray start = device->peek(8);
    if (start.startsWith(CompoundFileMagic)) {
        // Old .xls workbooks and encrypted .xlsx ones are both OLE compound files; an encrypted
        // one keeps its workbook in a stream named EncryptedPackage (UTF-16 in the directory).
        const QByteArray encrypted = QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (device->readAll().contains(encrypted))
            return Error{tr("The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password "
                            "(File, Info, Protect Workbook, Encrypt with Password, and clear it), save it, and import it again; "
                            "or save it as CSV.")};
        return Error{tr("This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and "
                        "save it as an Excel Workbook (.xlsx) or as CSV, then import that file.")};
    }
    if (!start.startsWith(ZipMagic) && !start.startsWith(EmptyZipMagic))
        return Error{tr("The file is not an Excel workbook (.xlsx). If it is a CSV or text file, give it the .csv extension "
                        "and import it as CSV; otherwise open it in Excel or LibreOffice and save it as .xlsx.")};

    XlsxPackage package(device);
    if (Status opened = package.open(); !opened)
        return Error{opened.error()};

    // The workbook is the package's main part (the officeDocument relationship), usually xl/workbook.xml.
    auto packageRelationships = package.relationships(QString());
    if (!packageRelationships)
        return Error{packageRelationships.error()};
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const XlsxPackage::Relationship &r : std::as_const(*packageRelationships)) {
        if (endsWith(r.type, QLatin1StringView("officeDocument"))) {
            workbookPart = r.part;
            break;
        }
    }
    if (!package.contains(workbookPart))
        return XlsxWorkbook::notAWorkbook();
    auto workbook = readPart<XlsxWorkbook>(package, workbookPart, &XlsxWorkbook::read);
    if (!workbook)
        return Error{workbook.error()};

    auto workbookRelationships = package.relationships(workbookPart);
    if (!workbookRelationships)
        return Error{workbookRelationships.error()};
    QString sheetPart;
    QString stylesPart;
    QString sharedStringsPart;
    for (const XlsxPackage::Relationship &r : std::as_const(*workbookRelationships)) {
        if (r.id == workbook->firstSheetRelationshipId) {
            if (!endsWith(r.type, QLatin1StringView("worksheet")))
                return Error{tr("The first sheet, \"%1\", is not a worksheet (it is a chart or another kind of sheet). "
                                "Move the sheet with the data to the first place, save, and import again.")
                                 .arg(workbook->firstSheetName)};
            sheetPart = r.part;
        } else if (endsWith(r.type, QLatin1StringView("styles"))) {
            stylesPart = r.part;
        } else if (endsWith(r.type, QLatin1StringView("sharedStrings"))) {
            sharedStringsPart = r.part;
        }
    }
    if (sheetPart.isEmpty() || !package.contains(sheetPart))
        return XlsxXml::malformed(workbookPart, tr("the part of its first sheet, \"%1\", is missing").arg(workbook->firstSheetName));

    XlsxStyles styles;
    if (!stylesPart.isEmpty() && package.contains(stylesPart)) {
        auto read = readPart<XlsxStyles>(package, stylesPart, &XlsxStyles::read);
        if (!read)
            return Error{read.error()};
        styles = std::move(*read);
    }
    QStringList sharedStrings;
    if (!sharedStringsPart.isEmpty() && package.contains(sharedStringsPart)) {
        auto read = readPart<QStringList>(package, sharedStringsPart, &XlsxSharedStrings::read);
        if (!read)
            return Error{read.error()};
        sharedStrings = std::move(*read);
    }

    XlsxSheetReader sheetReader(sharedStrings, styles, workbook->date1904);
    auto table = readPart<ImportTable>(package, sheetPart, [&](QIODevice *sheet, const QString &part) { return sheetReader.read(sheet, part); });
    if (!table)
        return Error{table.error()};
    if (table->header.isEmpty())
        return Error{tr("The first worksheet, \"%1\", is empty. Put the data on the first sheet (the leftmost tab), "
                        "or save the sheet with the data as CSV, and import again.")
                         .arg(workbook->firstSheetName)};
    return table;
}
