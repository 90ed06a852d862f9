#include "documents/CycleReportDocument.h"

#include "audit/MainCauses.h"
#include "documents/CaseOutcomeSection.h"
#include "documents/ContentsPage.h"
#include "documents/CaseProfile.h"
#include "documents/CaseSpreadSection.h"
#include "documents/ClosingParagraph.h"
#include "documents/CauseChartDrawing.h"
#include "documents/CyclePeriodSection.h"
#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/ExpertTeamSection.h"
#include "documents/ReportCover.h"
#include "documents/ReportNarrative.h"
#include "documents/RtlMatrixSection.h"
#include "documents/RtlEvaluationSection.h"
#include "documents/SipastiStageSection.h"
#include "documents/TeamSignature.h"
#include "storage/CycleRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SettingsRepository.h"

#include <QLocale>
#include <QSet>

namespace {

// Everything the report shows, loaded before anything is written.
struct ReportData {
    Cycle cycle;
    WorkspaceSettings settings;
    std::optional<Decree> decree;
    ReportNarrative narrative;
    QList<CaseProfile> cases;
    QList<RtlItemRow> items;
    ExpertTeamSection experts;
    CyclePeriodSection period;
    MainCauses causes;
    RtlEvaluationSection evaluation;
    CaseOutcomeSection outcomes;
    SignatureBlock chair;
    SignatureBlock approver;
};

QString roman(int number)
{
    static const char *const numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return number >= 1 && number <= 10 ? QString::fromLatin1(numerals[number - 1]) : QString::number(number);
}

// Entries of the table of contents: the approval page, the contents, then the chapters.
constexpr int ChapterEntry = 2;

void chapter(DocumentComposer &composer, ContentsPage &contents, int number)
{
    composer.pageBreak();
    composer.title(CycleReportDocument::chapterTitle(number));
    contents.markStart(ChapterEntry + number - 1);
}

void narrative(DocumentComposer &composer, const ReportData &data, ReportPart part)
{
    composer.paragraph(data.narrative.text(part));
}

void causesTable(DocumentComposer &composer, const MainCauses &causes)
{
    if (causes.causes.isEmpty()) {
        composer.paragraph(CycleReportDocument::tr("No review names the experts' causes yet."));
        return;
    }
    QList<CauseChartDrawing::Bar> bars;
    for (const MainCauses::Tally &tally : causes.causes.mid(0, 10))
        bars.append({tally.label, tally.cases, tally.isDirect});
    composer.drawing(std::make_shared<CauseChartDrawing>(bars), QSizeF(150, CauseChartDrawing::heightMm(int(bars.size()))));
    composer.note(CycleReportDocument::tr("Dark bars: direct causes (intake, infection, disease). Light bars: indirect causes."));
    DocumentTable table({CycleReportDocument::tr("No."), CycleReportDocument::tr("Cause"), CycleReportDocument::tr("Kind"),
                         CycleReportDocument::tr("Cases"), CycleReportDocument::tr("Share of reviewed cases")},
                        {6, 50, 14, 12, 18});
    table.alignCentre(0).alignRight(3).alignRight(4);
    int number = 0;
    for (const MainCauses::Tally &tally : causes.causes) {
        const QString share = QLocale().toString(100.0 * tally.cases / qMax(1, causes.reviewedCases), 'f', 1) + QStringLiteral(" %");
        table.addRow({QString::number(++number), tally.label,
                      tally.isDirect ? CycleReportDocument::tr("Direct") : CycleReportDocument::tr("Indirect"), QString::number(tally.cases), share});
    }
    table.setFontPointSize(9.5);
    composer.table(table);
    composer.note(CycleReportDocument::tr("The experts' conclusions in %1 reviewed cases; a case may have several causes.").arg(causes.reviewedCases));
}

void casesChapter(DocumentComposer &composer, const ReportData &data)
{
    QSet<QString> kecamatan;
    for (const CaseProfile &profile : data.cases)
        kecamatan.insert(profile.kecamatan);
    composer.subheading(CycleReportDocument::tr("2.1 Spread of the cases"));
    composer.paragraph(CycleReportDocument::tr("%1 audited %n case(s)", nullptr, int(data.cases.size())).arg(CycleText::name(data.cycle))
                       + QLatin1Char(' ') + CycleReportDocument::tr("in %n kecamatan, by target group:", nullptr, int(kecamatan.size())));
    CaseSpreadSection::write(composer, data.cases);

    composer.subheading(CycleReportDocument::tr("2.2 The audited cases"));
    composer.paragraph(CycleReportDocument::tr("Each case is named by its code only, as the audit's first principle, confidentiality, requires."));
    DocumentTable table({CycleReportDocument::tr("No."), CycleReportDocument::tr("Case"), CycleReportDocument::tr("Group"),
                         CycleReportDocument::tr("Age"), CycleReportDocument::tr("Desa and kecamatan"), CycleReportDocument::tr("Reasons for selection")},
                        {5, 21, 10, 14, 22, 28});
    table.alignCentre(0).alignCentre(2);
    int number = 0;
    for (const CaseProfile &profile : data.cases) {
        QStringList reasons;
        for (SelectionReason reason : profile.auditCase.reasons)
            reasons << enumName(reason);
        QStringList place{profile.desa};
        if (!profile.kecamatan.isEmpty())
            place << CycleReportDocument::tr("Kecamatan %1").arg(profile.kecamatan);
        table.addRow({QString::number(++number), profile.auditCase.caseCode, enumCode(profile.group), profile.ageBand, place.join(QLatin1Char('\n')),
                      reasons.isEmpty() ? QStringLiteral("–") : reasons.join(QLatin1Char('\n'))});
    }
    table.setFontPointSize(9);
    composer.table(table);
}

Result<ReportData> load(Workspace &workspace, const DocumentRequest &request)
{
    auto cycle = CycleRepository(workspace).find(request.cycleId);
    if (!cycle)
        return Error{CycleReportDocument::tr("The cycle of the report does not exist in this workspace.")};
    auto settings = SettingsRepository(workspace).load();
    auto decree = CycleRepository(workspace).decree(cycle->id);
    auto narrative = ReportNarrative::load(workspace, cycle->id);
    auto cases = CaseProfile::ofCycle(workspace, cycle->id, false);
    auto items = RtlRepository(workspace).items(cycle->id);
    auto experts = ExpertTeamSection::load(workspace, cycle->id);
    auto period = CyclePeriodSection::load(workspace, cycle->id);
    auto causes = MainCauses::of(workspace, cycle->id);
    auto evaluation = RtlEvaluationSection::load(workspace, cycle->id);
    auto outcomes = CaseOutcomeSection::load(workspace, cycle->id);
    for (const QString &error : {settings.error(), decree.error(), narrative.error(), cases.error(), items.error(), experts.error(), period.error(), causes.error(),
                                 evaluation.error(), outcomes.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }
    if (outcomes->caseCount() == 0)
        return Error{CycleReportDocument::tr("Cycle %1 has no audited cases yet: select cases before writing its report.").arg(cycle->label())};
    const QString regency = QLatin1Char('\n') + settings->regency;
    auto chair = TeamSignature::of(workspace, cycle->id, TeamRole::Chair,
                                   CycleReportDocument::tr("Chair of the Stunting Case Audit Team") + regency,
                                   DocumentComposer::placeAndDate(settings->signingPlace, request.issueDate()));
    auto approver = TeamSignature::of(workspace, cycle->id, TeamRole::Steering,
                                      CycleReportDocument::tr("Approved by,") + QLatin1Char('\n')
                                          + CycleReportDocument::tr("Chair of the stunting task force (Ketua TPPS)") + regency);
    if (!chair || !approver)
        return Error{!chair ? chair.error() : approver.error()};
    return ReportData{*cycle, *settings, *decree, *narrative, *cases, *items, *experts, *period, *causes, *evaluation, *outcomes, *chair, *approver};
}

}  // namespace

QString CycleReportDocument::chapterTitle(int number)
{
    static const char *const names[] = {
        QT_TR_NOOP("Introduction"),           QT_TR_NOOP("Cases and their spread"), QT_TR_NOOP("The experts (Tim Pakar)"),
        QT_TR_NOOP("Period of the audit"),    QT_TR_NOOP("Conclusions"),            QT_TR_NOOP("Follow-up plan (RTL)"),
        QT_TR_NOOP("Evaluation of the RTL"), QT_TR_NOOP("Closing")};
    const QString name = number >= 1 && number <= 8 ? tr(names[number - 1]) : QString();
    return tr("Chapter %1 %2").arg(roman(number), name);
}

Result<std::unique_ptr<PrintableDocument>> CycleReportDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto loaded = load(workspace, request);
    if (!loaded)
        return Error{loaded.error()};
    const ReportData &data = *loaded;

