#include "storage/RegionRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

Status RegionRepository::save(Kecamatan &kecamatan)
{
    return TableWriter::save(m_workspace, QStringLiteral("kecamatan"), kecamatan,
                             {{QStringLiteral("code"), kecamatan.code}, {QStringLiteral("name"), kecamatan.name}});
}

Status RegionRepository::save(Desa &desa)
{
    return TableWriter::save(m_workspace, QStringLiteral("desa"), desa,
                             {{QStringLiteral("kecamatan_id"), SqlValue::id(desa.kecamatanId)},
                              {QStringLiteral("puskesmas_id"), SqlValue::id(desa.puskesmasId)},
                              {QStringLiteral("code"), desa.code},
                              {QStringLiteral("name"), desa.name},
                              {QStringLiteral("is_kelurahan"), desa.isKelurahan},
                              {QStringLiteral("is_focus_area"), desa.isFocusArea}});
}

Status RegionRepository::save(Puskesmas &puskesmas)
{
    return TableWriter::save(m_workspace, QStringLiteral("puskesmas"), puskesmas,
                             {{QStringLiteral("kecamatan_id"), SqlValue::id(puskesmas.kecamatanId)},
                              {QStringLiteral("code"), puskesmas.code},
                              {QStringLiteral("name"), puskesmas.name}});
}

Status RegionRepository::save(Posyandu &posyandu)
{
    return TableWriter::save(m_workspace, QStringLiteral("posyandu"), posyandu,
                             {{QStringLiteral("desa_id"), SqlValue::id(posyandu.desaId)}, {QStringLiteral("name"), posyandu.name}});
}

Result<QList<Kecamatan>> RegionRepository::kecamatan() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM kecamatan ORDER BY name"));
    return QueryRows::list<Kecamatan>(query, [](const SqlQuery &q, Kecamatan &k) {
        k.code = q.value(QStringLiteral("code")).toString();
        k.name = q.value(QStringLiteral("name")).toString();
    });
}

Result<QList<Desa>> RegionRepository::desa(qint64 kecamatanId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM desa WHERE :kecamatan IS NULL OR kecamatan_id = :kecamatan ORDER BY name"));
    query.bind(QStringLiteral(":kecamatan"), SqlValue::id(kecamatanId));
    return QueryRows::list<Desa>(query, [](const SqlQuery &q, Desa &d) {
        d.kecamatanId = q.value(QStringLiteral("kecamatan_id")).toLongLong();
        d.puskesmasId = q.value(QStringLiteral("puskesmas_id")).toLongLong();
        d.code = q.value(QStringLiteral("code")).toString();
        d.name = q.value(QStringLiteral("name")).toString();
        d.isKelurahan = q.value(QStringLiteral("is_kelurahan")).toBool();
        d.isFocusArea = q.value(QStringLiteral("is_focus_area")).toBool();
    });
}

Result<QList<Puskesmas>> RegionRepository::puskesmas() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM puskesmas ORDER BY name"));
    return QueryRows::list<Puskesmas>(query, [](const SqlQuery &q, Puskesmas &p) {
        p.kecamatanId = q.value(QStringLiteral("kecamatan_id")).toLongLong();
        p.code = q.value(QStringLiteral("code")).toString();
        p.name = q.value(QStringLiteral("name")).toString();
    });
}

Result<QList<Posyandu>> RegionRepository::posyandu(qint64 desaId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM posyandu WHERE :desa IS NULL OR desa_id = :desa ORDER BY name"));
    query.bind(QStringLiteral(":desa"), SqlValue::id(desaId));
    return QueryRows::list<Posyandu>(query, [](const SqlQuery &q, Posyandu &p) {
        p.desaId = q.value(QStringLiteral("desa_id")).toLongLong();
        p.name = q.value(QStringLiteral("name")).toString();
    });
}
