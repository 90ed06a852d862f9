#include "documents/WorksheetDocument.h"

#include "documents/DocumentComposer.h"
#include "documents/FilledWorksheetDocument.h"
#include "documents/WorksheetSections.h"
#include "domain/ReferenceLabel.h"
#include "domain/WorkspaceSettings.h"
#include "storage/SettingsRepository.h"
#include "storage/WorksheetRepository.h"

namespace {

// Room to write a value by hand after a printed label.
QString dots(int count = 95)
{
    return QString(count, QLatin1Char('.'));
}

}  // namespace

QString WorksheetDocument::title()
{
    //: The official title: "Kertas Kerja Audit Kasus Stunting".
    return tr("Stunting case audit worksheet");
}

Result<std::unique_ptr<PrintableDocument>> WorksheetDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    if (!request.caseCode.trimmed().isEmpty())
        return FilledWorksheetDocument::build(workspace, request);

    auto settings = SettingsRepository(workspace).load();
    if (!settings)
        return Error{settings.error()};
    const QList<TargetGroup> groups = request.targetGroup ? QList<TargetGroup>{*request.targetGroup} : enumValues<TargetGroup>();
    const QString documentTitle = request.targetGroup ? tr("Blank audit worksheet (KKA), %1").arg(enumName(*request.targetGroup))
                                                      : tr("Blank audit worksheets (KKA)");
    auto document = std::make_unique<PrintableDocument>(documentTitle);
    DocumentComposer composer(*document);
    for (int index = 0; index < groups.size(); ++index) {
        if (index > 0)
            composer.pageBreak();
        if (Status written = writeBlank(workspace, composer, *settings, groups[index]); !written)
            return Error{written.error()};
    }
    return document;
}

Status WorksheetDocument::writeBlank(Workspace &workspace, DocumentComposer &composer, const WorkspaceSettings &settings, TargetGroup group)
{
    WorksheetRepository repository(workspace);
    auto edition = repository.latestEdition(group);
    if (!edition)
        return Error{edition.error()};
    auto items = repository.items(group, *edition);
    if (!items)
        return Error{items.error()};
    if (items->isEmpty())
        return Error{tr("The workspace has no worksheet items for %1, so its worksheet cannot be printed. "
                        "Add them under the reference data first.")
                         .arg(enumName(group))};

    composer.letterhead(settings);
    composer.title(title(), {tr("Target group: %1").arg(enumName(group)), tr("Edition %1").arg(*edition)});
    const QString regency = settings.regency.trimmed();
    composer.fields({{tr("Kabupaten/kota"), regency.isEmpty() ? dots() : regency},
                     {tr("Case number"), dots()},
                     {tr("Puskesmas"), dots()},
                     {tr("Kecamatan"), dots()},
                     {tr("Desa/kelurahan"), dots()},
                     {tr("Audit date"), dots()}});
    composer.note(tr("Fill in during the home visit. Write each answer and where it was found (Buku KIA, register, interview, "
                     "measurement); the small print under an item says what it means."));

    int number = 0;
    for (const WorksheetSection &section : WorksheetSections::of(*items)) {
        composer.subheading(QStringLiteral("%1. %2").arg(section.letter, section.title));
        DocumentTable table({tr("No."), tr("Item"), tr("Answer"), tr("Data source")}, {6, 40, 34, 20});
        table.alignCentre(0).setMinimumRowHeightMm(13).setFontPointSize(9.5);
        for (const WorksheetItem &item : section.items) {
            const QString usual = item.usualSource.trimmed().isEmpty() ? QString() : tr("Usually: %1").arg(item.usualSource.trimmed());
            table.addRow({QString::number(++number), referenceLabel(item.label, item.labelEn), QString(), QString()},
                         {QString(), item.definition.trimmed(), QString(), usual});
        }
        composer.table(table);
    }

    const QString placeAndDate = QStringLiteral("%1, %2").arg(dots(24), dots(30));
    const QString nip = tr("NIP. %1").arg(dots(34));
    composer.signatures({{placeAndDate, tr("Filled in by\nTechnical team (Tim Teknis)"), QString(), nip, QString()},
                         {placeAndDate, tr("Reviewed by\nExpert (Tim Pakar)"), QString(), nip, QString()}});
    return {};
}
