#include "documents/FilledWorksheetDocument.h"

#include "documents/DocumentComposer.h"
#include "documents/WorksheetDocument.h"
#include "documents/WorksheetSections.h"
#include "domain/DataSource.h"
#include "domain/DateText.h"
#include "domain/ReferenceLabel.h"
#include "domain/WorkspaceSettings.h"
#include "storage/CaseRepository.h"
#include "storage/CauseTaxonomyRepository.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/WorksheetRepository.h"

#include <QMap>

namespace {

const QString Dash = QStringLiteral("–");

// The places of the header: the subject's desa and kecamatan, and the review's puskesmas.
struct HeaderPlaces {
    QString desa;
    QString kecamatan;
    QString puskesmas;
};

Result<HeaderPlaces> headerPlaces(Workspace &workspace, const Subject &subject, const ExpertReview &review)
{
    RegionRepository regions(workspace);
    auto desa = regions.desa();
    auto kecamatan = regions.kecamatan();
    auto puskesmas = regions.puskesmas();
    if (!desa || !kecamatan || !puskesmas)
        return Error{!desa ? desa.error() : (!kecamatan ? kecamatan.error() : puskesmas.error())};
    HeaderPlaces places;
    qint64 kecamatanId = 0;
    // The worksheet's puskesmas, else the one serving the subject's desa.
    qint64 puskesmasId = review.puskesmasId;
    for (const Desa &d : *desa) {
        if (d.id == subject.desaId) {
            places.desa = d.name;
            kecamatanId = d.kecamatanId;
            if (!puskesmasId)
                puskesmasId = d.puskesmasId;
        }
    }
    for (const Kecamatan &k : *kecamatan) {
        if (k.id == kecamatanId)
            places.kecamatan = k.name;
    }
    for (const Puskesmas &p : *puskesmas) {
        if (p.id == puskesmasId)
            places.puskesmas = p.name;
    }
    return places;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? Dash : text.trimmed();
}

// "Jl. Melati 4, RT 002/RW 005, Dusun Krajan, Desa Sukasari"
QString fullAddress(const Subject &subject, const QString &desa)
{
    QStringList parts;
    if (!subject.address.trimmed().isEmpty())
        parts << subject.address.trimmed();
    if (!subject.rt.trimmed().isEmpty() || !subject.rw.trimmed().isEmpty())
        parts << FilledWorksheetDocument::tr("RT %1/RW %2").arg(orDash(subject.rt), orDash(subject.rw));
    if (!subject.dusun.trimmed().isEmpty())
        parts << FilledWorksheetDocument::tr("Dusun %1").arg(subject.dusun.trimmed());
    if (!desa.isEmpty())
        parts << desa;
    return parts.join(QStringLiteral(", "));
}

}  // namespace

QString FilledWorksheetDocument::sourceName(const QString &source)
{
    if (source == WorksheetAnswer::computedSource())
        return tr("Computed by Tuntas");
    if (const auto known = enumFromCode<DataSource>(source))
        return enumName(*known);
    return source;
}

