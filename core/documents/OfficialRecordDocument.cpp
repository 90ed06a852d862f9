#include "documents/OfficialRecordDocument.h"

#include "documents/DocumentComposer.h"
#include "documents/IndonesianNumberWords.h"
#include "documents/MeetingParticulars.h"
#include "documents/PageGeometry.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QTextBlockFormat>

namespace {

// Lines of a free text, without the numbering or bullets the user may have typed.
QStringList items(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(\\d+[.)]|[-*\\x{2022}])\\s*"));
    QStringList result;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(marker);
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

}  // namespace

QString OfficialRecordDocument::dateForOpening(const QDate &date)
{
    if (QLocale().language() == QLocale::Indonesian)
        return IndonesianNumberWords::date(date);
    return DateText::longDate(date);
}

Result<std::unique_ptr<PrintableDocument>> OfficialRecordDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto loaded = MeetingParticulars::load(workspace, request.meetingId);
    if (!loaded)
        return Error{tr("The official record (berita acara) of meeting %1 cannot be made. %2").arg(request.meetingId).arg(loaded.error())};
    const MeetingParticulars &particulars = *loaded;
    const Meeting &meeting = particulars.meeting();
    const bool minutes = !meeting.minutes.trimmed().isEmpty();
    const QString date = DateText::longDate(meeting.date);
    if (!meeting.hasAttendance() && !minutes)
        return Error{tr("An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has "
                        "neither attendance nor minutes yet. Record who came and the minutes (notulen) in the meeting wizard first.")
                         .arg(date)};
    if (!meeting.hasAttendance())
        return Error{tr("An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has no "
                        "attendance yet. Record who came in the meeting wizard first.")
                         .arg(date)};
    if (!minutes)
        return Error{tr("An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has no "
                        "minutes (notulen) yet. Write them in the meeting wizard first.")
                         .arg(date)};

    auto document = std::make_unique<PrintableDocument>(tr("Official record, %1").arg(DateText::date(meeting.date)));
    DocumentComposer composer(*document);
    composer.letterhead(particulars.settings());
    composer.title(tr("Official record (Berita Acara)"),
                   {particulars.description(), tr("Number: %1").arg(QString(36, QLatin1Char('.')))});

    //: %1 is the date. In Indonesian it comes written in words ("Selasa tanggal tiga puluh satu bulan Oktober tahun dua
    //: ribu dua puluh tiga"), so that the sentence reads "Pada hari ini %1, ...".
    composer.paragraph(tr("On %1, a meeting of the Audit Kasus Stunting team of %2 was held, with the following particulars:")
                           .arg(dateForOpening(meeting.date), particulars.settings().regency.trimmed()));
    QList<QPair<QString, QString>> fields = particulars.fields();
    fields.insert(fields.size() - (meeting.agenda.trimmed().isEmpty() ? 0 : 1), {tr("Chair"), meeting.chair.trimmed()});
    fields.append({tr("Attendees"), tr("%n people (the attendance list is annexed)", nullptr, meeting.attendedCount())});
    composer.fields(fields);

    composer.heading(tr("Decisions"));
    const QStringList decisions = items(meeting.decisions);
    if (decisions.isEmpty())
        composer.paragraph(tr("The meeting recorded no decision."));
    else
        writeNumbered(composer, decisions);

    composer.heading(tr("Commitments of the agencies (OPD) to the follow-up plan (RTL)"));
    if (Status written = writeCommitments(workspace, particulars, composer); !written)
        return Error{written.error()};

    composer.heading(tr("Minutes (Notulen)"));
    composer.paragraph(meeting.minutes.trimmed());

    composer.paragraph(tr("This official record was made truthfully, to be used as appropriate."));
    SignatureBlock secretary = particulars.secretarySignature();
    secretary.placeAndDate = QStringLiteral(" ");  // keeps the two names on one line
    SignatureBlock chair = particulars.chairSignature();
    chair.placeAndDate = DocumentComposer::placeAndDate(particulars.settings().signingPlace, meeting.date);
    composer.signatures({secretary, chair});

    writeAnnex(particulars, composer);
    return document;
}

