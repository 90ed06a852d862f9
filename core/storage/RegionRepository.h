#pragma once

#include "Result.h"
#include "domain/Desa.h"
#include "domain/Kecamatan.h"
#include "domain/Posyandu.h"
#include "domain/Puskesmas.h"

#include <QList>

class Workspace;

// The district's own places: kecamatan, desa/kelurahan, puskesmas and posyandu.
class RegionRepository {
public:
    explicit RegionRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status save(Kecamatan &kecamatan);
    Status save(Desa &desa);
    Status save(Puskesmas &puskesmas);
    Status save(Posyandu &posyandu);

    Result<QList<Kecamatan>> kecamatan() const;            // by name
    Result<QList<Desa>> desa(qint64 kecamatanId = 0) const;  // all when 0, by name
    Result<QList<Puskesmas>> puskesmas() const;
    Result<QList<Posyandu>> posyandu(qint64 desaId = 0) const;

private:
    Workspace &m_workspace;
};