Result<std::unique_ptr<PrintableDocument>> FilledWorksheetDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    const QString code = request.caseCode.trimmed();
    CaseRepository cases(workspace);
    auto auditCase = cases.findByCode(code);
    if (!auditCase)
        return Error{auditCase.error()};
    auto review = cases.review(auditCase->id);
    if (!review)
        return Error{review.error()};
    if (!review->has_value())
        return Error{tr("Case %1 has no expert review yet, so its worksheet has not been filled in. "
                        "Print a blank worksheet for the home visit instead.")
                         .arg(code)};
    if (!request.internal)
        return Error{tr("The filled worksheet of case %1 names the family: it is an internal copy and must be asked for as one.").arg(code)};

    auto subject = SubjectRepository(workspace).find(auditCase->subjectId);
    if (!subject)
        return Error{subject.error()};
    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};
    auto places = headerPlaces(workspace, *subject, **review);
    if (!places)
        return Error{places.error()};

    auto document = std::make_unique<PrintableDocument>(tr("Audit worksheet (KKA) of case %1").arg(code));
    document->setConfidential(true);
    DocumentComposer composer(*document);
    composer.letterhead(*settings);
    QStringList subtitles{tr("Target group: %1").arg(enumName(subject->group))};
    if (!(*review)->worksheetEdition.isEmpty())
        subtitles << tr("Edition %1").arg((*review)->worksheetEdition);
    composer.title(WorksheetDocument::title(), subtitles);
    composer.fields({{tr("Kabupaten/kota"), orDash(settings->regency)},
                     {tr("Case number"), tr("%1 (case %2)").arg(auditCase->auditNumber).arg(code)},
                     {tr("Puskesmas"), orDash(places->puskesmas)},
                     {tr("Kecamatan"), orDash(places->kecamatan)},
                     {tr("Desa/kelurahan"), orDash(places->desa)},
                     {tr("Audit date"), orDash(DateText::longDate((*review)->auditDate))}});

    composer.heading(tr("Identity (internal)"));
    composer.fields({{tr("Name"), orDash(subject->name)},
                     {tr("NIK"), orDash(subject->nik)},
                     {tr("Birth date"), orDash(DateText::date(subject->birthDate))},
                     {tr("Address"), orDash(fullAddress(*subject, places->desa))}});

    if (Status written = writeAnswers(workspace, composer, *subject, **review); !written)
        return Error{written.error()};
    if (Status written = writeCauses(workspace, composer, **review); !written)
        return Error{written.error()};
    writeConclusion(composer, **review);
    if (Status written = writeSignatures(workspace, composer, *auditCase, **review); !written)
        return Error{written.error()};
    return document;
}

Status FilledWorksheetDocument::writeAnswers(Workspace &workspace, DocumentComposer &composer, const Subject &subject, const ExpertReview &review)
{
    auto items = WorksheetRepository(workspace).items(subject.group, review.worksheetEdition);
    if (!items)
        return Error{items.error()};
    QMap<qint64, WorksheetAnswer> answers;
    for (const WorksheetAnswer &answer : review.answers)
        answers.insert(answer.itemId, answer);

    composer.heading(tr("Worksheet answers"));
    if (items->isEmpty())
        composer.paragraph(tr("The workspace has no worksheet items of edition %1 for this target group.").arg(review.worksheetEdition));
    int number = 0;
    for (const WorksheetSection &section : WorksheetSections::of(*items)) {
        composer.subheading(QStringLiteral("%1. %2").arg(section.letter, section.title));
        DocumentTable table({tr("No."), tr("Item"), tr("Answer"), tr("Data source"), tr("Verified")}, {6, 36, 30, 18, 10});
        table.alignCentre(0).alignCentre(4).setFontPointSize(9.5);
        for (const WorksheetItem &item : section.items) {
            const WorksheetAnswer answer = answers.value(item.id);
            table.addRow({QString::number(++number), referenceLabel(item.label, item.labelEn), orDash(answer.answer),
                          answer.answer.isEmpty() && answer.source.isEmpty() ? Dash : orDash(sourceName(answer.source)),
                          answer.verified ? tr("Yes") : Dash},
                         {QString(), item.definition.trimmed()});
        }
        composer.table(table);
    }
    return {};
}

