#pragma once

#include "Result.h"
#include "demo/DemoPeople.h"
#include "domain/Agency.h"
#include "domain/AuditCase.h"
#include "domain/Cycle.h"
#include "domain/Desa.h"
#include "domain/ExpertReview.h"
#include "domain/Person.h"
#include "domain/Subject.h"
#include "domain/TeamMember.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>

class Workspace;

// The steps that make the demonstration district, sharing what earlier steps created.
class DemoBuilder {
public:
    DemoBuilder(Workspace &workspace, const QDate &today);
    Status build();

private:
    struct DemoSubject {
        Subject subject;
        bool atRisk = false;  // stunted child, or a mother or bride with risks
    };

    Status settings();
    Status regions();
    Status agencies();
    Status people();
    Status subjects();
    Status subject(TargetGroup group, const Desa &desa);
    Status measure(DemoSubject &demo, const QDate &on, double zTarget);
    Status risks(const DemoSubject &demo);
    Status startCycle(Cycle &cycle, CycleStatus status, const QMap<TargetGroup, int> &casesPerGroup, QList<TeamMember> &members,
                      QList<AuditCase> &cases);
    Status finishedCycle(Cycle &cycle);
    Status currentCycle(Cycle &cycle);
    Status team(const Cycle &cycle, QList<TeamMember> &members);
    Status selectCases(const Cycle &cycle, const QMap<TargetGroup, int> &perGroup, QList<AuditCase> &cases);
    Status review(const AuditCase &auditCase, const QList<TeamMember> &members, const QDate &signedOn, bool sign);
    Status worksheetAnswers(const AuditCase &auditCase, ExpertReview &review);
    Status actionItems(const Cycle &cycle, const QList<AuditCase> &cases, bool finished);
    Status dissemination(const Cycle &cycle, const QList<TeamMember> &members, const QDate &on);
    Status followUp(const Cycle &cycle, QList<AuditCase> &cases, const QList<TeamMember> &members);

    qint64 agencyId(const QString &shortName) const;
    QString regionCode6(const Desa &desa) const;

    Workspace &m_workspace;
    QDate m_today;
    DemoPeople m_people;
    QList<Desa> m_desa;
    QMap<qint64, QString> m_kecamatanCodes;
    QList<Agency> m_agencies;
    QMap<TeamRole, QList<Person>> m_staff;
    QMap<TargetGroup, QList<DemoSubject>> m_subjects;
    QSet<qint64> m_selected;
};
