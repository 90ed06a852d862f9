#pragma once

#include "domain/ActionTiming.h"
#include "domain/InterventionType.h"
#include "domain/Sex.h"
#include "domain/TeamRole.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The invented district's fixed lists: its places, agencies, audit team and follow-up activities.
namespace DemoCatalogue {

struct KecamatanSpec {
    QString name;
    QStringList desa;
};

struct StaffSpec {
    TeamRole role;
    QString front, back, position, agency, speciality, rank;
    Sex sex;
    bool civilServant;
};

struct ItemSpec {
    QString activity, agency, budget, indicator;
    InterventionType type;
    ActionTiming timing;
};

QList<KecamatanSpec> kecamatan();
QList<QPair<QString, QString>> agencies();  // name, short name
QList<StaffSpec> staff();
QList<ItemSpec> actionItems();

} // namespace DemoCatalogue
