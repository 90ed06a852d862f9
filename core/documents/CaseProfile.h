#pragma once

#include "Result.h"
#include "domain/AuditCase.h"
#include "domain/Recommendation.h"
#include "domain/TargetGroup.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

class Workspace;

// What the documents of a cycle say about one of its cases. Everything but `identity` is fit for
// a meeting: the case code, group, an age band, the desa (nothing finer), the status and risks of
// the last measurement before the audit, the causes and the recommendations (whose free text has
// the subject's names, NIK and family card number blanked out unless identities are asked for).
struct CaseProfile {
    Q_DECLARE_TR_FUNCTIONS(CaseProfile)
public:
    AuditCase auditCase;
    TargetGroup group = TargetGroup::Baduta;
    QString ageBand;
    QString desa;
    QString kecamatan;
    QString measurement;    // "Measured Jul 2024: BB 8,1 kg; PB/TB 70,2 cm", empty when never measured
    QStringList findings;   // z-scores with their category, and the risks found
    QStringList expertCauses;     // the experts' conclusion, direct causes first
    QStringList technicalCauses;  // the technical team's view
    QList<Recommendation> recommendations;
    bool reviewSigned = false;
    // Name, NIK, family card, birth date, parents and address: only when asked for (internal copies).
    QList<QPair<QString, QString>> identity;

    // The cases of a cycle by audit number; identities only when withIdentity.
    static Result<QList<CaseProfile>> ofCycle(Workspace &workspace, qint64 cycleId, bool withIdentity);
};
