#pragma once

#include "Result.h"
#include "domain/TargetGroup.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

class Workspace;

// What an import needs to know of the workspace, read once so that checking the rows needs no
// database (and can run on another thread): the district's desa and posyandu by name, and the
// subjects of the target group by NIK and by name, birth date and desa.
class ImportLookup {
    Q_DECLARE_TR_FUNCTIONS(ImportLookup)
public:
    static Result<ImportLookup> load(Workspace &workspace, TargetGroup group);

    // The desa of that name (in that kecamatan, when one is given); 0 with a problem when it is
    // not the district's, or when the name is found in several kecamatan and none was given.
    qint64 desa(const QString &name, const QString &kecamatan, QString *problem) const;
    qint64 posyandu(const QString &name, qint64 desaId) const;

    qint64 subjectWithNik(const QString &nik) const { return m_subjectByNik.value(nik); }
    // By personKey().
    qint64 subjectLike(const QString &personKey) const { return m_subjectByPerson.value(personKey); }
    // The same person: the same normalised name, birth date and desa.
    static QString personKey(const QString &name, const QDate &birthDate, qint64 desaId);
    static QString placeKey(QString name);

private:
    QMultiHash<QString, qint64> m_desaByName;
    QHash<QString, qint64> m_desaByKecamatanAndName;
    QHash<QString, qint64> m_posyanduByDesaAndName;
    QHash<QString, qint64> m_subjectByNik;
    QHash<QString, qint64> m_subjectByPerson;
};
