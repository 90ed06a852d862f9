#include "documents/DecreeAttachmentDocument.h"

#include "documents/DocumentComposer.h"
#include "documents/PageGeometry.h"
#include "documents/PagedTable.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "growth/NipCheck.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"

#include <QHash>
#include <QTextTable>
#include <algorithm>

namespace {

const QList<TeamRole> RoleOrder = {TeamRole::Steering, TeamRole::Chair, TeamRole::ViceChair, TeamRole::Secretary,
                                   TeamRole::Technical, TeamRole::Expert, TeamRole::FamilyCompanion};

struct Listed {
    TeamMember member;
    Person person;
    QString kecamatan;  // "Kecamatan Cibeureum", for members with an area (TPK)
    QString desa;       // "Desa Sukamulya" or "Kelurahan Cibeureum"
};

QTextCharFormat text(qreal pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

}  // namespace

Result<std::unique_ptr<PrintableDocument>> DecreeAttachmentDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    CycleRepository cycles(workspace);
    auto cycle = cycles.find(request.cycleId);
    if (!cycle)
        return Error{tr("The decree attachment of cycle %1 cannot be made. %2").arg(request.cycleId).arg(cycle.error())};
    auto decree = cycles.decree(cycle->id);
    if (!decree)
        return Error{decree.error()};
    if (!decree->has_value())
        return Error{tr("Cycle %1 has no decree (SK) yet. Record its number, date and signer in the team formation wizard first.")
                         .arg(cycle->label())};
    auto members = cycles.members(cycle->id);
    if (!members)
        return Error{members.error()};
    if (members->isEmpty())
        return Error{tr("Cycle %1 has no team yet. Appoint its members in the team formation wizard first.").arg(cycle->label())};

    PeopleRepository peopleRepository(workspace);
    auto people = peopleRepository.people();
    auto agencies = peopleRepository.agencies();
    RegionRepository regions(workspace);
    auto kecamatan = regions.kecamatan();
    auto desa = regions.desa();
    auto settings = SettingsRepository(workspace).load();
    for (const QString &error : {people.error(), agencies.error(), kecamatan.error(), desa.error(), settings.error()}) {
        if (!error.isEmpty())
            return Error{error};
    }
    QHash<qint64, Person> personById;
    for (const Person &person : *people)
        personById.insert(person.id, person);
    QHash<qint64, QString> agencyName;
    for (const Agency &agency : *agencies)
        agencyName.insert(agency.id, agency.name);
    QHash<qint64, QString> kecamatanName;
    for (const Kecamatan &k : *kecamatan)
        kecamatanName.insert(k.id, k.name);
    QHash<qint64, Desa> desaById;
    for (const Desa &d : *desa)
        desaById.insert(d.id, d);