    auto document = std::make_unique<PrintableDocument>(ReportCover::reportTitle(data.settings, data.cycle));
    DocumentComposer composer(*document);
    ReportCover::cover(composer, data.settings, data.cycle);
    QList<QPair<QString, QString>> facts{{tr("Period"), CycleText::period(data.cycle)},
                                         {tr("Audited cases"), QString::number(data.outcomes.caseCount())},
                                         {tr("RTL items"), QString::number(data.evaluation.itemCount())}};
    if (data.decree)
        facts.append({tr("Team decree (SK)"), tr("Number %1").arg(data.decree->number)});
    ContentsPage contents(composer, *document);
    ReportCover::approval(composer, data.settings, data.cycle, facts, {data.approver, data.chair}, contents, 0);
    composer.pageBreak();
    composer.title(tr("Contents (Daftar isi)"));
    contents.markStart(1);
    QStringList entries{tr("Approval page (Lembar pengesahan)"), tr("Contents (Daftar isi)")};
    for (int number = 1; number <= 8; ++number)
        entries << chapterTitle(number);
    contents.write(entries);

    chapter(composer, contents, 1);
    composer.subheading(tr("1.1 Background"));
    narrative(composer, data, ReportPart::Background);
    composer.subheading(tr("1.2 Legal basis"));
    narrative(composer, data, ReportPart::LegalBasis);
    composer.subheading(tr("1.3 Objectives"));
    narrative(composer, data, ReportPart::Objectives);

