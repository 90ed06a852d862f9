#include "importing/ImportLookup.h"

#include "storage/RegionRepository.h"
#include "storage/SubjectRepository.h"

QString ImportLookup::placeKey(QString name)
{
    name = name.simplified().toLower();
    for (const char *prefix : {"desa ", "kelurahan ", "kel. ", "ds. ", "kecamatan ", "kec. ", "posyandu "}) {
        if (name.startsWith(QLatin1String(prefix)))
            name = name.mid(int(qstrlen(prefix)));
    }
    return name.simplified();
}

QString ImportLookup::personKey(const QString &name, const QDate &birthDate, qint64 desaId)
{
    return name.simplified().toLower() + QLatin1Char('|') + QString::number(birthDate.toJulianDay()) + QLatin1Char('|') + QString::number(desaId);
}

Result<ImportLookup> ImportLookup::load(Workspace &workspace, TargetGroup group)
{
    ImportLookup lookup;
    RegionRepository regions(workspace);
    auto kecamatan = regions.kecamatan();
    auto desa = regions.desa();
    auto posyandu = regions.posyandu();
    auto subjects = SubjectRepository(workspace).all(group);
    for (const QString *error : {&kecamatan.error(), &desa.error(), &posyandu.error(), &subjects.error()}) {
        if (!error->isEmpty())
            return Error{*error};
    }
    QHash<qint64, QString> kecamatanName;
    for (const Kecamatan &k : *kecamatan)
        kecamatanName.insert(k.id, placeKey(k.name));
    for (const Desa &d : *desa) {
        lookup.m_desaByName.insert(placeKey(d.name), d.id);
        lookup.m_desaByKecamatanAndName.insert(kecamatanName.value(d.kecamatanId) + QLatin1Char('|') + placeKey(d.name), d.id);
    }
    for (const Posyandu &p : *posyandu)
        lookup.m_posyanduByDesaAndName.insert(QString::number(p.desaId) + QLatin1Char('|') + placeKey(p.name), p.id);
    for (const Subject &s : *subjects) {
        if (!s.nik.isEmpty())
            lookup.m_subjectByNik.insert(s.nik, s.id);
        lookup.m_subjectByPerson.insert(personKey(s.name, s.birthDate, s.desaId), s.id);
    }
    return lookup;
}

qint64 ImportLookup::desa(const QString &name, const QString &kecamatan, QString *problem) const
{
    const QString key = placeKey(name);
    if (!kecamatan.trimmed().isEmpty()) {
        if (const qint64 id = m_desaByKecamatanAndName.value(placeKey(kecamatan) + QLatin1Char('|') + key))
            return id;
        *problem = tr("desa \"%1\" in kecamatan \"%2\" is not one of this district's").arg(name, kecamatan);
        return 0;
    }
    const QList<qint64> ids = m_desaByName.values(key);
    if (ids.size() == 1)
        return ids.first();
    *problem = ids.isEmpty() ? tr("desa \"%1\" is not one of this district's").arg(name)
                             : tr("there is a desa \"%1\" in several kecamatan: give the kecamatan").arg(name);
    return 0;
}

qint64 ImportLookup::posyandu(const QString &name, qint64 desaId) const
{
    return m_posyanduByDesaAndName.value(QString::number(desaId) + QLatin1Char('|') + placeKey(name));
}
