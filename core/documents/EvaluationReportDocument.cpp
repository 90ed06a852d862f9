#include "documents/EvaluationReportDocument.h"

#include "documents/CaseOutcomeSection.h"
#include "documents/ClosingParagraph.h"
#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/RtlEvaluationSection.h"
#include "documents/SipastiStageSection.h"
#include "documents/TeamSignature.h"
#include "domain/DateText.h"
#include "storage/CycleRepository.h"
#include "storage/SettingsRepository.h"

Result<std::unique_ptr<PrintableDocument>> EvaluationReportDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto cycle = CycleRepository(workspace).find(request.cycleId);
    if (!cycle)
        return Error{tr("The cycle of the evaluation report does not exist in this workspace.")};
    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};
    auto items = RtlEvaluationSection::load(workspace, cycle->id);
    if (!items)
        return Error{items.error()};
    auto outcomes = CaseOutcomeSection::load(workspace, cycle->id);
    if (!outcomes)
        return Error{outcomes.error()};
    if (items->itemCount() == 0 && outcomes->caseCount() == 0)
        return Error{tr("Cycle %1 has neither RTL items nor cases to evaluate yet.").arg(cycle->label())};
    auto chair = TeamSignature::of(workspace, cycle->id, TeamRole::Chair,
                                   tr("Chair of the Stunting Case Audit Team") + QLatin1Char('\n') + settings->regency,
                                   DocumentComposer::placeAndDate(settings->signingPlace, request.issueDate()));
    if (!chair)
        return Error{chair.error()};

    auto document = std::make_unique<PrintableDocument>(tr("Evaluation report %1").arg(cycle->label()));
    DocumentComposer composer(*document);
    composer.letterhead(*settings);
    composer.title(tr("Evaluation report of the follow-up plan (RTL)"),
                   {tr("Audit Kasus Stunting %1").arg(settings->regency), CycleText::name(*cycle)});

    int evaluated = 0;
    for (const CycleSummary::DoneShare &share : items->summary().byAgency)
        evaluated += share.total - share.notEvaluated();
    composer.fields({{tr("Period"), CycleText::period(*cycle)},
                     {tr("RTL items"), tr("%1, of which %2 evaluated").arg(items->itemCount()).arg(evaluated)},
                     {tr("Audited cases"), tr("%1, of which %2 with a confirmed outcome")
                                               .arg(outcomes->caseCount())
                                               .arg(outcomes->caseCount() - outcomes->count(std::nullopt))}});

    composer.heading(tr("A. RTL items done by agency"));
    items->writeAgencyTable(composer);
    composer.subheading(tr("RTL items done by timing"));
    items->writeTimingTable(composer);

    composer.heading(tr("B. RTL items and what was done"));
    if (items->itemCount() == 0)
        composer.paragraph(tr("The cycle has no RTL items."));
    else
        items->writeItems(composer);

    composer.heading(tr("C. Case outcomes before and after follow-up"));
    if (outcomes->caseCount() == 0) {
        composer.paragraph(tr("The cycle has no audited cases."));
    } else {
        composer.paragraph(tr("Each case's measurement before the audit is compared with its last follow-up measurement. For a child the "
                              "length/height-for-age category decides; for a mother or bride, the Hb, LiLA and BMI thresholds crossed."));
        outcomes->writeOutcomes(composer);
        composer.subheading(tr("Cases by outcome"));
        outcomes->writeCounts(composer);
    }

    composer.heading(tr("D. Sipasti stages reached"));
    SipastiStageSection::write(composer, items->summary());

    composer.paragraph(tr("This evaluation report is made as the account of the follow-up of %1, to be used as it is needed.")
                           .arg(CycleText::name(*cycle)));
    const QTextBlock closing = composer.cursor().block();
    composer.signatures({*chair});
    ClosingParagraph::keepWithSignatures(*document, closing);
    return document;
}