void OfficialRecordDocument::writeNumbered(DocumentComposer &composer, const QStringList &lines)
{
    const qreal indent = PageGeometry::formatMm(7);
    for (int i = 0; i < lines.size(); ++i) {
        composer.paragraph(QStringLiteral("%1.\t%2").arg(i + 1).arg(lines[i]));
        QTextBlockFormat format = composer.cursor().blockFormat();
        format.setLeftMargin(indent);
        format.setTextIndent(-indent);
        format.setTabPositions({QTextOption::Tab(indent, QTextOption::LeftTab)});
        composer.cursor().setBlockFormat(format);
    }
}

Status OfficialRecordDocument::writeCommitments(Workspace &workspace, const MeetingParticulars &particulars, DocumentComposer &composer)
{
    const Meeting &meeting = particulars.meeting();
    if (meeting.commitments.isEmpty()) {
        composer.paragraph(tr("No agency recorded a commitment at this meeting."));
        return {};
    }
    ActionItemRepository itemRepository(workspace);
    auto cycleItems = itemRepository.forCycle(meeting.cycleId);
    if (!cycleItems)
        return Error{cycleItems.error()};
    QHash<qint64, ActionItem> itemsById;
    for (const ActionItem &item : *cycleItems)
        itemsById.insert(item.id, item);
    auto cases = CaseRepository(workspace).forCycle(meeting.cycleId);
    if (!cases)
        return Error{cases.error()};
    QHash<qint64, QString> caseCodes;
    for (const AuditCase &auditCase : *cases)
        caseCodes.insert(auditCase.id, auditCase.caseCode);

    // By agency name, each agency's commitments in the order they were recorded.
    QMap<QString, QList<QPair<ActionItem, QString>>> byAgency;
    for (const AgencyCommitment &commitment : meeting.commitments) {
        ActionItem item = itemsById.value(commitment.actionItemId);
        if (item.id == 0) {  // an item of another cycle, e.g. carried over
            auto found = itemRepository.find(commitment.actionItemId);
            if (!found)
                return Error{found.error()};
            item = *found;
        }
        if (item.caseId != 0 && !caseCodes.contains(item.caseId)) {
            auto auditCase = CaseRepository(workspace).find(item.caseId);
            if (!auditCase)
                return Error{auditCase.error()};
            caseCodes.insert(item.caseId, auditCase->caseCode);
        }
        QString agency = particulars.agencyName(item.agencyId);
        if (agency.isEmpty())
            agency = tr("Agency not recorded");
        byAgency[agency].append({item, commitment.commitment.trimmed()});
    }

    DocumentTable table({tr("No."), tr("Case"), tr("RTL item"), tr("Commitment"), tr("Due")}, {6, 23, 31, 28, 12});
    table.alignCentre(0).alignCentre(1).alignCentre(4).setFontPointSize(9.5);
    int number = 0;
    for (auto it = byAgency.cbegin(); it != byAgency.cend(); ++it) {
        table.addGroupRow(it.key());
        for (const auto &[item, commitment] : it.value()) {
            table.addRow({QString::number(++number) + QLatin1Char('.'), item.caseId == 0 ? tr("General") : caseCodes.value(item.caseId),
                          item.activity.trimmed(), commitment, DateText::shortDate(item.dueDate)});
        }
    }
    composer.table(table);
    return {};
}

void OfficialRecordDocument::writeAnnex(const MeetingParticulars &particulars, DocumentComposer &composer)
{
    const Meeting &meeting = particulars.meeting();
    composer.pageBreak();
    composer.title(tr("Annex to the official record (Lampiran Berita Acara)"),
                   {tr("Attendees of the meeting of %1").arg(DateText::longDate(meeting.date))});
    DocumentTable table({tr("No."), tr("Name"), tr("Position"), tr("Agency")}, {7, 38, 33, 22});
    table.alignCentre(0).setFontPointSize(10);
    int number = 0;
    for (const Attendance &attendance : meeting.attendance) {
        if (attendance.attended)
            table.addRow({QString::number(++number) + QLatin1Char('.'), attendance.name.trimmed(), attendance.position.trimmed(),
                          particulars.agencyShortName(attendance.agencyId)});
    }
    composer.table(table);
}
