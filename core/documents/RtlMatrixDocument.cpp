#include "documents/RtlMatrixDocument.h"

#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/RtlMatrixSection.h"
#include "documents/TeamSignature.h"
#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SettingsRepository.h"

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

    const QString office = tr("Chair of the stunting reduction task force (TPPS)\n%1").arg(settings->regency.trimmed());
    auto signer = TeamSignature::of(workspace, cycle->id, TeamRole::Steering, office,
                                    DocumentComposer::placeAndDate(settings->signingPlace, request.issueDate()));
    if (!signer)
        return Error{signer.error()};
    composer.signatures({*signer});
    return document;
}
