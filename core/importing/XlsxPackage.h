#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

// The zip container of an .xlsx file as an Open Packaging Conventions package: parts by name
// (case-insensitive, as OPC names are) and the relationships that lead from one part to another.
class XlsxPackage {
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)
public:
    struct Relationship {
        QString id;
        QString type;
        QString part;  // the target, resolved to a part name; empty for external targets
    };

    explicit XlsxPackage(QIODevice *device);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    // Reads the zip's directory; an error when the device holds no readable zip.
    Status open();
    bool contains(const QString &part) const;
    // The part's uncompressed bytes, read as they are needed. Valid until closePart(), which says
    // whether all of it came out intact (checksum, compressed data).
    Result<QIODevice *> openPart(const QString &part);
    Status closePart();
    // The relationships of a part (from its .rels part beside it), or of the package for "".
    Result<QList<Relationship>> relationships(const QString &part);

    // A relationship target, relative to the folder of its source part or absolute ("/xl/..."),
    // as a part name without the leading slash.
    static QString resolve(const QString &sourcePart, const QString &target);
    static Error damaged();

private:
    QIODevice *m_device;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QHash<QString, QString> m_names;  // lower-case part name -> name in the zip
};