Status FilledWorksheetDocument::writeCauses(Workspace &workspace, DocumentComposer &composer, const ExpertReview &review)
{
    auto taxonomy = CauseTaxonomyRepository(workspace).all();
    if (!taxonomy)
        return Error{taxonomy.error()};

    composer.heading(tr("Causes"));
    if (review.causes.isEmpty()) {
        composer.paragraph(tr("No cause was recorded."));
    } else {
        // One row per cause either side ticked, in the taxonomy's order: direct causes, then indirect ones.
        DocumentTable table({tr("Cause"), tr("Technical team (Tim Teknis)"), tr("Experts (Tim Pakar)")}, {34, 33, 33});
        table.setFontPointSize(9.5);
        const auto cell = [&review](const QString &code, bool byExperts) {
            for (const ReviewCause &cause : review.causes) {
                if (cause.cause == code && cause.byExperts == byExperts)
                    return cause.note.trimmed().isEmpty() ? tr("Yes") : tr("Yes: %1").arg(cause.note.trimmed());
            }
            return Dash;
        };
        QStringList printed;
        for (const bool direct : {true, false}) {
            bool groupWritten = false;
            const auto add = [&](const QString &code, const QString &label) {
                if (!groupWritten)
                    table.addGroupRow(direct ? tr("Direct causes") : tr("Indirect causes"));
                groupWritten = true;
                table.addRow({label, cell(code, false), cell(code, true)});
                printed << code;
            };
            for (const CauseCategory &category : *taxonomy) {
                if (category.isDirect != direct)
                    continue;
                for (const ReviewCause &cause : review.causes) {
                    if (cause.cause == category.code) {
                        add(category.code, referenceLabel(category.label, category.labelEn));
                        break;
                    }
                }
            }
            // A cause whose code left the taxonomy is still printed, under its code.
            for (const ReviewCause &cause : review.causes) {
                if (cause.isDirect == direct && !printed.contains(cause.cause))
                    add(cause.cause, cause.cause);
            }
        }
        composer.table(table);
    }
    composer.subheading(tr("View of the technical team"));
    composer.paragraph(orDash(review.technicalView));
    return {};
}

void FilledWorksheetDocument::writeConclusion(DocumentComposer &composer, const ExpertReview &review)
{
    composer.heading(tr("Conclusion of the experts"));
    composer.paragraph(orDash(review.expertConclusion));
    QList<QPair<QString, QString>> further;
    if (!review.suspectedDisease.trimmed().isEmpty())
        further.append({tr("Suspected disease"), review.suspectedDisease.trimmed()});
    if (!review.referralTo.trimmed().isEmpty())
        further.append({tr("Referred to"), review.referralTo.trimmed()});
    composer.fields(further);

    composer.heading(tr("Recommendations"));
    if (review.recommendations.isEmpty()) {
        composer.paragraph(tr("No recommendation was recorded."));
        return;
    }
    DocumentTable table({tr("No."), tr("Kind"), tr("Recommendation")}, {6, 26, 68});
    table.alignCentre(0).setFontPointSize(9.5);
    int number = 0;
    for (const Recommendation &recommendation : review.recommendations)
        table.addRow({QString::number(++number), enumName(recommendation.kind), recommendation.text.trimmed()});
    composer.table(table);
}

Status FilledWorksheetDocument::writeSignatures(Workspace &workspace, DocumentComposer &composer, const AuditCase &auditCase, const ExpertReview &review)
{
    auto members = CycleRepository(workspace).members(auditCase.cycleId);
    if (!members)
        return Error{members.error()};
    PeopleRepository people(workspace);
    QList<SignatureBlock> blocks;
    for (const TeamMember &member : *members) {
        if (!review.reviewerMemberIds.contains(member.id))
            continue;
        auto person = people.person(member.personId);
        if (!person)
            return Error{person.error()};
        QString role = tr("Expert (Tim Pakar)");
        if (!person->speciality.trimmed().isEmpty())
            role += QLatin1Char('\n') + person->speciality.trimmed();
        blocks.append({QString(), role, person->fullName(), person->rankGrade, person->nip});
    }

    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};
    const QString placeAndDate = DocumentComposer::placeAndDate(settings->signingPlace, review.isSigned() ? review.signedOn : review.auditDate);
    for (SignatureBlock &block : blocks)
        block.placeAndDate = placeAndDate;

    composer.heading(tr("Signed by the experts"));
    if (blocks.isEmpty())
        composer.paragraph(tr("No expert is recorded as a reviewer of this case."));
    // Two signers a row, so that long names with their titles keep to one line.
    for (int first = 0; first < blocks.size(); first += 2)
        composer.signatures(blocks.mid(first, 2));
    if (!review.isSigned())
        composer.note(tr("The review has not been signed yet: the date is the audit date."));
    return {};
}
