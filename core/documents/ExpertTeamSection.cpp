#include "documents/ExpertTeamSection.h"

#include "documents/DocumentComposer.h"
#include "growth/NipCheck.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"

#include <QHash>

Result<ExpertTeamSection> ExpertTeamSection::load(Workspace &workspace, qint64 cycleId)
{
    auto members = CycleRepository(workspace).members(cycleId);
    auto agencies = PeopleRepository(workspace).agencies();
    CaseRepository caseRepository(workspace);
    auto cases = caseRepository.forCycle(cycleId);
    for (const QString &error : {members.error(), agencies.error(), cases.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }
    QHash<qint64, int> reviewed;  // by member
    for (const AuditCase &auditCase : *cases) {
        auto review = caseRepository.review(auditCase.id);
        if (!review)
            return Error{review.error()};
        if (review->has_value() && review->value().isSigned()) {
            for (qint64 memberId : review->value().reviewerMemberIds)
                ++reviewed[memberId];
        }
    }
    QHash<qint64, QString> agencyNames;
    for (const Agency &agency : *agencies)
        agencyNames.insert(agency.id, agency.displayName());

    ExpertTeamSection section;
    for (const TeamMember &member : *members) {
        if (member.role != TeamRole::Expert)
            continue;
        auto person = PeopleRepository(workspace).person(member.personId);
        if (!person)
            return Error{person.error()};
        QStringList position;
        for (const QString &part : {person->position, agencyNames.value(person->agencyId)}) {
            if (!part.isEmpty())
                position << part;
        }
        QStringList rank;
        if (!person->rankGrade.isEmpty())
            rank << person->rankGrade;
        if (!person->nip.isEmpty())
            rank << tr("NIP. %1").arg(NipCheck::formatted(person->nip));
        section.m_experts.append({person->fullName(), person->speciality, position.join(QStringLiteral(", ")), rank.join(QLatin1Char('\n')),
                                  reviewed.value(member.id)});
    }
    return section;
}

void ExpertTeamSection::write(DocumentComposer &composer) const
{
    DocumentTable table({tr("No."), tr("Name"), tr("Speciality"), tr("Position and agency"), tr("Rank/grade and NIP"), tr("Cases reviewed")},
                        {6, 22, 12, 17, 32, 11});
    table.alignCentre(0).alignRight(5);
    int number = 0;
    for (const Expert &expert : m_experts)
        table.addRow({QString::number(++number), expert.name, expert.speciality.isEmpty() ? QStringLiteral("–") : expert.speciality,
                      expert.position, expert.rankAndNip.isEmpty() ? QStringLiteral("–") : expert.rankAndNip, QString::number(expert.reviewed)});
    table.setFontPointSize(9);
    composer.table(table);
}
