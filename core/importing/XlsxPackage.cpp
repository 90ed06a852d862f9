#include "importing/XlsxPackage.h"

#include "importing/XlsxXml.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

namespace {
QString normalisedName(const QString &part)
{
    QString name = part.toLower();
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}
}

XlsxPackage::XlsxPackage(QIODevice *device) : m_device(device) {}

XlsxPackage::~XlsxPackage()
{
    m_file.reset();
    if (m_zip)
        m_zip->close();
}

Error XlsxPackage::damaged()
{
    return Error{tr("The file is damaged or incomplete: its contents cannot be unpacked. Copy or download it again, "
                    "or open it in Excel or LibreOffice and save it again as .xlsx.")};
}

Status XlsxPackage::open()
{
    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip))
        return damaged();
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile())
        m_names.insert(normalisedName(m_zip->getCurrentFileName()), m_zip->getCurrentFileName());
    if (m_zip->getZipError() != UNZ_OK)
        return damaged();
    return {};
}

bool XlsxPackage::contains(const QString &part) const
{
    return m_names.contains(normalisedName(part));
}

Result<QIODevice *> XlsxPackage::openPart(const QString &part)
{
    m_file.reset();
    const auto name = m_names.constFind(normalisedName(part));
    if (name == m_names.cend() || !m_zip->setCurrentFile(*name, QuaZip::csSensitive))
        return damaged();
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly))
        return damaged();
    return static_cast<QIODevice *>(m_file.get());
}

Status XlsxPackage::closePart()
{
    if (!m_file)
        return {};
    // A read that failed half-way leaves its error here; close() adds the checksum test.
    bool intact = m_file->getZipError() == UNZ_OK;
    m_file->close();
    intact = intact && m_file->getZipError() == UNZ_OK;
    m_file.reset();
    if (!intact)
        return damaged();
    return {};
}

QString XlsxPackage::resolve(const QString &sourcePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.trimmed().toUtf8());
    QStringList segments;
    if (!decoded.startsWith(QLatin1Char('/')))
        segments = sourcePart.split(QLatin1Char('/')).mid(0, sourcePart.count(QLatin1Char('/')));
    for (const QString &segment : decoded.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())  // ".." cannot climb out of the package
                segments.removeLast();
        } else if (segment != u".") {
            segments << segment;
        }
    }
    return segments.join(QLatin1Char('/'));
}

Result<QList<XlsxPackage::Relationship>> XlsxPackage::relationships(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash >= 0 ? part.left(slash + 1) : QString();
    const QString relsPart = folder + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
    QList<Relationship> found;
    if (!contains(relsPart))
        return found;
    auto device = openPart(relsPart);
    if (!device)
        return Error{device.error()};
    QXmlStreamReader xml(*device);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        found << Relationship{attributes.value(QLatin1String("Id")).toString(), attributes.value(QLatin1String("Type")).toString(),
                              resolve(part, attributes.value(QLatin1String("Target")).toString())};
    }
    const Status intact = closePart();
    if (!intact)
        return Error{intact.error()};
    if (xml.hasError())
        return XlsxXml::malformed(xml, relsPart);
    return found;
}
