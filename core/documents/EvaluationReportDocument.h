#pragma once

#include "Result.h"
#include "documents/DocumentRequest.h"
#include "documents/PrintableDocument.h"

#include <QCoreApplication>
#include <memory>

class Workspace;

// The evaluation report of a cycle's follow-up (evaluasi RTL): the RTL items done, partly done,
// not done and not evaluated by agency, each item with what was done, the cases before and after
// follow-up, the Sipasti stages reached, signed by the chair of the audit team. Anonymised: cases
// appear by their code only.
class EvaluationReportDocument {
    Q_DECLARE_TR_FUNCTIONS(EvaluationReportDocument)
public:
    static Result<std::unique_ptr<PrintableDocument>> build(Workspace &workspace, const DocumentRequest &request);
};
