#include "documents/AttendanceSheetDocument.h"

#include "documents/DocumentComposer.h"
#include "documents/MeetingParticulars.h"
#include "domain/DateText.h"

#include <QSet>
#include <QTextFrame>
#include <QTextTable>

namespace {
constexpr int SignatureLeft = 3;
constexpr int SignatureRight = 4;

constexpr qreal FontPointSize = 10;

// Where row `number` signs: odd rows on the left half of the signature column, even on the right;
// the dotted line is the cell's second line, with the room to sign above it.
QString signingPlace(int number)
{
    return QStringLiteral("\n%1. ............").arg(number);
}
}  // namespace

Result<std::unique_ptr<PrintableDocument>> AttendanceSheetDocument::build(Workspace &workspace, const DocumentRequest &request)
{
    auto particulars = MeetingParticulars::load(workspace, request.meetingId);
    if (!particulars)
        return Error{tr("The attendance sheet of meeting %1 cannot be made. %2").arg(request.meetingId).arg(particulars.error())};
    const QList<Entry> people = entries(*particulars);

    // As many blank rows as fit on the last page, and never fewer than the minimum: the largest
    // number that does not add a page.
    std::unique_ptr<PrintableDocument> best = compose(*particulars, people, MinimumBlankRows);
    const int pages = best->pageCount();
    int fits = MinimumBlankRows;
    int tooMany = MinimumBlankRows + 32;  // more than a page of rows
    while (tooMany - fits > 1) {
        const int middle = (fits + tooMany) / 2;
        auto candidate = compose(*particulars, people, middle);
        if (candidate->pageCount() == pages) {
            fits = middle;
            best = std::move(candidate);
        } else {
            tooMany = middle;
        }
    }
    return best;
}

QList<AttendanceSheetDocument::Entry> AttendanceSheetDocument::entries(const MeetingParticulars &particulars)
{
    const Meeting &meeting = particulars.meeting();
    QList<Entry> result;
    QSet<qint64> agenciesPresent;
    for (const Attendance &attendance : meeting.attendance) {
        if (attendance.invited) {
            result.append({attendance.name.trimmed(), particulars.positionAndAgency(attendance)});
            agenciesPresent.insert(attendance.agencyId);
        }
    }
    for (const Attendance &attendance : meeting.attendance) {  // walk-ins, after those invited
        if (!attendance.invited && attendance.attended) {
            result.append({attendance.name.trimmed(), particulars.positionAndAgency(attendance)});
            agenciesPresent.insert(attendance.agencyId);
        }
    }
    // An agency invited as a whole without a named person: its representative writes the name.
    for (qint64 agencyId : meeting.invitedAgencyIds) {
        if (!agenciesPresent.contains(agencyId) && !particulars.agencyName(agencyId).isEmpty())
            result.append({QString(), particulars.agencyName(agencyId)});
    }
    return result;
}

std::unique_ptr<PrintableDocument> AttendanceSheetDocument::compose(const MeetingParticulars &particulars, const QList<Entry> &entries, int blankRows)
{
    const Meeting &meeting = particulars.meeting();
    auto document = std::make_unique<PrintableDocument>(tr("Attendance list, %1").arg(DateText::date(meeting.date)));
    DocumentComposer composer(*document);
    composer.letterhead(particulars.settings());
    composer.title(tr("Attendance list (Daftar Hadir)"));
    composer.fields(particulars.fields());

    DocumentTable table({tr("No."), tr("Name"), tr("Agency / position"), tr("Signature"), QString()}, {6, 32, 34, 14, 14});
    // Every row has two lines (the signing line is the second), and the table pads a row to its
    // minimum height as if it had one: the minimum is the row height less one line.
    table.alignCentre(0).setMinimumRowHeightMm(RowHeightMm - FontPointSize * 1.2 * 25.4 / 72).setFontPointSize(FontPointSize);
    const int rows = int(entries.size()) + blankRows;
    for (int index = 0; index < rows; ++index) {
        const int number = index + 1;
        const Entry entry = entries.value(index);
        table.addRow({QString::number(number) + QLatin1Char('.'), entry.name, entry.positionAndAgency,
                      number % 2 == 1 ? signingPlace(number) : QString(), number % 2 == 0 ? signingPlace(number) : QString()});
    }
    composer.table(table);
    joinSignatureColumns(*document);

    SignatureBlock signer = particulars.hasChair() ? particulars.chairSignature() : particulars.secretarySignature();
    signer.role = tr("Acknowledged,") + QLatin1Char('\n') + signer.role;
    signer.placeAndDate = DocumentComposer::placeAndDate(particulars.settings().signingPlace, meeting.date);
    composer.signatures({signer});
    return document;
}

// The signature column is two table columns, so that odd and even rows sign on different halves;
// this joins their headers and takes away the rule between them, so that it reads as one column.
void AttendanceSheetDocument::joinSignatureColumns(PrintableDocument &document)
{
    for (QTextFrame *frame : document.content().rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != SignatureRight + 1)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            QTextTableCell left = table->cellAt(row, SignatureLeft);
            QTextTableCellFormat leftFormat = left.format().toTableCellFormat();
            leftFormat.setRightBorder(0);
            left.setFormat(leftFormat);
            QTextTableCell right = table->cellAt(row, SignatureRight);
            QTextTableCellFormat rightFormat = right.format().toTableCellFormat();
            rightFormat.setLeftBorder(0);
            right.setFormat(rightFormat);
        }
        table->mergeCells(0, SignatureLeft, 1, 2);
    }
}
