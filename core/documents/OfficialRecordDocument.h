#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class DocumentComposer;
class MeetingParticulars;
class Workspace;

// The berita acara of a meeting that has taken place, with its minutes (notulen): the opening in
// the official form (the date in words in Indonesian), the meeting's particulars, the decisions,
// each agency's commitments to its RTL items by case code, the minutes, the signatures of the
// secretary and the chair, and the attendance list as an annex.
class OfficialRecordDocument {
    Q_DECLARE_TR_FUNCTIONS(OfficialRecordDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

    // "Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga" in Indonesian,
    // the long date ("Tuesday, 31 October 2023") in other languages.
    static QString dateForOpening(const QDate &date);

private:
    static Status writeCommitments(Workspace &workspace, const MeetingParticulars &particulars, DocumentComposer &composer);
    static void writeNumbered(DocumentComposer &composer, const QStringList &lines);
    static void writeAnnex(const MeetingParticulars &particulars, DocumentComposer &composer);
};
