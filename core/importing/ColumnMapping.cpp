#include "importing/ColumnMapping.h"

#include <QRegularExpression>

namespace {
// Normalised header names (lower case, letters and digits only) for each field.
const QMap<ImportField, QStringList> &synonyms()
{
    static const QMap<ImportField, QStringList> names = {
        {ImportField::Nik, {QStringLiteral("nik"), QStringLiteral("noktp"), QStringLiteral("nikanak"), QStringLiteral("nikibu")}},
        {ImportField::Name, {QStringLiteral("nama"), QStringLiteral("namaanak"), QStringLiteral("namabalita"), QStringLiteral("namasasaran"),
                             QStringLiteral("namalengkap"), QStringLiteral("name"), QStringLiteral("namaibuhamil"), QStringLiteral("namacatin")}},
        {ImportField::Sex, {QStringLiteral("jk"), QStringLiteral("jeniskelamin"), QStringLiteral("lp"), QStringLiteral("sex"), QStringLiteral("kelamin")}},
        {ImportField::BirthDate, {QStringLiteral("tgllahir"), QStringLiteral("tanggallahir"), QStringLiteral("tgllhr"), QStringLiteral("birthdate"), QStringLiteral("dob")}},
        {ImportField::MeasuredOn, {QStringLiteral("tanggalpengukuran"), QStringLiteral("tglpengukuran"), QStringLiteral("tglukur"), QStringLiteral("tanggalukur"), QStringLiteral("tglpemeriksaan"),
                                   QStringLiteral("tanggalpemeriksaan"), QStringLiteral("tglperiksa")}},
        {ImportField::Weight, {QStringLiteral("bb"), QStringLiteral("berat"), QStringLiteral("beratbadan"), QStringLiteral("bbkg"), QStringLiteral("weight")}},
        {ImportField::LengthHeight, {QStringLiteral("tbpb"), QStringLiteral("pbtb"), QStringLiteral("tb"), QStringLiteral("pb"), QStringLiteral("tinggi"),
                                     QStringLiteral("tinggibadan"), QStringLiteral("panjangbadan"), QStringLiteral("tbcm"), QStringLiteral("pbcm"), QStringLiteral("tbpbcm")}},
        {ImportField::Position, {QStringLiteral("caraukur"), QStringLiteral("posisi"), QStringLiteral("carapengukuran")}},
        {ImportField::Muac, {QStringLiteral("lila"), QStringLiteral("lilacm"), QStringLiteral("lingkarlenganatas")}},
        {ImportField::HeadCircumference, {QStringLiteral("lk"), QStringLiteral("lingkarkepala"), QStringLiteral("lkcm")}},
        {ImportField::Hb, {QStringLiteral("hb"), QStringLiteral("kadarhb"), QStringLiteral("hemoglobin")}},
        {ImportField::MotherName, {QStringLiteral("namaibu"), QStringLiteral("ibu"), QStringLiteral("namaibukandung")}},
        {ImportField::FatherName, {QStringLiteral("namaayah"), QStringLiteral("ayah")}},
        {ImportField::Desa, {QStringLiteral("desakelurahan"), QStringLiteral("desa"), QStringLiteral("kelurahan"), QStringLiteral("kel"), QStringLiteral("desakel")}},
        {ImportField::Kecamatan, {QStringLiteral("kecamatan"), QStringLiteral("kec")}},
        {ImportField::Posyandu, {QStringLiteral("posyandu"), QStringLiteral("namaposyandu")}},
        {ImportField::Rt, {QStringLiteral("rt")}},
        {ImportField::Rw, {QStringLiteral("rw")}},
        {ImportField::Address, {QStringLiteral("alamat"), QStringLiteral("alamatlengkap")}},
        {ImportField::KkNumber, {QStringLiteral("nokk"), QStringLiteral("kk"), QStringLiteral("nomorkk"), QStringLiteral("nokartukeluarga")}},
    };
    return names;
}
}

QString ColumnMapping::normalised(const QString &header)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]"));
    return header.toLower().remove(other);
}

ColumnMapping ColumnMapping::propose(const QStringList &header)
{
    ColumnMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString name = normalised(header.at(column));
        for (auto it = synonyms().cbegin(); it != synonyms().cend(); ++it) {
            if (!mapping.has(it.key()) && it.value().contains(name)) {
                mapping.set(it.key(), column);
                break;
            }
        }
    }
    return mapping;
}

void ColumnMapping::set(ImportField field, int column)
{
    if (column < 0)
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

QString ColumnMapping::toText(const QStringList &header) const
{
    QStringList parts;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() < header.size())
            parts << enumCode(it.key()) + QLatin1Char('=') + normalised(header.at(it.value()));
    }
    return parts.join(QLatin1Char(';'));
}

ColumnMapping ColumnMapping::fromText(const QString &text, const QStringList &header)
{
    QStringList names;
    for (const QString &column : header)
        names << normalised(column);
    ColumnMapping mapping;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        const auto field = pair.size() == 2 ? enumFromCode<ImportField>(pair[0]) : std::nullopt;
        if (field && !pair[1].isEmpty())
            mapping.set(*field, int(names.indexOf(pair[1])));
    }
    return mapping;
}