    chapter(composer, contents, 2);
    casesChapter(composer, data);

    chapter(composer, contents, 3);
    composer.paragraph(tr("The cases were reviewed by the experts (Tim Pakar) the decree appointed for %1:").arg(CycleText::name(data.cycle)));
    if (data.experts.expertCount() == 0)
        composer.paragraph(tr("The team of this cycle has no experts yet."));
    else
        data.experts.write(composer);

    chapter(composer, contents, 4);
    data.period.write(composer);

    chapter(composer, contents, 5);
    composer.subheading(tr("5.1 Conclusions"));
    narrative(composer, data, ReportPart::Conclusions);
    composer.subheading(tr("5.2 Main causes found"));
    causesTable(composer, data.causes);
    composer.subheading(tr("5.3 Recommendations"));
    narrative(composer, data, ReportPart::Suggestions);

    chapter(composer, contents, 6);
    if (data.items.isEmpty()) {
        composer.paragraph(tr("No RTL item has been drafted for this cycle."));
    } else {
        QString summary = tr("The follow-up plan of %1 has %n item(s), by the agency (OPD) responsible.", nullptr, int(data.items.size()))
                              .arg(CycleText::name(data.cycle));
        if (const int unapproved = RtlMatrixSection::unapprovedCount(data.items); unapproved > 0)
            summary += QLatin1Char(' ') + tr("%n of them not yet approved by the TPPS chair.", nullptr, unapproved);
        composer.paragraph(summary);
        RtlMatrixSection::write(composer, data.items, RtlMatrixSection::Width::Portrait);
    }

    chapter(composer, contents, 7);
    composer.subheading(tr("7.1 RTL items done by agency"));
    data.evaluation.writeAgencyTable(composer);
    composer.subheading(tr("7.2 RTL items done by timing"));
    data.evaluation.writeTimingTable(composer);
    composer.subheading(tr("7.3 RTL items and what was done"));
    if (data.evaluation.itemCount() == 0)
        composer.paragraph(tr("The cycle has no RTL items."));
    else
        data.evaluation.writeItems(composer);
    composer.subheading(tr("7.4 Case outcomes before and after follow-up"));
    data.outcomes.writeOutcomes(composer);
    composer.subheading(tr("Cases by outcome"));
    data.outcomes.writeCounts(composer);
    composer.subheading(tr("7.5 Sipasti stages reached"));
    SipastiStageSection::write(composer, data.evaluation.summary());

    chapter(composer, contents, 8);
    narrative(composer, data, ReportPart::Closing);
    const QTextBlock closing = composer.cursor().block();
    composer.signatures({data.chair});
    ClosingParagraph::keepWithSignatures(*document, closing);
    contents.fillPageNumbers();
    return document;
}
