#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class Workspace;

// The cycle report (Laporan AKS): cover, approval page, then the chapters introduction, cases and
// their spread, experts, period, conclusions, RTL, RTL evaluation and closing. The narrative parts
// are the user's text where written (ReportNarrative), a default built from the data otherwise.
// Anonymised: cases appear by their code only.
class CycleReportDocument {
    Q_DECLARE_TR_FUNCTIONS(CycleReportDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);

    // "Chapter IV Period of the audit", as the report and its tests name each chapter (1 to 8).
    static QString chapterTitle(int chapter);
};