    QList<Listed> listed;
    for (const TeamMember &member : *members) {
        Listed entry{member, personById.value(member.personId), {}, {}};
        const Desa village = desaById.value(member.desaId);
        const qint64 kecamatanId = member.kecamatanId != 0 ? member.kecamatanId : village.kecamatanId;
        if (kecamatanId != 0)
            entry.kecamatan = tr("Kecamatan %1").arg(kecamatanName.value(kecamatanId));
        if (village.id != 0)
            entry.desa = (village.isKelurahan ? tr("Kelurahan %1") : tr("Desa %1")).arg(village.name);
        listed.append(entry);
    }
    // By role; TPK members by kecamatan and desa, the others in the order they were appointed.
    std::stable_sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) {
        if (a.member.role != b.member.role)
            return RoleOrder.indexOf(a.member.role) < RoleOrder.indexOf(b.member.role);
        if (a.member.role != TeamRole::FamilyCompanion)
            return false;
        if (const int byKecamatan = a.kecamatan.localeAwareCompare(b.kecamatan); byKecamatan != 0)
            return byKecamatan < 0;
        return a.desa.localeAwareCompare(b.desa) < 0;
    });

    const Decree &sk = **decree;
    auto document = std::make_unique<PrintableDocument>(tr("Decree attachment, cycle %1").arg(cycle->label()));
    DocumentComposer composer(*document);
    writeHeadingBlock(composer, sk);
    composer.title(tr("Membership of the Audit Kasus Stunting team"),
                   {tr("%1, cycle %2 of %3").arg(settings->regency.trimmed()).arg(cycle->number).arg(cycle->year)});

    DocumentTable table({tr("No."), tr("Name and NIP"), tr("Rank / grade"), tr("Position and agency")}, {7, 37, 20, 36});
    table.alignCentre(0).setFontPointSize(10);
    int number = 0;
    std::optional<TeamRole> role;
    QString kecamatanShown;
    for (const Listed &entry : listed) {
        // TPK members under a heading per kecamatan, the others under their role's.
        const bool byArea = entry.member.role == TeamRole::FamilyCompanion && !entry.kecamatan.isEmpty();
        if (entry.member.role != role || (byArea && entry.kecamatan != kecamatanShown)) {
            role = entry.member.role;
            kecamatanShown = byArea ? entry.kecamatan : QString();
            table.addGroupRow(byArea ? tr("%1, %2").arg(enumName(*role), entry.kecamatan) : enumName(*role));
        }
        const Person &person = entry.person;
        QStringList name = {person.fullName()};
        if (!person.nip.trimmed().isEmpty())
            name << tr("NIP. %1").arg(NipCheck::formatted(person.nip));
        QStringList position;
        if (!entry.desa.isEmpty())
            position << entry.desa;
        if (!person.position.trimmed().isEmpty())
            position << person.position.trimmed();
        if (!agencyName.value(person.agencyId).isEmpty())
            position << agencyName.value(person.agencyId);
        table.addRow({QString::number(++number) + QLatin1Char('.'), name.join(QLatin1Char('\n')), person.rankGrade.trimmed(),
                      position.join(QLatin1Char('\n'))});
    }
    composer.table(table);

    SignatureBlock signer;
    // "WAKIL BUPATI SUKAMAJU\nSELAKU KETUA TPPS,": a title held "as" another on a line of its own.
    signer.role = sk.signerTitle.trimmed().toUpper().replace(QStringLiteral(" SELAKU "), QStringLiteral("\nSELAKU ")) + QLatin1Char(',');
    signer.name = sk.signerName.trimmed();
    for (const Person &person : *people) {
        if (!signer.name.isEmpty() && person.fullName().compare(signer.name, Qt::CaseInsensitive) == 0) {
            signer.rankGrade = person.rankGrade;
            signer.nip = person.nip;
            break;
        }
    }
    composer.signatures({signer});
    return document;
}

// "LAMPIRAN KEPUTUSAN ..., NOMOR : ..., TANGGAL : ..., TENTANG : ..." in the right half of the
// first page, as the attachment of a decree is headed.
void DecreeAttachmentDocument::writeHeadingBlock(DocumentComposer &composer, const Decree &decree)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(PageGeometry::formatMm(0.4));
    format.setAlignment(Qt::AlignRight);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 56));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 5),
                                      QTextLength(QTextLength::PercentageLength, 71)});
    format.setBottomMargin(PageGeometry::formatMm(10));
    const QList<QPair<QString, QString>> rows = {{tr("Number"), decree.number.trimmed()},
                                                 {tr("Date"), DateText::date(decree.date)},
                                                 {tr("On"), decree.subject.trimmed()}};
    QTextCursor &cursor = composer.cursor();
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, 3, format);
    table->mergeCells(0, 0, 1, 3);
    table->cellAt(0, 0).firstCursorPosition().insertText(tr("Annex to the decree of the %1").arg(decree.signerTitle.trimmed()).toUpper(),
                                                         text(10.5));
    for (int row = 0; row < rows.size(); ++row) {
        table->cellAt(row + 1, 0).firstCursorPosition().insertText(rows[row].first.toUpper(), text(10.5));
        table->cellAt(row + 1, 1).firstCursorPosition().insertText(QStringLiteral(":"), text(10.5));
        table->cellAt(row + 1, 2).firstCursorPosition().insertText(rows[row].second.toUpper(), text(10.5));
    }
    cursor.movePosition(QTextCursor::End);
}
