#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class Workspace;
class MeetingParticulars;

// The daftar hadir of a meeting, to sign on arrival: the meeting's particulars, then numbered rows
// with name, position and agency and a signature column whose places alternate left and right,
// pre-filled with the invited people (and walk-ins who came), then blank rows to the foot of the
// last page; the chair acknowledges it at the end (Mengetahui).
class AttendanceSheetDocument {
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheetDocument)
public:
    static constexpr int MinimumBlankRows = 10;
    static constexpr qreal RowHeightMm = 12;  // room to sign in

    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

private:
    struct Entry {
        QString name;
        QString positionAndAgency;
    };
    static QList<Entry> entries(const MeetingParticulars &particulars);
    static std::unique_ptr<PrintableDocument> compose(const MeetingParticulars &particulars, const QList<Entry> &entries, int blankRows);
    static void joinSignatureColumns(PrintableDocument &document);
};
