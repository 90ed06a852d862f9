#include "documents/RtlMatrixDocument.h"

#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/RtlMatrixSection.h"
#include "documents/TeamSignature.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SettingsRepository.h"

#include <QHash>

namespace {
// The name recorded on most of the approved items; empty while none is approved.
QString approverOf(const QList<RtlItemRow> &items)
{
    QHash<QString, int> counts;
    QString most;
    for (const RtlItemRow &row : items) {
        const QString name = row.item.approvedBy.trimmed();
        if (row.item.isApproved() && !name.isEmpty() && ++counts[name] > counts.value(most))
            most = name;
    }
    return most;
}

// The matrix is signed by whoever approved it, as the items record: the TPPS chair (the team's
// Pengarah), or the Ketua of the audit team when the Ketua approved. While nothing is approved,
// the TPPS chair's block stands ready for the approval.
Result<SignatureBlock> approvalSignature(Workspace &workspace, qint64 cycleId, const QList<RtlItemRow> &items, const QString &regency,
                                         const QString &placeAndDate)
{
    const QString tpps = RtlMatrixDocument::tr("Chair of the stunting reduction task force (TPPS)\n%1").arg(regency);
    const QString name = approverOf(items);
    if (name.isEmpty())
        return TeamSignature::of(workspace, cycleId, TeamRole::Steering, tpps, placeAndDate);
    SignatureBlock block;
    block.placeAndDate = placeAndDate;
    block.role = RtlMatrixDocument::tr("Approved by,") + QLatin1Char('\n') + tpps;
    block.name = name;  // a name typed at approval that is nobody in the team
    auto members = CycleRepository(workspace).members(cycleId);
    if (!members)
        return Error{members.error()};
    PeopleRepository people(workspace);
    for (const TeamMember &member : *members) {
        auto person = people.person(member.personId);
        if (!person)
            return Error{person.error()};
        if (person->fullName() != name)
            continue;
        if (member.role == TeamRole::Chair)
            block.role = RtlMatrixDocument::tr("Approved by,") + QLatin1Char('\n')
                         + RtlMatrixDocument::tr("Chair of the Stunting Case Audit Team") + QLatin1Char('\n') + regency;
        block.rankGrade = person->rankGrade;
        block.nip = person->nip;
        break;
    }
    return block;
}
}  // namespace

Result<std::unique_ptr<PrintableDocument>> RtlMatrixDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto cycle = CycleRepository(workspace).find(request.cycleId);
    if (!cycle)
        return Error{tr("The RTL matrix cannot be made: %1").arg(cycle.error())};
    auto items = RtlRepository(workspace).items(cycle->id);
    auto settings = SettingsRepository(workspace).load();
    if (!items || !settings)
        return Error{!items ? items.error() : settings.error()};
    if (items->isEmpty())
        return Error{tr("%1 has no RTL items yet: the follow-up plan is drafted in stage 3 (expert review) or in the RTL tracker.")
                         .arg(CycleText::name(*cycle))};

    auto document = std::make_unique<PrintableDocument>(tr("RTL matrix, %1").arg(CycleText::name(*cycle)), QPageLayout::Landscape);
    DocumentComposer composer(*document);
    composer.letterhead(*settings);
    composer.title(tr("Follow-up plan matrix (Matriks RTL)"),
                   {tr("Audit Kasus Stunting, %1, %2").arg(CycleText::name(*cycle), settings->regency.trimmed())});
    const int unapproved = RtlMatrixSection::unapprovedCount(*items);
    QString summary = tr("%n item(s), grouped by the agency (OPD) responsible.", nullptr, int(items->size()));
    if (unapproved > 0)
        summary += QLatin1Char(' ') + tr("%n of them not yet approved by the TPPS chair.", nullptr, unapproved);
    composer.paragraph(summary, Qt::AlignLeft);
    RtlMatrixSection::write(composer, *items, RtlMatrixSection::Width::Landscape);

    auto signer = approvalSignature(workspace, cycle->id, *items, settings->regency.trimmed(),
                                    DocumentComposer::placeAndDate(settings->signingPlace, request.issueDate()));
    if (!signer)
        return Error{signer.error()};
    composer.signatures({*signer});
    return document;
}
