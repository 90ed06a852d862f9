#include "documents/HandoutDocument.h"

#include "audit/MainCauses.h"
#include "documents/CaseProfile.h"
#include "documents/CaseSpreadSection.h"
#include "documents/CauseChartDrawing.h"
#include "documents/CycleText.h"
#include "documents/DocumentComposer.h"
#include "documents/RtlMatrixSection.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RtlRepository.h"
#include "storage/SettingsRepository.h"

#include <QSet>

namespace {
constexpr int ChartedCauses = 10;

// The date of the cycle's first dissemination meeting, the one the handout is usually made for.
QDate meetingDate(Workspace &workspace, qint64 cycleId)
{
    for (const Meeting &meeting : MeetingRepository(workspace).forCycle(cycleId).value_or({})) {
        if (meeting.kind == MeetingKind::Dissemination)
            return meeting.date;
    }
    return {};
}

QString lines(const QStringList &items)
{
    return items.isEmpty() ? HandoutDocument::tr("–") : items.join(QLatin1Char('\n'));
}
}

Result<std::unique_ptr<PrintableDocument>> HandoutDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto cycle = CycleRepository(workspace).find(request.cycleId);
    if (!cycle)
        return Error{tr("The dissemination handout cannot be made: %1").arg(cycle.error())};
    auto profiles = CaseProfile::ofCycle(workspace, cycle->id, request.internal);
    auto items = RtlRepository(workspace).items(cycle->id);
    auto settings = SettingsRepository(workspace).load();
    if (!profiles || !items || !settings)
        return Error{!profiles ? profiles.error() : !items ? items.error() : settings.error()};
    if (profiles->isEmpty())
        return Error{tr("%1 has no cases yet: select them in stage 2 (case selection) first.").arg(CycleText::name(*cycle))};

    auto document = std::make_unique<PrintableDocument>(tr("Dissemination handout, %1").arg(CycleText::name(*cycle)));
    document->setConfidential(request.internal);
    DocumentComposer composer(*document);

    composer.letterhead(*settings);
    composer.spacing(45);
    QStringList subtitles{CycleText::name(*cycle), settings->regency.trimmed()};
    if (const QDate date = meetingDate(workspace, cycle->id); date.isValid())
        subtitles << tr("Dissemination meeting, %1").arg(DateText::longDate(date));
    composer.title(tr("Dissemination material of the stunting case audit"), subtitles);
    composer.spacing(60);
    composer.paragraph(request.internal ? tr("INTERNAL COPY. It names the families and is kept by the audit team; it is not to be handed out.")
                                        : tr("For limited circulation. Cases are named by their codes only, as the audit's first principle, "
                                             "confidentiality, requires; please do not try to identify the families."),
                       Qt::AlignCenter);

    composer.pageBreak();
    composer.heading(tr("1. The cases audited"));
    QSet<QString> kecamatan;
    for (const CaseProfile &profile : *profiles)
        kecamatan.insert(profile.kecamatan);
    composer.paragraph(tr("%1 audited %n case(s)", nullptr, int(profiles->size())).arg(CycleText::name(*cycle)) + QLatin1Char(' ')
                       + tr("in %n kecamatan, by target group:", nullptr, int(kecamatan.size())));
    CaseSpreadSection::write(composer, *profiles);

    composer.heading(tr("2. Main causes found"));
    if (Status written = writeCauses(composer, workspace, cycle->id); !written)
        return Error{written.error()};

    composer.heading(tr("3. The cases"));
    for (const CaseProfile &profile : *profiles)
        writeCase(composer, profile);

    // The plan starts a page: its heading and summary line would otherwise be left at the foot
    // of the last case, the matrix itself on the next page.
    composer.pageBreak();
    composer.heading(tr("4. Follow-up plan (RTL)"));
    if (items->isEmpty()) {
        composer.paragraph(tr("No RTL item has been drafted for this cycle yet."));
    } else {
        const int unapproved = RtlMatrixSection::unapprovedCount(*items);
        QString summary = tr("%n item(s), by the agency (OPD) responsible.", nullptr, int(items->size()));
        if (unapproved > 0)
            summary += QLatin1Char(' ') + tr("%n of them not yet approved by the TPPS chair.", nullptr, unapproved);
        composer.paragraph(summary);
        RtlMatrixSection::write(composer, *items, RtlMatrixSection::Width::Portrait);
    }
    composer.note(tr("Prepared by %1, %2.").arg(settings->officeName.trimmed(), DateText::date(request.issueDate())));
    return document;
}

Status HandoutDocument::writeCauses(DocumentComposer &composer, Workspace &workspace, qint64 cycleId)
{
    auto causes = MainCauses::of(workspace, cycleId);
    if (!causes)
        return Error{causes.error()};
    if (causes->causes.isEmpty()) {
        composer.paragraph(tr("The experts have not concluded the causes of any case yet."));
        return {};
    }
    composer.paragraph(tr("The causes the experts (Tim Pakar) concluded, counted once per case, in %n reviewed case(s); a case often has several.",
                          nullptr, causes->reviewedCases));
    QList<CauseChartDrawing::Bar> bars;
    for (const MainCauses::Tally &tally : causes->causes) {
        if (bars.size() < ChartedCauses)
            bars.append({tally.label, tally.cases, tally.isDirect});
    }
    composer.drawing(std::make_shared<CauseChartDrawing>(bars), QSizeF(150, CauseChartDrawing::heightMm(int(bars.size()))));
    composer.note(tr("Dark bars: direct causes (intake, infection, disease). Light bars: indirect causes."));
    DocumentTable table({tr("No."), tr("Cause"), tr("Kind"), tr("Cases")}, {8, 62, 18, 12});
    table.alignCentre(0).alignRight(3);
    int number = 0;
    for (const MainCauses::Tally &tally : causes->causes)
        table.addRow({QString::number(++number), tally.label, tally.isDirect ? tr("direct") : tr("indirect"), QString::number(tally.cases)});
    composer.table(table);
    return {};
}

void HandoutDocument::writeCase(DocumentComposer &composer, const CaseProfile &profile)
{
    composer.subheading(tr("%1, %2").arg(profile.auditCase.caseCode, enumName(profile.group)));
    QList<QPair<QString, QString>> fields = profile.identity;
    fields << qMakePair(tr("Age"), profile.ageBand)
           << qMakePair(tr("Desa"), profile.kecamatan.isEmpty() ? profile.desa : tr("%1, Kecamatan %2").arg(profile.desa, profile.kecamatan));
    if (!profile.measurement.isEmpty())
        fields << qMakePair(tr("Measurement"), profile.measurement);
    fields << qMakePair(tr("Status and risks"), lines(profile.findings))
           << qMakePair(tr("Causes (Tim Pakar)"), lines(profile.expertCauses))
           << qMakePair(tr("Causes (Tim Teknis)"), lines(profile.technicalCauses));
    for (RecommendationKind kind : enumValues<RecommendationKind>()) {
        QStringList texts;
        for (const Recommendation &recommendation : profile.recommendations) {
            if (recommendation.kind == kind)
                texts << recommendation.text;
        }
        if (!texts.isEmpty())
            fields << qMakePair(enumName(kind), texts.join(QLatin1Char('\n')));
    }
    if (!profile.reviewSigned)
        fields << qMakePair(tr("Review"), tr("not yet signed by the experts"));
    composer.fields(fields);
}
